#include "models/domain/PlanValidatorParts.h"

#include "models/domain/ValidationPath.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <optional>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanValidator)
};

// MODEL.md §2, §3.2: quarterly = exactly 4 weights, monthly = exactly M; weights >= 0 with a
// positive sum (they are normalised, so a zero sum has no meaning).
void validatePhasing(const QString &path, const Phasing &phasing, int months,
                     ValidationReport &report)
{
    if (phasing.kind == Phasing::Kind::Even)
        return;
    const bool quarterly = phasing.kind == Phasing::Kind::Quarterly;
    const QString weightsPath =
        fieldPath(path, quarterly ? QStringLiteral("quarterly") : QStringLiteral("monthly"));
    const auto count = static_cast<qsizetype>(phasing.weights.size());
    if (quarterly && count != 4)
        report.add(weightsPath,
                   Tr::tr("must have exactly 4 weights, one per quarter (got %1)").arg(count));
    if (!quarterly && count != months)
        report.add(
            weightsPath,
            Tr::tr("must have exactly %1 weights, one per month (got %2)").arg(months).arg(count));
    bool allUsable = true;
    double sum = 0.0;
    for (qsizetype i = 0; i < count; ++i) {
        const double weight = phasing.weights[static_cast<std::size_t>(i)];
        allUsable = report.requireAtLeast(indexPath(weightsPath, i), weight, 0.0) &&
                    report.requireAtMost(indexPath(weightsPath, i), weight, largestPhasingWeight) &&
                    allUsable;
        sum += weight;
    }
    if (allUsable && count > 0 && !(sum > 0.0))
        report.add(weightsPath, Tr::tr("must have a positive sum (got %1)").arg(formatSum(sum)));
}

// MODEL.md §5.3: relative half-widths in [0, 1).
void validateUncertainty(const QString &path, const Uncertainty &uncertainty,
                         ValidationReport &report)
{
    const auto check = [&](const char *key, const std::optional<double> &value) {
        if (value)
            report.requireFraction(fieldPath(path, QLatin1String(key)), *value);
    };
    check("cpl", uncertainty.cpl);
    check("conversion", uncertainty.conversion);
    check("arpu", uncertainty.arpu);
    check("retention", uncertainty.retention);
}

// MODEL.md §2, the table of channel drivers.
void validateDrivers(const QString &path, const ChannelDrivers &drivers, const Plan &plan,
                     ValidationReport &report)
{
    const auto at = [&](const char *key) {
        return fieldPath(path, QLatin1String(key));
    };
    report.requireBetween(at("share"), drivers.share, 0.0, 1.0);
    if (report.requireGreaterThan(at("cpl"), drivers.cpl, 0.0) &&
        report.requireNotBelow(at("cpl"), drivers.cpl, smallestCostPerLead))
        report.requireAtMost(at("cpl"), drivers.cpl, largestCostPerLead);
    if (drivers.saturationSpend &&
        report.requireGreaterThan(at("saturation_spend"), *drivers.saturationSpend, 0.0) &&
        report.requireNotBelow(at("saturation_spend"), *drivers.saturationSpend,
                               smallestCostPerLead))
        report.requireAtMost(at("saturation_spend"), *drivers.saturationSpend, largestAmount);
    report.requireFraction(at("carryover"), drivers.carryover);

    const auto rates = static_cast<qsizetype>(drivers.conversion.size());
    const qsizetype expectedRates = std::max<qsizetype>(plan.stages.size() - 1, 0);
    if (rates != expectedRates)
        report.add(at("conversion"),
                   Tr::tr("must have %1 rates, one per stage after the first (got %2)")
                       .arg(expectedRates)
                       .arg(rates));
    for (qsizetype k = 0; k < std::min(rates, maxStages - 1); ++k)
        report.requireBetween(indexPath(at("conversion"), k),
                              drivers.conversion[static_cast<std::size_t>(k)], 0.0, 1.0);

    if (report.requireAtLeast(at("arpu_monthly"), drivers.arpuMonthly, 0.0))
        report.requireAtMost(at("arpu_monthly"), drivers.arpuMonthly, largestArpu);
    report.requireBetween(at("margin"), drivers.margin, 0.0, 1.0);
    report.requireBetween(at("retention_monthly"), drivers.retentionMonthly, 0.0, 1.0);
    const bool minUsable = report.requireBetween(at("min_share"), drivers.minShare, 0.0, 1.0);
    const bool maxUsable = report.requireBetween(at("max_share"), drivers.maxShare, 0.0, 1.0);
    if (minUsable && maxUsable && drivers.minShare > drivers.maxShare)
        report.add(at("min_share"),
                   Tr::tr("must not be more than max_share %1 (got %2)")
                       .arg(formatNumber(drivers.maxShare), formatNumber(drivers.minShare)));
    if (drivers.phasing)
        validatePhasing(at("phasing"), *drivers.phasing, plan.months, report);
    validateUncertainty(at("uncertainty"), drivers.uncertainty, report);
}

// True only when validatePhasing() would report nothing. A shortcut for the common case: the
// checks above build a path for every weight before looking at it.
bool plainlyValidPhasing(const Phasing &phasing, int months)
{
    if (phasing.kind == Phasing::Kind::Even)
        return true;
    const auto count = static_cast<qsizetype>(phasing.weights.size());
    if (count != (phasing.kind == Phasing::Kind::Quarterly ? 4 : months))
        return false;
    double sum = 0.0;
    for (const double weight : phasing.weights) {
        if (!(weight >= 0.0 && weight <= largestPhasingWeight))
            return false;
        sum += weight;
    }
    return count == 0 || sum > 0.0;
}

