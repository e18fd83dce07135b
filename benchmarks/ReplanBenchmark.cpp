// Speed and accuracy of the re-plan from actuals (MODEL.md §5.5): keep-phasing and free timing
// on the sample (status date 2025-07-01) and on a generated 200-channel x 120-month plan with
// actuals for the first 60 months. See docs/benchmarks.md.
//
//   replan_benchmark [Google Benchmark flags]
//
// Each benchmark reports, as counters, the solver's KKT residual (relative to λ) and the
// certified optimality gap (the Frank–Wolfe bound on optimum − objective, relative).
// `solve*` times the optimisation alone; `replan*` the whole command's work (setup, solve, the
// baseline and the re-plan as scenarios with their projections and §7 re-forecasts).

#include "models/engine/Replan.h"
#include "models/engine/ReplanSolver.h"
#include "models/storage/PlanJson.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace cplan;

namespace {

// A deterministic 200 x 120 plan: the sample's stages and targets, drivers varied per channel,
// a third with carryover up to 0.5, every fifth without saturation, max shares 2%, and actual
// rows (spend 70%..130% of plan, no volumes) for every channel in months 0..59.
Plan generatedPlan(int channelCount = 200, int months = 120)
{
    Plan plan = samplePlan();
    plan.name = QStringLiteral("Generated %1 x %2").arg(channelCount).arg(months);
    plan.months = months;
    plan.statusDate = QStringLiteral("2030-01-15"); // month 60 of a plan starting 2025-01
    plan.milestones.clear();
    plan.actuals.clear();
    plan.channels.clear();
    Scenario scenario = plan.scenarios.front();
    scenario.name = QStringLiteral("Generated");
    scenario.budget = 2'000'000'000.0;
    scenario.channels.clear();
    for (int c = 0; c < channelCount; ++c) {
        plan.channels.push_back({QStringLiteral("Channel %1").arg(c, 3, 10, QLatin1Char('0')),
                                 QStringLiteral("Group %1").arg(c % 5)});
        ChannelDrivers drivers;
        drivers.share = 1.0 / channelCount;
        drivers.cpl = 10.0 + (c * 37 % 70);
        if (c % 5 != 4)
            drivers.saturationSpend = 20'000.0 + (c * 7919 % 400) * 500.0;
        drivers.carryover = c % 3 == 0 ? 0.1 * (c % 6) : 0.0;
        drivers.conversion = {0.2 + 0.004 * (c % 40), 0.06 + 0.002 * (c % 30)};
        drivers.arpuMonthly = 150.0 + (c * 13 % 250);
        drivers.margin = 0.5 + 0.004 * (c % 50);
        drivers.retentionMonthly = 0.9 + 0.0015 * (c % 50);
        drivers.maxShare = 0.02;
        scenario.channels.push_back(drivers);
    }
    plan.scenarios = {scenario};
    const Projection projection = project(plan, plan.scenarios.front());
    for (int m = 0; m < months / 2; ++m) {
        for (int c = 0; c < channelCount; ++c) {
            const double factor = 0.7 + 0.6 * ((c * 31 + m * 17) % 101) / 100.0;
            plan.actuals.push_back({projection.months.at(m),
                                    plan.channels[static_cast<std::size_t>(c)].name,
                                    projection.spend(c, m) * factor,
                                    {}});
        }
    }
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

void solve(benchmark::State &state, const Plan &plan, ReplanTiming timing)
{
    ReplanOptions options;
    options.timing = timing;
    const Scenario &scenario = plan.scenarios.front();
    const auto setup = prepareReplan(plan, scenario, options);
    if (!setup || setup->infeasibility) {
        state.SkipWithError("the re-plan is not feasible");
        return;
    }
    const ReplanProblem problem = replanProblem(plan, scenario, *setup, options.objective);
    ReplanSolution solution;
    for (auto _ : state) {
        solution =
            timing == ReplanTiming::Free ? solveFreeTiming(problem) : solveKeepPhasing(problem);
        benchmark::DoNotOptimize(solution);
    }
    const double objective = openResponse(problem, solution.spend);
    state.counters["kkt_residual"] = solution.kktResidual;
    state.counters["gap_rel"] = objective > 0.0 ? solution.gap / objective : solution.gap;
    state.counters["bisections"] = solution.iterations;
}

void replan(benchmark::State &state, const Plan &plan, ReplanTiming timing)
{
    ReplanOptions options;
    options.timing = timing;
    for (auto _ : state) {
        auto result = replanRemainder(plan, plan.scenarios.front(), options);
        if (!result) {
            state.SkipWithError(qPrintable(result.error()));
            return;
        }
        benchmark::DoNotOptimize(result);
    }
}

void solveSampleKeepPhasing(benchmark::State &state)
{
    solve(state, sample(), ReplanTiming::KeepPhasing);
}
BENCHMARK(solveSampleKeepPhasing)->Unit(benchmark::kMicrosecond);

void solveSampleFree(benchmark::State &state)
{
    solve(state, sample(), ReplanTiming::Free);
}
BENCHMARK(solveSampleFree)->Unit(benchmark::kMicrosecond);

void replanSampleFree(benchmark::State &state)
{
    replan(state, sample(), ReplanTiming::Free);
}
BENCHMARK(replanSampleFree)->Unit(benchmark::kMicrosecond);

void solveGeneratedKeepPhasing(benchmark::State &state)
{
    solve(state, generated(), ReplanTiming::KeepPhasing);
}
BENCHMARK(solveGeneratedKeepPhasing)->Unit(benchmark::kMillisecond);

void solveGeneratedFree(benchmark::State &state)
{
    solve(state, generated(), ReplanTiming::Free);
}
BENCHMARK(solveGeneratedFree)->Unit(benchmark::kMillisecond);

void replanGeneratedFree(benchmark::State &state)
{
    replan(state, generated(), ReplanTiming::Free);
}
BENCHMARK(replanGeneratedFree)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // the sample plan is a Qt resource
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
