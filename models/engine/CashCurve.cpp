#include "models/engine/CashCurve.h"

#include <algorithm>

namespace cplan {

CashCurve cohortCashCurve(const Eigen::ArrayXXd &spend, const Eigen::ArrayXXd &customers,
                          const Eigen::ArrayXd &monthlyMargin, const Eigen::ArrayXd &retention,
                          int valueHorizon)
{
    // MODEL.md §3.10: margin[t] = Σ_c Σ_{m ≤ t, t−m < H} g_c·N[c,m]·ρ_c^(t−m), T = M + H − 1.
    const Eigen::Index months = spend.cols();
    const Eigen::Index horizon = std::max(valueHorizon, 1);
    const Eigen::Index length = months + horizon - 1;
    CashCurve curve;
    curve.cumulativeSpend.setZero(std::max<Eigen::Index>(length, 0));
    curve.cumulativeMargin.setZero(std::max<Eigen::Index>(length, 0));
    if (months == 0)
        return curve;

    // Active margin per channel follows X[t] = ρ·X[t−1] + g·N[t] − g·ρ^H·N[t−H]: each cohort
    // enters at its month and leaves after H months. One column operation per month keeps the
    // work O(C·T) instead of the O(C·T·H) of the double sum.
    const Eigen::ArrayXd fading = retention.pow(static_cast<double>(horizon));
    const Eigen::ArrayXd monthlySpend = spend.colwise().sum().transpose();
    Eigen::ArrayXd active = Eigen::ArrayXd::Zero(spend.rows());
    double spendSoFar = 0.0;
    double marginSoFar = 0.0;
    for (Eigen::Index t = 0; t < length; ++t) {
        active *= retention;
        if (t < months)
            active += monthlyMargin * customers.col(t);
        if (t >= horizon && t - horizon < months)
            active -= fading * monthlyMargin * customers.col(t - horizon);
        // Spend is zero after the horizon.
        if (t < months)
            spendSoFar += monthlySpend[t];
        marginSoFar += active.sum();
        curve.cumulativeSpend[t] = spendSoFar;
        curve.cumulativeMargin[t] = marginSoFar;
        if (!curve.paybackMonth && spendSoFar > 0.0 && marginSoFar >= spendSoFar)
            curve.paybackMonth = static_cast<int>(t + 1);
    }
    return curve;
}

} // namespace cplan
