// Speed of calibrating drivers from past months (MODEL.md §5.6): 200 channels × 36 past months
// (issue goal: ≤ 1 s on one core), each channel's whole calibration (the global lead-response fit,
// its hold-out refit, pooled conversion rates). See docs/benchmarks.md.
//
//   calibration_benchmark [Google Benchmark flags]

#include "models/engine/Calibration.h"

#include <benchmark/benchmark.h>

#include <random>

using namespace cplan;

namespace {

// Deterministic past rows: per channel a cpl, a saturation for four in five, a carryover for a
// third, lognormal monthly spend and 5 % noise on the leads; three stages measured.
std::vector<Actual> generatedPastActuals(int channels, int months)
{
    std::mt19937_64 random(20261206);
    std::lognormal_distribution<double> spendDraw(0.0, 0.6);
    std::normal_distribution<double> noise(0.0, 0.05);
    std::vector<Actual> rows;
    for (int c = 0; c < channels; ++c) {
        const QString channel = QStringLiteral("Channel %1").arg(c, 3, 10, QLatin1Char('0'));
        const double cpl = 10.0 + (c * 37 % 70);
        const std::optional<double> saturation =
            c % 5 != 4 ? std::optional<double>(20'000.0 + (c * 7919 % 400) * 500.0) : std::nullopt;
        const double carryover = c % 3 == 0 ? 0.1 * (c % 6) : 0.0;
        std::vector<double> spend;
        for (int m = 0; m < months; ++m)
            spend.push_back(100'000.0 * spendDraw(random));
        const std::vector<double> leads = predictedLeads(spend, cpl, saturation, carryover);
        for (int m = 0; m < months; ++m) {
            const double lead =
                std::max(0.0, leads[static_cast<std::size_t>(m)] * (1.0 + noise(random)));
            rows.push_back(Actual{
                QStringLiteral("%1-%2").arg(2022 + m / 12).arg(m % 12 + 1, 2, 10, QLatin1Char('0')),
                channel,
                spend[static_cast<std::size_t>(m)],
                {lead, std::round(lead * 0.3), std::round(lead * 0.05)}});
        }
    }
    return rows;
}

void calibrateAllChannels(benchmark::State &state)
{
    const int channels = static_cast<int>(state.range(0));
    const int months = static_cast<int>(state.range(1));
    const std::vector<Actual> rows = generatedPastActuals(channels, months);
    std::vector<ChannelHistory> histories;
    for (int c = 0; c < channels; ++c)
        histories.push_back(
            *channelHistory(rows, QStringLiteral("Channel %1").arg(c, 3, 10, QLatin1Char('0')), 3));
    int identified = 0;
    for (auto _ : state) {
        identified = 0;
        for (const ChannelHistory &history : histories) {
            const ChannelCalibration calibration = calibrateChannel(history);
            identified += calibration.leads.cpl.identified() ? 1 : 0;
            benchmark::DoNotOptimize(calibration);
        }
    }
    state.counters["cpl_identified"] = identified;
}

// The series building alone (parsing months, grouping the rows of one channel out of all rows).
void buildHistories(benchmark::State &state)
{
    const std::vector<Actual> rows = generatedPastActuals(200, 36);
    for (auto _ : state) {
        for (int c = 0; c < 200; ++c)
            benchmark::DoNotOptimize(channelHistory(
                rows, QStringLiteral("Channel %1").arg(c, 3, 10, QLatin1Char('0')), 3));
    }
}

} // namespace

BENCHMARK(calibrateAllChannels)
    ->Args({200, 36})
    ->Args({20, 36})
    ->Args({200, 12})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(buildHistories)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
