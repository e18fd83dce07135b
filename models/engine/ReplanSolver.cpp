#include "models/engine/ReplanSolver.h"

#include "models/engine/ChannelResponse.h"
#include "models/engine/Optimizer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace cplan {

namespace {

// Bisection stops when λ is known to this relative width (the §5.2 optimizer's rule).
constexpr double bisectionWidth = 1e-15;
constexpr int maximumBisections = 200;

bool isFixed(const ReplanProblem &problem, int c)
{
    return problem.fixed.size() > c && problem.fixed[c];
}

// Open-month bounds as the solvers use them: a locked channel's own total; a channel whose
// open phasing is all zero cannot spend under keep-phasing (MODEL.md §5.5).
void effectiveBounds(const ReplanProblem &problem, bool keepPhasing, Eigen::ArrayXd &lower,
                     Eigen::ArrayXd &upper)
{
    lower = problem.lower;
    upper = problem.upper;
    for (int c = 0; c < problem.channelCount(); ++c) {
        if (isFixed(problem, c)) {
            lower[c] = upper[c] = problem.fixedSpend.row(c).sum();
        } else if (keepPhasing ? !(problem.openWeights.row(c).sum() > 0.0)
                               : problem.firstSpendMonthOf(c) >= problem.openMonthCount()) {
            // No open month it may spend in (MODEL.md §5.5, §6): its lower bound is 0 too.
            lower[c] = upper[c] = 0.0;
        }
    }
}

// Free timing, one channel (MODEL.md §5.5): maximise Σ_j K·h(A_j) − μ·Σ_j x_j over x ≥ 0.
//
// Why this is exact: take the adstock A_j as the variable instead of x_j. Then
// x_j = (A_j − θ·A_{j−1})/(1 − θ), so x ≥ 0 is the chain A_j ≥ θ·A_{j−1}, and the money spent is
// linear in A: Σ_j x_j = Σ_{j<n−1} A_j + A_{n−1}/(1 − θ) − θ·A_{−1}/(1 − θ) (the last month's
// carryover is lost, so its adstock costs 1/(1 − θ)). The sub-problem is therefore a sum of
// concave one-month functions φ_j(A_j) = K·h(A_j) − μ·c_j·A_j under A_j ≥ θ·A_{j−1}. With
// B_j = A_j/θ^j that is an isotonic (B non-decreasing) problem with separable concave terms,
// which the pool-adjacent-violators algorithm solves exactly (Best, Chakravarti & Ubhaya,
// SIAM J. Optim. 2000): a block of months shares one B, i.e. spends only in its first month and
// lets the adstock decay; its level solves Σ_i θ^i·φ'(a·θ^i) = 0, found by Newton from the
// left (the derivative is convex and decreasing in a, so Newton never overshoots). The fixed
// start A_{−1} is a pinned block. For θ = 0 the months are independent and no block forms.
class ChannelTiming
{
public:
    ChannelTiming(double scale, double inverseSaturation, double carryover, double startAdstock,
                  int months)
        : m_scale(scale), m_inverseSaturation(inverseSaturation), m_carryover(carryover),
          m_start(startAdstock), m_months(months)
    {}

    // No saturation (or no response at all): the response is linear in the spend.
    bool isLinear() const { return m_inverseSaturation <= 0.0 || m_scale <= 0.0; }

    // Return per unit of a linear channel in its best month, the first open one:
    // K·(1 − θ^n) (the part of the adstock that lands after the horizon is lost).
    double linearReturn() const
    {
        return std::max(m_scale, 0.0) * (1.0 - std::pow(m_carryover, m_months));
    }

    // x(μ): the spend maximising response − μ·Σx (saturated channel, μ > 0); returns Σx.
    double spendAt(double multiplier, double *spend)
    {
        m_blocks.clear();
        m_blocks.push_back({-1, 1, m_start});
        for (int j = 0; j < m_months; ++j) {
            m_blocks.push_back({j, 1, singleMonth(j, multiplier)});
            while (m_blocks.size() >= 2) {
                const Block &top = m_blocks.back();
                Block &previous = m_blocks[m_blocks.size() - 2];
                if (!(top.level < previous.level * std::pow(m_carryover, previous.length)))
                    break;
                previous.length += top.length;
                m_blocks.pop_back();
                Block &merged = m_blocks.back();
                if (merged.start >= 0)
                    merged.level = blockLevel(merged.start, merged.length, multiplier);
            }
        }
        double total = 0.0;
        double previousAdstock = m_start;
        for (const Block &block : m_blocks) {
            double adstock = block.level;
            for (int i = 0; i < block.length; ++i) {
                const int j = block.start + i;
                if (i > 0)
                    adstock *= m_carryover;
                if (j < 0)
                    continue;
                double x = 0.0;
                if (i == 0)
                    x = std::max(0.0,
                                 (adstock - m_carryover * previousAdstock) / (1.0 - m_carryover));
                spend[j] = x;
                total += x;
                previousAdstock = adstock;
            }
            if (block.start < 0)
                previousAdstock = adstock;
        }
        return total;
    }

