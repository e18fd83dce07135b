#pragma once

// One scenario's projection (MODEL.md §3) and its target statuses (MODEL.md §4).

#include "models/domain/Plan.h"
#include "models/engine/ScenarioInputs.h"

#include <Eigen/Core>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cplan {

// The totals of MODEL.md §3.9 (also the re-forecast totals of §7).
struct Totals
{
    double budget = 0.0;
    double channelSpend = 0.0;
    double overhead = 0.0;
    double reserve = 0.0;
    double leads = 0.0;
    double customers = 0.0;
    std::vector<double> stageVolumes;                // K
    std::vector<std::optional<double>> costPerStage; // K
    std::optional<double> costPerLead;
    std::optional<double> cac;
    std::optional<double> cacLoaded;
    std::optional<double> conversion;
    std::optional<double> ltv;
    double value = 0.0;
    std::optional<double> roi;
    std::optional<double> roiLoaded;
    std::optional<double> returnRatio;
    std::optional<double> ltvCac;
    std::optional<int> paybackMonth;
};

// One channel's figures of MODEL.md §3.8.
struct ChannelResult
{
    QString name;
    double spend = 0.0;
    double leads = 0.0;
    double customers = 0.0;
    std::vector<double> stageVolumes; // K
    std::optional<double> cac;
    double ltv = 0.0;
    double value = 0.0;
    std::optional<double> roi;
    std::optional<double> returnRatio;
    std::optional<double> ltvCac;
};

// A plan target against the projection (MODEL.md §4). A null projection is not met.
struct TargetStatus
{
    QString metric;
    QString label;
    Comparison op = Comparison::LessOrEqual;
    double target = 0.0;
    std::optional<double> projected;
    bool met = false;
};

struct Projection
{
    QString scenario;
    Totals totals;
    std::vector<ChannelResult> channels;
    QStringList months;                   // "2025-01", ... (M labels)
    Eigen::ArrayXXd spend;                // channels x months
    std::vector<Eigen::ArrayXXd> volumes; // one channels x months array per stage; [0] = leads
    Eigen::ArrayXd cumulativeSpend;       // T = M + H − 1
    Eigen::ArrayXd cumulativeMargin;      // T
    std::vector<TargetStatus> targets;
    // MODEL.md §6 "Gates": per channel, the planned spend a slipped gate moved past the horizon
    // (not spent, so not in `spend`); all zero without a slipped gate.
    Eigen::ArrayXd spendLostToGates;

    Projection() = default;
    Projection(const Projection &) = default;
    Projection(Projection &&) = default;
    Projection &operator=(const Projection &) = default;
    Projection &operator=(Projection &&) = default;
    // Leaves its arrays to the next project() on this thread (one spare per thread, see
    // Projection.cpp): a fresh projection of the same shape then reuses their memory instead of
    // having the allocator return it to the kernel and fault it in again.
    ~Projection();
};

Projection project(const Plan &plan, const Scenario &scenario);
// The same from prepared inputs (the analysis functions project perturbed drivers this way).
Projection project(const Plan &plan, const Scenario &scenario, const ScenarioInputs &inputs);
// The same into an existing projection: arrays of the same shape are overwritten in place, so a
// caller that projects again and again (an editor, Monte Carlo) allocates nothing large.
void projectInto(const Plan &plan, const Scenario &scenario, const ScenarioInputs &inputs,
                 Projection &projection);

// The totals of §3.9 for given spend/volume arrays (the projection's own, or a re-forecast
// blend of §7) with per-channel LTV unchanged; the cohort cash curve is recomputed on them.
Totals computeTotals(const ScenarioInputs &inputs, const Eigen::ArrayXXd &spend,
                     const std::vector<Eigen::ArrayXXd> &volumes,
                     Eigen::ArrayXd *cumulativeSpend = nullptr,
                     Eigen::ArrayXd *cumulativeMargin = nullptr);

// A metric of MODEL.md §4 by name ("cac", "cost_per_stage.1", "stage_conversion.2", ...);
// nullopt for an undefined value or an unknown name.
std::optional<double> metricValue(const Projection &projection, const QString &metric);
std::optional<double> metricValue(const Totals &totals, const QString &metric);
// True for the names metricValue() knows (for validation and the UI's pickers).
bool isKnownMetric(const QString &metric, int stageCount);

// `value op target`; a null value is never met (MODEL.md §4).
bool isMet(std::optional<double> value, Comparison op, double target);

} // namespace cplan
