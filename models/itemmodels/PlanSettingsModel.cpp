#include "models/itemmodels/PlanSettingsModel.h"

#include "models/document/PlanFields.h"
#include "models/domain/Months.h"
#include "models/domain/NumberText.h"
#include "models/domain/PlanDates.h"
#include "models/itemmodels/ValueFormat.h"

namespace cplan {

namespace {

constexpr int settingCount = static_cast<int>(PlanSetting::BaselineScenario) + 1;

PlanSetting settingAt(int column)
{
    return static_cast<PlanSetting>(column);
}

} // namespace

PlanSettingsModel::PlanSettingsModel(PlanDocument *document, QObject *parent)
    : PlanTableModel(document, PlanChange::Area::Settings, parent)
{
    // The baseline scenario and the status date are chosen among scenarios and actual months.
    setValueAreas(PlanChange::Area::Settings | PlanChange::Area::Scenarios |
                  PlanChange::Area::Actuals);
}

int PlanSettingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

int PlanSettingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : settingCount;
}

QVariant PlanSettingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section == 0 ? QVariant(tr("Plan")) : QVariant();
    return section >= 0 && section < settingCount ? settingTitle(settingAt(section)) : QString();
}

QString PlanSettingsModel::rowTitle(int) const
{
    return {};
}

bool PlanSettingsModel::isCellEditable(int, int) const
{
    return true;
}

PlanChange PlanSettingsModel::editChange(int column) const
{
    const PlanSetting setting = settingAt(column);
    // The horizon and the start month head the phasing and actuals grids.
    if (setting == PlanSetting::Months || setting == PlanSetting::Start)
        return PlanChange::structure(PlanChange::Area::Everything);
    return PlanChange::values(PlanChange::Area::Settings);
}

QVariant PlanSettingsModel::cellData(int row, int column, int role) const
{
    if (row != 0 || column < 0 || column >= settingCount)
        return {};
    const PlanSetting setting = settingAt(column);
    const QVariant value = settingValue(plan(), setting);
    if (role == Qt::EditRole) {
        if (setting == PlanSetting::StatusDate)
            return parseIsoDate(value.toString()).value_or(QDate());
        return value;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (setting) {
    case PlanSetting::DiscountRateAnnual:
    case PlanSetting::VarianceThreshold:
        return ValueFormat::percent(value.toDouble());
    case PlanSetting::Months:
    case PlanSetting::ValueHorizonMonths:
    case PlanSetting::MilestoneThresholdFirst:
    case PlanSetting::MilestoneThresholdSecond:
        return ValueFormat::number(value.toDouble(), 0);
    default:
        return value.toString();
    }
}

Status PlanSettingsModel::writeCell(Plan &edited, int, int column, const QVariant &value) const
{
    if (column < 0 || column >= settingCount)
        return Error{tr("there is no such setting")};
    const PlanSetting setting = settingAt(column);
    // A typed status date may be written as people write dates ("2025/7/1", "7/1").
    if (setting == PlanSetting::StatusDate && value.typeId() != QMetaType::QDate &&
        !value.toString().trimmed().isEmpty()) {
        auto date =
            parsePlanDate(value.toString(), edited.start, edited.months, document()->today());
        if (!date)
            return Error{date.error()};
        return writeSetting(edited, setting, date.value());
    }
    return writeSetting(edited, setting, value);
}

QString PlanSettingsModel::cellPath(const Plan &, int, int column) const
{
    return column >= 0 && column < settingCount ? settingPath(settingAt(column)) : QString();
}

} // namespace cplan