    // The best spend with Σx = total. `hint` is a multiplier near the answer (λ), or 0.
    void spendForTotal(double total, double hint, double *spend)
    {
        std::fill(spend, spend + m_months, 0.0);
        if (!(total > 0.0) || m_months == 0)
            return;
        if (isLinear()) {
            // Every unit is worth most in the first open month (θ > 0); with θ = 0 or no
            // response every month is as good, and the money is spread evenly.
            if (m_carryover > 0.0 && m_scale > 0.0)
                spend[0] = total;
            else
                std::fill(spend, spend + m_months, total / m_months);
            return;
        }
        std::vector<double> atLow(static_cast<std::size_t>(m_months));
        std::vector<double> atHigh(static_cast<std::size_t>(m_months));
        // Σx(μ) is continuous and non-increasing, 0 from μ = K on, unbounded as μ → 0.
        double high = m_scale;
        double low = hint > 0.0 && hint < high ? hint : 0.5 * high;
        double totalLow = spendAt(low, atLow.data());
        for (int i = 0; i < 4000 && totalLow < total; ++i) {
            high = low;
            low *= 0.5;
            totalLow = spendAt(low, atLow.data());
        }
        double totalHigh = spendAt(high, atHigh.data());
        std::vector<double> atMiddle(static_cast<std::size_t>(m_months));
        for (int i = 0; i < maximumBisections && high - low > bisectionWidth * high; ++i) {
            const double middle = 0.5 * (low + high);
            if (middle <= low || middle >= high)
                break;
            const double totalMiddle = spendAt(middle, atMiddle.data());
            if (totalMiddle >= total) {
                low = middle;
                totalLow = totalMiddle;
                atLow.swap(atMiddle);
            } else {
                high = middle;
                totalHigh = totalMiddle;
                atHigh.swap(atMiddle);
            }
        }
        // Both ends are feasible (x ≥ 0); their convex combination spends exactly `total`.
        const double t = totalLow > totalHigh ? (total - totalHigh) / (totalLow - totalHigh) : 1.0;
        for (int j = 0; j < m_months; ++j) {
            const auto k = static_cast<std::size_t>(j);
            spend[j] = atHigh[k] + t * (atLow[k] - atHigh[k]);
        }
    }

private:
    struct Block
    {
        int start;    // first open month of the block (−1: the closed months' pinned adstock)
        int length;   // months in the block
        double level; // A at the block's first month
    };

    // c_j: the cost of one unit of adstock in month j (see the class comment).
    double cost(int j) const { return j == m_months - 1 ? 1.0 / (1.0 - m_carryover) : 1.0; }

    // argmax_A K·h(A) − μ·c·A over A ≥ 0: K/(1 + A/κ)² = μ·c.
    double singleMonth(int j, double multiplier) const
    {
        const double ratio = m_scale / (multiplier * cost(j));
        return ratio > 1.0 ? (std::sqrt(ratio) - 1.0) / m_inverseSaturation : 0.0;
    }

