// The milestone timeline carries the engine's delays and escalation levels of the sample
// (golden milestones file of Plan A, status date 2025-07-01), the phase bands, the dependency
// arrows and the hover text (MODEL.md §6).

#include "models/engine/GoldenJson.h"

#include "models/engine/Milestones.h"
#include "models/engine/Projection.h"
#include "models/storage/PlanIo.h"
#include "ui/charts/ChartPalette.h"
#include "ui/charts/MilestoneTimelineAdapter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace cplan;

class MilestoneTimelineAdapterTest : public QObject
{
    Q_OBJECT

private:
    Plan m_plan;
    MilestoneTimeline m_timeline;
    QJsonObject m_golden;

private slots:
    void initTestCase()
    {
        const Result<Plan> loaded = loadPlan(test::dataPath(QStringLiteral("brokerage-2025.json")));
        QVERIFY(loaded.ok());
        m_plan = loaded.value();
        const Scenario &planA = m_plan.scenarios.front();
        QCOMPARE(planA.name, QStringLiteral("Plan A (CNY 20M)"));
        const Projection projection = project(m_plan, planA);
        // The plan's status date, never the clock.
        const QDate status = effectiveStatusDate(m_plan, QDate(), QDate(2030, 1, 1));
        m_timeline =
            milestoneTimeline(m_plan, evaluateMilestones(m_plan, planA, projection, status));
        m_golden = test::goldenJson(QStringLiteral("milestones"), QStringLiteral("plan-a-cny-20m"));
        QVERIFY(!m_golden.isEmpty());
    }

    void delaysAndLevelsAreTheGoldenOnes()
    {
        const QJsonArray expected = m_golden.value(QStringLiteral("milestones")).toArray();
        QCOMPARE(int(m_timeline.milestones.size()), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const QJsonObject golden = expected.at(i).toObject();
            const TimelineMilestone &shown = m_timeline.milestones[std::size_t(i)];
            QCOMPARE(shown.id, golden.value(QStringLiteral("id")).toString());
            QCOMPARE(shown.planned.toString(Qt::ISODate),
                     golden.value(QStringLiteral("planned")).toString());
            QCOMPARE(shown.reference.toString(Qt::ISODate),
                     golden.value(QStringLiteral("reference")).toString());
            QCOMPARE(shown.delayDays, golden.value(QStringLiteral("delay_days")).toInt());
            QCOMPARE(shown.level, golden.value(QStringLiteral("level")).toInt());
            QCOMPARE(shown.colour, escalationColour(shown.level));
            QCOMPARE(shown.blockedBy.size(),
                     golden.value(QStringLiteral("blocked_by")).toArray().size());
        }
        // M1 done 3 days late (level 1), M2 forecast 8 days late (level 3), M3 and M4 on time.
        QCOMPARE(m_timeline.milestones[0].delayDays, 3);
        QCOMPARE(m_timeline.milestones[0].level, 1);
        QCOMPARE(m_timeline.milestones[1].delayDays, 8);
        QCOMPARE(m_timeline.milestones[1].level, 3);
        QCOMPARE(m_timeline.milestones[2].level, 0);
        QCOMPARE(m_timeline.statusDate, QDate(2025, 7, 1));
        QCOMPARE(m_golden.value(QStringLiteral("status_date")).toString(),
                 QStringLiteral("2025-07-01"));
    }

    void phasesAreBandsInOrder()
    {
        QCOMPARE(int(m_timeline.phases.size()), 3);
        QCOMPARE(m_timeline.phases[0].name, QStringLiteral("Foundation"));
        QCOMPARE(m_timeline.phases[0].start, QDate(2025, 1, 1));
        QCOMPARE(m_timeline.phases[0].end, QDate(2025, 3, 31));
        QCOMPARE(m_timeline.phases[1].name, QStringLiteral("Optimisation"));
        QCOMPARE(m_timeline.phases[1].start, QDate(2025, 4, 1));
        QCOMPARE(m_timeline.phases[1].end, QDate(2025, 6, 30));
        // Two milestones in "Steady operation": the band runs to the later one.
        QCOMPARE(m_timeline.phases[2].name, QStringLiteral("Steady operation"));
        QCOMPARE(m_timeline.phases[2].start, QDate(2025, 7, 1));
        QCOMPARE(m_timeline.phases[2].end, QDate(2025, 12, 31));
        QCOMPARE(m_timeline.start, QDate(2025, 1, 1));
        QCOMPARE(m_timeline.end, QDate(2025, 12, 31));
    }

    void dependenciesBecomeArrows()
    {
        QCOMPARE(int(m_timeline.dependencies.size()), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(m_timeline.dependencies[std::size_t(i)].from, i);
            QCOMPARE(m_timeline.dependencies[std::size_t(i)].to, i + 1);
        }
    }

    void hoverTextHasTheCheckpointStatus()
    {
        const QString &details = m_timeline.milestones[1].details;
        QVERIFY2(details.startsWith(QStringLiteral("M2 · Operations optimised")),
                 qPrintable(details));
        QVERIFY2(details.contains(
                     QStringLiteral("Planned 2025-06-30 · reference 2025-07-08 (8 days late)")),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("3 · general manager's office")),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Status: in progress")), qPrintable(details));
        QVERIFY2(
            details.contains(QStringLiteral("Registered users to date ≥ 60,000: 54,214 (missed)")),
            qPrintable(details));
    }

    void aBlockedMilestoneIsNamed()
    {
        Plan late = m_plan;
        late.milestones[1].forecast = QStringLiteral("2025-10-15"); // after M3's planned date
        const Scenario &planA = late.scenarios.front();
        const Projection projection = project(late, planA);
        const MilestoneTimeline timeline =
            milestoneTimeline(late, evaluateMilestones(late, planA, projection, QDate(2025, 7, 1)));
        QCOMPARE(timeline.milestones[2].blockedBy, QStringList{QStringLiteral("M2")});
        QVERIFY(timeline.milestones[2].details.contains(QStringLiteral("Blocked by M2")));
        QCOMPARE(timeline.milestones[1].delayDays, 107);
        QCOMPARE(timeline.milestones[1].level, 3);
    }
};

QTEST_GUILESS_MAIN(MilestoneTimelineAdapterTest)
#include "MilestoneTimelineAdapterTest.moc"
