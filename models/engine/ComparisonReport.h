#pragma once

// Scenarios side by side (MODEL.md §5.1): every total of §3.9, each channel's spend and
// customers, and the difference to a base scenario, absolute and relative.

#include "models/domain/Plan.h"
#include "models/domain/Result.h"
#include "models/engine/Projection.h"

#include <QString>

#include <optional>
#include <vector>

namespace cplan {

// One number of the totals, named as in the JSON of `cplan project` ("cac"); a per-stage
// total carries its stage ("stage_volumes", stage 1).
struct TotalField
{
    QString key;
    int stage = -1; // -1 = not per stage
    std::optional<double> value;
};

// The numeric totals of §3.9 in the order of the `project` JSON.
std::vector<TotalField> totalFields(const Totals &totals);

struct ChannelComparison
{
    QString channel;
    double spend = 0.0;
    double customers = 0.0;
    double spendDelta = 0.0;
    double customersDelta = 0.0;
    std::optional<double> spendDeltaRelative; // null when the base spends 0
    std::optional<double> customersDeltaRelative;
};

struct ScenarioComparison
{
    QString scenario;
    Totals totals;
    std::vector<TotalField> fields;
    std::vector<std::optional<double>> delta;         // field − base field; null with a null
    std::vector<std::optional<double>> deltaRelative; // delta ÷ base field; null when that is 0
    std::vector<ChannelComparison> channels;
};

struct ComparisonReport
{
    QString base;
    std::vector<ScenarioComparison> scenarios; // in plan order, the base included
};

// Every scenario of the plan against `baseName` (empty = the first scenario). An unknown base
// is a located error.
Result<ComparisonReport> compareScenarios(const Plan &plan, const QString &baseName = {});
// The same from projections already made, one per scenario in plan order (none null), against
// the scenario at `baseIndex`: what a caller that keeps its projections (PlanReports) uses.
ComparisonReport compareProjections(const Plan &plan,
                                    const std::vector<const Projection *> &projections,
                                    int baseIndex);

} // namespace cplan
