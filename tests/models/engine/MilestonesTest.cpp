// Milestones of MODEL.md §6 against the golden files and on edge cases.

#include "EngineChecks.h"
#include "GoldenJson.h"
#include "SamplePlan.h"

#include "models/engine/ReportJson.h"

#include <QTest>

using namespace cplan;

namespace {

Milestone milestone(const QString &id, const QString &planned, MilestoneStatus status)
{
    Milestone result;
    result.id = id;
    result.name = id;
    result.planned = planned;
    result.status = status;
    return result;
}

MilestoneReport evaluate(const Plan &plan, QDate statusDate)
{
    const Projection projection = project(plan, plan.scenarios.front());
    return evaluateMilestones(plan, plan.scenarios.front(), projection, statusDate);
}

} // namespace

class MilestonesTest : public QObject
{
    Q_OBJECT

private slots:
    void goldenFiles_data();
    void goldenFiles();
    void statusDateIsInjected();
    void referenceDateRules();
    void escalationLevels();
    void blockedByLatePredecessor();
    void checksOutsideHorizonAreNull();
    void cumulativeMetrics();
    void effectiveStatusDateOrder();
};

void MilestonesTest::goldenFiles_data()
{
    test::addGoldenScenarioRows();
}

void MilestonesTest::goldenFiles()
{
    QFETCH(QString, scenario);
    QFETCH(QString, slug);
    const Plan plan = test::loadSamplePlan();
    const Scenario &chosen = plan.scenarios[static_cast<std::size_t>(plan.scenarioIndex(scenario))];
    const Projection projection = project(plan, chosen);
    // The golden files use the plan's status_date.
    const QDate statusDate = effectiveStatusDate(plan, QDate(), QDate(2000, 1, 1));
    QCOMPARE(statusDate, QDate(2025, 7, 1));
    const MilestoneReport report = evaluateMilestones(plan, chosen, projection, statusDate);
    QVERIFY(test::allFinite(report));
    const QJsonObject expected = test::goldenJson(QStringLiteral("milestones"), slug);
    QVERIFY(!expected.isEmpty());
    const QStringList differences = test::jsonDifferences(milestonesJson(report), expected);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.mid(0, 20).join(u'\n')));
    // And the structs directly.
    QCOMPARE(report.milestones.size(), std::size_t(4));
    QCOMPARE(report.milestones[1].reference, QDate(2025, 7, 8));
    QCOMPARE(report.milestones[1].delayDays, 8);
    QCOMPARE(report.milestones[1].level, 3);
}

void MilestonesTest::statusDateIsInjected()
{
    // M3 (planned 2025-09-30, no forecast, not done): past its date the status date becomes
    // its reference and the delay grows with it.
    const Plan plan = test::loadSamplePlan();
    const MilestoneReport early = evaluate(plan, QDate(2025, 9, 1));
    QCOMPARE(early.milestones[2].reference, QDate(2025, 9, 30));
    QCOMPARE(early.milestones[2].delayDays, 0);
    const MilestoneReport late = evaluate(plan, QDate(2025, 10, 5));
    QCOMPARE(late.milestones[2].reference, QDate(2025, 10, 5));
    QCOMPARE(late.milestones[2].delayDays, 5);
    QCOMPARE(late.milestones[2].level, 2);
    // M4 depends on M3: M3's reference (Oct 5) is before M4's planned Dec 31, not blocked.
    QVERIFY(late.milestones[3].blockedBy.isEmpty());
    // The done milestone keeps its actual date whatever the status date.
    QCOMPARE(late.milestones[0].reference, QDate(2025, 4, 3));
    QCOMPARE(milestonesJson(late).value(QStringLiteral("status_date")).toString(),
             QStringLiteral("2025-10-05"));
}

void MilestonesTest::referenceDateRules()
{
    Plan plan = test::loadSamplePlan();
    plan.milestones.clear();
    Milestone cancelled =
        milestone(QStringLiteral("C"), QStringLiteral("2025-02-10"), MilestoneStatus::Cancelled);
    cancelled.forecast = QStringLiteral("2025-05-01");
    Milestone doneWithoutActual =
        milestone(QStringLiteral("D"), QStringLiteral("2025-02-10"), MilestoneStatus::Done);
    Milestone doneWithForecast =
        milestone(QStringLiteral("F"), QStringLiteral("2025-02-10"), MilestoneStatus::Done);
    doneWithForecast.forecast = QStringLiteral("2025-02-08");
    Milestone early =
        milestone(QStringLiteral("E"), QStringLiteral("2025-02-10"), MilestoneStatus::InProgress);
    early.forecast = QStringLiteral("2025-02-01");
    Milestone overdue =
        milestone(QStringLiteral("O"), QStringLiteral("2025-02-10"), MilestoneStatus::Planned);
    plan.milestones = {cancelled, doneWithoutActual, doneWithForecast, early, overdue};
    const MilestoneReport report = evaluate(plan, QDate(2025, 3, 1));
    QCOMPARE(report.milestones[0].reference, QDate(2025, 2, 10)); // cancelled → planned
    QCOMPARE(report.milestones[1].reference, QDate(2025, 2, 10)); // done, no dates → planned
    QCOMPARE(report.milestones[2].reference, QDate(2025, 2, 8));  // done → forecast
    QCOMPARE(report.milestones[3].reference, QDate(2025, 2, 1));  // forecast, early
    QCOMPARE(report.milestones[3].delayDays, -9);
    QCOMPARE(report.milestones[3].level, 0);
    QCOMPARE(report.milestones[4].reference, QDate(2025, 3, 1)); // overdue → status date
    QCOMPARE(report.milestones[4].delayDays, 19);
    QCOMPARE(report.milestones[4].level, 3);
}

