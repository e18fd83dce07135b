#include "models/engine/MonteCarloTrials.h"

#include "models/engine/ChannelResponse.h"
#include "models/engine/MetricName.h"
#include "models/engine/ScenarioInputs.h"
#include "models/engine/TotalRatios.h"

#include <algorithm>
#include <cmath>
#include <type_traits>

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

// Trials per tile: a tile's working arrays (channels x 8 doubles each) stay in the L1 cache and
// every step of the kernel is four independent SSE2 operations per channel.
constexpr int tileWidth = 8;

// Tile arrays: trials x channels, column-major, so a channel's trials are contiguous and a
// driver row broadcasts over them as in the block-wide arrays this kernel replaced.
using TileArray = Eigen::Array<double, tileWidth, Eigen::Dynamic>;
using TileMap = Eigen::Map<TileArray>;

TileMap tileMap(std::vector<double> &buffer, int channels, int slot = 0)
{
    return TileMap(buffer.data() + static_cast<std::ptrdiff_t>(slot) * channels * tileWidth,
                   tileWidth, channels);
}

// x^n for a whole n ≥ 0 by repeated squaring into `result`: a few vectorised multiplications
// instead of a pow() call per element (H is a whole number of months). One channel's 8 lanes at a
// time, so the running square and product stay in registers (the same multiplications in the same
// order as whole-array passes).
void integerPower(const TileMap &base, int exponent, TileMap &result)
{
    using Lanes = Eigen::Array<double, tileWidth, 1>;
    for (Eigen::Index c = 0; c < base.cols(); ++c) {
        Lanes power = Lanes::Ones();
        Lanes square = base.col(c);
        for (int n = exponent; n > 0; n >>= 1) {
            if (n & 1)
                power *= square;
            if (n > 1)
                square *= square;
        }
        result.col(c) = power;
    }
}

