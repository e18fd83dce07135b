#pragma once

// The cohort cash curve and payback month of MODEL.md §3.10.

#include <Eigen/Core>

#include <optional>

namespace cplan {

struct CashCurve
{
    Eigen::ArrayXd cumulativeSpend;  // T = M + H − 1
    Eigen::ArrayXd cumulativeMargin; // T
    std::optional<int> paybackMonth; // first t+1 with spend > 0 and margin ≥ spend
};

// `spend` and `customers` are channels x months; `monthlyMargin` = g_c, `retention` = ρ_c.
CashCurve cohortCashCurve(const Eigen::ArrayXXd &spend, const Eigen::ArrayXXd &customers,
                          const Eigen::ArrayXd &monthlyMargin, const Eigen::ArrayXd &retention,
                          int valueHorizon);

} // namespace cplan
