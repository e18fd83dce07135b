#include "models/engine/MonteCarlo.h"

#include "models/engine/MonteCarloStatistics.h"
#include "models/engine/MonteCarloTrials.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <mutex>
#include <thread>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MonteCarlo)
};

// Trials per block: the unit of work of a thread and of a progress report. Fixed, so the
// partition (and every trial's arithmetic) is the same whatever the number of threads.
constexpr int blockSize = 500;

// The share of trials that meet each plan target, in plan order; `first` = the slot of the
// first target's metric in `outputs`.
std::vector<TargetProbability> targetProbabilities(const Plan &plan, const TrialOutputs &outputs,
                                                   qsizetype first, std::size_t trialCount)
{
    std::vector<TargetProbability> result;
    for (std::size_t t = 0; t < plan.targets.size(); ++t) {
        const Target &target = plan.targets[t];
        const auto slot = static_cast<std::size_t>(first) + t;
        int met = 0;
        for (std::size_t i = 0; i < trialCount; ++i) {
            // MODEL.md §4: a null value is not met.
            const std::optional<double> value = outputs.defined[slot][i]
                                                    ? std::optional<double>(outputs.values[slot][i])
                                                    : std::nullopt;
            met += isMet(value, target.op, target.value) ? 1 : 0;
        }
        result.push_back({target.metric, target.label, target.op, target.value,
                          static_cast<double>(met) / static_cast<double>(trialCount)});
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
        return Error{Tr::tr("trials: must be between 1 and %1 (got %2)")
                         .arg(maximumMonteCarloTrials)
                         .arg(options.trials)};
    if (options.histogramBins < 1)
        return Error{Tr::tr("bins: must be at least 1 (got %1)").arg(options.histogramBins)};
    const int stageCount = static_cast<int>(plan.stages.size());
    if (!metricReader(options.histogramMetric, stageCount))
        return Error{
            Tr::tr("histogram: \"%1\" is not a metric of the plan").arg(options.histogramMetric)};

    // Every metric a trial evaluates: the reported ones, the histogram's, the targets'.
    QStringList metrics = monteCarloMetrics();
    const auto histogramIndex = metrics.size();
    metrics << options.histogramMetric;
    const auto targetsIndex = metrics.size();
    for (const Target &target : plan.targets) {
        if (!metricReader(target.metric, stageCount))
            return Error{Tr::tr("targets: \"%1\" is not a metric of the plan").arg(target.metric)};
        metrics << target.metric;
    }

    const MonteCarloTrials trials(plan, scenario, metrics, options.kernel);
    const auto trialCount = static_cast<std::size_t>(options.trials);
    TrialOutputs outputs;
    outputs.values.assign(static_cast<std::size_t>(metrics.size()),
                          std::vector<double>(trialCount));
    outputs.defined.assign(static_cast<std::size_t>(metrics.size()), std::vector<char>(trialCount));
    // The fan's trials × months matrix is the one part that grows with trials × months; it is
    // bounded by fanCellLimit (the first trials are a sample of the same distribution).
    const std::int64_t monthCount = std::max(trials.monthCount(), 1);
    const int fanTrials =
        options.fan ? static_cast<int>(std::min<std::int64_t>(
                          options.trials,
                          std::max<std::int64_t>(
                              1000, std::max<std::int64_t>(options.fanCellLimit, 0) / monthCount)))
                    : 0;
    outputs.monthlyCustomers.resize(fanTrials, trials.monthCount());

    const int blocks = (options.trials + blockSize - 1) / blockSize;
    std::atomic<int> nextBlock{0};
    std::atomic<bool> stopped{false};
    int done = 0;
    std::mutex progressMutex;
    const auto work = [&] {
        MonteCarloTrials::Workspace workspace;
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
            trials.run(options.seed, first, count, outputs, workspace);
            const std::lock_guard lock(progressMutex);
            done += count;
            if (options.progress)
                options.progress(done, options.trials);
        }
    };
    const int hardware = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    const int requested = options.threads > 0 ? options.threads : hardware;
    const int threads = std::clamp(requested, 1, blocks);
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(work);
    work();
    for (auto &worker : workers)
        worker.join();
    if (stopped)
        return Error{
            Tr::tr("Monte Carlo cancelled after %1 of %2 trials").arg(done).arg(options.trials)};

    MonteCarloResult result;
    result.scenario = scenario.name;
    result.trials = options.trials;
    result.seed = options.seed;
    result.fanTrials = fanTrials;
    const auto reported = static_cast<std::size_t>(histogramIndex);
    result.metrics.resize(reported);
    const int months = fanTrials > 0 ? trials.monthCount() : 0;
    result.monthlyCustomersP10.resize(months);
    result.monthlyCustomersP50.resize(months);
    result.monthlyCustomersP90.resize(months);

    // The statistics are independent jobs (each metric's distribution, the histogram, the
    // target probabilities, each month of the fan), shared by the same threads; each job
    // writes its own slots, so the results do not depend on which thread ran it.
    const int metricJobs = static_cast<int>(reported);
    const int histogramJob = metricJobs;
    const int targetsJob = metricJobs + 1;
    const int firstMonthJob = metricJobs + 2;
    const int jobs = firstMonthJob + months;
    std::atomic<int> nextJob{0};
    const auto statistics = [&] {
        std::vector<double> column; // one month of the fan, reused by this thread
        for (int job = nextJob.fetch_add(1); job < jobs; job = nextJob.fetch_add(1)) {
            if (job < metricJobs) {
                const auto index = static_cast<std::size_t>(job);
                result.metrics[index] = monteCarloDistribution(
                    metrics.at(job), outputs.values[index], outputs.defined[index]);
            } else if (job == histogramJob) {
                const auto slot = static_cast<std::size_t>(histogramIndex);
                result.histogram =
                    monteCarloHistogram(options.histogramMetric, outputs.values[slot],
                                        outputs.defined[slot], options.histogramBins);
            } else if (job == targetsJob) {
                result.targets = targetProbabilities(plan, outputs, targetsIndex, trialCount);
            } else {
                // The fan: P10/P50/P90 of the month's customers over the trials.
                const int m = job - firstMonthJob;
                const auto month = outputs.monthlyCustomers.col(m);
                column.assign(month.data(), month.data() + month.size());
                const auto levels = monteCarloPercentiles(column, std::array{0.10, 0.50, 0.90});
                result.monthlyCustomersP10[m] = levels[0];
                result.monthlyCustomersP50[m] = levels[1];
                result.monthlyCustomersP90[m] = levels[2];
            }
        }
    };
    workers.clear();
    for (int t = 1; t < std::clamp(requested, 1, jobs); ++t)
        workers.emplace_back(statistics);
    statistics();
    for (auto &worker : workers)
        worker.join();
    return result;
}

} // namespace cplan
