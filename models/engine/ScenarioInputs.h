#pragma once

// The drivers of one scenario as flat Eigen arrays, prepared once (MODEL.md §2, §3.1, §3.2,
// §3.7). Everything the projection, the optimizer, Monte Carlo and the sensitivity analysis
// compute is a function of this value; none of them walks Qt containers in a hot loop.
// Monte Carlo copies it, perturbs the driver arrays and calls updateLifetimeValues().

#include "models/domain/Plan.h"

#include <Eigen/Core>
#include <QDate>

namespace cplan {

struct ScenarioInputs
{
    int channelCount = 0;         // C
    int monthCount = 0;           // M
    int stageCount = 0;           // K
    int valueHorizon = 1;         // H
    double budget = 0.0;          // B
    double pool = 0.0;            // P, MODEL.md §3.1
    double overhead = 0.0;        // O
    double reserve = 0.0;         // R
    double monthlyDiscount = 0.0; // δ = (1+d)^(1/12) − 1, MODEL.md §3.7

    Eigen::ArrayXd shares;            // s_c
    Eigen::ArrayXXd weights;          // C x M, normalised phasing w_c[m], each row sums to 1
    Eigen::ArrayXd costPerLead;       // p_c
    Eigen::ArrayXd inverseSaturation; // 1/κ_c; 0 = no saturation
    Eigen::ArrayXd carryover;         // θ_c
    Eigen::ArrayXXd conversion;       // C x (K−1), r_c,k
    Eigen::ArrayXd monthlyMargin;     // g_c = a_c·μ_c
    Eigen::ArrayXd retention;         // ρ_c
    Eigen::ArrayXd lifetimeValue;     // LTV_c (derived: updateLifetimeValues)
    // MODEL.md §6 "Gates": the part of w_c that a slipped gate moved past the horizon (0 when
    // nothing was lost). A gated row of `weights` then sums to 1 − lostWeight[c].
    Eigen::ArrayXd lostWeight;
};

// The scenario's drivers with the gated phasing shift of MODEL.md §6 applied: milestone reference
// dates use `statusDate` (the plan's status_date when invalid; no clock is read, so without
// either an overdue milestone with no forecast shifts nothing). See Gates.h.
ScenarioInputs prepareScenario(const Plan &plan, const Scenario &scenario, QDate statusDate);
// Assumes aligned vectors (scenario.channels.size() == plan.channels.size(), conversion.size()
// == K−1); a missing conversion rate counts as 0 and a missing category share as 0, so a
// malformed plan cannot crash the engine.
ScenarioInputs prepareScenario(const Plan &plan, const Scenario &scenario);
// The drivers exactly as the scenario phases them, with no gate applied.
ScenarioInputs prepareUngatedScenario(const Plan &plan, const Scenario &scenario);

// Normalised phasing weights over `months` (MODEL.md §3.2); even when the weights are absent,
// malformed or sum to 0.
Eigen::ArrayXd phasingWeights(const Phasing &phasing, int months);

// LTV_c = g_c · Σ_{t<H} (ρ_c/(1+δ))^t  (MODEL.md §3.7), recomputed from the driver arrays.
void updateLifetimeValues(ScenarioInputs &inputs);

} // namespace cplan
