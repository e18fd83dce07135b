// MODEL.md §11 at scale (issue 26's bars, measured by hand, never a timed test): the big
// generated plan (200 channels x 120 months x 5 scenarios, benchmarks/interactive/GeneratedPlans.h)
// published to a throwaway local PostgreSQL (the tests' PgTestServer: initdb into a temporary
// folder, 127.0.0.1), against the same plan as a .cplan: opening it (read and decode), and one
// edit's round trip (connection open, one field changed as one transaction). Also the sample
// plan ("Small"): a window's editFields() round trip with its changes computed beforehand,
// and how long another connection's TeamListener takes to hear of an edit. The *Median
// benchmarks time each round themselves and report median and p95 (counters, in ms). See
// docs/benchmarks.md, "Team store".
//
//   team_store_benchmark [Google Benchmark flags]

#include "benchmarks/PublishedStore.h"
#include "benchmarks/interactive/GeneratedPlans.h"
#include "models/storage/PlanIo.h"
#include "models/storage/PlanJson.h"
#include "models/team/TeamHome.h"
#include "models/team/TeamListener.h"
#include "models/team/TeamStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

#include <benchmark/benchmark.h>

using namespace cplan;

namespace {

struct Setup : bench::PublishedStore
{
    QTemporaryDir folder;
    QString file;

    Setup() : Setup(bench::benchmarkPlan(bench::planSize(QStringLiteral("big")))) {}

