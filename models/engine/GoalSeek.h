#pragma once

// Goal seek of MODEL.md §5.2: the channel pool that meets a goal with the optimal split at
// every pool tried (bisection on the pool P).
//   cac-cap          the largest pool whose blended CAC stays ≤ the cap
//   reach-customers  the smallest pool that reaches a number of customers
//   reach-value      the smallest pool that reaches a customer value
// With the optimal split, CAC grows and customers and value grow with the pool (each channel's
// curve is concave through 0), so a bisection finds the boundary.

#include "models/engine/Optimizer.h"

#include <functional>
#include <optional>

namespace cplan {

enum class GoalKind
{
    CacCap,
    ReachCustomers,
    ReachValue
};

QString toString(GoalKind goal); // "cac-cap", "reach-customers", "reach-value"

// The split each goal optimizes at every pool: customers for a CAC cap (the most customers
// for a pool is the lowest CAC) and a customer target, value for a value target.
OptimizerObjective goalObjective(GoalKind goal);

// How a goal seek ended, so each caller can write it in its own amount style.
enum class GoalSeekOutcome
{
    Found,             // `pool` holds the answer
    FirstUnitAboveCap, // a CAC cap below even the first unit's CAC (`limit`)
    NoCustomers,       // the channels bring no customers at all
    AnyPoolMeetsCap,   // unbounded: every pool meets the CAC cap
    BeyondSaturation,  // the goal is at or above what saturated channels approach (`limit`)
    NotWithinSearch    // no pool up to `limit` reaches the goal
};

struct GoalSeekResult
{
    GoalKind goal = GoalKind::CacCap;
    double goalValue = 0.0;
    bool reachable = false;
    // A CAC cap that no pool exceeds (every channel without saturation and cheap enough): any
    // pool meets it, so there is no largest one. `pool` is null then.
    bool unbounded = false;
    std::optional<double> pool;   // the pool found; null when unreachable or unbounded
    std::optional<double> budget; // the budget with that pool at the scenario's category shares
    GoalSeekOutcome outcome = GoalSeekOutcome::Found;
    std::optional<double> limit; // the figure the outcome names (see GoalSeekOutcome)
    QString explanation;         // one human sentence with plain figures (the CLI)
    // The optimization at the pool found (at the scenario's own pool when there is none).
    OptimizerResult optimization;
};

// The result in one sentence (lower case, no final stop), money written by `money` and counts of
// customers by `count` (issue 22 B.9: the window writes them in its amount style, "¥500";
// `explanation` is this with plain figures).
QString goalSeekSentence(const GoalSeekResult &result, const std::function<QString(double)> &money,
                         const std::function<QString(double)> &count);

// `options.objective` and `options.pool` are ignored (the goal decides them); locks apply.
Result<GoalSeekResult> seekGoal(const Plan &plan, const Scenario &scenario, GoalKind goal,
                                double goalValue, const OptimizerOptions &options = {});

} // namespace cplan
