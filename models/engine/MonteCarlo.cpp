#include "models/engine/MonteCarlo.h"

#include "models/engine/MonteCarloTrials.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <mutex>
#include <thread>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::MonteCarlo", text);
}

// Trials per block: the unit of work of a thread and of a progress report. Fixed, so the
// partition (and every trial's arithmetic) is the same whatever the number of threads.
constexpr int blockSize = 500;

// Percentiles by linear interpolation, the same numbers as percentileOfSorted() on the sorted
// values, by selection instead of a full sort (O(n) each; `values` is reordered). `levels`
// ascending.
template <std::size_t N>
std::array<double, N> percentiles(std::vector<double> &values, const std::array<double, N> &levels)
{
    std::array<double, N> result{};
    const std::size_t count = values.size();
    std::size_t selectedFrom = 0; // values[0, selectedFrom) are ≤ every value after them
    for (std::size_t i = 0; i < N; ++i) {
        const double position = levels[i] * static_cast<double>(count - 1);
        const auto below = static_cast<std::size_t>(std::floor(position));
        const auto begin = values.begin();
        if (below >= selectedFrom) {
            std::nth_element(begin + static_cast<std::ptrdiff_t>(selectedFrom),
                             begin + static_cast<std::ptrdiff_t>(below), values.end());
            selectedFrom = below + 1;
        }
        const double low = values[below];
        const double high =
            below + 1 < count
                ? *std::min_element(begin + static_cast<std::ptrdiff_t>(below + 1), values.end())
                : low;
        result[i] = low + (position - static_cast<double>(below)) * (high - low);
    }
    return result;
}

MetricDistribution distribution(const QString &metric, const std::vector<double> &values,
                                const std::vector<char> &defined)
{
    MetricDistribution result;
    result.metric = metric;
    std::vector<double> sorted;
    sorted.reserve(values.size());
    double sum = 0.0;
    // Summed in trial order: the same bits on every run.
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!defined[i])
            continue;
        sorted.push_back(values[i]);
        sum += values[i];
    }
    result.definedTrials = static_cast<int>(sorted.size());
    if (sorted.empty())
        return result;
    result.mean = sum / static_cast<double>(sorted.size());
    const auto levels = percentiles(sorted, std::array{0.05, 0.10, 0.50, 0.90, 0.95});
    result.p5 = levels[0];
    result.p10 = levels[1];
    result.p50 = levels[2];
    result.p90 = levels[3];
    result.p95 = levels[4];
    return result;
}

Histogram histogram(const QString &metric, const std::vector<double> &values,
                    const std::vector<char> &defined, int bins)
{
    Histogram result;
    result.metric = metric;
    bool any = false;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!defined[i])
            continue;
        result.lower = any ? std::min(result.lower, values[i]) : values[i];
        result.upper = any ? std::max(result.upper, values[i]) : values[i];
        any = true;
    }
    if (!any)
        return result;
    const double width = result.upper - result.lower;
    result.counts.assign(static_cast<std::size_t>(width > 0.0 ? bins : 1), 0);
    const auto last = static_cast<int>(result.counts.size()) - 1;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!defined[i])
            continue;
        const int bin =
            width > 0.0 ? static_cast<int>((values[i] - result.lower) / width * bins) : 0;
        ++result.counts[static_cast<std::size_t>(std::clamp(bin, 0, last))];
    }
    return result;
}

} // namespace

QStringList monteCarloMetrics()
{
    return {QStringLiteral("customers"), QStringLiteral("cac"), QStringLiteral("value"),
            QStringLiteral("roi"), QStringLiteral("return_ratio")};
}

double percentileOfSorted(const std::vector<double> &sorted, double p)
{
    const double position = p * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    const double fraction = position - static_cast<double>(below);
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
}

