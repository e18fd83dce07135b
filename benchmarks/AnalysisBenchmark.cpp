// Speed of the scenario analysis (MODEL.md §5): Monte Carlo on a generated 50-channel x
// 36-month plan, the optimizer and goal seek on the sample. See docs/benchmarks.md and
// AnalysisBenchmark.sh, which also runs the numpy reference (montecarlo_numpy.py).
//
//   analysis_benchmark [Google Benchmark flags]
//   analysis_benchmark --write-generated-plan FILE        the 50 x 36 plan as interchange JSON
//   analysis_benchmark --print-montecarlo PLAN.json TRIALS [SEED]   first scenario, as JSON

#include "models/engine/AnalysisJson.h"
#include "models/engine/GoalSeek.h"
#include "models/engine/MonteCarlo.h"
#include "models/engine/Optimizer.h"
#include "models/engine/Sensitivity.h"
#include "models/storage/PlanJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace cplan;

namespace {

// A deterministic 50 x 36 plan: the sample's stages and targets, every driver varied, every
// family uncertain, a third of the channels with carryover, every fifth without saturation.
Plan generatedPlan(int channelCount = 50, int months = 36)
{
    Plan plan = samplePlan();
    plan.name = QStringLiteral("Generated %1 x %2").arg(channelCount).arg(months);
    plan.months = months;
    plan.milestones.clear();
    plan.actuals.clear();
    plan.channels.clear();
    Scenario scenario = plan.scenarios.front();
    scenario.name = QStringLiteral("Generated");
    scenario.budget = 150'000'000.0;
    scenario.uncertainty = {0.2, 0.15, 0.1, 0.01};
    scenario.channels.clear();
    for (int c = 0; c < channelCount; ++c) {
        plan.channels.push_back({QStringLiteral("Channel %1").arg(c, 2, 10, QLatin1Char('0')),
                                 QStringLiteral("Group %1").arg(c % 5)});
        ChannelDrivers drivers;
        drivers.share = 1.0 / channelCount;
        drivers.cpl = 10.0 + (c * 37 % 70);
        if (c % 5 != 4)
            drivers.saturationSpend = 100'000.0 + (c * 7919 % 400) * 1000.0;
        drivers.carryover = c % 3 == 0 ? 0.1 * (c % 6) : 0.0;
        drivers.conversion = {0.2 + 0.004 * (c % 40), 0.06 + 0.002 * (c % 30)};
        drivers.arpuMonthly = 150.0 + (c * 13 % 250);
        drivers.margin = 0.5 + 0.004 * (c % 50);
        drivers.retentionMonthly = 0.9 + 0.0015 * (c % 50);
        drivers.maxShare = 0.2;
        if (c % 7 == 0)
            drivers.uncertainty = {0.35, 0.25, std::nullopt, std::nullopt};
        scenario.channels.push_back(drivers);
    }
    plan.scenarios = {scenario};
    return plan;
}

const Plan &generated()
{
    static const Plan plan = generatedPlan();
    return plan;
}

const Plan &sample()
{
    static const Plan plan = samplePlan();
    return plan;
}

void monteCarloGenerated(benchmark::State &state)
{
    MonteCarloOptions options;
    options.threads = static_cast<int>(state.range(0));
    for (auto _ : state) {
        auto result = runMonteCarlo(generated(), generated().scenarios.front(), options);
        benchmark::DoNotOptimize(result);
    }
}
// CPU time of the whole process, so the 2-thread run counts both threads (docs/benchmarks.md).
BENCHMARK(monteCarloGenerated)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime();

void monteCarloSample(benchmark::State &state)
{
    for (auto _ : state) {
        auto result = runMonteCarlo(sample(), sample().scenarios.front());
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(monteCarloSample)->Unit(benchmark::kMillisecond)->UseRealTime();

void optimizeSample(benchmark::State &state)
{
    for (auto _ : state) {
        auto result = optimizeSplit(sample(), sample().scenarios.front());
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(optimizeSample)->Unit(benchmark::kMicrosecond);

void optimizeGenerated(benchmark::State &state)
{
    for (auto _ : state) {
        auto result = optimizeSplit(generated(), generated().scenarios.front());
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(optimizeGenerated)->Unit(benchmark::kMicrosecond);

void goalSeekSample(benchmark::State &state)
{
    for (auto _ : state) {
        auto result =
            seekGoal(sample(), sample().scenarios.front(), GoalKind::ReachCustomers, 15'000.0);
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(goalSeekSample)->Unit(benchmark::kMillisecond);

void sensitivitySample(benchmark::State &state)
{
    for (auto _ : state) {
        auto result = runSensitivity(sample(), sample().scenarios.front());
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(sensitivitySample)->Unit(benchmark::kMicrosecond);

int writeGeneratedPlan(const char *path)
{
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", path);
        return 1;
    }
    file.write(writePlanJson(generated()));
    return 0;
}

int printMonteCarlo(const char *path, int trials, std::uint64_t seed)
{
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", path);
        return 1;
    }
    const auto plan = readPlanJson(file.readAll());
    if (!plan) {
        std::fprintf(stderr, "%s\n", qPrintable(plan.error()));
        return 1;
    }
    MonteCarloOptions options;
    options.trials = trials;
    options.seed = seed;
    const auto result = runMonteCarlo(*plan, plan->scenarios.front(), options);
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error()));
        return 1;
    }
    std::fputs(QJsonDocument(monteCarloJson(*result)).toJson(QJsonDocument::Compact).constData(),
               stdout);
    std::fputs("\n", stdout);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // the sample plan is a Qt resource
    if (argc == 3 && std::strcmp(argv[1], "--write-generated-plan") == 0)
        return writeGeneratedPlan(argv[2]);
    if ((argc == 4 || argc == 5) && std::strcmp(argv[1], "--print-montecarlo") == 0)
        return printMonteCarlo(argv[2], std::atoi(argv[3]),
                               argc == 5 ? std::strtoull(argv[4], nullptr, 10)
                                         : defaultMonteCarloSeed);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
