// Monte Carlo of MODEL.md §5.3: reproducibility (seed, threads), u = 0 = the projection,
// ordered percentiles, probabilities, clipping, options and cancellation.

#include "AnalysisFixtures.h"

#include "models/engine/MonteCarlo.h"
#include "models/engine/MonteCarloStatistics.h"
#include "models/engine/Projection.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace cplan;

namespace {

bool sameDistribution(const MetricDistribution &a, const MetricDistribution &b)
{
    return a.metric == b.metric && a.definedTrials == b.definedTrials && a.mean == b.mean &&
           a.p5 == b.p5 && a.p10 == b.p10 && a.p50 == b.p50 && a.p90 == b.p90 && a.p95 == b.p95;
}

bool sameResult(const MonteCarloResult &a, const MonteCarloResult &b)
{
    if (a.metrics.size() != b.metrics.size() || a.targets.size() != b.targets.size())
        return false;
    for (std::size_t i = 0; i < a.metrics.size(); ++i) {
        if (!sameDistribution(a.metrics[i], b.metrics[i]))
            return false;
    }
    for (std::size_t i = 0; i < a.targets.size(); ++i) {
        if (a.targets[i].probability != b.targets[i].probability)
            return false;
    }
    return a.histogram.counts == b.histogram.counts && a.histogram.lower == b.histogram.lower &&
           a.histogram.upper == b.histogram.upper &&
           (a.monthlyCustomersP10 == b.monthlyCustomersP10).all() &&
           (a.monthlyCustomersP50 == b.monthlyCustomersP50).all() &&
           (a.monthlyCustomersP90 == b.monthlyCustomersP90).all();
}

bool close(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-9 * std::max(std::abs(expected), 1e-3);
}

Plan withoutUncertainty(Plan plan)
{
    for (auto &scenario : plan.scenarios) {
        scenario.uncertainty = {};
        for (auto &channel : scenario.channels)
            channel.uncertainty = {};
    }
    return plan;
}

} // namespace

class MonteCarloTest : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameResults();
    void threadCountDoesNotMatter();
    void otherSeedOtherResults();
    void zeroUncertaintyIsTheProjection_data();
    void zeroUncertaintyIsTheProjection();
    void zeroHalfWidthsAreTheProjectionToo();
    void percentilesOrderedAndProbabilitiesBounded();
    void spreadAroundTheProjection();
    void ratesAreClipped();
    void badOptions();
    void cancellationStopsEarly();
    void progressReachesTheEnd();
    void percentilesBySelectionAreThoseOfASort_data();
    void percentilesBySelectionAreThoseOfASort();
    void fanMemoryIsBounded();
    void noFanChangesNothingElse();
};

void MonteCarloTest::sameSeedSameResults()
{
    const Plan plan = test::loadSamplePlan();
    const auto first = runMonteCarlo(plan, plan.scenarios.front());
    const auto second = runMonteCarlo(plan, plan.scenarios.front());
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first->trials, 10'000);
    QCOMPARE(first->seed, defaultMonteCarloSeed);
    QVERIFY(sameResult(*first, *second));
}

void MonteCarloTest::threadCountDoesNotMatter()
{
    const Plan plan = test::loadSamplePlan();
    MonteCarloOptions options;
    options.trials = 4'321; // not a multiple of the block size
    options.threads = 1;
    const auto one = runMonteCarlo(plan, plan.scenarios.back(), options);
    options.threads = 2;
    const auto two = runMonteCarlo(plan, plan.scenarios.back(), options);
    options.threads = 5;
    const auto five = runMonteCarlo(plan, plan.scenarios.back(), options);
    QVERIFY(one.ok() && two.ok() && five.ok());
    QVERIFY(sameResult(*one, *two));
    QVERIFY(sameResult(*one, *five));
}

