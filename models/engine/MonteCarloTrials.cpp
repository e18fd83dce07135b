#include "models/engine/MonteCarloTrials.h"

#include "models/engine/ChannelResponse.h"
#include "models/engine/MetricName.h"
#include "models/engine/Ratio.h"
#include "models/engine/ScenarioInputs.h"

#include <cmath>

namespace cplan {

namespace {

// splitmix64 (Steele, Lea, Flood 2014): a counter-based generator. A trial's stream starts
// from a mix of (seed, trial index), so no trial depends on which thread or block ran before.
constexpr std::uint64_t golden = 0x9E3779B97F4A7C15ULL;

std::uint64_t mix(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

class TrialRandom
{
public:
    TrialRandom(std::uint64_t seed, std::uint64_t trial)
        : m_state(mix(seed) ^ mix(trial + 0xD1B54A32D192ED03ULL))
    {}
    // Uniform on [0, 1) with 53 random bits.
    double uniform()
    {
        m_state += golden;
        return static_cast<double>(mix(m_state) >> 11) * 0x1.0p-53;
    }

private:
    std::uint64_t m_state;
};

// Families in the order a trial draws them, per channel.
enum Family
{
    Cpl,
    Conversion,
    Arpu,
    Retention,
    FamilyCount
};

double halfWidth(const Uncertainty &channel, const Uncertainty &scenario, Family family)
{
    // MODEL.md §5.3: the channel's value overrides the scenario's key by key; none = no draw.
    const auto pick = [](const std::optional<double> &own, const std::optional<double> &fallback) {
        return own ? *own : fallback.value_or(0.0);
    };
    switch (family) {
    case Cpl:
        return pick(channel.cpl, scenario.cpl);
    case Conversion:
        return pick(channel.conversion, scenario.conversion);
    case Arpu:
        return pick(channel.arpu, scenario.arpu);
    case Retention:
        return pick(channel.retention, scenario.retention);
    case FamilyCount:
        break;
    }
    return 0.0;
}

// x^n for a whole n ≥ 0 by repeated squaring: a few vectorised multiplications instead of a
// pow() call per element (H is a whole number of months).
Eigen::ArrayXXd integerPower(const Eigen::ArrayXXd &base, int exponent)
{
    Eigen::ArrayXXd result = Eigen::ArrayXXd::Ones(base.rows(), base.cols());
    Eigen::ArrayXXd square = base;
    for (int n = exponent; n > 0; n >>= 1) {
        if (n & 1)
            result *= square;
        if (n > 1)
            square *= square;
    }
    return result;
}

template <typename Member>
MetricReader reader(Member member)
{
    return [member](const Totals &totals) -> std::optional<double> {
        return totals.*member;
    };
}

} // namespace

MetricReader metricReader(const QString &metric, int stageCount)
{
    if (!isKnownMetric(metric, stageCount))
        return {};
    // The common ones without a string comparison per trial; the rest through metricValue().
    if (metric == QLatin1String("customers"))
        return reader(&Totals::customers);
    if (metric == QLatin1String("leads"))
        return reader(&Totals::leads);
    if (metric == QLatin1String("value"))
        return reader(&Totals::value);
    if (metric == QLatin1String("cac"))
        return reader(&Totals::cac);
    if (metric == QLatin1String("roi"))
        return reader(&Totals::roi);
    if (metric == QLatin1String("return_ratio"))
        return reader(&Totals::returnRatio);
    if (metric == QLatin1String("ltv"))
        return reader(&Totals::ltv);
    if (metric == QLatin1String("payback_month"))
        return [](const Totals &totals) -> std::optional<double> {
            if (!totals.paybackMonth)
                return std::nullopt;
            return static_cast<double>(*totals.paybackMonth);
        };
    // Per-stage names resolved to their index once, then the same rule as metricValue().
    if (const auto k = stageSuffix(metric, QLatin1String("cost_per_stage.")))
        return [k = static_cast<std::size_t>(*k)](const Totals &totals) {
            return totals.costPerStage[k];
        };
    if (const auto k = stageSuffix(metric, QLatin1String("stage_conversion.")))
        return [k = static_cast<std::size_t>(*k)](const Totals &totals) {
            return safeRatio(totals.stageVolumes[k], totals.stageVolumes[k - 1]);
        };
    return [metric](const Totals &totals) {
        return metricValue(totals, metric);
    };
}

MonteCarloTrials::MonteCarloTrials(const Plan &plan, const Scenario &scenario,
                                   const QStringList &metrics)
{
    const ScenarioInputs inputs = prepareScenario(plan, scenario);
    m_channelCount = inputs.channelCount;
    m_monthCount = inputs.monthCount;
    m_stageCount = static_cast<int>(inputs.conversion.cols()) + 1;
    m_valueHorizon = inputs.valueHorizon;
    m_monthlyDiscount = inputs.monthlyDiscount;

    // MODEL.md §3.3–§3.5 for the fixed part: S, A and h = A/(1 + A/κ), so V₀ = h / p_c.
    Eigen::ArrayXXd saturated = plannedSpend(inputs);
    m_fixed.budget = inputs.budget;
    m_fixed.channelSpend = saturated.sum();
    m_fixed.overhead = inputs.overhead;
    m_fixed.reserve = inputs.reserve;
    const Eigen::ArrayXd monthlySpend = saturated.colwise().sum().transpose();
    applyCarryover(saturated, inputs.carryover);
    applyLeadResponse(saturated, Eigen::ArrayXd::Ones(m_channelCount), inputs.inverseSaturation);
    m_saturated = std::move(saturated);
    m_saturatedSum = m_saturated.rowwise().sum().transpose();

    m_costPerLead = inputs.costPerLead.transpose();
    m_conversion = inputs.conversion.transpose();
    m_arpu.resize(m_channelCount);
    m_margin.resize(m_channelCount);
    m_retention = inputs.retention.transpose();
    m_retentionCeiling.setOnes(m_channelCount);
    m_halfWidths.setZero(FamilyCount, m_channelCount);
    for (int c = 0; c < m_channelCount; ++c) {
        const auto index = static_cast<std::size_t>(c);
        const ChannelDrivers drivers =
            index < scenario.channels.size() ? scenario.channels[index] : ChannelDrivers{};
        m_arpu[c] = drivers.arpuMonthly;
        m_margin[c] = drivers.margin;
        for (int family = 0; family < FamilyCount; ++family)
            m_halfWidths(family, c) =
                halfWidth(drivers.uncertainty, scenario.uncertainty, static_cast<Family>(family));
        // MODEL.md §5.3: drawn retention is clipped to [0, 0.9999]; an undrawn one keeps its
        // plan value, so u = 0 reproduces the projection exactly.
        if (m_halfWidths(Retention, c) > 0.0)
            m_retentionCeiling[c] = 0.9999;
    }

    // MODEL.md §3.10: cumulative spend over T = M + H − 1 (no spend after the horizon).
    const int length = m_monthCount + m_valueHorizon - 1;
    m_cumulativeSpend.setZero(std::max(length, 0));
    double spendSoFar = 0.0;
    for (int t = 0; t < length; ++t) {
        if (t < m_monthCount)
            spendSoFar += monthlySpend[t];
        m_cumulativeSpend[t] = spendSoFar;
    }

    for (const QString &metric : metrics) {
        m_readers.push_back(metricReader(metric, m_stageCount));
        if (metric == QLatin1String("payback_month"))
            m_needsPayback = true;
    }
}

void MonteCarloTrials::completeTotals(Totals &totals) const
{
    // MODEL.md §3.9, the same ratios as computeTotals(); null when a denominator is 0.
    const auto stages = totals.stageVolumes.size();
    totals.costPerStage.resize(stages);
    for (std::size_t k = 0; k < stages; ++k)
        totals.costPerStage[k] = safeRatio(totals.channelSpend, totals.stageVolumes[k]);
    totals.leads = totals.stageVolumes.front();
    totals.customers = totals.stageVolumes.back();
    totals.costPerLead = totals.costPerStage.front();
    totals.cac = totals.costPerStage.back();
    totals.cacLoaded = safeRatio(totals.channelSpend + totals.overhead, totals.customers);
    totals.conversion = safeRatio(totals.customers, totals.leads);
    totals.ltv = safeRatio(totals.value, totals.customers);
    totals.roi = safeRatio(totals.value - totals.channelSpend, totals.channelSpend);
    totals.roiLoaded = safeRatio(totals.value - totals.channelSpend - totals.overhead,
                                 totals.channelSpend + totals.overhead);
    totals.returnRatio = safeRatio(totals.value, totals.channelSpend);
    totals.ltvCac = safeRatio(totals.ltv, totals.cac);
}

void MonteCarloTrials::run(std::uint64_t seed, int first, int count, TrialOutputs &outputs) const
{
    const int channels = m_channelCount;
    // Standard triangular draws t on [−1, 1] (mode 0) by the inverse CDF, one per family and
    // channel, always all of them so a trial's stream does not depend on which u are 0.
    std::vector<Eigen::ArrayXXd> draws(FamilyCount, Eigen::ArrayXXd(count, channels));
    for (int i = 0; i < count; ++i) {
        TrialRandom random(seed, static_cast<std::uint64_t>(first) + static_cast<std::uint64_t>(i));
        for (int c = 0; c < channels; ++c) {
            for (int family = 0; family < FamilyCount; ++family)
                draws[static_cast<std::size_t>(family)](i, c) = random.uniform();
        }
    }
    // U < ½: t = √(2U) − 1; else t = 1 − √(2(1−U)): one square root per draw.
    for (auto &uniform : draws) {
        const Eigen::ArrayXXd magnitude = 1.0 - (2.0 * uniform.min(1.0 - uniform)).sqrt();
        uniform = (uniform < 0.5).select(-magnitude, magnitude);
    }
    // x(1 + u·t): triangular on [x(1−u), x(1+u)] with mode x.
    const auto factor = [&](Family family) {
        return ((draws[static_cast<std::size_t>(family)].rowwise() * m_halfWidths.row(family)) +
                1.0)
            .eval();
    };

    // MODEL.md §3.5–§3.6: leads = h/p, then the funnel; conversion moves all of a channel's
    // rates by one draw, each rate clipped to [0, 1].
    const Eigen::ArrayXXd costPerLead = factor(Cpl).rowwise() * m_costPerLead;
    const Eigen::ArrayXXd conversionFactor = factor(Conversion);
    Eigen::ArrayXXd perLead = (costPerLead > 0.0).select(1.0 / costPerLead, 0.0);
    Eigen::ArrayXXd stageTotals(count, m_stageCount);
    stageTotals.col(0) = (perLead.rowwise() * m_saturatedSum).rowwise().sum();
    for (int k = 0; k + 1 < m_stageCount; ++k) {
        perLead *= (conversionFactor.rowwise() * m_conversion.row(k)).min(1.0).max(0.0);
        stageTotals.col(k + 1) = (perLead.rowwise() * m_saturatedSum).rowwise().sum();
    }
    // perLead is now customers per unit of h: N[c,m] = h[c,m]·perLead_c.

    // MODEL.md §3.7: LTV_c = g_c · Σ_{t<H} q^t, q = ρ_c/(1+δ), with the drawn arpu and retention.
    const Eigen::ArrayXXd monthlyMargin = (factor(Arpu).rowwise() * m_arpu).rowwise() * m_margin;
    const Eigen::ArrayXXd retention = (factor(Retention).rowwise() * m_retention)
                                          .max(0.0)
                                          .min(m_retentionCeiling.replicate(count, 1));
    const Eigen::ArrayXXd ratio = retention / (1.0 + m_monthlyDiscount);
    Eigen::ArrayXXd lifetime =
        ((1.0 - integerPower(ratio, m_valueHorizon)) / (1.0 - ratio)).cwiseProduct(monthlyMargin);
    for (int c = 0; c < channels; ++c) {
        for (int i = 0; i < count; ++i) {
            const double q = ratio(i, c);
            if (std::abs(1.0 - q) >= 1e-4)
                continue;
            // Near q = 1 the closed form loses digits, as in updateLifetimeValues().
            double sum = 0.0;
            double term = 1.0;
            for (int t = 0; t < m_valueHorizon; ++t) {
                sum += term;
                term *= q;
            }
            lifetime(i, c) = monthlyMargin(i, c) * sum;
        }
    }
    const Eigen::ArrayXXd customers = perLead.rowwise() * m_saturatedSum;
    const Eigen::ArrayXd value = (customers * lifetime).rowwise().sum();

    // Customers per month, all channels: trials x M.
    outputs.monthlyCustomers.middleRows(first, count) =
        (perLead.matrix() * m_saturated.matrix()).array();

    // MODEL.md §3.10, only when a payback month is asked for: the active margin of each
    // channel follows X[t] = ρ·X[t−1] + g·N[t] − g·ρ^H·N[t−H] (see cohortCashCurve()).
    std::vector<std::optional<int>> payback(static_cast<std::size_t>(count));
    if (m_needsPayback) {
        const Eigen::ArrayXXd marginPerUnit = monthlyMargin * perLead;
        // Undiscounted ρ^H, as in the projection's cash curve.
        const Eigen::ArrayXXd fade = integerPower(retention, m_valueHorizon);
        Eigen::ArrayXXd active = Eigen::ArrayXXd::Zero(count, channels);
        Eigen::ArrayXd marginSoFar = Eigen::ArrayXd::Zero(count);
        int open = count;
        const Eigen::Index length = m_cumulativeSpend.size();
        for (Eigen::Index t = 0; t < length && open > 0; ++t) {
            const bool entering = t < m_monthCount;
            const bool leaving = t >= m_valueHorizon && t - m_valueHorizon < m_monthCount;
            // One fused pass per channel column (a column holds the block's trials).
            for (int c = 0; c < channels; ++c) {
                const double in = entering ? m_saturated(c, t) : 0.0;
                const double out = leaving ? m_saturated(c, t - m_valueHorizon) : 0.0;
                auto column = active.col(c);
                column = column * retention.col(c) + in - fade.col(c) * out;
                marginSoFar += column * marginPerUnit.col(c);
            }
            const double spendSoFar = m_cumulativeSpend[t];
            if (spendSoFar <= 0.0)
                continue;
            for (int i = 0; i < count; ++i) {
                auto &month = payback[static_cast<std::size_t>(i)];
                if (!month && marginSoFar[i] >= spendSoFar) {
                    month = static_cast<int>(t + 1);
                    --open;
                }
            }
        }
    }

    Totals totals = m_fixed;
    totals.stageVolumes.resize(static_cast<std::size_t>(m_stageCount));
    for (int i = 0; i < count; ++i) {
        for (int k = 0; k < m_stageCount; ++k)
            totals.stageVolumes[static_cast<std::size_t>(k)] = stageTotals(i, k);
        totals.value = value[i];
        totals.paybackMonth = payback[static_cast<std::size_t>(i)];
        completeTotals(totals);
        const auto trial = static_cast<std::size_t>(first + i);
        for (std::size_t r = 0; r < m_readers.size(); ++r) {
            const auto metric = m_readers[r](totals);
            outputs.values[r][trial] = metric.value_or(0.0);
            outputs.defined[r][trial] = metric.has_value();
        }
    }
}

} // namespace cplan