// True only when validateDrivers() would report nothing: every value inside its range (the
// bounds are finite, so a NaN or an infinity fails here and gets the full check). On a plan of
// 200 channels x 5 scenarios, building the ~20 paths per channel and 240 per monthly phasing
// that a valid plan never shows was the largest part of validating after an edit (issue 21 C).
bool plainlyValidDrivers(const ChannelDrivers &drivers, const Plan &plan)
{
    const auto between = [](double value, double low, double high) {
        return value >= low && value <= high;
    };
    const auto fraction = [](double value) {
        return value >= 0.0 && value < 1.0;
    };
    if (!between(drivers.share, 0.0, 1.0) ||
        !between(drivers.cpl, smallestCostPerLead, largestCostPerLead) || !(drivers.cpl > 0.0))
        return false;
    if (drivers.saturationSpend &&
        (!between(*drivers.saturationSpend, smallestCostPerLead, largestAmount) ||
         !(*drivers.saturationSpend > 0.0)))
        return false;
    if (!fraction(drivers.carryover))
        return false;
    const qsizetype expectedRates = std::max<qsizetype>(plan.stages.size() - 1, 0);
    if (static_cast<qsizetype>(drivers.conversion.size()) != expectedRates)
        return false;
    for (const double rate : drivers.conversion) {
        if (!between(rate, 0.0, 1.0))
            return false;
    }
    if (!between(drivers.arpuMonthly, 0.0, largestArpu) || !between(drivers.margin, 0.0, 1.0) ||
        !between(drivers.retentionMonthly, 0.0, 1.0) || !between(drivers.minShare, 0.0, 1.0) ||
        !between(drivers.maxShare, 0.0, 1.0) || drivers.minShare > drivers.maxShare)
        return false;
    if (drivers.phasing && !plainlyValidPhasing(*drivers.phasing, plan.months))
        return false;
    for (const std::optional<double> &halfWidth :
         {drivers.uncertainty.cpl, drivers.uncertainty.conversion, drivers.uncertainty.arpu,
          drivers.uncertainty.retention}) {
        if (halfWidth && !fraction(*halfWidth))
            return false;
    }
    return true;
}

void validateScenario(const QString &path, const Scenario &scenario, const Plan &plan,
                      ValidationReport &report)
{
    const QString budgetPath = fieldPath(path, QStringLiteral("budget"));
    if (report.requireAtLeast(budgetPath, scenario.budget, 0.0))
        report.requireAtMost(budgetPath, scenario.budget, largestAmount);

    const QString sharesPath = fieldPath(path, QStringLiteral("category_shares"));
    if (scenario.categoryShares.size() != plan.categories.size()) {
        report.add(sharesPath, Tr::tr("must have one share per category (got %1 for %2)")
                                   .arg(scenario.categoryShares.size())
                                   .arg(plan.categories.size()));
    } else {
        for (std::size_t i = 0; i < plan.categories.size(); ++i)
            report.requireBetween(
                elementPath(sharesPath, static_cast<qsizetype>(i), plan.categories[i].name),
                scenario.categoryShares[i], 0.0, 1.0);
        if (!plan.categories.empty())
            report.requireSumToOne(sharesPath, scenario.categoryShares);
    }

    validatePhasing(fieldPath(path, QStringLiteral("phasing")), scenario.phasing, plan.months,
                    report);
    validateUncertainty(fieldPath(path, QStringLiteral("uncertainty")), scenario.uncertainty,
                        report);

    const QString channelsPath = fieldPath(path, QStringLiteral("channels"));
    if (scenario.channels.size() != plan.channels.size()) {
        report.add(channelsPath, Tr::tr("must have one entry per channel (got %1 for %2)")
                                     .arg(scenario.channels.size())
                                     .arg(plan.channels.size()));
        return;
    }
    std::vector<double> shares;
    const std::size_t checked =
        std::min(plan.channels.size(), static_cast<std::size_t>(maxChannels));
    for (std::size_t i = 0; i < checked; ++i) {
        if (!plainlyValidDrivers(scenario.channels[i], plan))
            validateDrivers(
                elementPath(channelsPath, static_cast<qsizetype>(i), plan.channels[i].name),
                scenario.channels[i], plan, report);
        shares.push_back(scenario.channels[i].share);
    }
    if (!shares.empty())
        report.requireSumToOne(channelsPath, shares, Tr::tr("shares"));
}

} // namespace

void validateScenarios(const Plan &plan, ValidationReport &report)
{
    const QString listPath = QStringLiteral("scenarios");
    if (plan.scenarios.empty()) {
        report.add(listPath, Tr::tr("must have at least one scenario"));
        return;
    }
    QStringList names;
    for (std::size_t i = 0; i < plan.scenarios.size(); ++i) {
        const Scenario &scenario = plan.scenarios[i];
        const auto index = static_cast<qsizetype>(i);
        report.requireNotEmpty(fieldPath(indexPath(listPath, index), QStringLiteral("name")),
                               scenario.name);
        names.append(scenario.name);
        validateScenario(elementPath(listPath, index, scenario.name), scenario, plan, report);
    }
    report.requireUnique(names, [&](qsizetype i) {
        return fieldPath(indexPath(listPath, i), QStringLiteral("name"));
    });
}

} // namespace cplan
