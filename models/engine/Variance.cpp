#include "models/engine/Variance.h"

#include "models/domain/Months.h"
#include "models/domain/PlanIndex.h"
#include "models/engine/Ratio.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace cplan {

namespace {

// The benchmark rule of MODEL.md §7: actual cost more than 1.2 × planned cost.
constexpr double benchmarkTolerance = 1.2;

struct ChannelSums
{
    double plannedSpend = 0.0;
    double actualSpend = 0.0;
    int deepestCommonStage = -1; // deepest stage measured in every row; -1 = none yet
    bool seen = false;
    std::vector<int> rows; // indices into the report's rows
};

} // namespace

std::optional<double> relativeVariance(double planned, double actual)
{
    // MODEL.md §7: (actual − planned)/planned, null when planned is 0.
    return safeRatio(actual - planned, planned);
}

bool varianceFlag(double planned, double actual, double threshold)
{
    // MODEL.md §7: flagged over the threshold; with planned 0, exactly when actual ≠ 0.
    if (const auto variance = relativeVariance(planned, actual))
        return std::abs(*variance) > threshold;
    return actual != 0.0;
}

VarianceReport computeVariance(const Plan &plan, const Scenario &scenario,
                               const Projection &projection)
{
    VarianceReport report;
    const ScenarioInputs inputs = prepareScenario(plan, scenario);
    const double threshold = plan.varianceThreshold;
    const auto stageCount = static_cast<int>(projection.volumes.size());
    const QDate start = parseMonth(plan.start).value_or(QDate());
    const Eigen::Index monthCount = projection.spend.cols();
    const Eigen::Index channelCount = projection.spend.rows();

    // The re-forecast blend starts as the plan and takes each actual row over (MODEL.md §7).
    Eigen::ArrayXXd blendedSpend = projection.spend;
    std::vector<Eigen::ArrayXXd> blendedVolumes = projection.volumes;

    std::vector<ChannelSums> channels(static_cast<std::size_t>(channelCount));
    std::map<int, MonthVariance> months;

    const PlanIndex lookup(plan); // one hash lookup per row, not a search of the channel list
    // Each month's text is parsed once (a plan may have 24,000 rows in 120 months); -1: not a
    // month of the plan.
    QHash<QString, int> monthIndexOf;
    monthIndexOf.reserve(qsizetype(monthCount) + 1);
    report.rows.reserve(plan.actuals.size());
    for (const Actual &actual : plan.actuals) {
        const int c = lookup.channel(actual.channel);
        if (!start.isValid() || c < 0 || c >= channelCount)
            continue;
        auto known = monthIndexOf.constFind(actual.month);
        if (known == monthIndexOf.constEnd()) {
            const auto monthDate = parseMonth(actual.month);
            known =
                monthIndexOf.insert(actual.month, monthDate ? monthOffset(start, *monthDate) : -1);
        }
        const int m = *known;
        if (m < 0 || m >= monthCount)
            continue;

        VarianceRow row;
        row.month = actual.month;
        row.channel = actual.channel;
        row.monthIndex = m;
        row.channelIndex = c;
        row.plannedSpend = projection.spend(c, m);
        row.actualSpend = actual.spend;
        row.spendVariance = relativeVariance(row.plannedSpend, row.actualSpend);
        row.spendFlag = varianceFlag(row.plannedSpend, row.actualSpend, threshold);
        const int measured = std::min(static_cast<int>(actual.volumes.size()), stageCount);
        row.stages.reserve(static_cast<std::size_t>(std::max(measured, 0)));
        for (int k = 0; k < measured; ++k) {
            const auto stage = static_cast<std::size_t>(k);
            StageVariance stageVariance;
            stageVariance.stage = k;
            stageVariance.planned = projection.volumes[stage](c, m);
            stageVariance.actual = actual.volumes[stage];
            stageVariance.variance = relativeVariance(stageVariance.planned, stageVariance.actual);
            stageVariance.flag =
                varianceFlag(stageVariance.planned, stageVariance.actual, threshold);
            row.stages.push_back(stageVariance);
        }

        // Re-forecast: actual spend; measured volumes; deeper stages derived from the deepest
        // measured one with the scenario's rates; no volumes = the planned volumes.
        blendedSpend(c, m) = actual.spend;
        if (measured > 0) {
            for (int k = 0; k < stageCount; ++k) {
                const auto stage = static_cast<std::size_t>(k);
                blendedVolumes[stage](c, m) =
                    k < measured ? actual.volumes[stage]
                                 : blendedVolumes[stage - 1](c, m) * inputs.conversion(c, k - 1);
            }
        }

        ChannelSums &sums = channels[static_cast<std::size_t>(c)];
        sums.plannedSpend += row.plannedSpend;
        sums.actualSpend += row.actualSpend;
        sums.deepestCommonStage =
            sums.seen ? std::min(sums.deepestCommonStage, measured - 1) : measured - 1;
        sums.seen = true;
        sums.rows.push_back(static_cast<int>(report.rows.size()));

        MonthVariance &month = months[m];
        month.month = actual.month;
        month.plannedSpend += row.plannedSpend;
        month.actualSpend += row.actualSpend;

        report.rows.push_back(std::move(row));
    }

    for (auto &[index, month] : months) {
        month.spendVariance = relativeVariance(month.plannedSpend, month.actualSpend);
        month.spendFlag = varianceFlag(month.plannedSpend, month.actualSpend, threshold);
        report.byMonth.push_back(month);
    }

    for (std::size_t c = 0; c < channels.size(); ++c) {
        const ChannelSums &sums = channels[c];
        if (!sums.seen)
            continue;
        ChannelVariance result;
        result.channel = plan.channels[c].name;
        result.plannedSpend = sums.plannedSpend;
        result.actualSpend = sums.actualSpend;
        result.spendVariance = relativeVariance(sums.plannedSpend, sums.actualSpend);
        result.spendFlag = varianceFlag(sums.plannedSpend, sums.actualSpend, threshold);
        // MODEL.md §7, over benchmark: the deepest stage measured in every row of the channel.
        if (sums.deepestCommonStage >= 0) {
            const int k = sums.deepestCommonStage;
            double plannedVolume = 0.0;
            double actualVolume = 0.0;
            for (int rowIndex : sums.rows) {
                const VarianceRow &row = report.rows[static_cast<std::size_t>(rowIndex)];
                plannedVolume += row.stages[static_cast<std::size_t>(k)].planned;
                actualVolume += row.stages[static_cast<std::size_t>(k)].actual;
            }
            result.benchmarkStage = k;
            result.plannedCost = safeRatio(sums.plannedSpend, plannedVolume);
            result.actualCost = safeRatio(sums.actualSpend, actualVolume);
            result.overBenchmark = result.plannedCost &&
                                   (!result.actualCost ||
                                    *result.actualCost > benchmarkTolerance * *result.plannedCost);
        }
        report.byChannel.push_back(std::move(result));
    }

    // MODEL.md §7: the totals of §3.9 for the blend, LTV per channel unchanged, the cohort cash
    // curve recomputed on the blended customers.
    report.reforecast =
        computeTotals(inputs, blendedSpend, blendedVolumes, &report.reforecastCumulativeSpend,
                      &report.reforecastCumulativeMargin);
    return report;
}

} // namespace cplan
