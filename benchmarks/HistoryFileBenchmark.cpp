// MODEL.md §10 at scale (issue 23): the big generated plan (200 channels x 120 months x 5
// scenarios, benchmarks/interactive/GeneratedPlans.h) with 100,000 history entries and 50 versions
// against the same plan without a record: opening (read + chain check), saving one edit (bytes
// written by the process, /proc/self/io, against a whole new file), and a diff of two versions
// (both read from the file, compared, the totals projected). See docs/benchmarks.md, "History in
// the file".
//
//   history_file_benchmark [Google Benchmark flags]

#include "benchmarks/interactive/GeneratedPlans.h"
#include "models/document/PlanHome.h"
#include "models/history/CanonicalJson.h"
#include "models/history/PlanDiff.h"
#include "models/storage/CplanFile.h"
#include "models/storage/PlanJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace cplan;

namespace {

constexpr int entryCount = 100'000;
constexpr int versionCount = 50;

const Plan &bigPlan()
{
    static const Plan plan = bench::benchmarkPlan(bench::planSize(QStringLiteral("big")));
    return plan;
}

// Bytes this process has written to storage so far (Linux).
double bytesWritten()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("write_bytes:"))
            return line.mid(12).trimmed().toDouble();
    }
    return 0;
}

// The files both runs use, made once: the plan alone, and the plan with its record.
struct Files
{
    QTemporaryDir folder;
    QString bare;
    QString recorded;

    Files()
    {
        bare = folder.filePath(QStringLiteral("bare.cplan"));
        recorded = folder.filePath(QStringLiteral("recorded.cplan"));
        const Plan &plan = bigPlan();
        if (!writeCplanFile(plan, bare))
            qFatal("cannot write the plan");
        std::vector<HistoryEntry> entries;
        entries.reserve(entryCount);
        for (int i = 0; i < entryCount; ++i) {
            HistoryEntry entry;
            entry.at = QStringLiteral("2026-12-07T09:%1:%2Z")
                           .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                           .arg(i % 60, 2, 10, QLatin1Char('0'));
            entry.author = i % 3 == 0 ? QStringLiteral("Li Wei") : QStringLiteral("Wang Fang");
            entry.action =
                QStringLiteral("Set CPL of Channel %1 to %2").arg(i % 200).arg(40 + i % 9);
            entry.changes.push_back({QStringLiteral("scenarios[\"Scenario %1\"].channels[\"Channel "
                                                    "%2\"].cpl")
                                         .arg(i % 5 + 1)
                                         .arg(i % 200 + 1),
                                     QJsonValue(40 + (i + 8) % 9), QJsonValue(40 + i % 9)});
            entries.push_back(std::move(entry));
        }
        chainEntries(entries, 0, firstPreviousHash());
        CplanUpdate update;
        update.plan = &plan;
        for (const HistoryEntry &entry : entries)
            update.record.history.push_back(storedEntry(entry));
        for (int v = 0; v < versionCount; ++v) {
            Plan version = plan;
            version.scenarios[0].budget += 1000.0 * v;
            version.scenarios[std::size_t(v % 5)].channels[std::size_t(v)].cpl += 1.0;
            update.record.versions.push_back(
                {QStringLiteral("V%1").arg(v + 1), QStringLiteral("2026-12-07T10:00:00Z"),
                 QStringLiteral("Li Wei"), QString(), planContentHash(version),
                 canonicalJson(planContentJson(version))});
        }
        if (!saveCplanUpdate(update, recorded))
            qFatal("cannot write the recorded plan");
    }
};

Files &files()
{
    static Files made;
    return made;
}

void openPlan(benchmark::State &state, bool withRecord)
{
    const QString path = withRecord ? files().recorded : files().bare;
    for (auto _ : state) {
        FileHome home(path);
        const Result<Plan> read = home.open();
        if (!read)
            state.SkipWithError("open failed");
        benchmark::DoNotOptimize(read);
    }
    state.counters["file_mb"] = double(QFileInfo(path).size()) / 1e6;
    state.counters["entries"] = withRecord ? entryCount : 0;
}

// What the worker thread does after opening: read every entry and check the chain.
void checkHistory(benchmark::State &state)
{
    for (auto _ : state) {
        const PlanHome::HistoryLoad load = FileHome::loadHistoryOf(files().recorded);
        if (!load.check.verified || load.entries.size() != std::size_t(entryCount))
            state.SkipWithError("history check failed");
        benchmark::DoNotOptimize(load);
    }
}

// One edit saved: through the home (appended in place) or as a whole new file.
void saveOneEdit(benchmark::State &state, bool inPlace)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("work.cplan"));
    QFile::copy(files().recorded, path);
    FileHome home(path);
    const Result<Plan> read = home.open();
    if (!read) {
        state.SkipWithError("open failed");
        return;
    }
    Plan current = *read;
    Plan *plan = &current;
    double written = 0;
    int saves = 0;
    for (auto _ : state) {
        plan->scenarios[0].budget += 1.0;
        PlanCommit commit;
        HistoryEntry entry;
        entry.at = QStringLiteral("2026-12-07T11:00:00Z");
        entry.author = QStringLiteral("Li Wei");
        entry.action = QStringLiteral("Set budget");
        entry.changes.push_back({QStringLiteral("scenarios[\"Scenario 1\"].budget"),
                                 QJsonValue(plan->scenarios[0].budget - 1.0),
                                 QJsonValue(plan->scenarios[0].budget)});
        commit.entries.push_back(entry);
        const double before = bytesWritten();
        Status saved = success();
        if (inPlace) {
            saved = home.save(*plan, commit);
        } else {
            const auto copy = FileHome::relocated(
                &home, folder.filePath(QStringLiteral("copy-%1.cplan").arg(saves)),
                PlanFormat::Cplan);
            saved = copy->save(*plan, commit);
        }
        written += bytesWritten() - before;
        ++saves;
        if (!saved)
            state.SkipWithError("save failed");
    }
    state.counters["bytes_written_per_save"] = saves ? written / saves : 0;
}

void diffTwoVersions(benchmark::State &state)
{
    FileHome home(files().recorded);
    if (!home.open()) {
        state.SkipWithError("open failed");
        return;
    }
    std::size_t changes = 0;
    for (auto _ : state) {
        const Result<Plan> first = home.versionContent(QStringLiteral("V1"));
        const Result<Plan> last = home.versionContent(QStringLiteral("V50"));
        if (!first || !last) {
            state.SkipWithError("version read failed");
            return;
        }
        const PlanDiff diff = diffPlans(*first, *last);
        changes = diff.changes.size();
        benchmark::DoNotOptimize(diff);
    }
    state.counters["changes"] = double(changes);
}

} // namespace

BENCHMARK_CAPTURE(openPlan, without_history, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(openPlan, with_100k_entries_50_versions, true)->Unit(benchmark::kMillisecond);
BENCHMARK(checkHistory)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(saveOneEdit, appended_in_place, true)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(saveOneEdit, whole_new_file, false)->Unit(benchmark::kMillisecond);
BENCHMARK(diffTwoVersions)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // Qt SQL needs an application object
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