    // The level a of a block (A_{start+i} = a·θ^i): root of D(a) = Σ_i θ^i·(K/(1 + aθ^i/κ)² − μc).
    double blockLevel(int start, int length, double multiplier) const
    {
        // Left of the root: the smallest level that puts one month at its own optimum.
        double level = std::numeric_limits<double>::infinity();
        double power = 1.0;
        for (int i = 0; i < length; ++i) {
            if (power > 0.0)
                level = std::min(level, singleMonth(start + i, multiplier) / power);
            power *= m_carryover;
        }
        if (!std::isfinite(level))
            level = 0.0;
        for (int iteration = 0; iteration < 100; ++iteration) {
            double derivative = 0.0;
            double curvature = 0.0;
            power = 1.0;
            for (int i = 0; i < length && power > 0.0; ++i) {
                const double denominator = 1.0 + level * power * m_inverseSaturation;
                const double squared = denominator * denominator;
                derivative += power * (m_scale / squared - multiplier * cost(start + i));
                curvature -=
                    2.0 * power * power * m_scale * m_inverseSaturation / (squared * denominator);
                power *= m_carryover;
            }
            if (derivative <= 0.0 || !(curvature < 0.0))
                break;
            const double step = -derivative / curvature;
            level += step;
            if (step <= 1e-16 * level)
                break;
        }
        return level;
    }

    double m_scale;
    double m_inverseSaturation;
    double m_carryover;
    double m_start;
    int m_months;
    std::vector<Block> m_blocks;
};

// The marginal return ∂F/∂x[c,j] of every open month of one channel, and the channel's
// adstock, for a given spend row.
void marginalReturns(const ReplanProblem &problem, int c, const Eigen::ArrayXXd &spend,
                     std::vector<double> &gradient)
{
    const int n = problem.openMonthCount();
    const double theta = problem.carryover[c];
    const double scale = problem.scale[c];
    const double inverseSaturation = problem.inverseSaturation[c];
    gradient.assign(static_cast<std::size_t>(n), 0.0);
    double adstock = problem.startAdstock[c];
    for (int j = 0; j < n; ++j) {
        adstock = theta * adstock + (1.0 - theta) * spend(c, j);
        const double denominator = 1.0 + adstock * inverseSaturation;
        gradient[static_cast<std::size_t>(j)] = scale / (denominator * denominator);
    }
    // One unit in month j raises A_t by (1 − θ)·θ^{t−j} for t ≥ j.
    double tail = 0.0;
    for (int j = n - 1; j >= 0; --j) {
        tail = gradient[static_cast<std::size_t>(j)] + theta * tail;
        gradient[static_cast<std::size_t>(j)] = (1.0 - theta) * tail;
    }
}

// Violation of the channel-level condition: ν = λ inside the bounds, ν ≥ λ at the upper bound,
// ν ≤ λ at the lower one.
double boundViolation(double channelMarginal, double multiplier, double total, double lower,
                      double upper)
{
    const double tolerance = 1e-9 * std::max({1.0, std::abs(lower), std::abs(upper)});
    if (upper - lower <= tolerance)
        return 0.0;
    const bool atLower = total <= lower + tolerance;
    const bool atUpper = total >= upper - tolerance;
    if (atUpper)
        return std::max(0.0, multiplier - channelMarginal);
    if (atLower)
        return std::max(0.0, channelMarginal - multiplier);
    return std::abs(channelMarginal - multiplier);
}

double multiplierAtBounds(const ReplanProblem &problem, const Eigen::ArrayXXd &spend,
                          bool keepPhasing, bool allAtLower);

double relativeTo(double residual, double multiplier, double largestMarginal)
{
    const double scale = multiplier > 0.0 ? multiplier : largestMarginal;
    return scale > 0.0 ? residual / scale : residual;
}

} // namespace

Eigen::ArrayXd openResponseByChannel(const ReplanProblem &problem, const Eigen::ArrayXXd &spend)
{
    // MODEL.md §3.4–§3.5 over the open months, starting from the closed months' adstock.
    Eigen::ArrayXd response = Eigen::ArrayXd::Zero(problem.channelCount());
    for (int c = 0; c < problem.channelCount(); ++c) {
        const double theta = problem.carryover[c];
        double adstock = problem.startAdstock[c];
        double sum = 0.0;
        for (int j = 0; j < problem.openMonthCount(); ++j) {
            adstock = theta * adstock + (1.0 - theta) * spend(c, j);
            sum += adstock / (1.0 + adstock * problem.inverseSaturation[c]);
        }
        response[c] = problem.scale[c] * sum;
    }
    return response;
}

double openResponse(const ReplanProblem &problem, const Eigen::ArrayXXd &spend)
{
    return openResponseByChannel(problem, spend).sum();
}

