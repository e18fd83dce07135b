#include "models/reports/PlanReports.h"

#include "models/domain/Months.h"
#include "models/engine/ScenarioInputs.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanReports)
};

bool isFiniteAll(const std::vector<double> &values)
{
    return std::all_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); });
}

bool phasingProjectable(const Phasing &phasing, int months)
{
    if (phasing.kind == Phasing::Kind::Even)
        return true;
    const std::size_t expected = phasing.kind == Phasing::Kind::Quarterly ? 4 : months;
    if (phasing.weights.size() != expected || !isFiniteAll(phasing.weights))
        return false;
    if (std::any_of(phasing.weights.begin(), phasing.weights.end(), [](double w) { return w < 0; }))
        return false;
    return std::accumulate(phasing.weights.begin(), phasing.weights.end(), 0.0) > 0.0;
}

// The plan fields a projection reads besides its scenario (Projection.cpp, ScenarioInputs.cpp).
bool sameProjectionInputs(const Plan &a, const Plan &b)
{
    return a.months == b.months && a.start == b.start &&
           a.valueHorizonMonths == b.valueHorizonMonths &&
           a.discountRateAnnual == b.discountRateAnnual && a.stages == b.stages &&
           a.categories == b.categories && a.channels == b.channels && a.targets == b.targets;
}

bool hasGates(const Plan &plan)
{
    return std::any_of(plan.milestones.begin(), plan.milestones.end(),
                       [](const Milestone &milestone) { return !milestone.gates.isEmpty(); });
}

// MODEL.md §6 "Gates": with a gate, the milestones and the status date move spend.
bool sameGateInputs(const Plan &a, const Plan &b)
{
    if (!hasGates(a) && !hasGates(b))
        return true;
    return a.milestones == b.milestones && a.statusDate == b.statusDate;
}

} // namespace

bool canProject(const Plan &plan, const Scenario &scenario)
{
    const int stageCount = static_cast<int>(plan.stages.size());
    if (plan.months < 1 || plan.months > 120 || plan.valueHorizonMonths < 1 ||
        plan.valueHorizonMonths > 240 || stageCount < 2 || !parseMonth(plan.start) ||
        !std::isfinite(plan.discountRateAnnual) || plan.discountRateAnnual < 0.0)
        return false;
    if (scenario.categoryShares.size() != plan.categories.size() ||
        scenario.channels.size() != plan.channels.size() || plan.channels.empty() ||
        !std::isfinite(scenario.budget) || !isFiniteAll(scenario.categoryShares))
        return false;
    if (!phasingProjectable(scenario.phasing, plan.months))
        return false;
    for (const ChannelDrivers &drivers : scenario.channels) {
        if (static_cast<int>(drivers.conversion.size()) != stageCount - 1 ||
            !isFiniteAll(drivers.conversion))
            return false;
        if (!(drivers.cpl > 0.0) || !std::isfinite(drivers.cpl))
            return false;
        if (drivers.saturationSpend && !(*drivers.saturationSpend > 0.0))
            return false;
        if (!(drivers.carryover >= 0.0 && drivers.carryover < 1.0))
            return false;
        if (!std::isfinite(drivers.share) || !std::isfinite(drivers.arpuMonthly) ||
            !std::isfinite(drivers.margin) || !std::isfinite(drivers.retentionMonthly))
            return false;
        if (drivers.phasing && !phasingProjectable(*drivers.phasing, plan.months))
            return false;
    }
    return true;
}

PlanReports::PlanReports(const Plan &plan)
    : m_plan(&plan), m_today([] { return QDate::currentDate(); }), m_hasGates(hasGates(plan))
{}

PlanReports::~PlanReports() = default;

void PlanReports::setToday(std::function<QDate()> today)
{
    if (today)
        m_today = std::move(today);
}

void PlanReports::planAboutToChange(const Plan &next)
{
    // What changed is read off the two plans: exact, and a few microseconds even for
    // 200 channels x 5 scenarios (projecting that plan once costs far more).
    const Plan &previous = *m_plan;
    m_index.reset();
    const std::size_t count = next.scenarios.size();
    const bool sharedInputsKept =
        sameProjectionInputs(previous, next) && sameGateInputs(previous, next);
    m_hasGates = hasGates(next);
    m_projections.resize(count);
    for (std::size_t s = 0; s < count; ++s) {
        // The same scenario at the same place over the same plan fields projects the same.
        const bool kept = sharedInputsKept && s < previous.scenarios.size() &&
                          previous.scenarios[s] == next.scenarios[s];
        if (!kept)
            m_projections[s].valid = false;
    }
    if (previous.actuals != next.actuals || previous.varianceThreshold != next.varianceThreshold ||
        previous.scenarios.size() != next.scenarios.size())
        m_variances.clear();
    if (previous.milestones != next.milestones ||
        previous.milestoneThresholdsDays != next.milestoneThresholdsDays ||
        previous.statusDate != next.statusDate) {
        m_milestones.reset();
        m_delayCosts.reset();
    }
    // A comparison checks the generations of its projections when read; bases that are gone
    // are dropped when the scenario list changes.
    if (previous.scenarios.size() != count)
        m_comparisons.clear();
}

void PlanReports::setActiveScenario(int index)
{
    if (index == m_active)
        return;
    m_active = index;
    m_milestones.reset();
    m_delayCosts.reset();
}

