#pragma once

// The optimisation at the heart of the re-plan (MODEL.md §5.5), on plain arrays: share the
// remaining pool R over the open months of each channel so that the response of those months
// is largest. Replan.h builds the problem from a plan and turns the answer into a scenario.
//
// Each channel c responds in open month j (j = 0..n−1, plan month s + j) with
//   K_c · h(A_j),  h(A) = A / (1 + A/κ_c)   (MODEL.md §3.5; K_c = customers or value per lead
//   divided by the cost per lead),
//   A_j = θ_c·A_{j−1} + (1−θ_c)·x_j,  A_{−1} = the adstock the closed months left (§3.4).

#include <Eigen/Core>

#include <algorithm>

namespace cplan {

struct ReplanProblem
{
    double pool = 0.0;                // R: what the open months must spend in total
    Eigen::ArrayXd scale;             // K_c
    Eigen::ArrayXd inverseSaturation; // 1/κ_c; 0 = no saturation (a linear response)
    Eigen::ArrayXd carryover;         // θ_c
    Eigen::ArrayXd startAdstock;      // A_{−1}: the closed months' adstock at month s − 1
    Eigen::ArrayXXd openWeights;      // C x n: the scenario's phasing of the open months,
                                      // each row sums to 1 (or is all 0)
    Eigen::ArrayXd lower;             // bounds on each channel's open-month total
    Eigen::ArrayXd upper;
    Eigen::Array<bool, Eigen::Dynamic, 1> fixed; // locked: x = fixedSpend, not optimised
    Eigen::ArrayXXd fixedSpend;                  // C x n: the locked channels' own open-month spend
    // Free timing: the first open month j a channel may spend in (MODEL.md §6 "Gates": a gated
    // channel waits for its milestone); empty = 0 for every channel. Keep-phasing needs none:
    // the gated phasing already has no weight before the gate.
    Eigen::ArrayXi firstSpendMonth;

    int channelCount() const { return static_cast<int>(scale.size()); }
    int openMonthCount() const { return static_cast<int>(openWeights.cols()); }
    int firstSpendMonthOf(int channel) const
    {
        return channel < firstSpendMonth.size() ? std::max(firstSpendMonth[channel], 0) : 0;
    }
};

struct ReplanSolution
{
    Eigen::ArrayXXd spend;   // C x n: x[c,j]
    double multiplier = 0.0; // λ: the common marginal return per unit of the free channels
    // Largest violation of the optimality (KKT) conditions relative to λ: 0 at the exact
    // optimum (see kktResidual()).
    double kktResidual = 0.0;
    int iterations = 0; // bisection steps on λ
    // A certified bound on how far the objective can be below the optimum (see
    // optimalityGap()); 0 at the exact optimum.
    double gap = 0.0;
};

// The response Σ_c K_c Σ_j h(A[c,j]) of an open-month spend (any x ≥ 0, not only optimal).
double openResponse(const ReplanProblem &problem, const Eigen::ArrayXXd &spend);
// The same per channel.
Eigen::ArrayXd openResponseByChannel(const ReplanProblem &problem, const Eigen::ArrayXXd &spend);

// `keep-phasing`: x[c,j] = X_c · openWeights(c,j); exact (KKT with bisection on λ).
ReplanSolution solveKeepPhasing(const ReplanProblem &problem);
// `free`: every x[c,j] ≥ 0 is chosen (dual decomposition, see ReplanSolver.cpp).
ReplanSolution solveFreeTiming(const ReplanProblem &problem);

// The KKT residual of a spend for the free-timing problem (also a valid check of keep-phasing
// when every channel's open weights are its optimal split): per channel the marginal return of
// one more unit in each open month, ∂F/∂x[c,j]; months that spend must share the channel's
// best marginal ν_c, and ν_c must equal λ inside the bounds (≤ λ at the lower, ≥ λ at the
// upper bound). Returned relative to λ.
double freeTimingKktResidual(const ReplanProblem &problem, const Eigen::ArrayXXd &spend,
                             double multiplier);
// The same for keep-phasing: d/dX_c of the channel's response along its phasing against λ.
double keepPhasingKktResidual(const ReplanProblem &problem, const Eigen::ArrayXXd &spend,
                              double multiplier);

// A certified bound on F(optimum) − F(spend) for a feasible spend: F is concave, so
// F(y) ≤ F(x) + ∇F(x)·(y − x) for every feasible y, and the largest ∇F(x)·(y − x) over the
// feasible set (a small linear programme: each channel's best marginal, filled greedily within
// the bounds) bounds the distance to the optimum (the Frank–Wolfe gap). Free timing varies
// every month; keep-phasing only the channel totals along their phasing.
double optimalityGap(const ReplanProblem &problem, const Eigen::ArrayXXd &spend, bool keepPhasing);

} // namespace cplan
