// Speed of the projection (MODEL.md §3): the sample plan and a generated 200 x 120 plan.
// See docs/benchmarks.md and run_projection_benchmarks.sh, which also runs the numpy reference
// (projection_numpy.py) on the same inputs and prints the ratio.
//
//   projection_benchmark [Google Benchmark flags]
//   projection_benchmark --write-generated-plan FILE   the generated plan as interchange JSON
//   projection_benchmark --print-totals PLAN.json      totals of every scenario, as JSON

#include "models/engine/ChannelResponse.h"
#include "models/engine/Projection.h"
#include "models/engine/ReportJson.h"
#include "models/storage/PlanJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>

using namespace cplan;

namespace {

// A deterministic large plan: 200 channels x 120 months, four stages, every driver varied,
// every tenth channel with its own monthly phasing and every third with carryover.
Plan generatedPlan(int channelCount = 200, int months = 120)
{
    Plan plan = samplePlan();
    plan.name = QStringLiteral("Generated %1 x %2").arg(channelCount).arg(months);
    plan.months = months;
    plan.valueHorizonMonths = 36;
    plan.stages = {QStringLiteral("Leads"), QStringLiteral("Registered"),
                   QStringLiteral("Qualified"), QStringLiteral("Customers")};
    plan.milestones.clear();
    plan.actuals.clear();
    plan.targets.push_back({QStringLiteral("cost_per_stage.3"), Comparison::LessOrEqual, 2000.0,
                            QStringLiteral("Cost per customer")});
    plan.channels.clear();
    Scenario scenario = plan.scenarios.front();
    scenario.name = QStringLiteral("Generated");
    scenario.budget = 500'000'000.0;
    scenario.channels.clear();
    for (int c = 0; c < channelCount; ++c) {
        plan.channels.push_back({QStringLiteral("Channel %1").arg(c, 3, 10, QLatin1Char('0')),
                                 QStringLiteral("Group %1").arg(c % 7)});
        ChannelDrivers drivers;
        drivers.share = 1.0 / channelCount;
        drivers.cpl = 8.0 + (c * 37 % 90);
        if (c % 5 != 4)
            drivers.saturationSpend = 100'000.0 + (c * 7919 % 900) * 1000.0;
        drivers.carryover = c % 3 == 0 ? 0.05 * (c % 10) : 0.0;
        drivers.conversion = {0.2 + 0.002 * (c % 100), 0.5 - 0.001 * (c % 50),
                              0.05 + 0.001 * (c % 80)};
        drivers.arpuMonthly = 150.0 + (c * 13 % 250);
        drivers.margin = 0.4 + 0.002 * (c % 100);
        drivers.retentionMonthly = 0.9 + 0.0009 * (c % 100);
        if (c % 10 == 0) {
            Phasing phasing{Phasing::Kind::Monthly, {}};
            for (int m = 0; m < months; ++m)
                phasing.weights.push_back(1.0 + (m * (c + 3) % 11));
            drivers.phasing = phasing;
        }
        scenario.channels.push_back(drivers);
    }
    plan.scenarios = {scenario};
    return plan;
}

const Plan &sample()
{
    static const Plan plan = samplePlan();
    return plan;
}

const Plan &generated()
{
    static const Plan plan = generatedPlan();
    return plan;
}

void projectSample(benchmark::State &state)
{
    const Plan &plan = sample();
    for (auto _ : state) {
        Projection projection = project(plan, plan.scenarios.front());
        benchmark::DoNotOptimize(projection);
    }
}
BENCHMARK(projectSample)->Unit(benchmark::kMicrosecond);

void projectGenerated(benchmark::State &state)
{
    const Plan &plan = generated();
    for (auto _ : state) {
        Projection projection = project(plan, plan.scenarios.front());
        benchmark::DoNotOptimize(projection);
    }
}
BENCHMARK(projectGenerated)->Unit(benchmark::kMicrosecond);

// An editor or Monte Carlo loop keeps its projection: same shapes, no large allocation.
void projectGeneratedReusing(benchmark::State &state)
{
    const Plan &plan = generated();
    const Scenario &scenario = plan.scenarios.front();
    Projection projection;
    for (auto _ : state) {
        projectInto(plan, scenario, prepareScenario(plan, scenario), projection);
        benchmark::DoNotOptimize(projection);
    }
}
BENCHMARK(projectGeneratedReusing)->Unit(benchmark::kMicrosecond);

// Without preparing the inputs and without the Qt result structs: the array work only, the
// part the analysis functions repeat.
void projectGeneratedArraysOnly(benchmark::State &state)
{
    const Plan &plan = generated();
    const ScenarioInputs inputs = prepareScenario(plan, plan.scenarios.front());
    for (auto _ : state) {
        const Eigen::ArrayXXd spend = plannedSpend(inputs);
        const auto volumes =
            funnelVolumes(leadsFromEffectiveSpend(effectiveSpend(spend, inputs.carryover),
                                                  inputs.costPerLead, inputs.inverseSaturation),
                          inputs.conversion);
        Totals totals = computeTotals(inputs, spend, volumes);
        benchmark::DoNotOptimize(totals);
    }
}
BENCHMARK(projectGeneratedArraysOnly)->Unit(benchmark::kMicrosecond);

void prepareGenerated(benchmark::State &state)
{
    const Plan &plan = generated();
    for (auto _ : state) {
        ScenarioInputs inputs = prepareScenario(plan, plan.scenarios.front());
        benchmark::DoNotOptimize(inputs);
    }
}
BENCHMARK(prepareGenerated)->Unit(benchmark::kMicrosecond);

// The optimizer's inner call: one channel's outcome for a pool amount (120 months).
void channelOutcomeGenerated(benchmark::State &state)
{
    const Plan &plan = generated();
    const ScenarioInputs inputs = prepareScenario(plan, plan.scenarios.front());
    double amount = 1'000'000.0;
    for (auto _ : state) {
        ChannelOutcome outcome = channelOutcome(inputs, 17, amount);
        benchmark::DoNotOptimize(outcome);
        amount += 1.0;
    }
}
BENCHMARK(channelOutcomeGenerated)->Unit(benchmark::kNanosecond);

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

int printTotals(const char *path)
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
    QJsonObject result;
    for (const Scenario &scenario : plan->scenarios)
        result.insert(scenario.name, totalsJson(project(*plan, scenario).totals));
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // the sample plan is a Qt resource
    if (argc == 3 && std::strcmp(argv[1], "--write-generated-plan") == 0)
        return writeGeneratedPlan(argv[2]);
    if (argc == 3 && std::strcmp(argv[1], "--print-totals") == 0)
        return printTotals(argv[2]);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
