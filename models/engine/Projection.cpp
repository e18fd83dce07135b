#include "models/engine/Projection.h"

#include "models/domain/Months.h"
#include "models/engine/CashCurve.h"
#include "models/engine/ChannelResponse.h"
#include "models/engine/Finiteness.h"
#include "models/engine/MetricName.h"
#include "models/engine/Ratio.h"
#include "models/engine/TotalRatios.h"

namespace cplan {

namespace {

// The large parts of one projection, kept per thread between a projection's destruction and the
// next fresh project() on that thread. A fresh 200 x 120 projection owns about 1 MB of arrays;
// glibc hands blocks that size back to the kernel when they are freed (its trim and mmap
// thresholds), so without this every fresh projection faulted its pages in again and cost
// three times the arithmetic (docs/benchmarks.md, "Projection").
struct SpareStorage
{
    bool present = false;
    Eigen::ArrayXXd spend;
    std::vector<Eigen::ArrayXXd> volumes;
    Eigen::ArrayXd spendLostToGates;
    std::vector<ChannelResult> channels;
    QStringList months;

    SpareStorage();
    ~SpareStorage();
};

// 0: this thread has not projected yet, 1: its spare exists, 2: its spare is destroyed (the
// thread is ending). Trivially destructible, so it can be read from any destructor.
thread_local int spareState = 0;

SpareStorage::SpareStorage()
{
    spareState = 1;
}

SpareStorage::~SpareStorage()
{
    spareState = 2;
}

SpareStorage &spareStorage()
{
    thread_local SpareStorage spare;
    return spare;
}

// Projections larger than this are not kept (they are rare and their cost is not the faults).
constexpr Eigen::Index largestSpareValues = Eigen::Index(8) * 1024 * 1024;

} // namespace

Projection::~Projection()
{
    // Only a thread that makes fresh projections keeps a spare, and only one.
    if (spareState != 1 || spend.size() == 0 ||
        spend.size() * Eigen::Index(volumes.size() + 1) > largestSpareValues)
        return;
    SpareStorage &spare = spareStorage();
    if (spare.present)
        return;
    spare.spend.swap(spend);
    spare.volumes.swap(volumes);
    spare.spendLostToGates.swap(spendLostToGates);
    spare.channels.swap(channels);
    spare.months.swap(months);
    spare.present = true;
}

Totals computeTotals(const ScenarioInputs &inputs, const Eigen::ArrayXXd &spend,
                     const std::vector<Eigen::ArrayXXd> &volumes, Eigen::ArrayXd *cumulativeSpend,
                     Eigen::ArrayXd *cumulativeMargin)
{
    Totals totals;
    totals.budget = inputs.budget;
    totals.overhead = inputs.overhead;
    totals.reserve = inputs.reserve;
    // MODEL.md §3.9: spend = Σ spend_c; the reserve is not spent.
    totals.channelSpend = spend.sum();
    const auto stageCount = volumes.size();
    totals.stageVolumes.resize(stageCount);
    for (std::size_t k = 0; k < stageCount; ++k)
        totals.stageVolumes[k] = volumes[k].sum();
    // MODEL.md §3.8/§3.9: value = Σ_c customers_c · LTV_c.
    Eigen::ArrayXd customersByChannel = Eigen::ArrayXd::Zero(inputs.channelCount);
    if (stageCount > 0)
        customersByChannel = volumes.back().rowwise().sum();
    totals.value = (customersByChannel * inputs.lifetimeValue).sum();
    completeTotalRatios(totals);

    // MODEL.md §3.10: the cohort cash curve and the payback month.
    // (No stages at all only happens in an unvalidated plan: no customers then.)
    CashCurve curve =
        stageCount > 0
            ? cohortCashCurve(spend, volumes.back(), inputs.monthlyMargin, inputs.retention,
                              inputs.valueHorizon)
            : cohortCashCurve(spend, Eigen::ArrayXXd::Zero(spend.rows(), spend.cols()),
                              inputs.monthlyMargin, inputs.retention, inputs.valueHorizon);
    totals.paybackMonth = curve.paybackMonth;
    if (cumulativeSpend)
        *cumulativeSpend = std::move(curve.cumulativeSpend);
    if (cumulativeMargin)
        *cumulativeMargin = std::move(curve.cumulativeMargin);
    return totals;
}

Projection project(const Plan &plan, const Scenario &scenario)
{
    return project(plan, scenario, prepareScenario(plan, scenario));
}

Projection project(const Plan &plan, const Scenario &scenario, const ScenarioInputs &inputs)
{
    Projection projection;
    // Start from the arrays the last projection destroyed on this thread left (projectInto()
    // overwrites everything; arrays of another shape are resized).
    if (SpareStorage &spare = spareStorage(); spare.present) {
        projection.spend.swap(spare.spend);
        projection.volumes.swap(spare.volumes);
        projection.spendLostToGates.swap(spare.spendLostToGates);
        projection.channels.swap(spare.channels);
        projection.months.swap(spare.months);
        spare.present = false;
    }
    projectInto(plan, scenario, inputs, projection);
    Q_ASSERT_X(totalsAreFinite(projection.totals), "project",
               "a validated plan gave a figure that is not finite");
    return projection;
}

void projectInto(const Plan &plan, const Scenario &scenario, const ScenarioInputs &inputs,
                 Projection &projection)
{
    projection.scenario = scenario.name;
    // The labels depend only on the start month and the horizon; formatting 120 dates costs as
    // much as the arithmetic below, so a projection that already holds them keeps them.
    const auto first = parseMonth(plan.start);
    const QString firstLabel = first ? monthText(*first) : QStringLiteral("1");
    if (projection.months.size() != inputs.monthCount || projection.months.isEmpty() ||
        projection.months.front() != firstLabel) {
        projection.months.clear();
        projection.months.reserve(inputs.monthCount);
        for (int m = 0; m < inputs.monthCount; ++m)
            projection.months << (first ? monthText(first->addMonths(m)) : QString::number(m + 1));
    }

    // MODEL.md §3.3–§3.6 over the whole channels x months array at once, in place: the leads
    // array is first the spend, then the effective spend (§3.4), then the leads (§3.5).
    const Eigen::ArrayXd channelPool = inputs.pool * inputs.shares;
    projection.spend = inputs.weights.colwise() * channelPool; // §3.3
    // §6 "Gates": what a slipped gate moved past the horizon is not spent.
    if (inputs.lostWeight.size() == inputs.channelCount)
        projection.spendLostToGates = channelPool * inputs.lostWeight;
    else
        projection.spendLostToGates.setZero(inputs.channelCount);
    const auto stageCount = static_cast<std::size_t>(inputs.conversion.cols() + 1);
    projection.volumes.resize(stageCount);
    Eigen::ArrayXXd &leads = projection.volumes.front();
    leads = projection.spend;
    applyCarryover(leads, inputs.carryover);
    applyLeadResponse(leads, inputs.costPerLead, inputs.inverseSaturation);
    for (std::size_t k = 1; k < stageCount; ++k) // §3.6
        projection.volumes[k] = projection.volumes[k - 1].colwise() *
                                inputs.conversion.col(static_cast<Eigen::Index>(k - 1));
    projection.totals = computeTotals(inputs, projection.spend, projection.volumes,
                                      &projection.cumulativeSpend, &projection.cumulativeMargin);

    // MODEL.md §3.8: per channel.
    const Eigen::ArrayXd channelSpend = projection.spend.rowwise().sum();
    std::vector<Eigen::ArrayXd> channelVolumes;
    channelVolumes.reserve(projection.volumes.size());
    for (const auto &stage : projection.volumes)
        channelVolumes.emplace_back(stage.rowwise().sum());
    projection.channels.resize(static_cast<std::size_t>(inputs.channelCount));
    for (int c = 0; c < inputs.channelCount; ++c) {
        ChannelResult &result = projection.channels[static_cast<std::size_t>(c)];
        result.name = plan.channels[static_cast<std::size_t>(c)].name;
        result.spend = channelSpend[c];
        result.stageVolumes.clear();
        for (const auto &stage : channelVolumes)
            result.stageVolumes.push_back(stage[c]);
        result.leads = result.stageVolumes.front();
        result.customers = result.stageVolumes.back();
        result.cac = safeRatio(result.spend, result.customers);
        result.ltv = inputs.lifetimeValue[c];
        result.value = result.customers * result.ltv;
        result.roi = safeRatio(result.value - result.spend, result.spend);
        result.returnRatio = safeRatio(result.value, result.spend);
        result.ltvCac = safeRatio(std::optional<double>(result.ltv), result.cac);
    }

    // MODEL.md §4: targets.
    projection.targets.clear();
    for (const Target &target : plan.targets) {
        TargetStatus status{target.metric,
                            target.label,
                            target.op,
                            target.value,
                            metricValue(projection.totals, target.metric),
                            false};
        status.met = isMet(status.projected, status.op, status.target);
        projection.targets.push_back(std::move(status));
    }
}

std::optional<double> metricValue(const Projection &projection, const QString &metric)
{
    return metricValue(projection.totals, metric);
}

std::optional<double> metricValue(const Totals &totals, const QString &metric)
{
    // MODEL.md §4.
    if (metric == QLatin1String("leads"))
        return totals.leads;
    if (metric == QLatin1String("customers"))
        return totals.customers;
    if (metric == QLatin1String("cost_per_lead"))
        return totals.costPerLead;
    if (metric == QLatin1String("cac"))
        return totals.cac;
    if (metric == QLatin1String("cac_loaded"))
        return totals.cacLoaded;
    if (metric == QLatin1String("conversion"))
        return totals.conversion;
    if (metric == QLatin1String("ltv"))
        return totals.ltv;
    if (metric == QLatin1String("value"))
        return totals.value;
    if (metric == QLatin1String("roi"))
        return totals.roi;
    if (metric == QLatin1String("roi_loaded"))
        return totals.roiLoaded;
    if (metric == QLatin1String("return_ratio"))
        return totals.returnRatio;
    if (metric == QLatin1String("ltv_cac"))
        return totals.ltvCac;
    if (metric == QLatin1String("payback_month")) {
        if (!totals.paybackMonth)
            return std::nullopt;
        return static_cast<double>(*totals.paybackMonth);
    }
    if (metric == QLatin1String("channel_spend"))
        return totals.channelSpend;
    const auto stageCount = static_cast<int>(totals.stageVolumes.size());
    if (const auto k = stageSuffix(metric, QLatin1String("cost_per_stage."))) {
        if (*k >= stageCount)
            return std::nullopt;
        return totals.costPerStage[static_cast<std::size_t>(*k)];
    }
    if (const auto k = stageSuffix(metric, QLatin1String("stage_conversion."))) {
        if (*k < 1 || *k >= stageCount)
            return std::nullopt;
        return stageConversion(totals, static_cast<std::size_t>(*k));
    }
    return std::nullopt;
}

bool isKnownMetric(const QString &metric, int stageCount)
{
    static const QStringList plain = {
        QStringLiteral("leads"),         QStringLiteral("customers"),
        QStringLiteral("cost_per_lead"), QStringLiteral("cac"),
        QStringLiteral("cac_loaded"),    QStringLiteral("conversion"),
        QStringLiteral("ltv"),           QStringLiteral("value"),
        QStringLiteral("roi"),           QStringLiteral("roi_loaded"),
        QStringLiteral("return_ratio"),  QStringLiteral("ltv_cac"),
        QStringLiteral("payback_month"), QStringLiteral("channel_spend")};
    if (plain.contains(metric))
        return true;
    if (const auto k = stageSuffix(metric, QLatin1String("cost_per_stage.")))
        return *k < stageCount;
    if (const auto k = stageSuffix(metric, QLatin1String("stage_conversion.")))
        return *k >= 1 && *k < stageCount;
    return false;
}

bool isMet(std::optional<double> value, Comparison op, double target)
{
    if (!value)
        return false;
    return op == Comparison::LessOrEqual ? *value <= target : *value >= target;
}

} // namespace cplan
