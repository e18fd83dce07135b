// MODEL.md §11 at scale (issue 26's bars, measured by hand, never a timed test): the big
// generated plan (200 channels x 120 months x 5 scenarios, benchmarks/interactive/GeneratedPlans.h)
// published to a throwaway local PostgreSQL (the tests' PgTestServer: initdb into a temporary
// folder, 127.0.0.1), against the same plan as a .cplan: opening it (read and decode), and one
// edit's round trip (connection open, one field changed as one transaction). See
// docs/benchmarks.md, "Team store".
//
//   team_store_benchmark [Google Benchmark flags]

#include "benchmarks/interactive/GeneratedPlans.h"
#include "models/storage/PlanIo.h"
#include "models/team/TeamHome.h"
#include "models/team/TeamSchema.h"
#include "models/team/TeamStore.h"
#include "tests/team/PgTestServer.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace cplan;

namespace {

struct Setup
{
    test::PgTestServer server;
    QTemporaryDir folder;
    QString file;
    std::unique_ptr<TeamStore> store;
    QString problem;

    Setup()
    {
        if (!server.running()) {
            problem = server.problem();
            return;
        }
        const Plan plan = bench::benchmarkPlan(bench::planSize(QStringLiteral("big")));
        file = folder.filePath(QStringLiteral("big.cplan"));
        if (!savePlan(plan, file)) {
            problem = QStringLiteral("could not save the .cplan");
            return;
        }
        auto connection = PgConnection::open(server.ownerUrl());
        if (!connection || !initTeamStore(**connection)) {
            problem = QStringLiteral("could not create the store");
            return;
        }
        auto opened = TeamStore::open(server.ownerUrl());
        if (!opened) {
            problem = opened.error();
            return;
        }
        store = std::move(opened.value());
        if (const Status published = store->publish(QStringLiteral("Big"), plan, {}, {});
            !published)
            problem = published.error();
    }
};

Setup &setup()
{
    static Setup instance;
    return instance;
}

void BM_OpenCplan(benchmark::State &state)
{
    Setup &s = setup();
    if (!s.problem.isEmpty()) {
        state.SkipWithError(qPrintable(s.problem));
        return;
    }
    for (auto _ : state) {
        auto plan = loadPlan(s.file);
        benchmark::DoNotOptimize(plan);
    }
}
BENCHMARK(BM_OpenCplan)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_OpenFromStore(benchmark::State &state)
{
    Setup &s = setup();
    if (!s.problem.isEmpty()) {
        state.SkipWithError(qPrintable(s.problem));
        return;
    }
    for (auto _ : state) {
        auto plan = s.store->load(QStringLiteral("Big"));
        if (!plan)
            state.SkipWithError(qPrintable(plan.error()));
        benchmark::DoNotOptimize(plan);
    }
}
BENCHMARK(BM_OpenFromStore)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_EditRoundTrip(benchmark::State &state)
{
    Setup &s = setup();
    if (!s.problem.isEmpty()) {
        state.SkipWithError(qPrintable(s.problem));
        return;
    }
    double budget = 1e7;
    for (auto _ : state) {
        budget += 1;
        const TeamEditResult result = s.store->edit(
            QStringLiteral("Big"),
            [budget](const Plan &current) -> Result<Plan> {
                Plan next = current;
                next.scenarios[0].budget = budget;
                return next;
            },
            std::nullopt, QStringLiteral("Set budget"), QString());
        if (!result.ok())
            state.SkipWithError(qPrintable(result.message));
    }
}
BENCHMARK(BM_EditRoundTrip)->Unit(benchmark::kMillisecond)->Iterations(5);

// A window's save (TeamHome, the document's seam): only its changed rows travel while nobody
// else changed the plan; the client still turns the whole plan into rows to find them.
void BM_WindowSaveRoundTrip(benchmark::State &state)
{
    Setup &s = setup();
    if (!s.problem.isEmpty()) {
        state.SkipWithError(qPrintable(s.problem));
        return;
    }
    auto store = TeamStore::open(s.server.ownerUrl());
    if (!store) {
        state.SkipWithError(qPrintable(store.error()));
        return;
    }
    TeamHome home(std::shared_ptr<TeamStore>(std::move(store.value())), QStringLiteral("Big"));
    auto opened = home.open();
    if (!opened) {
        state.SkipWithError(qPrintable(opened.error()));
        return;
    }
    Plan plan = *opened;
    for (auto _ : state) {
        plan.scenarios[1].budget += 1;
        if (const Status saved = home.save(plan, {}); !saved)
            state.SkipWithError(qPrintable(saved.error()));
    }
}
BENCHMARK(BM_WindowSaveRoundTrip)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
