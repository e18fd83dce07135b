// Scenarios side by side (MODEL.md §5.1): totals, channel rows, deltas to a base.

#include "AnalysisFixtures.h"
#include "GoldenJson.h"

#include "models/engine/ComparisonReport.h"

#include <QTest>

using namespace cplan;

namespace {

std::optional<double> fieldValue(const ScenarioComparison &comparison, const QString &key,
                                 const std::vector<std::optional<double>> &values, int stage = -1)
{
    for (std::size_t i = 0; i < comparison.fields.size(); ++i) {
        if (comparison.fields[i].key == key && comparison.fields[i].stage == stage)
            return values[i];
    }
    qFatal("no field %s", qPrintable(key));
}

} // namespace

class ComparisonReportTest : public QObject
{
    Q_OBJECT

private slots:
    void everyScenarioAgainstTheFirst();
    void chosenBase();
    void nullWhenTheBaseIsZero();
    void unknownBase();
    void fieldsFollowTheProjectJson();
};

void ComparisonReportTest::everyScenarioAgainstTheFirst()
{
    const Plan plan = test::loadSamplePlan();
    const auto report = compareScenarios(plan);
    QVERIFY(report.ok());
    QCOMPARE(report->base, QStringLiteral("Plan A (CNY 20M)"));
    QCOMPARE(report->scenarios.size(), std::size_t{3});
    const auto &base = report->scenarios[0];
    for (std::size_t i = 0; i < base.delta.size(); ++i) {
        if (base.fields[i].value) {
            QCOMPARE(*base.delta[i], 0.0);
        }
    }
    const auto &planB = report->scenarios[1];
    QCOMPARE(*fieldValue(planB, QStringLiteral("budget"), planB.delta), 5'000'000.0);
    QCOMPARE(*fieldValue(planB, QStringLiteral("budget"), planB.deltaRelative), 0.25);
    QCOMPARE(*fieldValue(planB, QStringLiteral("channel_spend"), planB.delta), 3'000'000.0);
    const double customers = planB.totals.customers - base.totals.customers;
    QCOMPARE(*fieldValue(planB, QStringLiteral("customers"), planB.delta), customers);
    QCOMPARE(*fieldValue(planB, QStringLiteral("stage_volumes"), planB.delta, 2), customers);
    QCOMPARE(*fieldValue(planB, QStringLiteral("cac"), planB.deltaRelative),
             (*planB.totals.cac - *base.totals.cac) / *base.totals.cac);
    QCOMPARE(planB.channels.size(), std::size_t{6});
    QCOMPARE(planB.channels[1].spendDelta, 900'000.0); // 30% of 3M more
    QVERIFY(std::abs(*planB.channels[1].spendDeltaRelative - 0.25) < 1e-12);
    QVERIFY(planB.channels[1].customersDelta > 0.0);
}

void ComparisonReportTest::chosenBase()
{
    const Plan plan = test::loadSamplePlan();
    const auto report = compareScenarios(plan, QStringLiteral("Plan B (CNY 25M)"));
    QVERIFY(report.ok());
    QCOMPARE(report->base, QStringLiteral("Plan B (CNY 25M)"));
    const auto &planA = report->scenarios[0];
    QCOMPARE(*fieldValue(planA, QStringLiteral("budget"), planA.deltaRelative), -0.2);
}

void ComparisonReportTest::nullWhenTheBaseIsZero()
{
    Plan plan = test::loadSamplePlan();
    plan.scenarios[0].budget = 0.0;
    const auto report = compareScenarios(plan);
    QVERIFY(report.ok());
    const auto &planB = report->scenarios[1];
    QCOMPARE(*fieldValue(planB, QStringLiteral("budget"), planB.delta), 25'000'000.0);
    QVERIFY(!fieldValue(planB, QStringLiteral("budget"), planB.deltaRelative));
    // The base's CAC is null (no customers): both deltas null.
    QVERIFY(!fieldValue(planB, QStringLiteral("cac"), planB.delta));
    QVERIFY(!fieldValue(planB, QStringLiteral("cac"), planB.deltaRelative));
    QVERIFY(!planB.channels[0].spendDeltaRelative);
}

void ComparisonReportTest::unknownBase()
{
    const auto report = compareScenarios(test::loadSamplePlan(), QStringLiteral("Plan Z"));
    QVERIFY(!report.ok());
    QVERIFY(report.error().contains(QLatin1String("\"Plan Z\"")));
}

void ComparisonReportTest::fieldsFollowTheProjectJson()
{
    const Plan plan = test::loadSamplePlan();
    const auto report = compareScenarios(plan);
    QVERIFY(report.ok());
    QStringList keys;
    for (const auto &field : report->scenarios[0].fields) {
        if (!keys.contains(field.key))
            keys << field.key;
    }
    const QJsonObject golden =
        test::goldenJson(QStringLiteral("project"), QStringLiteral("plan-a-cny-20m"))
            .value(QStringLiteral("totals"))
            .toObject();
    QVERIFY(!golden.isEmpty());
    QCOMPARE(keys.size(), golden.size());
    for (const QString &key : keys)
        QVERIFY2(golden.contains(key), qPrintable(key));
}

QTEST_GUILESS_MAIN(ComparisonReportTest)
#include "ComparisonReportTest.moc"
