#include "models/document/PlanFields.h"

#include "models/document/PlanTransforms.h"
#include "models/domain/NumberText.h"
#include "models/domain/ValidationPath.h"

#include <QCoreApplication>
#include <QDate>

#include <cmath>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanFields)
};

Result<int> integerFromVariant(const QVariant &value)
{
    auto number = numberFromVariant(value);
    if (!number)
        return Error{number.error()};
    if (std::floor(*number) != *number || std::abs(*number) > 1e9)
        return Error{Tr::tr("\"%1\" is not a whole number").arg(value.toString())};
    return static_cast<int>(*number);
}

// A month or date typed as text or given as a QDate.
QString dateText(const QVariant &value, const QString &format)
{
    if (value.typeId() == QMetaType::QDate) {
        const QDate date = value.toDate();
        return date.isValid() ? date.toString(format) : QString();
    }
    return value.toString().trimmed();
}

} // namespace

namespace {

bool holdsNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

} // namespace

Result<double> numberFromVariant(const QVariant &value)
{
    if (holdsNumber(value))
        return value.toDouble();
    return NumberText::parseNumber(value.toString());
}

Result<double> amountFromVariant(const QVariant &value, const QString &currency)
{
    if (holdsNumber(value))
        return value.toDouble();
    return NumberText::parseAmount(value.toString(), currency);
}

Result<double> percentFromVariant(const QVariant &value)
{
    // A number given as a number (not typed) is the fraction itself: 0.6, or 1.4 to be refused.
    if (holdsNumber(value))
        return value.toDouble();
    return NumberText::parsePercent(value.toString());
}

QString settingKey(PlanSetting setting)
{
    switch (setting) {
    case PlanSetting::Name:
        return QStringLiteral("name");
    case PlanSetting::NameZh:
        return QStringLiteral("name_zh");
    case PlanSetting::Currency:
        return QStringLiteral("currency");
    case PlanSetting::Start:
        return QStringLiteral("start");
    case PlanSetting::Months:
        return QStringLiteral("months");
    case PlanSetting::ValueHorizonMonths:
        return QStringLiteral("value_horizon_months");
    case PlanSetting::DiscountRateAnnual:
        return QStringLiteral("discount_rate_annual");
    case PlanSetting::StatusDate:
        return QStringLiteral("status_date");
    case PlanSetting::VarianceThreshold:
        return QStringLiteral("variance_threshold");
    case PlanSetting::MilestoneThresholdFirst:
    case PlanSetting::MilestoneThresholdSecond:
        return QStringLiteral("milestone_thresholds_days");
    case PlanSetting::BaselineScenario:
        return QStringLiteral("baseline_scenario");
    }
    return {};
}

QString settingTitle(PlanSetting setting)
{
    switch (setting) {
    case PlanSetting::Name:
        return Tr::tr("Name");
    case PlanSetting::NameZh:
        return Tr::tr("Chinese name");
    case PlanSetting::Currency:
        return Tr::tr("Currency");
    case PlanSetting::Start:
        return Tr::tr("Start month");
    case PlanSetting::Months:
        return Tr::tr("Horizon (months)");
    case PlanSetting::ValueHorizonMonths:
        return Tr::tr("Value horizon (months)");
    case PlanSetting::DiscountRateAnnual:
        return Tr::tr("Discount rate (annual)");
    case PlanSetting::StatusDate:
        return Tr::tr("Status date");
    case PlanSetting::VarianceThreshold:
        return Tr::tr("Variance threshold");
    case PlanSetting::MilestoneThresholdFirst:
        return Tr::tr("Delay level 1 up to (days)");
    case PlanSetting::MilestoneThresholdSecond:
        return Tr::tr("Delay level 2 up to (days)");
    case PlanSetting::BaselineScenario:
        return Tr::tr("Actuals compared with");
    }
    return {};
}

QString settingPath(PlanSetting setting)
{
    // The validator reports the thresholds pair as one place.
    return settingKey(setting);
}

