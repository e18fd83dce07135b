#pragma once

// Monte Carlo over the drivers' uncertainty (MODEL.md §5.3).
//
// Each trial draws every uncertain driver (cpl, conversion, arpu, retention) of every channel
// from a triangular distribution on [x(1−u), x(1+u)] with mode x. A trial's random numbers
// depend only on (seed, trial index) (a counter-based splitmix64 stream per trial), so the
// results are the same on every run of the same build whatever the number of threads. Trials
// run in fixed blocks on worker threads, vectorised over trials x channels with Eigen; the
// caller can follow progress and cancel (the GUI runs this in the background).

#include "models/domain/Plan.h"
#include "models/domain/Result.h"
#include "models/engine/MonteCarloKernel.h"

#include <Eigen/Core>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace cplan {

constexpr std::uint64_t defaultMonteCarloSeed = 20250101;
constexpr int defaultMonteCarloTrials = 10'000;
constexpr int maximumMonteCarloTrials = 1'000'000;

struct MonteCarloOptions
{
    int trials = defaultMonteCarloTrials;
    std::uint64_t seed = defaultMonteCarloSeed;
    int threads = 0; // 0 = one per core
    // The metric of the histogram (any name of MODEL.md §4) and its number of bins.
    QString histogramMetric = QStringLiteral("customers");
    int histogramBins = 30;
    // Checked between blocks of trials; set it from any thread to stop early.
    const std::atomic<bool> *cancel = nullptr;
    // Called with (trials done, trials in all) after each block, from a worker thread, one call
    // at a time: keep it cheap (e.g. emit a queued signal).
    std::function<void(int, int)> progress;
    // The monthly fan keeps trials × months values; above this many it is taken from the first
    // fanCellLimit / months trials (at least 1,000), so memory stays bounded (64 MB by default:
    // 666,666 trials of a 12-month plan, 66,666 of a 120-month one). Totals use every trial.
    std::int64_t fanCellLimit = 8'000'000;
    // false: no monthly fan at all (fanTrials 0, empty percentile arrays) for a caller that does
    // not show one, e.g. the CLI; the other results are the same bits either way.
    bool fan = true;
    // The vector instructions of the trials: the widest the processor has, or a named kernel
    // (tests and benchmarks). Every kernel gives the same bits.
    montecarlo::Kernel kernel = montecarlo::Kernel::Automatic;
};

// Distribution of one metric over the trials where it is defined (a null ratio, e.g. a CAC
// without customers, is left out; all null = every statistic null).
struct MetricDistribution
{
    QString metric;
    int definedTrials = 0;
    std::optional<double> mean;
    std::optional<double> p5;
    std::optional<double> p10;
    std::optional<double> p50;
    std::optional<double> p90;
    std::optional<double> p95;
};

// The share of trials that meet a plan target (a null value does not meet it, MODEL.md §4).
struct TargetProbability
{
    QString metric;
    QString label;
    Comparison op = Comparison::LessOrEqual;
    double target = 0.0;
    double probability = 0.0;
};

// Equal-width bins over [lower, upper] of the defined values (one bin when all are equal).
struct Histogram
{
    QString metric;
    double lower = 0.0;
    double upper = 0.0;
    std::vector<int> counts;
};

struct MonteCarloResult
{
    QString scenario;
    int trials = 0;
    std::uint64_t seed = 0;
    std::vector<MetricDistribution> metrics; // customers, cac, value, roi, return_ratio
    std::vector<TargetProbability> targets;  // in plan order
    Histogram histogram;
    // Customers per month (all channels): P10/P50/P90 over the first fanTrials trials (the
    // fan chart; fanTrials = trials unless MonteCarloOptions::fanCellLimit applies).
    int fanTrials = 0;
    Eigen::ArrayXd monthlyCustomersP10;
    Eigen::ArrayXd monthlyCustomersP50;
    Eigen::ArrayXd monthlyCustomersP90;
};

// The metrics every run reports (MODEL.md §5.3), in output order.
QStringList monteCarloMetrics();

// Runs the trials. Fails with a located message for a bad option (trials outside
// 1..maximumMonteCarloTrials, unknown histogram metric, bins < 1) or when cancelled.
Result<MonteCarloResult> runMonteCarlo(const Plan &plan, const Scenario &scenario,
                                       const MonteCarloOptions &options = {});

// Linear interpolation between order statistics (numpy's default): `sorted` ascending, not
// empty, 0 ≤ p ≤ 1.
double percentileOfSorted(const std::vector<double> &sorted, double p);

} // namespace cplan