void MilestonesTest::escalationLevels()
{
    Plan plan = test::loadSamplePlan();
    plan.milestoneThresholdsDays = {2, 5};
    plan.milestones.clear();
    const QStringList forecasts = {QStringLiteral("2025-03-10"), QStringLiteral("2025-03-11"),
                                   QStringLiteral("2025-03-12"), QStringLiteral("2025-03-13"),
                                   QStringLiteral("2025-03-15"), QStringLiteral("2025-03-16")};
    for (qsizetype i = 0; i < forecasts.size(); ++i) {
        Milestone item = milestone(QStringLiteral("M%1").arg(i), QStringLiteral("2025-03-10"),
                                   MilestoneStatus::InProgress);
        item.forecast = forecasts.at(i);
        plan.milestones.push_back(item);
    }
    const MilestoneReport report = evaluate(plan, QDate(2025, 1, 1));
    const std::vector<int> delays = {0, 1, 2, 3, 5, 6};
    const std::vector<int> levels = {0, 1, 1, 2, 2, 3};
    for (std::size_t i = 0; i < delays.size(); ++i) {
        QCOMPARE(report.milestones[i].delayDays, delays[i]);
        QCOMPARE(report.milestones[i].level, levels[i]);
    }
}

void MilestonesTest::blockedByLatePredecessor()
{
    Plan plan = test::loadSamplePlan();
    // M2's forecast moves past M3's planned date: M3 is blocked by M2.
    plan.milestones[1].forecast = QStringLiteral("2025-10-02");
    const MilestoneReport report = evaluate(plan, QDate(2025, 7, 1));
    QCOMPARE(report.milestones[2].blockedBy, QStringList{QStringLiteral("M2")});
    QVERIFY(report.milestones[3].blockedBy.isEmpty());
    const QJsonObject json = milestonesJson(report);
    const QJsonArray blocked = json.value(QStringLiteral("milestones"))
                                   .toArray()
                                   .at(2)
                                   .toObject()
                                   .value(QStringLiteral("blocked_by"))
                                   .toArray();
    QCOMPARE(blocked.size(), 1);
    QCOMPARE(blocked.at(0).toString(), QStringLiteral("M2"));
}

void MilestonesTest::checksOutsideHorizonAreNull()
{
    Plan plan = test::loadSamplePlan();
    plan.milestones[3].planned = QStringLiteral("2026-01-15"); // after the 12-month horizon
    plan.milestones[0].planned = QStringLiteral("2024-12-31"); // before the start
    const MilestoneReport report = evaluate(plan, QDate(2025, 7, 1));
    for (int index : {0, 3}) {
        for (const auto &check : report.milestones[static_cast<std::size_t>(index)].checks) {
            QVERIFY(!check.projected);
            QVERIFY(!check.met);
        }
    }
    const QJsonObject check = milestonesJson(report)
                                  .value(QStringLiteral("milestones"))
                                  .toArray()
                                  .at(3)
                                  .toObject()
                                  .value(QStringLiteral("checks"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    QVERIFY(check.value(QStringLiteral("projected")).isNull());
    QVERIFY(check.value(QStringLiteral("met")).isNull());
    QVERIFY(report.milestones[1].checks[0].projected.has_value());
}

void MilestonesTest::cumulativeMetrics()
{
    const Plan plan = test::loadSamplePlan();
    const Projection projection = project(plan, plan.scenarios.front());
    // March (month 2): Q1 spend is 35% of the pool.
    QVERIFY(test::numbersAgree(*checkpointValue(projection, QStringLiteral("spend_cum"), 2),
                               0.35 * 12'000'000.0));
    const double customers = projection.volumes[2].leftCols(3).sum();
    QCOMPARE(checkpointValue(projection, QStringLiteral("customers_cum"), 2), customers);
    QCOMPARE(checkpointValue(projection, QStringLiteral("stage_cum.0"), 2),
             projection.volumes[0].leftCols(3).sum());
    QVERIFY(test::numbersAgree(*checkpointValue(projection, QStringLiteral("cac_to_date"), 2),
                               0.35 * 12'000'000.0 / customers));
    // Other §4 metrics are the whole projection's.
    QCOMPARE(checkpointValue(projection, QStringLiteral("roi"), 2), projection.totals.roi);
    QVERIFY(!checkpointValue(projection, QStringLiteral("stage_cum.3"), 2));
    QVERIFY(!checkpointValue(projection, QStringLiteral("spend_cum"), 12));
    QVERIFY(!checkpointValue(projection, QStringLiteral("spend_cum"), -1));
}

void MilestonesTest::effectiveStatusDateOrder()
{
    Plan plan = test::loadSamplePlan();
    const QDate today(2030, 5, 5);
    QCOMPARE(effectiveStatusDate(plan, QDate(2025, 1, 2), today), QDate(2025, 1, 2));
    QCOMPARE(effectiveStatusDate(plan, QDate(), today), QDate(2025, 7, 1));
    plan.statusDate.clear();
    QCOMPARE(effectiveStatusDate(plan, QDate(), today), today);
}

QTEST_GUILESS_MAIN(MilestonesTest)
#include "MilestonesTest.moc"