ReplanSolution solveKeepPhasing(const ReplanProblem &problem)
{
    // MODEL.md §5.5 keep-phasing: x[c,j] = X_c·v_c[j], so A_j = θ^{j+1}·A_{−1} + X_c·b_c[j] with
    // b_c the adstock of the open phasing: the §5.2 curves with the closed months' adstock as an
    // offset. Each is concave in X_c and the §5.2 KKT bisection applies unchanged.
    const int count = problem.channelCount();
    const int n = problem.openMonthCount();
    Eigen::ArrayXXd offsets(count, n);
    for (int c = 0; c < count; ++c) {
        double carried = problem.startAdstock[c];
        for (int j = 0; j < n; ++j) {
            carried *= problem.carryover[c];
            offsets(c, j) = carried;
        }
    }
    const ChannelCurves curves(effectiveSpend(problem.openWeights, problem.carryover), offsets,
                               problem.scale, problem.inverseSaturation);
    Eigen::ArrayXd lower;
    Eigen::ArrayXd upper;
    effectiveBounds(problem, true, lower, upper);
    ReplanSolution solution;
    const Eigen::ArrayXd amounts =
        optimalAmounts(curves, problem.pool, lower, upper, &solution.multiplier);
    solution.spend = problem.openWeights.colwise() * amounts;
    for (int c = 0; c < count; ++c) {
        // A locked channel keeps its own months exactly, not X·v again (rounding).
        if (isFixed(problem, c))
            solution.spend.row(c) = problem.fixedSpend.row(c);
    }
    if (count > 0 && (lower.sum() >= problem.pool || upper.sum() <= problem.pool))
        solution.multiplier =
            multiplierAtBounds(problem, solution.spend, true, lower.sum() >= problem.pool);
    solution.kktResidual = keepPhasingKktResidual(problem, solution.spend, solution.multiplier);
    solution.gap = optimalityGap(problem, solution.spend, true);
    return solution;
}

ReplanSolution solveFreeTiming(const ReplanProblem &problem)
{
    // Dual decomposition. With G_c(X) the best response of channel c for an open total X (a
    // concave function: the value of a concave programme with a linear constraint), the problem
    // is max Σ G_c(X_c) with Σ X_c = R and bounds: the same structure as keep-phasing. For a
    // multiplier λ, ChannelTiming::spendAt() gives each channel's exact unconstrained answer,
    // whose total T_c(λ) is continuous and non-increasing (h is strictly concave); clamped to
    // the bounds it is the channel's X_c(λ). Bisection on λ finds Σ X_c = R, which converges
    // because the sum is monotone; a channel held at a bound then gets its exact sub-problem
    // for that total (bisection on its own multiplier). Linear channels (no saturation) spend
    // at their bound according to their constant return K·(1 − θ^n), ties shared as in §5.2.
    const int count = problem.channelCount();
    const int n = problem.openMonthCount();
    Eigen::ArrayXd lower;
    Eigen::ArrayXd upper;
    effectiveBounds(problem, false, lower, upper);
    std::vector<ChannelTiming> channels;
    channels.reserve(static_cast<std::size_t>(count));
    // A gated channel spends from its first allowed month g on: the months before it only carry
    // the closed months' adstock, so the channel's sub-problem is the same one over n − g months
    // starting from that adstock decayed g times.
    for (int c = 0; c < count; ++c) {
        const int first = std::min(problem.firstSpendMonthOf(c), n);
        channels.emplace_back(problem.scale[c], problem.inverseSaturation[c], problem.carryover[c],
                              problem.startAdstock[c] * std::pow(problem.carryover[c], first),
                              n - first);
    }
    std::vector<double> scratch(static_cast<std::size_t>(std::max(n, 1)));

    const auto amountAt = [&](int c, double multiplier, bool tiesToUpper) {
        if (upper[c] <= lower[c])
            return lower[c];
        if (!(multiplier > 0.0))
            return upper[c];
        ChannelTiming &channel = channels[static_cast<std::size_t>(c)];
        if (channel.isLinear()) {
            const double unitReturn = channel.linearReturn();
            return unitReturn > multiplier || (tiesToUpper && unitReturn == multiplier) ? upper[c]
                                                                                        : lower[c];
        }
        return std::clamp(channel.spendAt(multiplier, scratch.data()), lower[c], upper[c]);
    };
    const auto amountsAt = [&](double multiplier, bool tiesToUpper) {
        Eigen::ArrayXd amounts(count);
        for (int c = 0; c < count; ++c)
            amounts[c] = amountAt(c, multiplier, tiesToUpper);
        return amounts;
    };

    ReplanSolution solution;
    Eigen::ArrayXd amounts;
    const double pool = problem.pool;
    if (count == 0) {
        amounts = Eigen::ArrayXd();
    } else if (lower.sum() >= pool) {
        amounts = lower;
    } else if (upper.sum() <= pool) {
        amounts = upper;
    } else {
        // No unit of spend returns more than K_c, so at λ = max K every channel sits at its
        // lower bound; as λ → 0 every channel reaches its upper bound.
        double low = 0.0;
        double high = std::max(problem.scale.maxCoeff(), 0.0) * (1.0 + 1e-12) + 1e-300;
        for (; solution.iterations < maximumBisections && high - low > bisectionWidth * high;
             ++solution.iterations) {
            const double middle = 0.5 * (low + high);
            if (middle <= low || middle >= high)
                break;
            if (amountsAt(middle, false).sum() > pool)
                low = middle;
            else
                high = middle;
        }
        const Eigen::ArrayXd atHigh = amountsAt(high, false);
        const Eigen::ArrayXd atLow = amountsAt(low, true);
        const Eigen::ArrayXd room = (atLow - atHigh).max(0.0);
        const double gap = pool - atHigh.sum();
        amounts = atHigh;
        if (room.sum() > 0.0 && gap > 0.0)
            amounts += room * std::min(gap / room.sum(), 1.0);
        amounts = amounts.max(lower).min(upper);
        solution.multiplier = 0.5 * (low + high);
    }

    solution.spend = Eigen::ArrayXXd::Zero(count, n);
    std::vector<double> row(static_cast<std::size_t>(std::max(n, 1)));
    for (int c = 0; c < count; ++c) {
        if (isFixed(problem, c)) {
            solution.spend.row(c) = problem.fixedSpend.row(c);
            continue;
        }
        const int first = std::min(problem.firstSpendMonthOf(c), n);
        if (first >= n)
            continue;
        channels[static_cast<std::size_t>(c)].spendForTotal(amounts[c], solution.multiplier,
                                                            row.data());
        for (int j = first; j < n; ++j)
            solution.spend(c, j) = row[static_cast<std::size_t>(j - first)];
    }
    if (count > 0 && (lower.sum() >= pool || upper.sum() <= pool))
        solution.multiplier =
            multiplierAtBounds(problem, solution.spend, false, lower.sum() >= pool);
    solution.kktResidual = freeTimingKktResidual(problem, solution.spend, solution.multiplier);
    solution.gap = optimalityGap(problem, solution.spend, false);
    return solution;
}