QVariant settingValue(const Plan &plan, PlanSetting setting)
{
    switch (setting) {
    case PlanSetting::Name:
        return plan.name;
    case PlanSetting::NameZh:
        return plan.nameZh;
    case PlanSetting::Currency:
        return plan.currency;
    case PlanSetting::Start:
        return plan.start;
    case PlanSetting::Months:
        return plan.months;
    case PlanSetting::ValueHorizonMonths:
        return plan.valueHorizonMonths;
    case PlanSetting::DiscountRateAnnual:
        return plan.discountRateAnnual;
    case PlanSetting::StatusDate:
        return plan.statusDate;
    case PlanSetting::VarianceThreshold:
        return plan.varianceThreshold;
    case PlanSetting::MilestoneThresholdFirst:
        return plan.milestoneThresholdsDays[0];
    case PlanSetting::MilestoneThresholdSecond:
        return plan.milestoneThresholdsDays[1];
    case PlanSetting::BaselineScenario:
        return plan.baselineScenario;
    }
    return {};
}

Status writeSetting(Plan &plan, PlanSetting setting, const QVariant &value)
{
    switch (setting) {
    case PlanSetting::Name:
        plan.name = value.toString().trimmed();
        return success();
    case PlanSetting::NameZh:
        plan.nameZh = value.toString().trimmed();
        return success();
    case PlanSetting::BaselineScenario:
        plan.baselineScenario = value.toString().trimmed();
        return success();
    case PlanSetting::Currency:
        plan.currency = value.toString().trimmed().toUpper();
        return success();
    case PlanSetting::Start:
        plan.start = dateText(value, QStringLiteral("yyyy-MM"));
        return success();
    case PlanSetting::StatusDate:
        plan.statusDate = dateText(value, QStringLiteral("yyyy-MM-dd"));
        return success();
    case PlanSetting::Months: {
        auto months = integerFromVariant(value);
        if (!months)
            return Error{months.error()};
        return resizeHorizon(plan, *months);
    }
    case PlanSetting::ValueHorizonMonths:
    case PlanSetting::MilestoneThresholdFirst:
    case PlanSetting::MilestoneThresholdSecond: {
        auto number = integerFromVariant(value);
        if (!number)
            return Error{number.error()};
        if (setting == PlanSetting::ValueHorizonMonths)
            plan.valueHorizonMonths = *number;
        else
            plan.milestoneThresholdsDays[setting == PlanSetting::MilestoneThresholdFirst ? 0 : 1] =
                *number;
        return success();
    }
    case PlanSetting::DiscountRateAnnual:
    case PlanSetting::VarianceThreshold: {
        auto number = percentFromVariant(value);
        if (!number)
            return Error{number.error()};
        (setting == PlanSetting::DiscountRateAnnual ? plan.discountRateAnnual
                                                    : plan.varianceThreshold) = *number;
        return success();
    }
    }
    return success();
}

QString driverKey(ChannelDriver driver)
{
    switch (driver) {
    case ChannelDriver::Share:
        return QStringLiteral("share");
    case ChannelDriver::Cpl:
        return QStringLiteral("cpl");
    case ChannelDriver::SaturationSpend:
        return QStringLiteral("saturation_spend");
    case ChannelDriver::Carryover:
        return QStringLiteral("carryover");
    case ChannelDriver::Conversion:
        return QStringLiteral("conversion");
    case ChannelDriver::ArpuMonthly:
        return QStringLiteral("arpu_monthly");
    case ChannelDriver::Margin:
        return QStringLiteral("margin");
    case ChannelDriver::RetentionMonthly:
        return QStringLiteral("retention_monthly");
    case ChannelDriver::MinShare:
        return QStringLiteral("min_share");
    case ChannelDriver::MaxShare:
        return QStringLiteral("max_share");
    }
    return {};
}

QString driverTitle(const Plan &plan, ChannelDriver driver, int conversionIndex)
{
    switch (driver) {
    case ChannelDriver::Share:
        return Tr::tr("Share");
    case ChannelDriver::Cpl:
        return Tr::tr("CPL");
    case ChannelDriver::SaturationSpend:
        return Tr::tr("Saturation spend");
    case ChannelDriver::Carryover:
        return Tr::tr("Carryover");
    case ChannelDriver::Conversion:
        if (conversionIndex >= 0 && conversionIndex + 1 < plan.stages.size())
            return Tr::tr("%1 → %2").arg(plan.stages[conversionIndex],
                                         plan.stages[conversionIndex + 1]);
        return Tr::tr("Conversion %1").arg(conversionIndex + 1);
    case ChannelDriver::ArpuMonthly:
        return Tr::tr("ARPU (monthly)");
    case ChannelDriver::Margin:
        return Tr::tr("Margin");
    case ChannelDriver::RetentionMonthly:
        return Tr::tr("Retention (monthly)");
    case ChannelDriver::MinShare:
        return Tr::tr("Min share");
    case ChannelDriver::MaxShare:
        return Tr::tr("Max share");
    }
    return {};
}

