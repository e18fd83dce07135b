#pragma once

// The scenario comparison's table and bars, made from the engine's comparison report
// (MODEL.md §5.1) for the scenarios the user picked. The differences to the base are the
// engine's; this only selects, orders, names and colours them.

#include "models/domain/MetricNames.h"
#include "models/domain/Plan.h"
#include "models/engine/ComparisonReport.h"
#include "ui/charts/ChartSeries.h"

#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace cplan {

// One total of MODEL.md §3.9 across the shown scenarios.
struct ComparisonRow
{
    QString metric; // "cac", "stage_volumes.1", ...
    QString label;  // "Customer acquisition cost (CAC)", "Volume: Registered users"
    FigureKind kind = FigureKind::Money;
    MetricDirection direction = MetricDirection::Neutral; // which way is better
    std::vector<std::optional<double>> values;            // one per shown scenario
    std::vector<std::optional<double>> delta;             // to the base; the base's own is 0
    std::vector<std::optional<double>> deltaRelative;     // to the base; null when the base is 0
    int best = -1; // the shown scenario with the best value; -1 = no direction, a tie or no values
    QString description; // the label's tooltip when the metric has none of its own
};

// Whether a difference to the base is good news (+1), bad news (−1) or neither (0).
int deltaVerdict(MetricDirection direction, std::optional<double> delta);

struct ComparisonTable
{
    QStringList scenarios; // shown, in plan order
    int baseColumn = 0;    // index into `scenarios`
    std::vector<ComparisonRow> rows;
};

// `shown`: the scenario names to show (the base is always shown); unknown names are ignored.
// Totals that repeat another (stage 0's volume is the leads, the last stage's cost is the CAC)
// appear once.
// `latestCustomers`, when given, is a scenario's latest estimate of customers (MODEL.md §7: the
// actual months, then the projection; null when it has none): where any scenario has one, the
// customers row is named "Customers (projection)" and followed by "Customers (latest
// estimate)" (issue 22 C.11).
ComparisonTable comparisonTable(
    const Plan &plan, const ComparisonReport &report, const QStringList &shown,
    const std::function<std::optional<double>(const QString &scenario)> &latestCustomers = {});
// spend_c (or customers_c) per channel, one series per shown scenario in its scenario colour.
CategoryChart channelSpendByScenario(const Plan &plan, const ComparisonReport &report,
                                     const QStringList &shown);
CategoryChart channelCustomersByScenario(const Plan &plan, const ComparisonReport &report,
                                         const QStringList &shown);

// A readable name of a total ("cost_per_stage", stage 1 → "Cost per Registered users").
QString totalLabel(const QString &key, int stage, const QStringList &stages);
// How a total is written (money, count, percent, ratio, month).
FigureKind totalKind(const QString &key);

} // namespace cplan
