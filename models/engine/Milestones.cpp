#include "models/engine/Milestones.h"

#include "models/domain/Months.h"
#include "models/engine/MetricName.h"
#include "models/engine/Ratio.h"

#include <QHash>

namespace cplan {

namespace {

// MODEL.md §6: delay ≤ 0 → 0; 1..a → 1; a+1..b → 2; > b → 3.
int escalationLevel(int delayDays, const std::array<int, 2> &thresholds)
{
    if (delayDays <= 0)
        return 0;
    if (delayDays <= thresholds[0])
        return 1;
    if (delayDays <= thresholds[1])
        return 2;
    return 3;
}

} // namespace

QDate milestoneReferenceDate(const Milestone &milestone, QDate statusDate)
{
    const QDate planned = parseIsoDate(milestone.planned).value_or(QDate());
    if (milestone.status == MilestoneStatus::Cancelled)
        return planned;
    if (milestone.status == MilestoneStatus::Done) {
        if (const auto actual = parseIsoDate(milestone.actual))
            return *actual;
    }
    if (const auto forecast = parseIsoDate(milestone.forecast))
        return *forecast;
    if (milestone.status != MilestoneStatus::Done && statusDate.isValid() && statusDate > planned)
        return statusDate;
    return planned;
}

std::optional<double> checkpointValue(const Projection &projection, const QString &metric,
                                      int month)
{
    if (month < 0 || month >= projection.spend.cols())
        return std::nullopt;
    // MODEL.md §4: cumulative to the end of the milestone's month.
    const Eigen::Index columns = month + 1;
    const auto stageTotal = [&](std::size_t k) {
        return projection.volumes[k].leftCols(columns).sum();
    };
    if (metric == QLatin1String("spend_cum"))
        return projection.spend.leftCols(columns).sum();
    if (metric == QLatin1String("customers_cum")) {
        if (projection.volumes.empty())
            return std::nullopt;
        return stageTotal(projection.volumes.size() - 1);
    }
    if (metric == QLatin1String("cac_to_date")) {
        if (projection.volumes.empty())
            return std::nullopt;
        return safeRatio(projection.spend.leftCols(columns).sum(),
                         stageTotal(projection.volumes.size() - 1));
    }
    if (const auto k = stageSuffix(metric, QLatin1String("stage_cum."))) {
        if (static_cast<std::size_t>(*k) >= projection.volumes.size())
            return std::nullopt;
        return stageTotal(static_cast<std::size_t>(*k));
    }
    return metricValue(projection, metric);
}

QDate effectiveStatusDate(const Plan &plan, QDate override, QDate today)
{
    if (override.isValid())
        return override;
    if (const auto planDate = parseIsoDate(plan.statusDate))
        return *planDate;
    return today;
}

MilestoneReport evaluateMilestones(const Plan &plan, const Scenario &, const Projection &projection,
                                   QDate statusDate)
{
    MilestoneReport report;
    report.statusDate = statusDate;
    const QDate start = parseMonth(plan.start).value_or(QDate());

    // References first: "blocked by" compares a predecessor's reference with this planned date.
    QHash<QString, QDate> references;
    for (const Milestone &milestone : plan.milestones) {
        references.insert(milestone.id, milestoneReferenceDate(milestone, statusDate));
    }

    for (const Milestone &milestone : plan.milestones) {
        MilestoneResult result;
        result.id = milestone.id;
        result.name = milestone.name;
        result.planned = milestone.planned;
        const QDate planned = parseIsoDate(milestone.planned).value_or(QDate());
        result.reference = references.value(milestone.id);
        if (planned.isValid() && result.reference.isValid())
            result.delayDays = static_cast<int>(planned.daysTo(result.reference));
        result.level = escalationLevel(result.delayDays, plan.milestoneThresholdsDays);
        for (const QString &predecessor : milestone.dependsOn) {
            const QDate before = references.value(predecessor);
            if (before.isValid() && planned.isValid() && before > planned)
                result.blockedBy << predecessor;
        }
        // MODEL.md §6: checks cumulative to the end of the month holding `planned`; a month
        // outside the horizon is not evaluated.
        const bool inHorizon = planned.isValid() && start.isValid();
        const int month = inHorizon ? monthOffset(start, planned) : -1;
        const bool evaluated = month >= 0 && month < plan.months;
        for (const Check &check : milestone.checks) {
            CheckResult checkResult{check.metric, check.op, check.value, std::nullopt,
                                    std::nullopt};
            if (evaluated) {
                checkResult.projected = checkpointValue(projection, check.metric, month);
                checkResult.met = isMet(checkResult.projected, check.op, check.value);
            }
            result.checks.push_back(std::move(checkResult));
        }
        report.milestones.push_back(std::move(result));
    }
    return report;
}

} // namespace cplan
