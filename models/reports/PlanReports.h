#pragma once

// The numbers derived from the open plan, computed once per change, in one place below the UI
// (ARCHITECTURE.md rule 13): each scenario's projection (MODEL.md §3), and for the active
// scenario its variance (§7) and milestone results (§6); the scenario comparison (§5.1) per base.
//
// It reads the document's plan, which outlives it; the document calls planAboutToChange() with
// the next plan before replacing its own. What changed is read off the two plans, so a report is
// dropped exactly when its inputs differ: a projection when its scenario or the plan fields it
// reads changed; variance when the active projection was recomputed or the actuals / threshold
// changed; milestones when the active projection was recomputed, the milestones, thresholds or
// status date changed, or (with no status date) the day changed. When a milestone gates a channel
// (MODEL.md §6), projections also read the milestones and the status date (or the day). A dropped
// report is recomputed on its first read, so a read never returns a number of an earlier plan. Not
// thread-safe; the GUI thread owns it.

#include "models/domain/Plan.h"
#include "models/domain/PlanIndex.h"
#include "models/domain/Result.h"
#include "models/engine/ComparisonReport.h"
#include "models/engine/DelayCost.h"
#include "models/engine/Milestones.h"
#include "models/engine/Projection.h"
#include "models/engine/Variance.h"

#include <QDate>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace cplan {

// True when the engine can project `scenario` of `plan`. The engine trusts the validator's
// structural rules; a plan opened with violations may break them, and then there is no
// projection to show rather than a wrong or undefined one.
bool canProject(const Plan &plan, const Scenario &scenario);

class PlanReports
{
public:
    // How often each report was computed since construction (tests prove "once per change").
    struct Counts
    {
        int projections = 0;
        int variances = 0;
        int milestoneEvaluations = 0;
        int comparisons = 0;
    };

    // `plan` is the document's plan: it must outlive this object and change only after
    // planAboutToChange().
    explicit PlanReports(const Plan &plan);
    ~PlanReports();
    PlanReports(const PlanReports &) = delete;
    PlanReports &operator=(const PlanReports &) = delete;

    // "Today" for milestone delays when the plan has no status date.
    void setToday(std::function<QDate()> today);

    // The plan is about to become `next` (an edit, undo, redo, new, open, ...).
    void planAboutToChange(const Plan &next);
    void setActiveScenario(int index);

    const Plan &plan() const { return *m_plan; }
    int activeScenario() const { return m_active; }

    // Null when the scenario does not exist or cannot be projected.
    const Projection *projection(int scenario) const;
    const Projection *activeProjection() const { return projection(m_active); }
    // Actuals against the plan's baseline scenario (MODEL.md §7; Plan::baselineScenarioIndex()),
    // whichever scenario is active; null without a projection.
    const VarianceReport *variance() const { return variance(m_plan->baselineScenarioIndex()); }
    // Actuals against any scenario (the Actuals page can view others); null without a projection.
    const VarianceReport *variance(int scenario) const;
    // The active scenario's milestone results; null without a projection.
    const MilestoneReport *milestones() const;
    // The cost of each slipped gate for the active scenario (MODEL.md §6 "Gates"), with the
    // milestone report's status date; null without a projection.
    const DelayCostReport *delayCosts() const;
    // The same as if milestone `milestone` had the forecast `forecast` (an invalid date clears
    // it): what the Milestones page shows while a forecast is dragged, before anything is edited.
    // Computed on each call, never cached; null when the active scenario cannot be projected.
    std::optional<DelayCostReport> delayCostsIf(int milestone, QDate forecast) const;
    // The status date milestone delays and gate slips use (the plan's, else today).
    QDate statusDate() const;

    // Every scenario against `base` (empty = the first); an error when the base is unknown or a
    // scenario cannot be projected.
    const Result<ComparisonReport> &comparison(const QString &base = {}) const;

    // Name lookups of the current plan (channels, scenarios, actual rows by month and channel).
    const PlanIndex &index() const;

    const Counts &counts() const { return m_counts; }

private:
    struct CachedProjection
    {
        std::unique_ptr<Projection> projection; // null = cannot be projected
        bool valid = false;
        quint64 generation = 0; // bumps every time it is recomputed
        QDate gateDate;         // the status date the gates were applied with
    };
    struct CachedComparison
    {
        Result<ComparisonReport> report;
        std::vector<quint64> generations;
    };

    quint64 generationOf(int scenario) const;
    // The status date a projection applies gates with: invalid when no milestone gates a channel
    // (so the day never invalidates a plan without gates), else statusDate().
    QDate gateDate() const;

    const Plan *m_plan;
    int m_active = 0;
    std::function<QDate()> m_today;
    mutable Counts m_counts;
    mutable quint64 m_nextGeneration = 1;
    mutable std::vector<CachedProjection> m_projections;

    struct CachedVariance
    {
        VarianceReport report;
        quint64 generation = 0; // of the scenario's projection it was computed from
    };
    mutable std::map<int, CachedVariance> m_variances; // by scenario index
    bool m_hasGates = false;
    mutable std::optional<MilestoneReport> m_milestones;
    mutable std::optional<DelayCostReport> m_delayCosts;
    mutable quint64 m_delayCostsGeneration = 0;
    mutable QDate m_delayCostsDate;
    mutable quint64 m_milestonesGeneration = 0;
    mutable QDate m_milestonesToday;
    mutable std::map<QString, CachedComparison> m_comparisons;
    mutable std::optional<PlanIndex> m_index;
};

} // namespace cplan