namespace {

// ν_c of every channel for a spend: the return of one more unit, in the channel's best open
// month (free timing) or along its phasing (keep-phasing). *monthResidual gets the largest gap
// between ν_c and a month that spends (free timing: all spending months must tie).
Eigen::ArrayXd channelMarginals(const ReplanProblem &problem, const Eigen::ArrayXXd &spend,
                                bool keepPhasing, double *monthResidual)
{
    Eigen::ArrayXd marginals = Eigen::ArrayXd::Zero(problem.channelCount());
    std::vector<double> gradient;
    *monthResidual = 0.0;
    for (int c = 0; c < problem.channelCount(); ++c) {
        if (problem.openMonthCount() == 0)
            continue;
        if (keepPhasing) {
            // d/dX Σ_j K·h(A_j) with A_j = θ^{j+1}·A_{−1} + X·b_j: K·Σ_j b_j/(1 + A_j/κ)².
            const double theta = problem.carryover[c];
            double adstock = problem.startAdstock[c];
            double weight = 0.0;
            double marginal = 0.0;
            for (int j = 0; j < problem.openMonthCount(); ++j) {
                adstock = theta * adstock + (1.0 - theta) * spend(c, j);
                weight = theta * weight + (1.0 - theta) * problem.openWeights(c, j);
                const double denominator = 1.0 + adstock * problem.inverseSaturation[c];
                marginal += weight / (denominator * denominator);
            }
            marginals[c] = problem.scale[c] * marginal;
            continue;
        }
        marginalReturns(problem, c, spend, gradient);
        // Only the months the channel may spend in compete (a gate closes the ones before).
        const auto first = static_cast<std::ptrdiff_t>(
            std::min(problem.firstSpendMonthOf(c), problem.openMonthCount()));
        if (first >= static_cast<std::ptrdiff_t>(gradient.size()))
            continue;
        const double best = *std::max_element(gradient.begin() + first, gradient.end());
        marginals[c] = best;
        if (isFixed(problem, c))
            continue;
        const double total = spend.row(c).sum();
        for (std::size_t j = 0; j < gradient.size(); ++j) {
            if (spend(c, static_cast<Eigen::Index>(j)) > 1e-12 * std::max(total, 1.0))
                *monthResidual = std::max(*monthResidual, best - gradient[j]);
        }
    }
    return marginals;
}

double kktResidual(const ReplanProblem &problem, const Eigen::ArrayXXd &spend, double multiplier,
                   bool keepPhasing)
{
    Eigen::ArrayXd lower;
    Eigen::ArrayXd upper;
    effectiveBounds(problem, keepPhasing, lower, upper);
    double residual = 0.0;
    const Eigen::ArrayXd marginals = channelMarginals(problem, spend, keepPhasing, &residual);
    double largest = 0.0;
    for (int c = 0; c < problem.channelCount(); ++c) {
        if (upper[c] <= lower[c])
            continue;
        largest = std::max(largest, marginals[c]);
        residual = std::max(residual, boundViolation(marginals[c], multiplier, spend.row(c).sum(),
                                                     lower[c], upper[c]));
    }
    return relativeTo(residual, multiplier, largest);
}

// When the bounds leave no choice (Σ lower = R or Σ upper = R) any λ between the channels'
// marginals proves optimality: the largest for all-at-lower, the smallest for all-at-upper.
double multiplierAtBounds(const ReplanProblem &problem, const Eigen::ArrayXXd &spend,
                          bool keepPhasing, bool allAtLower)
{
    Eigen::ArrayXd lower;
    Eigen::ArrayXd upper;
    effectiveBounds(problem, keepPhasing, lower, upper);
    double ignored = 0.0;
    const Eigen::ArrayXd marginals = channelMarginals(problem, spend, keepPhasing, &ignored);
    double multiplier = allAtLower ? 0.0 : std::numeric_limits<double>::infinity();
    for (int c = 0; c < problem.channelCount(); ++c) {
        if (upper[c] <= lower[c])
            continue;
        multiplier =
            allAtLower ? std::max(multiplier, marginals[c]) : std::min(multiplier, marginals[c]);
    }
    return std::isfinite(multiplier) ? multiplier : 0.0;
}

} // namespace