    explicit Setup(const Plan &plan)
        : PublishedStore({{QStringLiteral("Big"), plan}, {QStringLiteral("Small"), samplePlan()}})
    {
        file = folder.filePath(QStringLiteral("big.cplan"));
        if (problem.isEmpty() && !savePlan(plan, file))
            problem = QStringLiteral("could not save the .cplan");
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
        auto plan = s.owner->load(QStringLiteral("Big"));
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
        const TeamEditResult result = s.owner->edit(
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

// Median and 95th percentile of `times` (ms) as the benchmark's counters.
void report(benchmark::State &state, std::vector<double> times, const char *prefix = "")
{
    std::sort(times.begin(), times.end());
    const auto at = [&](double q) {
        return times[std::min(times.size() - 1, std::size_t(q * double(times.size())))];
    };
    state.counters[std::string(prefix) + "median_ms"] = at(0.5);
    state.counters[std::string(prefix) + "p95_ms"] = at(0.95);
}

// A window's save through editFields(): the changed field and the rows it had are computed
// before the clock starts (the document knows them from its step); what is timed is the round
// trip: lock the plan, compare the revision, write the row, history, commit.
void editFieldsMedian(benchmark::State &state, const QString &planName)
{
    Setup &s = setup();
    if (!s.problem.isEmpty()) {
        state.SkipWithError(qPrintable(s.problem));
        return;
    }
    auto loaded = s.owner->load(planName);
    if (!loaded) {
        state.SkipWithError(qPrintable(loaded.error()));
        return;
    }
    const int rounds = int(state.range(0));
    const TeamFields before = teamFields(planContentJson(loaded->plan));
    const QString path =
        QStringLiteral("scenarios[\"%1\"].budget").arg(loaded->plan.scenarios[0].name);
    if (!before.contains(path)) {
        state.SkipWithError("no budget row");
        return;
    }
    std::vector<TeamFieldChanges> changes;
    changes.resize(static_cast<std::size_t>(rounds));
    for (int i = 0; i < rounds; ++i)
        changes[std::size_t(i)].write.push_back(
            TeamField{path, false, QJsonValue(loaded->plan.scenarios[0].budget + i + 1)});
    qint64 revision = loaded->revision;
    std::vector<double> times;
    for (auto _ : state) {
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer timer;
            timer.start();
            const TeamEditResult result =
                s.owner->editFields(planName, before, changes[std::size_t(i)], revision,
                                    QStringLiteral("Set budget"), QString());
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!result.ok()) {
                state.SkipWithError(qPrintable(result.message));
                return;
            }
            revision = result.revision;
        }
    }
    report(state, times);
}

void BM_EditFieldsSmallMedian(benchmark::State &state)
{
    editFieldsMedian(state, QStringLiteral("Small"));
}
BENCHMARK(BM_EditFieldsSmallMedian)->Arg(101)->Iterations(1)->Unit(benchmark::kMillisecond);

void BM_EditFieldsBigMedian(benchmark::State &state)
{
    editFieldsMedian(state, QStringLiteral("Big"));
}
BENCHMARK(BM_EditFieldsBigMedian)->Arg(101)->Iterations(1)->Unit(benchmark::kMillisecond);

// Another window hears of an edit: a TeamListener on its own connection, in this thread's
// event loop. "heard" counts from the edit's start, "after_commit" from the moment editFields()
// returned.
void BM_NotificationMedian(benchmark::State &state)
{
    Setup &s = setup();
    if (!s.problem.isEmpty()) {
        state.SkipWithError(qPrintable(s.problem));
        return;
    }
    TeamListener listener(s.server.ownerUrl(), QString());
    if (const Status started = listener.start(); !started) {
        state.SkipWithError(qPrintable(started.error()));
        return;
    }
    auto loaded = s.owner->load(QStringLiteral("Small"));
    if (!loaded) {
        state.SkipWithError(qPrintable(loaded.error()));
        return;
    }
    const TeamFields before = teamFields(planContentJson(loaded->plan));
    const QString path =
        QStringLiteral("scenarios[\"%1\"].budget").arg(loaded->plan.scenarios[0].name);
    qint64 revision = loaded->revision;
    QEventLoop loop;
    qint64 heardRevision = 0;
    QObject::connect(&listener, &TeamListener::planChanged, &loop,
                     [&](const QString &, qint64 changed, const QString &) {
                         heardRevision = changed;
                         loop.quit();
                     });
    std::vector<double> heard;
    std::vector<double> afterCommit;
    const int rounds = int(state.range(0));
    for (auto _ : state) {
        for (int i = 0; i < rounds; ++i) {
            TeamFieldChanges changes;
            changes.write.push_back(TeamField{path, false, QJsonValue(1e7 + revision)});
            QElapsedTimer timer;
            timer.start();
            const TeamEditResult result =
                s.owner->editFields(QStringLiteral("Small"), before, changes, revision,
                                    QStringLiteral("Set budget"), QString());
            const qint64 committed = timer.nsecsElapsed();
            if (!result.ok()) {
                state.SkipWithError(qPrintable(result.message));
                return;
            }
            revision = result.revision;
            QTimer::singleShot(2000, &loop, &QEventLoop::quit);
            while (heardRevision < revision && timer.elapsed() < 2000)
                loop.exec();
            if (heardRevision < revision) {
                state.SkipWithError("not heard within 2 s");
                return;
            }
            heard.push_back(double(timer.nsecsElapsed()) / 1e6);
            afterCommit.push_back(double(timer.nsecsElapsed() - committed) / 1e6);
        }
    }
    report(state, heard, "heard_");
    report(state, afterCommit, "after_commit_");
}
BENCHMARK(BM_NotificationMedian)->Arg(101)->Iterations(1)->Unit(benchmark::kMillisecond);

// Opening the big plan from the store against opening its .cplan, alternately in one run (the
// machine's load then weighs on both alike); "ratio" = store median / .cplan median.
void BM_OpenRatioMedian(benchmark::State &state)
{
    Setup &s = setup();
    if (!s.problem.isEmpty()) {
        state.SkipWithError(qPrintable(s.problem));
        return;
    }
    std::vector<double> file;
    std::vector<double> store;
    const int rounds = int(state.range(0));
    for (auto _ : state) {
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto fromFile = loadPlan(s.file);
            file.push_back(double(timer.nsecsElapsed()) / 1e6);
            timer.restart();
            auto fromStore = s.owner->load(QStringLiteral("Big"));
            store.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!fromFile || !fromStore) {
                state.SkipWithError("an open failed");
                return;
            }
        }
    }
    report(state, file, "cplan_");
    report(state, store, "store_");
    state.counters["ratio"] = state.counters["store_median_ms"] / state.counters["cplan_median_ms"];
}
BENCHMARK(BM_OpenRatioMedian)->Arg(11)->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
