// The document live on the team store (issue 26, measured by hand, never a timed test): the big
// generated plan (200 channels x 120 months x 5 scenarios) published to a throwaway local
// PostgreSQL (the tests' PgTestServer), and one budget edit's round trip as a window makes it:
//
//  - BM_WholePlanDiffSave: the old TeamHome::save - the whole plan turned into rows to find the
//    changed ones (teamFields(planContentJson(plan))), then the one edit (editFields);
//  - BM_TeamHomeSave: TeamHome::save now - only the parts that differ become rows;
//  - BM_TeamHomeSaveAfterOthers: the same when another member changed another field since;
//  - BM_DocumentEdit: PlanDocument::setBudget on a live TeamHome (the check, the commit, the
//    undo step): what the window waits for;
//  - BM_RefreshOneRemoteField: another member's one-field edit taken in by
//    PlanDocument::refreshFromHome (changesSince, the scenario read back, the value change);
//  - BM_ChangesSinceOneField: the store's part of that (TeamStore::changesSince alone).
// See docs/benchmarks.md, "Team store".
//
//   document_live_benchmark [Google Benchmark flags]

#include "benchmarks/PublishedStore.h"
#include "benchmarks/interactive/GeneratedPlans.h"
#include "models/document/PlanDocument.h"
#include "models/storage/PlanJson.h"
#include "models/team/TeamHome.h"
#include "models/team/TeamStore.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace cplan;

namespace {

const QString big = QStringLiteral("Big");

struct Setup : bench::PublishedStore
{
    QTemporaryDir recovery;

    Setup() : PublishedStore({{big, bench::benchmarkPlan(bench::planSize(QStringLiteral("big")))}})
    {}

