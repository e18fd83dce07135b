#pragma once

// Re-plan the rest of the horizon from actuals (MODEL.md §5.5): given what was spent in the
// closed months, how should the money left in the channel pool be spent in the open months?
// prepareReplan() states the problem (status month, spent, remaining pool, bounds, channels
// past their maximum, infeasible bounds) so a dialog can explain it before solving;
// replanRemainder() solves it (ReplanSolver.h) and builds the re-plan and the baseline as
// scenarios with their latest estimates (the §7 re-forecast).

#include "models/domain/Plan.h"
#include "models/domain/Result.h"
#include "models/engine/Optimizer.h"
#include "models/engine/Projection.h"
#include "models/engine/ReplanSolver.h"

#include <Eigen/Core>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cplan {

enum class ReplanTiming
{
    KeepPhasing, // only each channel's open-month total is chosen; the scenario's phasing stays
    Free         // every open month of every channel is chosen
};

QString toString(ReplanTiming timing); // "keep-phasing", "free"
std::optional<ReplanTiming> replanTimingFromString(const QString &text);

struct ReplanOptions
{
    OptimizerObjective objective = OptimizerObjective::Value;
    ReplanTiming timing = ReplanTiming::KeepPhasing;
    QStringList lockedChannels; // by name: they keep their planned open-month spend
    QString statusDate;         // ISO date; empty = the plan's status date, else `today`
    QDate today;                // the clock (injectable); invalid = the real date
};

// The re-plan problem before solving (MODEL.md §5.5). Amounts are in the plan's currency.
struct ReplanSetup
{
    QString scenario;
    QString currency;
    QDate statusDate;
    int statusMonth = 0; // s: months 0..s−1 are closed, s..M−1 open
    QStringList months;  // the M month labels
    QStringList channels;
    double pool = 0.0;            // P
    Eigen::ArrayXXd plannedSpend; // C x M: the scenario's S (MODEL.md §3.3)
    Eigen::ArrayXXd closedSpend;  // C x s: actual spend, the plan's where there is no row
    Eigen::ArrayXd spentByChannel;
    double spent = 0.0;
    double remaining = 0.0;     // R = P − spent
    Eigen::ArrayXd plannedOpen; // Σ_{m≥s} S[c,m]
    Eigen::ArrayXd lower;       // bounds on each channel's open-month spend (locks applied)
    Eigen::ArrayXd upper;
    std::vector<bool> locked;
    std::vector<bool> overMaxChannel;
    // Free timing: per channel the first open month (0 = month s) it may spend in, after the
    // milestones that gate it are reached (MODEL.md §6 "Gates").
    Eigen::ArrayXi firstSpendMonth;
    QStringList overMax; // channels already past max_share·P
    double lowerSum = 0.0;
    double upperSum = 0.0;
    // Set when the bounds cannot hold together (Σ lower > R or Σ upper < R): the message names
    // the amounts. prepareReplan() still succeeds so the caller can show it; solving fails.
    std::optional<QString> infeasibility;

    int openMonthCount() const { return static_cast<int>(months.size()) - statusMonth; }
};

// One way of spending the open months, as MODEL.md §5.5 reports it.
struct ReplanAllocation
{
    Eigen::ArrayXXd monthly;  // C x (M − s): x[c,m] for the open months
    Eigen::ArrayXd openSpend; // Σ_m x[c,m]
    double objective = 0.0;   // value or customers of the open months
    double customers = 0.0;   // customers of the open months
    double value = 0.0;       // customer value of the open months
    Scenario scenario;        // the closed months' spend then x, as a scenario
    Totals latestEstimate;    // the §7 re-forecast totals of that scenario
};

struct ReplanResult
{
    ReplanSetup setup;
    OptimizerObjective objective = OptimizerObjective::Value;
    ReplanTiming timing = ReplanTiming::KeepPhasing;
    QStringList lockedChannels;
    ReplanAllocation baseline; // the scenario's own open-month spend scaled to R
    ReplanAllocation replan;   // the optimum
    double uplift = 0.0;       // replan − baseline objective
    double multiplier = 0.0;   // λ: the marginal return per unit of the free channels
    double kktResidual = 0.0;  // optimality check of the solver, relative to λ (0 = exact)
    int iterations = 0;
    // Certified bound on how far the re-plan's objective can be below the optimum, relative to
    // it (ReplanSolver.h optimalityGap()).
    double optimalityGap = 0.0;
};

// Fails with a located message when the status month is not in 1..M−1, the remaining pool is
// negative, the status date is not a date or a locked channel is unknown.
Result<ReplanSetup> prepareReplan(const Plan &plan, const Scenario &scenario,
                                  const ReplanOptions &options = {});

// Also fails for infeasible bounds (setup.infeasibility).
Result<ReplanResult> replanRemainder(const Plan &plan, const Scenario &scenario,
                                     const ReplanOptions &options = {});

// The closed months' spend followed by `openSpend` as a scenario named `name` (MODEL.md §5.5):
// same budget and category shares; share = the channel's spend / P; monthly phasing = its
// spend per month (a channel that spends nothing keeps its phasing at share 0).
Scenario replanAsScenario(const Scenario &scenario, const ReplanSetup &setup,
                          const Eigen::ArrayXXd &openSpend, const QString &name);

// The optimisation problem of a setup (ReplanSolver.h), for the given objective.
ReplanProblem replanProblem(const Plan &plan, const Scenario &scenario, const ReplanSetup &setup,
                            OptimizerObjective objective);

// A scenario name not yet in the plan: `base`, else "base (2)", "base (3)", ...
QString unusedScenarioName(const Plan &plan, const QString &base);

} // namespace cplan