const Projection *PlanReports::projection(int scenario) const
{
    if (scenario < 0 || scenario >= int(m_plan->scenarios.size()))
        return nullptr;
    if (m_projections.size() < m_plan->scenarios.size())
        m_projections.resize(m_plan->scenarios.size());
    CachedProjection &cached = m_projections[std::size_t(scenario)];
    const QDate gates = gateDate();
    if (!cached.valid || cached.gateDate != gates) {
        const Scenario &drivers = m_plan->scenarios[std::size_t(scenario)];
        if (canProject(*m_plan, drivers)) {
            // Projecting into the previous result reuses its arrays instead of allocating (and
            // page-faulting) new ones (docs/benchmarks.md).
            if (!cached.projection)
                cached.projection = std::make_unique<Projection>();
            projectInto(*m_plan, drivers, prepareScenario(*m_plan, drivers, gates),
                        *cached.projection);
            ++m_counts.projections;
        } else {
            cached.projection.reset();
        }
        cached.valid = true;
        cached.gateDate = gates;
        cached.generation = m_nextGeneration++;
    }
    return cached.projection.get();
}

QDate PlanReports::statusDate() const
{
    const QDate today = m_plan->statusDate.isEmpty() ? m_today() : QDate();
    return effectiveStatusDate(*m_plan, QDate(), today);
}

QDate PlanReports::gateDate() const
{
    return m_hasGates ? statusDate() : QDate();
}

const DelayCostReport *PlanReports::delayCosts() const
{
    if (!activeProjection())
        return nullptr;
    const quint64 generation = generationOf(m_active);
    const QDate date = statusDate();
    if (!m_delayCosts || m_delayCostsGeneration != generation || m_delayCostsDate != date) {
        m_delayCosts = cplan::delayCosts(*m_plan, m_plan->scenarios[std::size_t(m_active)], date);
        m_delayCostsGeneration = generation;
        m_delayCostsDate = date;
    }
    return &*m_delayCosts;
}

std::optional<DelayCostReport> PlanReports::delayCostsIf(int milestone, QDate forecast) const
{
    if (!activeProjection() || milestone < 0 || milestone >= int(m_plan->milestones.size()))
        return std::nullopt;
    Plan changed = *m_plan;
    changed.milestones[std::size_t(milestone)].forecast =
        forecast.isValid() ? forecast.toString(Qt::ISODate) : QString();
    return cplan::delayCosts(changed, changed.scenarios[std::size_t(m_active)], statusDate());
}

quint64 PlanReports::generationOf(int scenario) const
{
    projection(scenario);
    return m_projections[std::size_t(scenario)].generation;
}

const PlanIndex &PlanReports::index() const
{
    if (!m_index)
        m_index.emplace(*m_plan);
    return *m_index;
}

const VarianceReport *PlanReports::variance(int scenario) const
{
    const Projection *projected = projection(scenario);
    if (!projected)
        return nullptr;
    // A recomputed projection has a new generation, so a kept report is never of an older plan.
    const quint64 generation = generationOf(scenario);
    auto found = m_variances.find(scenario);
    if (found == m_variances.end() || found->second.generation != generation) {
        CachedVariance &cached = m_variances[scenario];
        cached.report =
            computeVariance(*m_plan, m_plan->scenarios[std::size_t(scenario)], *projected);
        cached.generation = generation;
        ++m_counts.variances;
        return &cached.report;
    }
    return &found->second.report;
}

const MilestoneReport *PlanReports::milestones() const
{
    const Projection *active = activeProjection();
    if (!active)
        return nullptr;
    const quint64 generation = generationOf(m_active);
    // Without a status date the report depends on the day: it is recomputed when that changes.
    const QDate today = m_plan->statusDate.isEmpty() ? m_today() : QDate();
    if (!m_milestones || m_milestonesGeneration != generation || m_milestonesToday != today) {
        m_milestones = evaluateMilestones(*m_plan, m_plan->scenarios[std::size_t(m_active)],
                                          *active, statusDate());
        m_milestonesGeneration = generation;
        m_milestonesToday = today;
        ++m_counts.milestoneEvaluations;
    }
    return &*m_milestones;
}

const Result<ComparisonReport> &PlanReports::comparison(const QString &base) const
{
    const int count = int(m_plan->scenarios.size());
    std::vector<quint64> generations;
    std::vector<const Projection *> projections;
    for (int s = 0; s < count; ++s) {
        projections.push_back(projection(s));
        generations.push_back(generationOf(s));
    }
    auto found = m_comparisons.find(base);
    if (found != m_comparisons.end() && found->second.generations == generations)
        return found->second.report;

    Result<ComparisonReport> report = [&]() -> Result<ComparisonReport> {
        if (count == 0)
            return Error{Tr::tr("scenarios: the plan has no scenario to compare")};
        const int baseIndex = base.isEmpty() ? 0 : m_plan->scenarioIndex(base);
        if (baseIndex < 0)
            return Error{Tr::tr("There is no scenario named \"%1\" to compare against.").arg(base)};
        for (int s = 0; s < count; ++s) {
            if (!projections[std::size_t(s)])
                return Error{Tr::tr("Scenario \"%1\" cannot be projected; see Alerts.")
                                 .arg(m_plan->scenarios[std::size_t(s)].name)};
        }
        return compareProjections(*m_plan, projections, baseIndex);
    }();
    ++m_counts.comparisons;
    const auto stored = m_comparisons.insert_or_assign(
        base, CachedComparison{std::move(report), std::move(generations)});
    return stored.first->second.report;
}

} // namespace cplan
