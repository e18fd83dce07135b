#pragma once

// The response model of MODEL.md §3.3–§3.6 as small pure functions over Eigen arrays
// (channels x months), plus the one-channel curve the optimizer and goal seek evaluate for a
// given channel pool amount x_c with every other driver fixed (MODEL.md §5.2).

#include "models/engine/ScenarioInputs.h"

#include <Eigen/Core>

#include <vector>

namespace cplan {

// S[c,m] = P · s_c · w_c[m]  (MODEL.md §3.3).
Eigen::ArrayXXd plannedSpend(const ScenarioInputs &inputs);

// Normalised geometric adstock per row (MODEL.md §3.4); response after the horizon is lost.
Eigen::ArrayXXd effectiveSpend(const Eigen::ArrayXXd &spend, const Eigen::ArrayXd &carryover);

// V₀ = A / (p_c · (1 + A/κ_c))  (MODEL.md §3.5). Computed in place of `effective` (pass an
// rvalue to save a channels x months allocation).
Eigen::ArrayXXd leadsFromEffectiveSpend(Eigen::ArrayXXd effective,
                                        const Eigen::ArrayXd &costPerLead,
                                        const Eigen::ArrayXd &inverseSaturation);

// V_k = V_{k−1} · r_c,k  (MODEL.md §3.6): K arrays, [0] = leads (moved in), [K−1] = customers.
std::vector<Eigen::ArrayXXd> funnelVolumes(Eigen::ArrayXXd leads,
                                           const Eigen::ArrayXXd &conversion);

// In-place forms of effectiveSpend() and leadsFromEffectiveSpend(): a caller that keeps its
// arrays between projections (the GUI, Monte Carlo) allocates nothing (docs/benchmarks.md).
void applyCarryover(Eigen::ArrayXXd &spendToEffective, const Eigen::ArrayXd &carryover);
void applyLeadResponse(Eigen::ArrayXXd &effectiveToLeads, const Eigen::ArrayXd &costPerLead,
                       const Eigen::ArrayXd &inverseSaturation);

// Product of a channel's rates r_c,1..r_c,K−1: customers per lead.
Eigen::ArrayXd customersPerLead(const ScenarioInputs &inputs);

// One channel's totals for channel pool amount x (its spend over the horizon).
struct ChannelOutcome
{
    double spend = 0.0;
    double leads = 0.0;
    double customers = 0.0;
    double value = 0.0; // customers · LTV_c
};

// The optimizer's curve (MODEL.md §5.2): concave in x. O(M), no allocation.
ChannelOutcome channelOutcome(const ScenarioInputs &inputs, int channel, double poolAmount);

} // namespace cplan
