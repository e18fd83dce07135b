// The cost of the content checksum (MODEL.md §10, issue 21 A.11) on the generated plans of the
// interactive benchmarks (benchmarks/interactive/GeneratedPlans.h): the hash alone (canonical
// JSON + SHA-256, once per save and once per open), and a whole .cplan save and open, which
// include it. See docs/benchmarks.md, "Plan files".
//
//   storage_benchmark [Google Benchmark flags]

#include "benchmarks/interactive/GeneratedPlans.h"
#include "models/history/CanonicalJson.h"
#include "models/storage/CplanFile.h"
#include "models/storage/PlanJson.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace cplan;

namespace {

const Plan &plan(const char *size)
{
    static const Plan medium = bench::benchmarkPlan(bench::planSize(QStringLiteral("medium")));
    static const Plan big = bench::benchmarkPlan(bench::planSize(QStringLiteral("big")));
    return QLatin1String(size) == QLatin1String("big") ? big : medium;
}

void contentJson(benchmark::State &state, const char *size)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(planContentJson(plan(size)));
}

void canonicalText(benchmark::State &state, const char *size)
{
    const QJsonObject content = planContentJson(plan(size));
    qint64 bytes = 0;
    for (auto _ : state) {
        const QByteArray text = canonicalJson(content);
        bytes = text.size();
        benchmark::DoNotOptimize(text);
    }
    state.counters["canonical_bytes"] = double(bytes);
}

void contentHash(benchmark::State &state, const char *size)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(planContentHash(plan(size)));
}

void saveCplan(benchmark::State &state, const char *size)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("plan.cplan"));
    for (auto _ : state) {
        if (!writeCplanFile(plan(size), path))
            state.SkipWithError("save failed");
    }
}

void openCplan(benchmark::State &state, const char *size)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("plan.cplan"));
    if (!writeCplanFile(plan(size), path)) {
        state.SkipWithError("save failed");
        return;
    }
    for (auto _ : state) {
        const Result<Plan> read = readCplanFile(path);
        if (!read)
            state.SkipWithError("open failed");
        benchmark::DoNotOptimize(read);
    }
}

} // namespace

BENCHMARK_CAPTURE(contentJson, medium, "medium")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(contentJson, big, "big")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(canonicalText, medium, "medium")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(canonicalText, big, "big")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(contentHash, medium, "medium")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(contentHash, big, "big")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(saveCplan, medium, "medium")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(saveCplan, big, "big")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(openCplan, medium, "medium")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(openCplan, big, "big")->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // Qt SQL needs an application object
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
