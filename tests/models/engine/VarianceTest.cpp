// Actuals and variance of MODEL.md §7 against the golden files and on edge cases.

#include "EngineChecks.h"
#include "GoldenJson.h"
#include "SamplePlan.h"

#include "models/engine/ReportJson.h"

#include <QTest>

#include <cmath>

using namespace cplan;

namespace {

VarianceReport varianceOf(const Plan &plan)
{
    const Projection projection = project(plan, plan.scenarios.front());
    return computeVariance(plan, plan.scenarios.front(), projection);
}

const QString search = QStringLiteral("Search (long-tail keywords)");
const QString video = QStringLiteral("Short video ads");

} // namespace

class VarianceTest : public QObject
{
    Q_OBJECT

private slots:
    void goldenFiles_data();
    void goldenFiles();
    void flagRule();
    void zeroPlannedValue();
    void partialFunnels();
    void emptyVolumesKeepPlan();
    void overBenchmark();
    void noActuals();
    void unknownRowsAreSkipped();
};

void VarianceTest::goldenFiles_data()
{
    test::addGoldenScenarioRows();
}

void VarianceTest::goldenFiles()
{
    QFETCH(QString, scenario);
    QFETCH(QString, slug);
    const Plan plan = test::loadSamplePlan();
    const Scenario &chosen = plan.scenarios[static_cast<std::size_t>(plan.scenarioIndex(scenario))];
    const Projection projection = project(plan, chosen);
    const VarianceReport report = computeVariance(plan, chosen, projection);
    QVERIFY(test::allFinite(report));
    const QJsonObject expected = test::goldenJson(QStringLiteral("variance"), slug);
    QVERIFY(!expected.isEmpty());
    const QStringList differences = test::jsonDifferences(varianceJson(report), expected);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.mid(0, 20).join(u'\n')));
    QCOMPARE(report.rows.size(), std::size_t(18));
    QCOMPARE(report.byChannel.size(), std::size_t(6));
    QCOMPARE(report.byMonth.size(), std::size_t(3));
    const QJsonObject reforecast = expected.value(QStringLiteral("reforecast")).toObject();
    QVERIFY(test::numbersAgree(report.reforecast.customers,
                               reforecast.value(QStringLiteral("customers")).toDouble()));
    QCOMPARE(report.reforecast.paybackMonth,
             reforecast.value(QStringLiteral("payback_month")).toInt());
}

void VarianceTest::flagRule()
{
    QCOMPARE(relativeVariance(100.0, 111.0).value_or(0.0), 0.11);
    QVERIFY(varianceFlag(100.0, 111.0, 0.10));
    QVERIFY(!varianceFlag(100.0, 109.0, 0.10));
    QVERIFY(varianceFlag(100.0, 89.0, 0.10));
    QVERIFY(!relativeVariance(0.0, 5.0));
    QVERIFY(varianceFlag(0.0, 5.0, 0.10));
    QVERIFY(!varianceFlag(0.0, 0.0, 0.10));
    // Exactly at the threshold is not over it (MODEL.md §7: "> variance_threshold", not ≥);
    // issue 21, B: a ≥ changed no test. Quarters are exact in binary, and so is 10/100 = 0.1.
    QCOMPARE(relativeVariance(100.0, 125.0).value_or(0.0), 0.25);
    QVERIFY(!varianceFlag(100.0, 125.0, 0.25));
    QVERIFY(!varianceFlag(100.0, 75.0, 0.25));
    QVERIFY(!varianceFlag(100.0, 110.0, 0.10));
    QVERIFY(!varianceFlag(100.0, 90.0, 0.10));
    QVERIFY(varianceFlag(100.0, std::nextafter(125.0, 200.0), 0.25));
}

void VarianceTest::zeroPlannedValue()
{
    Plan plan = test::loadSamplePlan();
    // No spend planned for Search in January: variance null, flag iff actual ≠ 0.
    plan.scenarios[0].phasing = {Phasing::Kind::Monthly,
                                 {0.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0}};
    plan.actuals = {{QStringLiteral("2025-01"), search, 1000.0, {10.0, 0.0}},
                    {QStringLiteral("2025-01"), video, 0.0, {0.0}}};
    const VarianceReport report = varianceOf(plan);
    QVERIFY(test::allFinite(report));
    QCOMPARE(report.rows[0].plannedSpend, 0.0);
    QVERIFY(!report.rows[0].spendVariance);
    QVERIFY(report.rows[0].spendFlag);
    QVERIFY(!report.rows[0].stages[0].variance);
    QVERIFY(report.rows[0].stages[0].flag);  // 10 actual leads against 0 planned
    QVERIFY(!report.rows[0].stages[1].flag); // 0 against 0
    QVERIFY(!report.rows[1].spendVariance);
    QVERIFY(!report.rows[1].spendFlag);
    QVERIFY(!report.byMonth[0].spendVariance);
    QVERIFY(report.byMonth[0].spendFlag);
    // Search: benchmark stage 1, planned volume 0 → planned cost null → never over benchmark.
    QCOMPARE(report.byChannel[0].benchmarkStage, 1);
    QVERIFY(!report.byChannel[0].plannedCost);
    QVERIFY(!report.byChannel[0].overBenchmark);
    const QJsonObject row =
        varianceJson(report).value(QStringLiteral("rows")).toArray().at(0).toObject();
    QVERIFY(row.value(QStringLiteral("spend_variance")).isNull());
    QCOMPARE(row.value(QStringLiteral("spend_flag")).toBool(), true);
}