double optimalityGap(const ReplanProblem &problem, const Eigen::ArrayXXd &spend, bool keepPhasing)
{
    Eigen::ArrayXd lower;
    Eigen::ArrayXd upper;
    effectiveBounds(problem, keepPhasing, lower, upper);
    double ignored = 0.0;
    const Eigen::ArrayXd marginals = channelMarginals(problem, spend, keepPhasing, &ignored);
    std::vector<double> gradient;
    double current = 0.0; // ∇F(x)·x over the channels that may move
    double best = 0.0;    // max ∇F(x)·y
    double pool = problem.pool;
    std::vector<int> order;
    for (int c = 0; c < problem.channelCount(); ++c) {
        if (isFixed(problem, c)) {
            pool -= problem.fixedSpend.row(c).sum();
            continue;
        }
        if (keepPhasing) {
            current += marginals[c] * spend.row(c).sum();
        } else {
            marginalReturns(problem, c, spend, gradient);
            for (int j = 0; j < problem.openMonthCount(); ++j)
                current += gradient[static_cast<std::size_t>(j)] * spend(c, j);
        }
        best += marginals[c] * lower[c];
        pool -= lower[c];
        order.push_back(c);
    }
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return marginals[a] > marginals[b]; });
    for (int c : order) {
        if (pool <= 0.0)
            break;
        const double room = std::min(pool, upper[c] - lower[c]);
        best += marginals[c] * room;
        pool -= room;
    }
    return std::max(0.0, best - current);
}

double freeTimingKktResidual(const ReplanProblem &problem, const Eigen::ArrayXXd &spend,
                             double multiplier)
{
    return kktResidual(problem, spend, multiplier, false);
}

double keepPhasingKktResidual(const ReplanProblem &problem, const Eigen::ArrayXXd &spend,
                              double multiplier)
{
    return kktResidual(problem, spend, multiplier, true);
}

} // namespace cplan
