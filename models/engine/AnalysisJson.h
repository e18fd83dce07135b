#pragma once

// The JSON of `cplan compare`, `optimize`, `montecarlo` and `sensitivity` (MODEL.md §9): the
// keys listed there, plus a few more the GUI and scripts use (said next to each function).
// Null for an undefined ratio.

#include "models/engine/ComparisonReport.h"
#include "models/engine/GoalSeek.h"
#include "models/engine/MonteCarlo.h"
#include "models/engine/Optimizer.h"
#include "models/engine/Sensitivity.h"

#include <QJsonObject>

namespace cplan {

// {"base", "scenarios": [{"name", "totals", "delta", "delta_rel"}]}; delta objects have the
// shape of totals (arrays for the per-stage totals). Extra: each scenario's "channels":
// [{"name", "spend", "customers", "delta_spend", "delta_customers", "delta_rel_spend",
// "delta_rel_customers"}].
QJsonObject comparisonJson(const ComparisonReport &report);

// {"scenario", "objective", "pool", "current": {"shares", "objective", "marginal"},
// "optimal": {...}, "uplift"}; marginal per extra 1,000 of spend. Extra: "uplift_rel",
// "locked", and "customers"/"value" in current/optimal.
QJsonObject optimizerJson(const OptimizerResult &result, const QStringList &locked = {});
// The same for a goal seek, plus {"goal", "goal_value", "reachable"}, with "pool" the pool
// found (null when unreachable). Extra: "unbounded", "budget", "explanation".
QJsonObject goalSeekJson(const GoalSeekResult &result, const QStringList &locked = {});

// {"scenario", "trials", "seed", "metrics": {metric: {"mean", "p5", "p10", "p50", "p90",
// "p95"}}, "targets": [{"metric", "op", "target", "probability"}]}. Extra: "label" in targets,
// "defined_trials" in metrics, "histogram": {"metric", "lower", "upper", "counts"} and
// "monthly_customers": {"p10", "p50", "p90"} (one number per month).
QJsonObject monteCarloJson(const MonteCarloResult &result);

// {"scenario", "metric", "swing", "base", "bars": [{"driver", "low", "high"}]}.
QJsonObject sensitivityJson(const SensitivityResult &result);

} // namespace cplan
