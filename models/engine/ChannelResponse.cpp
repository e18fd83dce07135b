#include "models/engine/ChannelResponse.h"

namespace cplan {

Eigen::ArrayXXd plannedSpend(const ScenarioInputs &inputs)
{
    // MODEL.md §3.3: S[c,m] = P · s_c · w_c[m].
    const Eigen::ArrayXd channelPool = inputs.pool * inputs.shares;
    return inputs.weights.colwise() * channelPool;
}

void applyCarryover(Eigen::ArrayXXd &spendToEffective, const Eigen::ArrayXd &carryover)
{
    // MODEL.md §3.4: A[c,0] = (1−θ)·S[c,0]; A[c,m] = (1−θ)·S[c,m] + θ·A[c,m−1]. The recursion
    // runs along months, so each step is one column operation over all channels.
    spendToEffective.colwise() *= 1.0 - carryover;
    for (Eigen::Index m = 1; m < spendToEffective.cols(); ++m)
        spendToEffective.col(m) += carryover * spendToEffective.col(m - 1);
}

Eigen::ArrayXXd effectiveSpend(const Eigen::ArrayXXd &spend, const Eigen::ArrayXd &carryover)
{
    Eigen::ArrayXXd effective = spend;
    applyCarryover(effective, carryover);
    return effective;
}

void applyLeadResponse(Eigen::ArrayXXd &effectiveToLeads, const Eigen::ArrayXd &costPerLead,
                       const Eigen::ArrayXd &inverseSaturation)
{
    // MODEL.md §3.5: V₀ = A / (p_c · (1 + A/κ_c)); 1/κ_c = 0 without saturation. One pass per
    // column, in place, no temporary array.
    for (Eigen::Index m = 0; m < effectiveToLeads.cols(); ++m) {
        auto column = effectiveToLeads.col(m);
        const auto denominator = (column * inverseSaturation + 1.0) * costPerLead;
        // A validated plan always has a positive denominator; an invalid one (cpl ≤ 0) gets no
        // leads instead of an infinity.
        column = (denominator > 0.0).select(column / denominator, 0.0);
    }
}

Eigen::ArrayXXd leadsFromEffectiveSpend(Eigen::ArrayXXd effective,
                                        const Eigen::ArrayXd &costPerLead,
                                        const Eigen::ArrayXd &inverseSaturation)
{
    applyLeadResponse(effective, costPerLead, inverseSaturation);
    return effective;
}

std::vector<Eigen::ArrayXXd> funnelVolumes(Eigen::ArrayXXd leads, const Eigen::ArrayXXd &conversion)
{
    // MODEL.md §3.6: V_k = V_{k−1} · r_c,k.
    std::vector<Eigen::ArrayXXd> volumes;
    volumes.reserve(static_cast<std::size_t>(conversion.cols() + 1));
    volumes.push_back(std::move(leads));
    for (Eigen::Index k = 0; k < conversion.cols(); ++k)
        volumes.push_back(volumes.back().colwise() * conversion.col(k));
    return volumes;
}

Eigen::ArrayXd customersPerLead(const ScenarioInputs &inputs)
{
    Eigen::ArrayXd product = Eigen::ArrayXd::Ones(inputs.channelCount);
    for (Eigen::Index k = 0; k < inputs.conversion.cols(); ++k)
        product *= inputs.conversion.col(k);
    return product;
}

ChannelOutcome channelOutcome(const ScenarioInputs &inputs, int channel, double poolAmount)
{
    // The same steps as the projection (MODEL.md §3.3–§3.8) for one row, without allocating:
    // the optimizer calls this thousands of times per bisection.
    ChannelOutcome outcome;
    const double theta = inputs.carryover[channel];
    const double cpl = inputs.costPerLead[channel];
    const double inverseSaturation = inputs.inverseSaturation[channel];
    double effective = 0.0;
    for (int m = 0; m < inputs.monthCount; ++m) {
        const double spend = poolAmount * inputs.weights(channel, m);
        effective = (1.0 - theta) * spend + theta * effective;
        const double denominator = cpl * (1.0 + effective * inverseSaturation);
        outcome.spend += spend;
        if (denominator > 0.0)
            outcome.leads += effective / denominator;
    }
    double rate = 1.0;
    for (Eigen::Index k = 0; k < inputs.conversion.cols(); ++k)
        rate *= inputs.conversion(channel, k);
    outcome.customers = outcome.leads * rate;
    outcome.value = outcome.customers * inputs.lifetimeValue[channel];
    return outcome;
}

} // namespace cplan
