// Speed of the header guess of an actuals import (guessMapping(), models/exchange) on wide
// headers (issue 21: it compared every word of every role with every column's forms, and most
// of the CSV fuzzer's time went there). See docs/benchmarks.md.
//
//   import_mapping_benchmark [Google Benchmark flags]
//
// Two headers of N columns for the sample plan (3 stages):
//   Unknown/N  — N columns nobody names ("note 1" ...), then month, channel, spend and the
//                stages in Chinese with count suffixes: every role's words look at every column.
//   Words/N    — N columns cycling through stage, spend and month words in both languages with
//                suffixes and prefixes (many duplicates), then the unknown ones.

#include "models/exchange/ActualsImport.h"
#include "models/storage/PlanJson.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace cplan;

namespace {

QStringList unknownHeader(int columns)
{
    QStringList header;
    for (int column = 0; column < columns; ++column)
        header << QStringLiteral("note %1").arg(column + 1);
    header << QStringLiteral("月份") << QStringLiteral("渠道") << QStringLiteral("花费（万元）")
           << QStringLiteral("线索数") << QStringLiteral("注册用户数") << QStringLiteral("开户数");
    return header;
}

QStringList wordsHeader(int columns)
{
    static const char *const words[] = {
        "线索数", "# leads",      "number of registrations",
        "注册量", "clicks count", "曝光量",
        "成交数", "Customers",    "spend",
        "note",   "开户人数",     "访问量",
        "试用数", "新开户数",     "amount (CNY)",
    };
    QStringList header;
    for (int column = 0; column < columns; ++column) {
        const int n = int(std::size(words));
        header << QString::fromUtf8(words[column % n]) +
                      (column % 7 == 0 ? QString() : QString::number(column / n));
    }
    header << QStringLiteral("月份") << QStringLiteral("渠道");
    return header;
}

void guess(benchmark::State &state, const QStringList &header)
{
    static const Plan plan = samplePlan();
    for (auto _ : state) {
        ImportMapping mapping = guessMapping(header, plan);
        benchmark::DoNotOptimize(mapping);
    }
    state.counters["columns"] = double(header.size());
}

void Unknown(benchmark::State &state)
{
    guess(state, unknownHeader(int(state.range(0))));
}
void Words(benchmark::State &state)
{
    guess(state, wordsHeader(int(state.range(0))));
}

BENCHMARK(Unknown)->Arg(10)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(Words)->Arg(10)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