Result<MonteCarloResult> runMonteCarlo(const Plan &plan, const Scenario &scenario,
                                       const MonteCarloOptions &options)
{
    if (options.trials < 1 || options.trials > maximumMonteCarloTrials)
        return Error{tr("trials: must be between 1 and %1 (got %2)")
                         .arg(maximumMonteCarloTrials)
                         .arg(options.trials)};
    if (options.histogramBins < 1)
        return Error{tr("bins: must be at least 1 (got %1)").arg(options.histogramBins)};
    const int stageCount = static_cast<int>(plan.stages.size());
    if (!metricReader(options.histogramMetric, stageCount))
        return Error{
            tr("histogram: \"%1\" is not a metric of the plan").arg(options.histogramMetric)};

    // Every metric a trial evaluates: the reported ones, the histogram's, the targets'.
    QStringList metrics = monteCarloMetrics();
    const auto histogramIndex = metrics.size();
    metrics << options.histogramMetric;
    const auto targetsIndex = metrics.size();
    for (const Target &target : plan.targets) {
        if (!metricReader(target.metric, stageCount))
            return Error{tr("targets: \"%1\" is not a metric of the plan").arg(target.metric)};
        metrics << target.metric;
    }

    const MonteCarloTrials trials(plan, scenario, metrics);
    const auto trialCount = static_cast<std::size_t>(options.trials);
    TrialOutputs outputs;
    outputs.values.assign(static_cast<std::size_t>(metrics.size()),
                          std::vector<double>(trialCount));
    outputs.defined.assign(static_cast<std::size_t>(metrics.size()), std::vector<char>(trialCount));
    outputs.monthlyCustomers.resize(options.trials, trials.monthCount());

    const int blocks = (options.trials + blockSize - 1) / blockSize;
    std::atomic<int> nextBlock{0};
    std::atomic<bool> stopped{false};
    int done = 0;
    std::mutex progressMutex;
    const auto work = [&] {
        for (;;) {
            if (options.cancel && options.cancel->load()) {
                stopped = true;
                return;
            }
            const int block = nextBlock.fetch_add(1);
            if (block >= blocks)
                return;
            const int first = block * blockSize;
            const int count = std::min(blockSize, options.trials - first);
            trials.run(options.seed, first, count, outputs);
            const std::lock_guard lock(progressMutex);
            done += count;
            if (options.progress)
                options.progress(done, options.trials);
        }
    };
    const int hardware = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    const int threads = std::clamp(options.threads > 0 ? options.threads : hardware, 1, blocks);
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(work);
    work();
    for (auto &worker : workers)
        worker.join();
    if (stopped)
        return Error{
            tr("Monte Carlo cancelled after %1 of %2 trials").arg(done).arg(options.trials)};

    MonteCarloResult result;
    result.scenario = scenario.name;
    result.trials = options.trials;
    result.seed = options.seed;
    for (qsizetype m = 0; m < histogramIndex; ++m) {
        const auto index = static_cast<std::size_t>(m);
        result.metrics.push_back(
            distribution(metrics.at(m), outputs.values[index], outputs.defined[index]));
    }
    const auto histogramSlot = static_cast<std::size_t>(histogramIndex);
    result.histogram = histogram(options.histogramMetric, outputs.values[histogramSlot],
                                 outputs.defined[histogramSlot], options.histogramBins);
    for (std::size_t t = 0; t < plan.targets.size(); ++t) {
        const Target &target = plan.targets[t];
        const auto slot = static_cast<std::size_t>(targetsIndex) + t;
        int met = 0;
        for (std::size_t i = 0; i < trialCount; ++i) {
            // MODEL.md §4: a null value is not met.
            const std::optional<double> value = outputs.defined[slot][i]
                                                    ? std::optional<double>(outputs.values[slot][i])
                                                    : std::nullopt;
            met += isMet(value, target.op, target.value) ? 1 : 0;
        }
        result.targets.push_back({target.metric, target.label, target.op, target.value,
                                  static_cast<double>(met) / static_cast<double>(trialCount)});
    }

    // The fan: P10/P50/P90 of each month's customers over the trials.
    const int months = trials.monthCount();
    result.monthlyCustomersP10.resize(months);
    result.monthlyCustomersP50.resize(months);
    result.monthlyCustomersP90.resize(months);
    std::vector<double> column(trialCount);
    for (int m = 0; m < months; ++m) {
        for (std::size_t i = 0; i < trialCount; ++i)
            column[i] = outputs.monthlyCustomers(static_cast<Eigen::Index>(i), m);
        const auto levels = percentiles(column, std::array{0.10, 0.50, 0.90});
        result.monthlyCustomersP10[m] = levels[0];
        result.monthlyCustomersP50[m] = levels[1];
        result.monthlyCustomersP90[m] = levels[2];
    }
    return result;
}

} // namespace cplan
