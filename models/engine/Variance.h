#pragma once

// Actuals against plan, roll-ups, the over-benchmark rule and the re-forecast (MODEL.md §7).

#include "models/domain/Plan.h"
#include "models/engine/Projection.h"

#include <QString>

#include <optional>
#include <vector>

namespace cplan {

struct StageVariance
{
    int stage = 0;
    double planned = 0.0;
    double actual = 0.0;
    std::optional<double> variance; // null when planned is 0
    bool flag = false;
};

// One actual row against the plan, in file order.
struct VarianceRow
{
    QString month;
    QString channel;
    int monthIndex = 0;
    int channelIndex = 0;
    double plannedSpend = 0.0;
    double actualSpend = 0.0;
    std::optional<double> spendVariance;
    bool spendFlag = false;
    std::vector<StageVariance> stages; // the measured stages only
};

struct MonthVariance
{
    QString month;
    double plannedSpend = 0.0;
    double actualSpend = 0.0;
    std::optional<double> spendVariance;
    bool spendFlag = false;
};

struct ChannelVariance
{
    QString channel;
    double plannedSpend = 0.0;
    double actualSpend = 0.0;
    std::optional<double> spendVariance;
    bool spendFlag = false;
    std::optional<int> benchmarkStage; // deepest stage measured in every row; null = none
    std::optional<double> plannedCost;
    std::optional<double> actualCost;
    bool overBenchmark = false;
};

struct VarianceReport
{
    std::vector<VarianceRow> rows;
    std::vector<ChannelVariance> byChannel; // plan order, channels with actual rows
    std::vector<MonthVariance> byMonth;     // month order, months with actual rows
    Totals reforecast;
    Eigen::ArrayXd reforecastCumulativeSpend;
    Eigen::ArrayXd reforecastCumulativeMargin;
};

// Rows whose month is outside the horizon or whose channel is unknown (an unvalidated plan)
// are skipped.
VarianceReport computeVariance(const Plan &plan, const Scenario &scenario,
                               const Projection &projection);

// (actual − planned)/planned, null when planned is 0 (MODEL.md §7).
std::optional<double> relativeVariance(double planned, double actual);
// Flag rule of MODEL.md §7: |variance| > threshold, or actual ≠ 0 when planned is 0.
bool varianceFlag(double planned, double actual, double threshold);

} // namespace cplan