// Issue 14 item 10: the fan's trials × months matrix is bounded by fanCellLimit. A run above
// the limit takes the fan from its first trials, which are the trials of a run that size (the
// draws are seeded per trial), while the totals still use every trial.
// The CLI asks for no fan: the fan is empty and everything else is the same bits.
void MonteCarloTest::noFanChangesNothingElse()
{
    const Plan plan = test::loadSamplePlan();
    MonteCarloOptions options;
    options.trials = 3'333;
    const auto withFan = runMonteCarlo(plan, plan.scenarios.back(), options);
    options.fan = false;
    const auto without = runMonteCarlo(plan, plan.scenarios.back(), options);
    QVERIFY(withFan.ok() && without.ok());
    QCOMPARE(withFan->fanTrials, 3'333);
    QCOMPARE(withFan->monthlyCustomersP50.size(), Eigen::Index(12));
    QCOMPARE(without->fanTrials, 0);
    QCOMPARE(without->monthlyCustomersP10.size(), Eigen::Index(0));
    QCOMPARE(without->monthlyCustomersP50.size(), Eigen::Index(0));
    QCOMPARE(without->monthlyCustomersP90.size(), Eigen::Index(0));
    MonteCarloResult same = *without;
    same.fanTrials = withFan->fanTrials;
    same.monthlyCustomersP10 = withFan->monthlyCustomersP10;
    same.monthlyCustomersP50 = withFan->monthlyCustomersP50;
    same.monthlyCustomersP90 = withFan->monthlyCustomersP90;
    QVERIFY(sameResult(same, *withFan));
}

void MonteCarloTest::fanMemoryIsBounded()
{
    const Plan plan = test::loadSamplePlan();
    MonteCarloOptions options;
    options.trials = 6'000;
    options.threads = 2;
    options.fanCellLimit = 2'750 * 12; // 2,750 trials of the 12-month sample (not a block multiple)
    const auto bounded = runMonteCarlo(plan, plan.scenarios.front(), options);
    QVERIFY(bounded.ok());
    QCOMPARE(bounded->trials, 6'000);
    QCOMPARE(bounded->fanTrials, 2'750);
    options.trials = 2'750;
    options.fanCellLimit = 8'000'000;
    const auto small = runMonteCarlo(plan, plan.scenarios.front(), options);
    QVERIFY(small.ok());
    QCOMPARE(small->fanTrials, 2'750);
    for (Eigen::Index m = 0; m < small->monthlyCustomersP50.size(); ++m) {
        QVERIFY(qFuzzyCompare(bounded->monthlyCustomersP10[m], small->monthlyCustomersP10[m]));
        QVERIFY(qFuzzyCompare(bounded->monthlyCustomersP50[m], small->monthlyCustomersP50[m]));
        QVERIFY(qFuzzyCompare(bounded->monthlyCustomersP90[m], small->monthlyCustomersP90[m]));
    }
    // The totals are those of all 6,000 trials, not of the fan's.
    QCOMPARE(bounded->metrics.front().definedTrials, 6'000);
    QVERIFY(bounded->metrics.front().p50 != small->metrics.front().p50);
    // Below the limit nothing changes: every trial is in the fan.
    const auto defaults = runMonteCarlo(plan, plan.scenarios.front());
    QVERIFY(defaults.ok());
    QCOMPARE(defaults->fanTrials, defaults->trials);
    // A limit below 1,000 trials' worth still keeps 1,000.
    options.trials = 5'000;
    options.fanCellLimit = 12;
    const auto tiny = runMonteCarlo(plan, plan.scenarios.front(), options);
    QVERIFY(tiny.ok());
    QCOMPARE(tiny->fanTrials, 1'000);
}

void MonteCarloTest::otherSeedOtherResults()
{
    const Plan plan = test::loadSamplePlan();
    MonteCarloOptions options;
    options.trials = 2'000;
    const auto first = runMonteCarlo(plan, plan.scenarios.front(), options);
    options.seed = 7;
    const auto second = runMonteCarlo(plan, plan.scenarios.front(), options);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(second->seed, std::uint64_t{7});
    QVERIFY(first->metrics.front().mean != second->metrics.front().mean);
}

void MonteCarloTest::zeroUncertaintyIsTheProjection_data()
{
    QTest::addColumn<int>("scenario");
    QTest::newRow("Plan A") << 0;
    QTest::newRow("Plan B") << 1;
    QTest::newRow("conversion programme") << 2;
}

void MonteCarloTest::zeroUncertaintyIsTheProjection()
{
    QFETCH(int, scenario);
    const Plan plan = withoutUncertainty(test::loadSamplePlan());
    const Scenario &chosen = plan.scenarios[static_cast<std::size_t>(scenario)];
    const Projection projection = project(plan, chosen);
    MonteCarloOptions options;
    options.trials = 700;
    options.histogramMetric = QStringLiteral("payback_month");
    const auto result = runMonteCarlo(plan, chosen, options);
    QVERIFY(result.ok());
    QCOMPARE(result->metrics.size(), std::size_t{5});
    for (const auto &metric : result->metrics) {
        const auto expected = metricValue(projection, metric.metric);
        QVERIFY(expected);
        QCOMPARE(metric.definedTrials, 700);
        for (const auto &statistic :
             {metric.mean, metric.p5, metric.p10, metric.p50, metric.p90, metric.p95}) {
            QVERIFY(statistic);
            QVERIFY2(close(*statistic, *expected), qPrintable(QStringLiteral("%1: %2 vs %3")
                                                                  .arg(metric.metric)
                                                                  .arg(*statistic, 0, 'g', 17)
                                                                  .arg(*expected, 0, 'g', 17)));
        }
    }
    QCOMPARE(result->targets.size(), projection.targets.size());
    for (std::size_t t = 0; t < projection.targets.size(); ++t)
        QCOMPARE(result->targets[t].probability, projection.targets[t].met ? 1.0 : 0.0);
    // The payback month of every trial is the projection's.
    QVERIFY(projection.totals.paybackMonth);
    QCOMPARE(result->histogram.lower, double(*projection.totals.paybackMonth));
    QCOMPARE(result->histogram.upper, result->histogram.lower);
    QCOMPARE(result->histogram.counts, std::vector<int>{700});
    // The fan collapses onto the projected monthly customers.
    const Eigen::ArrayXd monthly = projection.volumes.back().colwise().sum().transpose();
    for (Eigen::Index m = 0; m < monthly.size(); ++m) {
        QVERIFY(close(result->monthlyCustomersP10[m], monthly[m]));
        QVERIFY(close(result->monthlyCustomersP50[m], monthly[m]));
        QVERIFY(close(result->monthlyCustomersP90[m], monthly[m]));
    }
}

void MonteCarloTest::zeroHalfWidthsAreTheProjectionToo()
{
    // u = 0 given explicitly (not just absent) on the scenario and overriding a channel.
    Plan plan = withoutUncertainty(test::loadSamplePlan());
    Scenario &scenario = plan.scenarios.front();
    scenario.uncertainty = {0.0, 0.0, 0.0, 0.0};
    scenario.channels[2].uncertainty = {0.0, 0.0, std::nullopt, std::nullopt};
    const Projection projection = project(plan, scenario);
    MonteCarloOptions options;
    options.trials = 100;
    const auto result = runMonteCarlo(plan, scenario, options);
    QVERIFY(result.ok());
    QVERIFY(close(*result->metrics[0].p5, projection.totals.customers));
    QVERIFY(close(*result->metrics[3].p95, *projection.totals.roi));
}

void MonteCarloTest::percentilesOrderedAndProbabilitiesBounded()
{
    const Plan plan = test::loadSamplePlan();
    for (const Scenario &scenario : plan.scenarios) {
        const auto result = runMonteCarlo(plan, scenario);
        QVERIFY(result.ok());
        for (const auto &metric : result->metrics) {
            QVERIFY(metric.p5 && metric.p95 && metric.mean);
            QVERIFY(*metric.p5 <= *metric.p10);
            QVERIFY(*metric.p10 <= *metric.p50);
            QVERIFY(*metric.p50 <= *metric.p90);
            QVERIFY(*metric.p90 <= *metric.p95);
            QVERIFY(*metric.p5 < *metric.p95); // there is uncertainty
            QVERIFY(*metric.mean >= *metric.p5 && *metric.mean <= *metric.p95);
        }
        QCOMPARE(result->targets.size(), plan.targets.size());
        for (const auto &target : result->targets)
            QVERIFY(target.probability >= 0.0 && target.probability <= 1.0);
        int counted = 0;
        for (int count : result->histogram.counts)
            counted += count;
        QCOMPARE(counted, 10'000);
        QCOMPARE(result->histogram.counts.size(), std::size_t{30});
        QVERIFY((result->monthlyCustomersP10 <= result->monthlyCustomersP50).all());
        QVERIFY((result->monthlyCustomersP50 <= result->monthlyCustomersP90).all());
    }
}

void MonteCarloTest::spreadAroundTheProjection()
{
    const Plan plan = test::loadSamplePlan();
    const Projection projection = project(plan, plan.scenarios.front());
    const auto result = runMonteCarlo(plan, plan.scenarios.front());
    QVERIFY(result.ok());
    const auto &customers = result->metrics[0];
    QVERIFY(*customers.p5 < projection.totals.customers);
    QVERIFY(*customers.p95 > projection.totals.customers);
    // Symmetric draws around the plan: the median is within a few percent of it.
    QVERIFY(std::abs(*customers.p50 / projection.totals.customers - 1.0) < 0.05);
    // Some targets are uncertain: neither never nor always met.
    bool uncertain = false;
    for (const auto &target : result->targets)
        uncertain = uncertain || (target.probability > 0.0 && target.probability < 1.0);
    QVERIFY(uncertain);
}

void MonteCarloTest::ratesAreClipped()
{
    // Rates at 0.9 with ±50%: without clipping a draw of 1.35 would make customers > leads.
    Plan plan = test::linearPlan({20.0, 30.0}, 1.0);
    Scenario &scenario = plan.scenarios.front();
    for (auto &channel : scenario.channels) {
        channel.conversion = {0.9, 0.9};
        channel.retentionMonthly = 0.99;
    }
    scenario.uncertainty.conversion = 0.5;
    scenario.uncertainty.retention = 0.5;
    MonteCarloOptions options;
    options.trials = 3'000;
    options.histogramMetric = QStringLiteral("stage_conversion.1");
    const auto result = runMonteCarlo(plan, scenario, options);
    QVERIFY(result.ok());
    QCOMPARE(result->histogram.upper, 1.0);
    QVERIFY(result->histogram.lower >= 0.45 - 1e-12);
    // Retention ≤ 0.9999 keeps the LTV finite and below g·H.
    QVERIFY(*result->metrics[2].p95 > 0.0);
    QVERIFY(std::isfinite(*result->metrics[2].p95));
}

void MonteCarloTest::badOptions()
{
    const Plan plan = test::loadSamplePlan();
    MonteCarloOptions options;
    options.trials = 0;
    auto result = runMonteCarlo(plan, plan.scenarios.front(), options);
    QVERIFY(!result.ok());
    QVERIFY(result.error().contains(QLatin1String("trials")));
    options = {};
    options.histogramMetric = QStringLiteral("happiness");
    result = runMonteCarlo(plan, plan.scenarios.front(), options);
    QVERIFY(!result.ok());
    QVERIFY(result.error().contains(QLatin1String("\"happiness\"")));
    options = {};
    options.histogramBins = 0;
    QVERIFY(!runMonteCarlo(plan, plan.scenarios.front(), options).ok());
}

void MonteCarloTest::cancellationStopsEarly()
{
    const Plan plan = test::loadSamplePlan();
    std::atomic<bool> cancel{false};
    int lastDone = 0;
    MonteCarloOptions options;
    options.trials = 200'000;
    options.threads = 2;
    options.cancel = &cancel;
    options.progress = [&](int done, int) {
        lastDone = done;
        cancel = true;
    };
    const auto result = runMonteCarlo(plan, plan.scenarios.front(), options);
    QVERIFY(!result.ok());
    QVERIFY(result.error().contains(QLatin1String("cancelled")));
    QVERIFY(lastDone > 0);
    QVERIFY(lastDone <= 4 * 500); // at most a block or two per thread after the request
}

void MonteCarloTest::progressReachesTheEnd()
{
    const Plan plan = test::loadSamplePlan();
    std::vector<int> reports;
    MonteCarloOptions options;
    options.trials = 2'345;
    options.progress = [&](int done, int total) {
        QCOMPARE(total, 2'345);
        reports.push_back(done);
    };
    QVERIFY(runMonteCarlo(plan, plan.scenarios.front(), options).ok());
    QCOMPARE(reports.size(), std::size_t{5});
    QVERIFY(std::is_sorted(reports.begin(), reports.end()));
    QCOMPARE(reports.back(), 2'345);
}

void MonteCarloTest::percentilesBySelectionAreThoseOfASort_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("distinct"); // 0 = continuous values
    QTest::newRow("small, by nth_element") << 700 << 0;
    QTest::newRow("10,000, by counting") << 10'000 << 0;
    QTest::newRow("odd count, by counting") << 4'321 << 0;
    QTest::newRow("many ties") << 5'000 << 7;
    QTest::newRow("one outlier") << 3'000 << 1;
}

void MonteCarloTest::percentilesBySelectionAreThoseOfASort()
{
    // The counting selection must return exactly the interpolated order statistics of a sort,
    // including ties and a range dominated by one value.
    QFETCH(int, count);
    QFETCH(int, distinct);
    std::mt19937_64 random(42);
    std::lognormal_distribution<double> skewed(10.0, 0.3);
    std::vector<double> values(static_cast<std::size_t>(count));
    for (auto &value : values)
        value = distinct > 0 ? static_cast<double>(random() % static_cast<unsigned>(distinct))
                             : skewed(random);
    if (distinct == 1)
        values.back() = 1e12;
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const std::array levels{0.0, 0.05, 0.10, 0.50, 0.90, 1.0};
    std::vector<double> work = values;
    const auto fan = monteCarloPercentiles(work, std::array{0.10, 0.50, 0.90});
    QCOMPARE(fan[0], percentileOfSorted(sorted, 0.10));
    QCOMPARE(fan[1], percentileOfSorted(sorted, 0.50));
    QCOMPARE(fan[2], percentileOfSorted(sorted, 0.90));
    work = values;
    const auto five = monteCarloPercentiles(
        work, std::array{levels[0], levels[1], levels[3], levels[4], levels[5]});
    QCOMPARE(five[0], sorted.front());
    QCOMPARE(five[1], percentileOfSorted(sorted, levels[1]));
    QCOMPARE(five[2], percentileOfSorted(sorted, levels[3]));
    QCOMPARE(five[3], percentileOfSorted(sorted, levels[4]));
    QCOMPARE(five[4], sorted.back());
}

QTEST_GUILESS_MAIN(MonteCarloTest)
#include "MonteCarloTest.moc"
