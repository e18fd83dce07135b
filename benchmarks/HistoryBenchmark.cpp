// The history room's costs on the biggest plan of issue 23's bars (docs/benchmarks.md,
// "History"): 200 channels x 120 months x 5 scenarios with an actual row for every month and
// channel (24,000 rows), from the interactive benchmarks' generator.
// - fieldChanges() after one edit (the document records it for every undo step saved): ≤ 2 ms.
// - diffPlans() between two versions (changes + each scenario's totals on both sides): ≤ 200 ms.
// - verifyChain() over 100,000 stored entries (on open).
//
//   history_benchmark [Google Benchmark flags]

#include "benchmarks/interactive/GeneratedPlans.h"
#include "models/history/FieldChanges.h"
#include "models/history/HistoryEntry.h"
#include "models/history/PlanDiff.h"

#include <QCoreApplication>
#include <QDate>

#include <benchmark/benchmark.h>

using namespace cplan;

namespace {

// The big generated plan, its actual rows extended from the first half to the whole horizon.
const Plan &bigPlan()
{
    static const Plan plan = [] {
        Plan big = bench::benchmarkPlan(bench::planSize(QStringLiteral("big")));
        const QDate start = QDate::fromString(big.start + QStringLiteral("-01"), Qt::ISODate);
        QSet<QString> taken;
        for (const Actual &row : big.actuals)
            taken.insert(row.month + QLatin1Char('/') + row.channel);
        const std::vector<Actual> firstHalf = big.actuals;
        for (const Actual &row : firstHalf) {
            Actual later = row;
            const QDate month = QDate::fromString(row.month + QStringLiteral("-01"), Qt::ISODate);
            later.month = month.addMonths(big.months / 2).toString(QStringLiteral("yyyy-MM"));
            if (month.addMonths(big.months / 2) < start.addMonths(big.months) &&
                !taken.contains(later.month + QLatin1Char('/') + later.channel))
                big.actuals.push_back(later);
        }
        return big;
    }();
    return plan;
}

void oneDriverEdit(benchmark::State &state)
{
    const Plan &before = bigPlan();
    Plan after = before;
    after.scenarios[2].channels[150].cpl *= 1.05;
    std::size_t count = 0;
    for (auto _ : state) {
        const auto changes = fieldChanges(before, after);
        count = changes.size();
        benchmark::DoNotOptimize(changes);
    }
    state.counters["changes"] = double(count);
    state.counters["actual_rows"] = double(before.actuals.size());
}

void oneActualEdit(benchmark::State &state)
{
    const Plan &before = bigPlan();
    Plan after = before;
    after.actuals[after.actuals.size() / 2].spend += 1000;
    std::size_t count = 0;
    for (auto _ : state) {
        const auto changes = fieldChanges(before, after);
        count = changes.size();
        benchmark::DoNotOptimize(changes);
    }
    state.counters["changes"] = double(count);
}

void oneMilestoneEdit(benchmark::State &state)
{
    const Plan &before = bigPlan();
    Plan after = before;
    after.milestones[3].owner += QStringLiteral(" (acting)");
    for (auto _ : state)
        benchmark::DoNotOptimize(fieldChanges(before, after));
}

// Two versions some weeks apart: budgets of every scenario, one driver family of 50 channels in
// two scenarios, a channel added in the middle, 600 actual rows edited.
Plan laterVersion()
{
    Plan later = bigPlan();
    for (Scenario &scenario : later.scenarios)
        scenario.budget *= 1.1;
    for (int s : {0, 3}) {
        for (int c = 0; c < 50; ++c)
            later.scenarios[std::size_t(s)].channels[std::size_t(c)].cpl *= 0.97;
    }
    later.channels.insert(later.channels.begin() + 100, Channel{QStringLiteral("New channel"), {}});
    for (Scenario &scenario : later.scenarios) {
        ChannelDrivers drivers = scenario.channels[100];
        drivers.share = 0;
        scenario.channels.insert(scenario.channels.begin() + 100, drivers);
    }
    for (std::size_t i = 0; i < 600; ++i)
        later.actuals[i * 37 % later.actuals.size()].spend *= 1.02;
    return later;
}

void diffTwoVersions(benchmark::State &state)
{
    const Plan &before = bigPlan();
    const Plan after = laterVersion();
    std::size_t count = 0;
    for (auto _ : state) {
        const PlanDiff diff = diffPlans(before, after);
        count = diff.changes.size();
        benchmark::DoNotOptimize(diff);
    }
    state.counters["changes"] = double(count);
}

void changesOfTwoVersions(benchmark::State &state)
{
    const Plan &before = bigPlan();
    const Plan after = laterVersion();
    for (auto _ : state)
        benchmark::DoNotOptimize(fieldChanges(before, after));
}

void verifyStoredChain(benchmark::State &state)
{
    std::vector<HistoryEntry> entries;
    entries.reserve(100000);
    for (int i = 0; i < 100000; ++i) {
        HistoryEntry entry;
        entry.at = QStringLiteral("2026-12-07T01:02:03Z");
        entry.author = QStringLiteral("Li Wei");
        entry.action = QStringLiteral("Set cost per lead of Search in Plan A to 46");
        entry.changes = {
            {QStringLiteral("scenarios[\"Plan A\"].channels[\"Search\"].cpl"), 45.0, 46.0 + i}};
        entries.push_back(entry);
    }
    chainEntries(entries, 0, firstPreviousHash());
    std::vector<StoredEntry> stored;
    stored.reserve(entries.size());
    for (const HistoryEntry &entry : entries)
        stored.push_back(storedEntry(entry));
    double bytes = 0;
    for (const StoredEntry &entry : stored)
        bytes += double(entry.canonical.size());
    state.counters["canonical_bytes"] = bytes;
    for (auto _ : state) {
        const ChainCheck check = verifyChain(stored);
        if (!check.verified)
            state.SkipWithError("the chain did not verify");
        benchmark::DoNotOptimize(check);
    }
}

void copyPlan(benchmark::State &state)
{
    for (auto _ : state) {
        Plan copy = bigPlan();
        benchmark::DoNotOptimize(copy);
    }
}

void comparePlans(benchmark::State &state)
{
    const Plan copy = bigPlan();
    for (auto _ : state)
        benchmark::DoNotOptimize(copy == bigPlan());
}

} // namespace

BENCHMARK(copyPlan)->Unit(benchmark::kMillisecond);
BENCHMARK(comparePlans)->Unit(benchmark::kMillisecond);
BENCHMARK(oneDriverEdit)->Unit(benchmark::kMillisecond);
BENCHMARK(oneActualEdit)->Unit(benchmark::kMillisecond);
BENCHMARK(oneMilestoneEdit)->Unit(benchmark::kMillisecond);
BENCHMARK(changesOfTwoVersions)->Unit(benchmark::kMillisecond);
BENCHMARK(diffTwoVersions)->Unit(benchmark::kMillisecond);
BENCHMARK(verifyStoredChain)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