void VarianceTest::partialFunnels()
{
    Plan plan = test::loadSamplePlan();
    plan.actuals = {{QStringLiteral("2025-01"), search, 280000.0, {5000.0}},
                    {QStringLiteral("2025-02"), search, 280000.0, {5000.0, 1400.0}}};
    const Projection projection = project(plan, plan.scenarios.front());
    const VarianceReport report = computeVariance(plan, plan.scenarios.front(), projection);
    QVERIFY(test::allFinite(report));
    QCOMPARE(report.rows[0].stages.size(), std::size_t(1));
    QCOMPARE(report.rows[1].stages.size(), std::size_t(2));
    // The deepest stage measured in every row is 0 (leads).
    QCOMPARE(report.byChannel[0].benchmarkStage, 0);
    QVERIFY(test::numbersAgree(*report.byChannel[0].actualCost, 560000.0 / 10000.0));
    // Re-forecast: January's deeper stages come from the 5,000 leads with the scenario's rates
    // (0.3, 0.12); February's customers from its 1,400 registrations.
    const double planned = projection.totals.customers;
    const double januaryPlanned = projection.volumes[2](0, 0);
    const double februaryPlanned = projection.volumes[2](0, 1);
    const double expected =
        planned - januaryPlanned - februaryPlanned + 5000.0 * 0.3 * 0.12 + 1400.0 * 0.12;
    QVERIFY(test::numbersAgree(report.reforecast.customers, expected));
    const double expectedLeads = projection.totals.leads - projection.volumes[0](0, 0) -
                                 projection.volumes[0](0, 1) + 10000.0;
    QVERIFY(test::numbersAgree(report.reforecast.leads, expectedLeads));
}

void VarianceTest::emptyVolumesKeepPlan()
{
    Plan plan = test::loadSamplePlan();
    plan.actuals = {{QStringLiteral("2025-01"), search, 300000.0, {}}};
    const Projection projection = project(plan, plan.scenarios.front());
    const VarianceReport report = computeVariance(plan, plan.scenarios.front(), projection);
    QVERIFY(test::allFinite(report));
    QVERIFY(report.rows[0].stages.empty());
    QVERIFY(!report.byChannel[0].benchmarkStage);
    QVERIFY(!report.byChannel[0].plannedCost);
    QVERIFY(!report.byChannel[0].actualCost);
    QVERIFY(!report.byChannel[0].overBenchmark);
    // Planned volumes kept, actual spend taken.
    QCOMPARE(report.reforecast.customers, projection.totals.customers);
    QVERIFY(test::numbersAgree(report.reforecast.channelSpend,
                               projection.totals.channelSpend + 20000.0));
    const QJsonObject channel =
        varianceJson(report).value(QStringLiteral("by_channel")).toArray().at(0).toObject();
    QVERIFY(channel.value(QStringLiteral("benchmark_stage")).isNull());
    QVERIFY(channel.value(QStringLiteral("actual_cost")).isNull());
}

void VarianceTest::overBenchmark()
{
    Plan plan = test::loadSamplePlan();
    const Projection projection = project(plan, plan.scenarios.front());
    const double plannedLeads = projection.volumes[0](0, 0);
    const double plannedCost = 280000.0 / plannedLeads;
    // 1.2 × planned cost exactly is not over; a little more is; no volume at all is.
    plan.actuals = {{QStringLiteral("2025-01"), search, 280000.0, {plannedLeads / 1.2 * 1.001}},
                    {QStringLiteral("2025-01"), video, 420000.0, {0.0}}};
    VarianceReport report = computeVariance(plan, plan.scenarios.front(), projection);
    QVERIFY(!report.byChannel[0].overBenchmark);
    QVERIFY(test::numbersAgree(*report.byChannel[0].plannedCost, plannedCost));
    QVERIFY(!report.byChannel[1].actualCost);
    QVERIFY(report.byChannel[1].overBenchmark);
    plan.actuals[0].volumes = {plannedLeads / 1.2 * 0.99};
    report = computeVariance(plan, plan.scenarios.front(), projection);
    QVERIFY(report.byChannel[0].overBenchmark);
}

void VarianceTest::noActuals()
{
    Plan plan = test::loadSamplePlan();
    plan.actuals.clear();
    const Projection projection = project(plan, plan.scenarios.front());
    const VarianceReport report = computeVariance(plan, plan.scenarios.front(), projection);
    QVERIFY(report.rows.empty());
    QVERIFY(report.byChannel.empty());
    QVERIFY(report.byMonth.empty());
    // The re-forecast is the plan.
    const QStringList differences =
        test::jsonDifferences(totalsJson(report.reforecast), totalsJson(projection.totals));
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
}

void VarianceTest::unknownRowsAreSkipped()
{
    // An unvalidated plan must not crash the engine.
    Plan plan = test::loadSamplePlan();
    plan.actuals = {{QStringLiteral("2026-05"), search, 1.0, {}},
                    {QStringLiteral("2025-01"), QStringLiteral("Nowhere"), 1.0, {}},
                    {QStringLiteral("garbage"), search, 1.0, {}},
                    {QStringLiteral("2025-01"), search, 1.0, {1.0, 1.0, 1.0, 1.0, 1.0}}};
    const VarianceReport report = varianceOf(plan);
    QCOMPARE(report.rows.size(), std::size_t(1));
    QCOMPARE(report.rows[0].stages.size(), std::size_t(3)); // extra volumes ignored
    QVERIFY(test::allFinite(report));
}

QTEST_GUILESS_MAIN(VarianceTest)
#include "VarianceTest.moc"
