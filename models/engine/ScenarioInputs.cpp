#include "models/engine/ScenarioInputs.h"

#include "models/domain/Months.h"
#include "models/engine/Gates.h"

#include <algorithm>
#include <cmath>

namespace cplan {

Eigen::ArrayXd phasingWeights(const Phasing &phasing, int months)
{
    const Eigen::Index count = std::max(months, 0);
    Eigen::ArrayXd weights = Eigen::ArrayXd::Ones(count);
    // MODEL.md §3.2: quarterly weights give month m the weight q[(m div 3) mod 4].
    if (phasing.kind == Phasing::Kind::Quarterly && phasing.weights.size() == 4) {
        for (Eigen::Index m = 0; m < count; ++m)
            weights[m] = phasing.weights[static_cast<std::size_t>((m / 3) % 4)];
    } else if (phasing.kind == Phasing::Kind::Monthly &&
               phasing.weights.size() == static_cast<std::size_t>(count)) {
        weights = Eigen::Map<const Eigen::ArrayXd>(phasing.weights.data(), count);
    }
    // Negative or non-finite weights, or a zero sum, only reach here from an unvalidated plan;
    // fall back to even phasing rather than divide by zero.
    const bool usable = weights.allFinite() && (weights >= 0.0).all() && weights.sum() > 0.0;
    if (!usable)
        weights.setOnes();
    return weights / weights.sum();
}

void updateLifetimeValues(ScenarioInputs &inputs)
{
    // MODEL.md §3.7: LTV_c = g_c · Σ_{t=0}^{H−1} q^t with q = ρ_c/(1+δ); H when q = 1.
    const int horizon = std::max(inputs.valueHorizon, 1);
    const Eigen::Index count = inputs.retention.size();
    inputs.lifetimeValue.resize(count);
    for (Eigen::Index c = 0; c < count; ++c) {
        const double q = inputs.retention[c] / (1.0 + inputs.monthlyDiscount);
        double factor = 0.0;
        if (std::abs(1.0 - q) < 1e-4) {
            // Near q = 1 the closed form loses digits to cancellation; sum the terms.
            double term = 1.0;
            for (int t = 0; t < horizon; ++t) {
                factor += term;
                term *= q;
            }
        } else {
            factor = (1.0 - std::pow(q, horizon)) / (1.0 - q);
        }
        inputs.lifetimeValue[c] = inputs.monthlyMargin[c] * factor;
    }
}

ScenarioInputs prepareUngatedScenario(const Plan &plan, const Scenario &scenario)
{
    ScenarioInputs inputs;
    const int channelCount = static_cast<int>(plan.channels.size());
    const int monthCount = std::max(plan.months, 0);
    const int stageCount = std::max(static_cast<int>(plan.stages.size()), 1);
    inputs.channelCount = channelCount;
    inputs.monthCount = monthCount;
    inputs.stageCount = stageCount;
    inputs.valueHorizon = std::max(plan.valueHorizonMonths, 1);
    inputs.budget = scenario.budget;

    // MODEL.md §3.1: pools by category kind.
    double channelShare = 0.0;
    double overheadShare = 0.0;
    double reserveShare = 0.0;
    for (std::size_t i = 0; i < plan.categories.size(); ++i) {
        const double share = i < scenario.categoryShares.size() ? scenario.categoryShares[i] : 0.0;
        switch (plan.categories[i].kind) {
        case CategoryKind::Channel:
            channelShare += share;
            break;
        case CategoryKind::Overhead:
            overheadShare += share;
            break;
        case CategoryKind::Reserve:
            reserveShare += share;
            break;
        }
    }
    inputs.pool = scenario.budget * channelShare;
    inputs.overhead = scenario.budget * overheadShare;
    inputs.reserve = scenario.budget * reserveShare;
    // MODEL.md §3.7: δ = (1+d)^(1/12) − 1.
    inputs.monthlyDiscount = std::pow(1.0 + plan.discountRateAnnual, 1.0 / 12.0) - 1.0;

    inputs.shares.setZero(channelCount);
    inputs.weights.resize(channelCount, monthCount);
    inputs.costPerLead.setOnes(channelCount);
    inputs.inverseSaturation.setZero(channelCount);
    inputs.carryover.setZero(channelCount);
    inputs.conversion.setZero(channelCount, stageCount - 1);
    inputs.monthlyMargin.setZero(channelCount);
    inputs.retention.setZero(channelCount);
    inputs.lostWeight.setZero(channelCount);

    const Eigen::ArrayXd scenarioWeights = phasingWeights(scenario.phasing, monthCount);
    for (int c = 0; c < channelCount; ++c) {
        const auto index = static_cast<std::size_t>(c);
        if (index >= scenario.channels.size()) {
            inputs.weights.row(c) = scenarioWeights.transpose();
            continue;
        }
        const ChannelDrivers &drivers = scenario.channels[index];
        inputs.shares[c] = drivers.share;
        inputs.costPerLead[c] = drivers.cpl;
        if (drivers.saturationSpend && *drivers.saturationSpend > 0.0)
            inputs.inverseSaturation[c] = 1.0 / *drivers.saturationSpend;
        inputs.carryover[c] = drivers.carryover;
        for (int k = 0; k < stageCount - 1; ++k) {
            const auto rate = static_cast<std::size_t>(k);
            inputs.conversion(c, k) =
                rate < drivers.conversion.size() ? drivers.conversion[rate] : 0.0;
        }
        inputs.monthlyMargin[c] = drivers.arpuMonthly * drivers.margin;
        inputs.retention[c] = drivers.retentionMonthly;
        // MODEL.md §3.3: w_c = the channel's override or the scenario's phasing.
        if (drivers.phasing)
            inputs.weights.row(c) = phasingWeights(*drivers.phasing, monthCount).transpose();
        else
            inputs.weights.row(c) = scenarioWeights.transpose();
    }
    updateLifetimeValues(inputs);
    return inputs;
}

ScenarioInputs prepareScenario(const Plan &plan, const Scenario &scenario, QDate statusDate)
{
    ScenarioInputs inputs = prepareUngatedScenario(plan, scenario);
    // MODEL.md §6 "Gates": a slipped gate shifts its channel's phasing.
    bool gated = false;
    for (const Milestone &milestone : plan.milestones)
        gated = gated || !milestone.gates.isEmpty();
    if (!gated)
        return inputs;
    if (!statusDate.isValid())
        statusDate = parseIsoDate(plan.statusDate).value_or(QDate());
    applyGateSlips(gateSlips(plan, statusDate), inputs);
    return inputs;
}

ScenarioInputs prepareScenario(const Plan &plan, const Scenario &scenario)
{
    return prepareScenario(plan, scenario, QDate());
}

} // namespace cplan