QString scenarioPath(const Plan &plan, int scenario)
{
    if (scenario < 0 || scenario >= static_cast<int>(plan.scenarios.size()))
        return indexPath(QStringLiteral("scenarios"), scenario);
    return elementPath(QStringLiteral("scenarios"), scenario, plan.scenarios[scenario].name);
}

QString driverPath(const Plan &plan, int scenario, int channel, ChannelDriver driver,
                   int conversionIndex)
{
    const QString channels = fieldPath(scenarioPath(plan, scenario), QStringLiteral("channels"));
    const QString channelPath = channel >= 0 && channel < static_cast<int>(plan.channels.size())
                                    ? elementPath(channels, channel, plan.channels[channel].name)
                                    : indexPath(channels, channel);
    const QString path = fieldPath(channelPath, driverKey(driver));
    return driver == ChannelDriver::Conversion ? indexPath(path, conversionIndex) : path;
}

QVariant driverValue(const ChannelDrivers &drivers, ChannelDriver driver, int conversionIndex)
{
    switch (driver) {
    case ChannelDriver::Share:
        return drivers.share;
    case ChannelDriver::Cpl:
        return drivers.cpl;
    case ChannelDriver::SaturationSpend:
        return drivers.saturationSpend ? QVariant(*drivers.saturationSpend) : QVariant();
    case ChannelDriver::Carryover:
        return drivers.carryover;
    case ChannelDriver::Conversion:
        if (conversionIndex >= 0 && conversionIndex < static_cast<int>(drivers.conversion.size()))
            return drivers.conversion[conversionIndex];
        return {};
    case ChannelDriver::ArpuMonthly:
        return drivers.arpuMonthly;
    case ChannelDriver::Margin:
        return drivers.margin;
    case ChannelDriver::RetentionMonthly:
        return drivers.retentionMonthly;
    case ChannelDriver::MinShare:
        return drivers.minShare;
    case ChannelDriver::MaxShare:
        return drivers.maxShare;
    }
    return {};
}

bool isPercentDriver(ChannelDriver driver)
{
    switch (driver) {
    case ChannelDriver::Cpl:
    case ChannelDriver::SaturationSpend:
    case ChannelDriver::ArpuMonthly:
        return false;
    default:
        return true;
    }
}

Status writeDriver(ChannelDrivers &drivers, ChannelDriver driver, int conversionIndex,
                   const QVariant &value, const QString &currency)
{
    if (driver == ChannelDriver::SaturationSpend &&
        (!value.isValid() || value.toString().trimmed().isEmpty())) {
        drivers.saturationSpend.reset(); // empty = no saturation (MODEL.md §2)
        return success();
    }
    auto number =
        isPercentDriver(driver) ? percentFromVariant(value) : amountFromVariant(value, currency);
    if (!number)
        return Error{number.error()};
    switch (driver) {
    case ChannelDriver::Share:
        drivers.share = *number;
        break;
    case ChannelDriver::Cpl:
        drivers.cpl = *number;
        break;
    case ChannelDriver::SaturationSpend:
        drivers.saturationSpend = *number;
        break;
    case ChannelDriver::Carryover:
        drivers.carryover = *number;
        break;
    case ChannelDriver::Conversion:
        if (conversionIndex < 0 || conversionIndex >= static_cast<int>(drivers.conversion.size()))
            return Error{Tr::tr("there is no conversion rate %1").arg(conversionIndex + 1)};
        drivers.conversion[conversionIndex] = *number;
        break;
    case ChannelDriver::ArpuMonthly:
        drivers.arpuMonthly = *number;
        break;
    case ChannelDriver::Margin:
        drivers.margin = *number;
        break;
    case ChannelDriver::RetentionMonthly:
        drivers.retentionMonthly = *number;
        break;
    case ChannelDriver::MinShare:
        drivers.minShare = *number;
        break;
    case ChannelDriver::MaxShare:
        drivers.maxShare = *number;
        break;
    }
    return success();
}

} // namespace cplan