// Σ_c terms(w, c) for each lane w of a tile, channels in order: what rowwise().sum() gives (a
// sequential sum per lane, which Eigen forms one lane at a time with strided scalar loads), here
// with the lanes vectorised — the same additions in the same order, so the same bits.
template <typename Terms>
void sumOverChannels(const Terms &terms, Eigen::Ref<Eigen::Array<double, tileWidth, 1>> result)
{
    if (terms.cols() == 0) {
        result.setZero();
        return;
    }
    Eigen::Array<double, tileWidth, 1> sum = terms.col(0);
    for (Eigen::Index c = 1; c < terms.cols(); ++c)
        sum += terms.col(c);
    result = sum;
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
            return stageConversion(totals, k);
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

    m_halfWidthLanes.resize(FamilyCount * m_channelCount * tileWidth);
    for (int family = 0; family < FamilyCount; ++family) {
        for (int c = 0; c < m_channelCount; ++c)
            m_halfWidthLanes.segment((family * m_channelCount + c) * tileWidth, tileWidth)
                .setConstant(m_halfWidths(family, c));
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

void MonteCarloTrials::run(std::uint64_t seed, int first, int count, TrialOutputs &outputs,
                           Workspace &workspace) const
{
    const int channels = m_channelCount;
    const auto lanes = static_cast<std::size_t>(channels) * tileWidth;
    const auto stages = static_cast<std::size_t>(m_stageCount);
    workspace.uniform.resize(FamilyCount * lanes);
    workspace.magnitude.resize(FamilyCount * lanes);
    for (auto *buffer : {&workspace.perLead, &workspace.valueTerms, &workspace.monthlyMargin,
                         &workspace.retention, &workspace.ratio, &workspace.lifetime,
                         &workspace.fade, &workspace.marginPerUnit, &workspace.active})
        buffer->resize(lanes);
    workspace.stageTotals.resize(stages * tileWidth);
    workspace.values.resize(tileWidth);
    workspace.payback.resize(tileWidth);
    workspace.blockPerLead.resize(static_cast<std::size_t>(count) *
                                  static_cast<std::size_t>(channels));

    Totals totals = m_fixed;
    totals.stageVolumes.resize(stages);
    for (int row = 0; row < count; row += tileWidth) {
        const int tileCount = std::min(tileWidth, count - row);
        runTile(seed, first + row, tileCount, row, count, workspace);
        for (int w = 0; w < tileCount; ++w) {
            for (std::size_t k = 0; k < stages; ++k)
                totals.stageVolumes[k] =
                    workspace.stageTotals[k * tileWidth + static_cast<std::size_t>(w)];
            const auto lane = static_cast<std::size_t>(w);
            totals.value = workspace.values[lane];
            totals.paybackMonth = workspace.payback[lane] > 0
                                      ? std::optional<int>(workspace.payback[lane])
                                      : std::nullopt;
            completeTotalRatios(totals); // MODEL.md §3.9, as the projection
            const auto trial = static_cast<std::size_t>(first + row + w);
            for (std::size_t r = 0; r < m_readers.size(); ++r) {
                const auto metric = m_readers[r](totals);
                outputs.values[r][trial] = metric.value_or(0.0);
                outputs.defined[r][trial] = metric.has_value();
            }
        }
    }

    // Customers per month, all channels: trials x M, one product for the block (the same shape
    // as before the kernel was tiled, so the same bits), written straight into the block's rows
    // (no temporary: the output does not alias the operands).
    // Only the fan's rows are kept (MonteCarloOptions::fanCellLimit); a block wholly inside
    // them is one product of the whole block, as before.
    const int fanRows =
        std::clamp(static_cast<int>(outputs.monthlyCustomers.rows()) - first, 0, count);
    if (fanRows == 0)
        return;
    const Eigen::Map<const Eigen::MatrixXd> perLead(workspace.blockPerLead.data(), count, channels);
    if (fanRows == count)
        outputs.monthlyCustomers.matrix().middleRows(first, count).noalias() =
            perLead * m_saturated.matrix();
    else
        outputs.monthlyCustomers.matrix().middleRows(first, fanRows).noalias() =
            perLead.topRows(fanRows) * m_saturated.matrix();
}

void MonteCarloTrials::runTile(std::uint64_t seed, int first, int count, int row, int blockCount,
                               Workspace &workspace) const
{
    const int channels = m_channelCount;
    const auto lanes = static_cast<Eigen::Index>(channels) * tileWidth;

    // Standard triangular draws t on [−1, 1] (mode 0) by the inverse CDF, one per family and
    // channel, always all of them so a trial's stream does not depend on which u are 0. A
    // trial draws channel by channel, family by family, whatever tile it is in; the idle lanes
    // of a last, partial tile take the mode and are never read.
    double *uniform = workspace.uniform.data();
    for (int w = 0; w < tileWidth; ++w) {
        if (w < count) {
            TrialRandom random(seed,
                               static_cast<std::uint64_t>(first) + static_cast<std::uint64_t>(w));
            for (int c = 0; c < channels; ++c) {
                for (int family = 0; family < FamilyCount; ++family)
                    uniform[(family * channels + c) * tileWidth + w] = random.uniform();
            }
        } else {
            for (int slot = 0; slot < FamilyCount * channels; ++slot)
                uniform[slot * tileWidth + w] = 0.5;
        }
    }
    // U < ½: t = √(2U) − 1; else t = 1 − √(2(1−U)): one square root per draw. Then x(1 + u·t):
    // triangular on [x(1−u), x(1+u)] with mode x (the factors overwrite the draws).
    Eigen::Map<Eigen::ArrayXd> draws(uniform, FamilyCount * lanes);
    Eigen::Map<Eigen::ArrayXd> magnitude(workspace.magnitude.data(), FamilyCount * lanes);
    magnitude = 1.0 - (2.0 * draws.min(1.0 - draws)).sqrt();
    draws = (draws < 0.5).select(-magnitude, magnitude) * m_halfWidthLanes + 1.0;
    const auto factor = [&](Family family) {
        return tileMap(workspace.uniform, channels, family);
    };

    // MODEL.md §3.5–§3.6: leads = h/p, then the funnel; conversion moves all of a channel's
    // rates by one draw, each rate clipped to [0, 1].
    TileMap perLead = tileMap(workspace.perLead, channels);
    TileMap terms = tileMap(workspace.valueTerms, channels);
    {
        const auto costPerLead = factor(Cpl).rowwise() * m_costPerLead;
        perLead = (costPerLead > 0.0).select(1.0 / costPerLead, 0.0);
    }
    const TileMap conversionFactor = factor(Conversion);
    Eigen::Map<Eigen::Array<double, tileWidth, Eigen::Dynamic>> stageTotals(
        workspace.stageTotals.data(), tileWidth, m_stageCount);
    sumOverChannels(perLead.rowwise() * m_saturatedSum, stageTotals.col(0));
    for (int k = 0; k + 1 < m_stageCount; ++k) {
        perLead *= (conversionFactor.rowwise() * m_conversion.row(k)).min(1.0).max(0.0);
        sumOverChannels(perLead.rowwise() * m_saturatedSum, stageTotals.col(k + 1));
    }
    // perLead is now customers per unit of h: N[c,m] = h[c,m]·perLead_c.

    // MODEL.md §3.7: LTV_c = g_c · Σ_{t<H} q^t, q = ρ_c/(1+δ), with the drawn arpu and retention.
    TileMap monthlyMargin = tileMap(workspace.monthlyMargin, channels);
    monthlyMargin = (factor(Arpu).rowwise() * m_arpu).rowwise() * m_margin;
    TileMap retention = tileMap(workspace.retention, channels);
    retention = (factor(Retention).rowwise() * m_retention)
                    .max(0.0)
                    .min(m_retentionCeiling.replicate<tileWidth, 1>());
    TileMap ratio = tileMap(workspace.ratio, channels);
    ratio = retention / (1.0 + m_monthlyDiscount);
    TileMap lifetime = tileMap(workspace.lifetime, channels);
    integerPower(ratio, m_valueHorizon, lifetime);
    lifetime = ((1.0 - lifetime) / (1.0 - ratio)).cwiseProduct(monthlyMargin);
    for (Eigen::Index slot = 0; slot < lanes; ++slot) {
        const double q = ratio.data()[slot];
        if (std::abs(1.0 - q) >= 1e-4)
            continue;
        // Near q = 1 the closed form loses digits, as in updateLifetimeValues().
        double sum = 0.0;
        double term = 1.0;
        for (int t = 0; t < m_valueHorizon; ++t) {
            sum += term;
            term *= q;
        }
        lifetime.data()[slot] = monthlyMargin.data()[slot] * sum;
    }
    terms = (perLead.rowwise() * m_saturatedSum) * lifetime;
    Eigen::Map<Eigen::Array<double, tileWidth, 1>> values(workspace.values.data());
    values = terms.rowwise().sum();

    // The fan's input: this tile's rows of the block's trials x channels matrix.
    Eigen::Map<Eigen::MatrixXd> blockPerLead(workspace.blockPerLead.data(), blockCount, channels);
    blockPerLead.middleRows(row, count) = perLead.topRows(count).matrix();

    std::fill(workspace.payback.begin(), workspace.payback.end(), 0);
    if (m_needsPayback) {
        TileMap marginPerUnit = tileMap(workspace.marginPerUnit, channels);
        marginPerUnit = monthlyMargin * perLead;
        TileMap fade = tileMap(workspace.fade, channels);
        // Undiscounted ρ^H, as in the projection's cash curve.
        integerPower(retention, m_valueHorizon, fade);
        paybackMonths(count, workspace);
    }
}

void MonteCarloTrials::paybackMonths(int count, Workspace &workspace) const
{
    // MODEL.md §3.10: the active margin of each channel follows
    // X[t] = ρ·X[t−1] + g·N[t] − g·ρ^H·N[t−H] (see cohortCashCurve()), here in units of h per
    // trial (X holds h-weighted customers, marginPerUnit = g·perLead). Months outer, channels
    // inner, as before: the same additions in the same order for every trial.
    const int channels = m_channelCount;
    double *active = workspace.active.data();
    std::fill(workspace.active.begin(), workspace.active.end(), 0.0);
    const double *retention = workspace.retention.data();
    const double *fade = workspace.fade.data();
    const double *marginPerUnit = workspace.marginPerUnit.data();
    int *payback = workspace.payback.data();
    // Fixed-size Eigen arrays: the compiler keeps a tile's running margin in registers and each
    // line below is four SSE2 operations.
    using Lanes = Eigen::Array<double, tileWidth, 1>;
    Lanes marginSoFar = Lanes::Zero();

    // One month of the recursion; adding a cohort of 0 changes no value, so the months with
    // nothing entering or leaving skip those terms.
    const auto step = [&](auto entering, auto leaving, Eigen::Index t) {
        for (int c = 0; c < channels; ++c) {
            const std::ptrdiff_t offset = static_cast<std::ptrdiff_t>(c) * tileWidth;
            Eigen::Map<Lanes> x(active + offset);
            const Eigen::Map<const Lanes> rho(retention + offset);
            if constexpr (decltype(entering)::value && decltype(leaving)::value)
                x = x * rho + m_saturated(c, t) -
                    Eigen::Map<const Lanes>(fade + offset) * m_saturated(c, t - m_valueHorizon);
            else if constexpr (decltype(entering)::value)
                x = x * rho + m_saturated(c, t);
            else if constexpr (decltype(leaving)::value)
                x = x * rho -
                    Eigen::Map<const Lanes>(fade + offset) * m_saturated(c, t - m_valueHorizon);
            else
                x *= rho;
            marginSoFar += x * Eigen::Map<const Lanes>(marginPerUnit + offset);
        }
    };
    using Yes = std::true_type;
    using No = std::false_type;

    int open = count;
    const Eigen::Index length = m_cumulativeSpend.size();
    for (Eigen::Index t = 0; t < length && open > 0; ++t) {
        const bool entering = t < m_monthCount;
        const bool leaving = t >= m_valueHorizon && t - m_valueHorizon < m_monthCount;
        if (entering && leaving)
            step(Yes{}, Yes{}, t);
        else if (entering)
            step(Yes{}, No{}, t);
        else if (leaving)
            step(No{}, Yes{}, t);
        else
            step(No{}, No{}, t);
        const double spendSoFar = m_cumulativeSpend[t];
        if (spendSoFar <= 0.0)
            continue;
        for (int w = 0; w < count; ++w) {
            if (payback[w] == 0 && marginSoFar[w] >= spendSoFar) {
                payback[w] = static_cast<int>(t + 1);
                --open;
            }
        }
    }
}

} // namespace cplan