    std::shared_ptr<TeamStore> store()
    {
        auto opened = TeamStore::open(server.ownerUrl());
        return opened ? std::shared_ptr<TeamStore>(std::move(opened.value())) : nullptr;
    }
};

Setup &setup()
{
    static Setup instance;
    return instance;
}

bool ready(benchmark::State &state)
{
    if (!setup().problem.isEmpty()) {
        state.SkipWithError(qPrintable(setup().problem));
        return false;
    }
    return true;
}

void BM_WholePlanDiffSave(benchmark::State &state)
{
    if (!ready(state))
        return;
    auto store = setup().store();
    auto loaded = store->load(big);
    if (!loaded) {
        state.SkipWithError(qPrintable(loaded.error()));
        return;
    }
    Plan plan = loaded->plan;
    qint64 revision = loaded->revision;
    TeamFields rows = teamFields(planContentJson(plan));
    for (auto _ : state) {
        plan.scenarios[1].budget += 1;
        const TeamFields wanted = teamFields(planContentJson(plan));
        const TeamFieldChanges changes = teamFieldChanges(rows, wanted);
        const TeamEditResult result =
            store->editFields(big, rows, changes, revision, QStringLiteral("Set budget"), {});
        if (!result.ok()) {
            state.SkipWithError(qPrintable(result.message));
            return;
        }
        rows = wanted;
        revision = result.revision;
    }
}
BENCHMARK(BM_WholePlanDiffSave)->Unit(benchmark::kMillisecond)->Iterations(21);

void BM_TeamHomeSave(benchmark::State &state)
{
    if (!ready(state))
        return;
    TeamHome home(setup().store(), big);
    auto opened = home.open();
    if (!opened) {
        state.SkipWithError(qPrintable(opened.error()));
        return;
    }
    Plan plan = *opened;
    for (auto _ : state) {
        plan.scenarios[1].budget += 1;
        if (const Status saved = home.save(plan, {}); !saved) {
            state.SkipWithError(qPrintable(saved.error()));
            return;
        }
    }
}
BENCHMARK(BM_TeamHomeSave)->Unit(benchmark::kMillisecond)->Iterations(21);

// The same while another member edits too: each of my saves finds the plan moved on (one
// other field changed since), takes their rows first and sends mine on top.
void BM_TeamHomeSaveAfterOthers(benchmark::State &state)
{
    if (!ready(state))
        return;
    TeamHome home(setup().store(), big);
    TeamHome other(setup().store(), big);
    auto opened = home.open();
    auto otherOpened = other.open();
    if (!opened || !otherOpened) {
        state.SkipWithError("could not open the plan");
        return;
    }
    Plan plan = *opened;
    Plan theirs = *otherOpened;
    for (auto _ : state) {
        state.PauseTiming();
        theirs.scenarios[4].channels[11].cpl += 0.25;
        const Status otherSaved = other.save(theirs, {});
        state.ResumeTiming();
        plan.scenarios[0].budget += 1;
        const Status saved = home.save(plan, {});
        if (!otherSaved || !saved) {
            state.SkipWithError(qPrintable(!saved ? saved.error() : otherSaved.error()));
            return;
        }
        plan = home.storedPlan();
    }
}
BENCHMARK(BM_TeamHomeSaveAfterOthers)->Unit(benchmark::kMillisecond)->Iterations(21);

// The window's document, live on the big plan in the store; false (the benchmark skipped with
// the reason) when it cannot be opened.
bool openLive(benchmark::State &state, PlanDocument &document)
{
    document.setRecoveryFolder(setup().recovery.path());
    const Status opened = document.openHome(std::make_unique<TeamHome>(setup().store(), big));
    if (!opened)
        state.SkipWithError(qPrintable(opened.error()));
    return opened.ok();
}

void BM_DocumentEdit(benchmark::State &state)
{
    if (!ready(state))
        return;
    PlanDocument document;
    if (!openLive(state, document))
        return;
    double budget = document.plan().scenarios[2].budget;
    for (auto _ : state) {
        budget += 1;
        if (const Status set = document.setBudget(2, budget); !set) {
            state.SkipWithError(qPrintable(set.error()));
            return;
        }
    }
}
BENCHMARK(BM_DocumentEdit)->Unit(benchmark::kMillisecond)->Iterations(21);

void BM_RefreshOneRemoteField(benchmark::State &state)
{
    if (!ready(state))
        return;
    PlanDocument document;
    if (!openLive(state, document))
        return;
    TeamHome other(setup().store(), big);
    auto otherPlan = other.open();
    if (!otherPlan) {
        state.SkipWithError(qPrintable(otherPlan.error()));
        return;
    }
    Plan plan = *otherPlan;
    for (auto _ : state) {
        state.PauseTiming();
        plan.scenarios[3].channels[7].cpl += 0.25;
        const Status saved = other.save(plan, {});
        state.ResumeTiming();
        if (!saved) {
            state.SkipWithError(qPrintable(saved.error()));
            return;
        }
        if (const Status refreshed = document.refreshFromHome(); !refreshed) {
            state.SkipWithError(qPrintable(refreshed.error()));
            return;
        }
        if (document.plan().scenarios[3].channels[7].cpl != plan.scenarios[3].channels[7].cpl) {
            state.SkipWithError("the remote change did not arrive");
            return;
        }
    }
}
BENCHMARK(BM_RefreshOneRemoteField)->Unit(benchmark::kMillisecond)->Iterations(21);

// The store's part of a refresh: TeamStore::changesSince after one remote field.
void BM_ChangesSinceOneField(benchmark::State &state)
{
    if (!ready(state))
        return;
    auto store = setup().store();
    TeamHome other(setup().store(), big);
    auto otherPlan = other.open();
    auto loaded = store->load(big);
    if (!otherPlan || !loaded) {
        state.SkipWithError("could not open the plan");
        return;
    }
    Plan plan = *otherPlan;
    for (auto _ : state) {
        state.PauseTiming();
        const qint64 revision = other.revision();
        plan.scenarios[3].channels[8].cpl += 0.25;
        const Status saved = other.save(plan, {});
        state.ResumeTiming();
        if (!saved) {
            state.SkipWithError(qPrintable(saved.error()));
            return;
        }
        auto changes = store->changesSince(loaded->id, revision);
        if (!changes || changes->written.size() != 1) {
            state.SkipWithError("changesSince did not answer one row");
            return;
        }
    }
}
BENCHMARK(BM_ChangesSinceOneField)->Unit(benchmark::kMillisecond)->Iterations(21);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
