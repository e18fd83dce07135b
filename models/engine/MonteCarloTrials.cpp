#include "models/engine/MonteCarloTrials.h"

#include "models/engine/ChannelResponse.h"
#include "models/engine/MetricName.h"
#include "models/engine/ScenarioInputs.h"
#include "models/engine/TotalRatios.h"

#include <algorithm>
#include <cmath>

namespace cplan {

namespace {

using montecarlo::Arpu;
using montecarlo::Conversion;
using montecarlo::Cpl;
using montecarlo::Family;
using montecarlo::FamilyCount;
using montecarlo::Retention;

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

} // namespace

enum class TotalsField : unsigned char
{
    Customers,
    Leads,
    Value,
    Cac,
    Roi,
    ReturnRatio,
    Ltv,
    PaybackMonth,
    Other,
};

namespace {

TotalsField totalsField(const QString &metric)
{
    static const std::pair<const char *, TotalsField> fields[] = {
        {"customers", TotalsField::Customers},
        {"leads", TotalsField::Leads},
        {"value", TotalsField::Value},
        {"cac", TotalsField::Cac},
        {"roi", TotalsField::Roi},
        {"return_ratio", TotalsField::ReturnRatio},
        {"ltv", TotalsField::Ltv},
        {"payback_month", TotalsField::PaybackMonth},
    };
    for (const auto &[name, field] : fields) {
        if (metric == QLatin1String(name))
            return field;
    }
    return TotalsField::Other;
}

// The value of a totals field (not Other); `defined` false for a null ratio.
void readField(TotalsField field, const Totals &totals, double &value, bool &defined)
{
    const auto optional = [&](const auto &metric) {
        defined = metric.has_value();
        value = defined ? static_cast<double>(*metric) : 0.0;
    };
    defined = true;
    switch (field) {
    case TotalsField::Customers:
        value = totals.customers;
        break;
    case TotalsField::Leads:
        value = totals.leads;
        break;
    case TotalsField::Value:
        value = totals.value;
        break;
    case TotalsField::Cac:
        optional(totals.cac);
        break;
    case TotalsField::Roi:
        optional(totals.roi);
        break;
    case TotalsField::ReturnRatio:
        optional(totals.returnRatio);
        break;
    case TotalsField::Ltv:
        optional(totals.ltv);
        break;
    case TotalsField::PaybackMonth:
        optional(totals.paybackMonth);
        break;
    case TotalsField::Other:
        value = 0.0;
        defined = false;
        break;
    }
}

} // namespace

MetricReader metricReader(const QString &metric, int stageCount)
{
    if (!isKnownMetric(metric, stageCount))
        return {};
    // The common ones without a string comparison per trial; the rest through metricValue().
    if (const TotalsField field = totalsField(metric); field != TotalsField::Other)
        return [field](const Totals &totals) -> std::optional<double> {
            double value = 0.0;
            bool defined = false;
            readField(field, totals, value, defined);
            return defined ? std::optional<double>(value) : std::nullopt;
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
                                   const QStringList &metrics, montecarlo::Kernel kernel)
{
    const ScenarioInputs inputs = prepareScenario(plan, scenario);
    m_channelCount = inputs.channelCount;
    m_monthCount = inputs.monthCount;
    m_stageCount = static_cast<int>(inputs.conversion.cols()) + 1;

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
    const int length = m_monthCount + inputs.valueHorizon - 1;
    m_cumulativeSpend.setZero(std::max(length, 0));
    double spendSoFar = 0.0;
    for (int t = 0; t < length; ++t) {
        if (t < m_monthCount)
            spendSoFar += monthlySpend[t];
        m_cumulativeSpend[t] = spendSoFar;
    }

    bool needsPayback = false;
    for (const QString &metric : metrics) {
        m_readers.push_back(metricReader(metric, m_stageCount));
        m_fields.push_back(totalsField(metric));
        needsPayback = needsPayback || m_fields.back() == TotalsField::PaybackMonth;
    }

    // Whether a drawn q = ρ/(1+δ) can come near 1 (MonteCarloKernel): the drawn retention is at
    // most min(ρ·(1+u), ceiling); with a margin of 1e-4 for rounding (and NaN: checked).
    m_mayNearOne.resize(static_cast<std::size_t>(m_channelCount));
    for (int c = 0; c < m_channelCount; ++c) {
        const double highest =
            std::min(std::abs(m_retention[c]) * (1.0 + std::abs(m_halfWidths(Retention, c))),
                     m_retentionCeiling[c]);
        const double q = highest / (1.0 + inputs.monthlyDiscount);
        m_mayNearOne[static_cast<std::size_t>(c)] = q < 1.0 - 2e-4 ? 0 : 1;
    }

    montecarlo::KernelInputs &in = m_kernelInputs;
    in.channels = m_channelCount;
    in.stages = m_stageCount;
    in.monthCount = m_monthCount;
    in.valueHorizon = inputs.valueHorizon;
    in.discountDivisor = 1.0 + inputs.monthlyDiscount;
    in.needsPayback = needsPayback;
    in.costPerLead = m_costPerLead.data();
    in.conversion = m_conversion.data();
    in.saturatedSum = m_saturatedSum.data();
    in.arpu = m_arpu.data();
    in.margin = m_margin.data();
    in.retention = m_retention.data();
    in.retentionCeiling = m_retentionCeiling.data();
    in.halfWidths = m_halfWidths.data();
    in.saturated = m_saturated.data();
    in.cumulativeSpend = m_cumulativeSpend.data();
    in.length = static_cast<int>(m_cumulativeSpend.size());
    in.mayNearOne = m_mayNearOne.data();
    m_tile = montecarlo::tileFunction(kernel);
}

void MonteCarloTrials::run(std::uint64_t seed, int first, int count, TrialOutputs &outputs,
                           Workspace &workspace) const
{
    constexpr int tileWidth = montecarlo::tileWidth;
    const auto stages = static_cast<std::size_t>(m_stageCount);
    montecarlo::KernelScratch &tile = workspace.tile;
    tile.prepare(m_channelCount, m_stageCount);
    // Only the fan's rows are kept (MonteCarloOptions::fanCellLimit).
    const auto fanRows = static_cast<int>(outputs.monthlyCustomers.rows());

    Totals totals = m_fixed;
    totals.stageVolumes.resize(stages);
    for (int row = 0; row < count; row += tileWidth) {
        const int tileCount = std::min(tileWidth, count - row);
        const int trial0 = first + row;
        montecarlo::FanOutput fan;
        fan.count = std::clamp(fanRows - trial0, 0, tileCount);
        if (fan.count > 0) {
            fan.first = outputs.monthlyCustomers.data() + trial0;
            fan.stride = fanRows;
        }
        m_tile(m_kernelInputs, seed, static_cast<std::uint64_t>(trial0), tileCount, tile, fan);
        for (int w = 0; w < tileCount; ++w) {
            const auto lane = static_cast<std::size_t>(w);
            for (std::size_t k = 0; k < stages; ++k)
                totals.stageVolumes[k] = tile.stageTotals[k * tileWidth + lane];
            totals.value = tile.values[lane];
            totals.paybackMonth =
                tile.payback[lane] > 0 ? std::optional<int>(tile.payback[lane]) : std::nullopt;
            completeTotalRatios(totals); // MODEL.md §3.9, as the projection
            const auto trial = static_cast<std::size_t>(trial0 + w);
            for (std::size_t r = 0; r < m_readers.size(); ++r) {
                double value = 0.0;
                bool defined = true;
                if (m_fields[r] != TotalsField::Other) {
                    readField(m_fields[r], totals, value, defined);
                } else {
                    const auto metric = m_readers[r](totals);
                    value = metric.value_or(0.0);
                    defined = metric.has_value();
                }
                outputs.values[r][trial] = value;
                outputs.defined[r][trial] = defined;
            }
        }
    }
}

} // namespace cplan
