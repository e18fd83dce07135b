#pragma once

// A slow, simple reference for the re-plan tests (MODEL.md §5.5), sharing no code with the
// engine's solver: the marginal return of every open month written out, and a pairwise-exchange
// solver with exact line searches.

#include "models/engine/ReplanSolver.h"

#include <Eigen/Core>

#include <algorithm>
#include <vector>

namespace cplan::test {

// ∂F/∂x[c,j] written out independently of the solver: one unit in open month j raises the
// adstock of month t ≥ j by (1 − θ)θ^{t−j}; each unit of adstock is worth K/(1 + A/κ)².
inline Eigen::ArrayXXd cellGradient(const ReplanProblem &problem, const Eigen::ArrayXXd &spend)
{
    const int n = problem.openMonthCount();
    Eigen::ArrayXXd gradient = Eigen::ArrayXXd::Zero(problem.channelCount(), n);
    for (int c = 0; c < problem.channelCount(); ++c) {
        const double theta = problem.carryover[c];
        std::vector<double> adstock(static_cast<std::size_t>(n));
        double previous = problem.startAdstock[c];
        for (int j = 0; j < n; ++j) {
            previous = theta * previous + (1.0 - theta) * spend(c, j);
            adstock[static_cast<std::size_t>(j)] = previous;
        }
        for (int j = 0; j < n; ++j) {
            double sum = 0.0;
            double weight = 1.0 - theta;
            for (int t = j; t < n; ++t) {
                const double denominator =
                    1.0 + adstock[static_cast<std::size_t>(t)] * problem.inverseSaturation[c];
                sum += weight * problem.scale[c] / (denominator * denominator);
                weight *= theta;
            }
            gradient(c, j) = sum;
        }
    }
    return gradient;
}

// A slow, simple reference solver (sequential minimal optimisation): repeatedly move money
// along the most improving pair of variables (largest minus smallest marginal among allowed
// moves) with an exact line search, until no pair improves. Variables are cells (free timing)
// or channel totals along the phasing (keep-phasing). Locked channels never move.
inline Eigen::ArrayXXd referenceSolve(const ReplanProblem &problem, bool keepPhasing)
{
    const int count = problem.channelCount();
    const int n = problem.openMonthCount();
    Eigen::ArrayXd lower = problem.lower;
    Eigen::ArrayXd upper = problem.upper;
    for (int c = 0; c < count; ++c) {
        if (problem.fixed[c])
            lower[c] = upper[c] = problem.fixedSpend.row(c).sum();
        else if (keepPhasing && !(problem.openWeights.row(c).sum() > 0.0))
            lower[c] = upper[c] = 0.0;
    }
    const int variables = keepPhasing ? count : count * n;
    const auto channelOf = [&](int i) {
        return keepPhasing ? i : i / n;
    };
    // A feasible start: every channel at the same fraction of its range, even over months.
    const double fraction = upper.sum() > lower.sum()
                                ? (problem.pool - lower.sum()) / (upper.sum() - lower.sum())
                                : 0.0;
    Eigen::ArrayXd values(variables);
    for (int i = 0; i < variables; ++i) {
        const int c = channelOf(i);
        const double total = lower[c] + fraction * (upper[c] - lower[c]);
        values[i] = keepPhasing ? total : total / n;
    }
    const auto spendOf = [&](const Eigen::ArrayXd &v) {
        Eigen::ArrayXXd spend(count, n);
        for (int c = 0; c < count; ++c) {
            if (problem.fixed[c])
                spend.row(c) = problem.fixedSpend.row(c);
            else if (keepPhasing)
                spend.row(c) = problem.openWeights.row(c) * v[c];
            else
                spend.row(c) = v.segment(c * n, n).transpose();
        }
        return spend;
    };
    const auto gradientOf = [&](const Eigen::ArrayXd &v) {
        const Eigen::ArrayXXd cells = cellGradient(problem, spendOf(v));
        Eigen::ArrayXd gradient(variables);
        for (int i = 0; i < variables; ++i)
            gradient[i] = keepPhasing ? (cells.row(i) * problem.openWeights.row(i)).sum()
                                      : cells(i / n, i % n);
        return gradient;
    };
    const auto totalOf = [&](const Eigen::ArrayXd &v, int c) {
        return keepPhasing ? v[c] : v.segment(c * n, n).sum();
    };
    for (int iteration = 0; iteration < 20'000; ++iteration) {
        const Eigen::ArrayXd gradient = gradientOf(values);
        double bestGain = 0.0;
        int target = -1;
        int source = -1;
        for (int j = 0; j < variables; ++j) {
            const int from = channelOf(j);
            if (problem.fixed[from] || values[j] <= 0.0)
                continue;
            for (int i = 0; i < variables; ++i) {
                const int to = channelOf(i);
                if (i == j || problem.fixed[to])
                    continue;
                if (from != to && (totalOf(values, from) <= lower[from] + 1e-9 ||
                                   totalOf(values, to) >= upper[to] - 1e-9))
                    continue;
                if (gradient[i] - gradient[j] > bestGain) {
                    bestGain = gradient[i] - gradient[j];
                    target = i;
                    source = j;
                }
            }
        }
        if (target < 0 || bestGain <= 1e-14 * gradient.abs().maxCoeff())
            break;
        double step = values[source];
        if (channelOf(source) != channelOf(target))
            step = std::min({step, totalOf(values, channelOf(source)) - lower[channelOf(source)],
                             upper[channelOf(target)] - totalOf(values, channelOf(target))});
        // Exact line search: the directional derivative is decreasing along the move.
        double low = 0.0;
        double high = step;
        for (int k = 0; k < 60; ++k) {
            const double middle = 0.5 * (low + high);
            Eigen::ArrayXd trial = values;
            trial[target] += middle;
            trial[source] -= middle;
            const Eigen::ArrayXd g = gradientOf(trial);
            if (g[target] - g[source] > 0.0)
                low = middle;
            else
                high = middle;
        }
        const double move = (high == step) ? step : low;
        values[target] += move;
        values[source] -= move;
    }
    return spendOf(values);
}

} // namespace cplan::test
