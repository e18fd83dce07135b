// Issue 21, A.4: a valid plan whose milestones form one long dependency chain. Showing the
// Milestones page (its table and timeline) and exporting kept the window busy for minutes
// (a linear milestone lookup per milestone and per dependency); now they are indexed.

#include "FakeDialogProvider.h"

#include "models/document/PlanDocument.h"
#include "models/reports/PlanReports.h"
#include "models/storage/PlanJson.h"
#include "support/TimeScale.h"
#include "ui/charts/MilestoneTimelineAdapter.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/pages/PlanPlace.h"

#include <QElapsedTimer>
#include <QTest>

using namespace cplan;

namespace {

using test::timeScale; // scaled under AddressSanitizer (support/TimeScale.h)

// The sample plan with its milestones replaced by a chain of `count`, each after the one
// before.
Plan chainPlan(int count)
{
    Plan plan = samplePlan();
    const Milestone first = plan.milestones.front();
    plan.milestones.clear();
    plan.milestones.reserve(std::size_t(count));
    for (int i = 1; i <= count; ++i) {
        Milestone milestone;
        milestone.id = QStringLiteral("M%1").arg(i);
        milestone.name = QStringLiteral("Step %1").arg(i);
        milestone.phase = first.phase;
        milestone.owner = first.owner;
        milestone.planned = first.planned;
        if (i > 1)
            milestone.dependsOn = {QStringLiteral("M%1").arg(i - 1)};
        plan.milestones.push_back(milestone);
    }
    return plan;
}

} // namespace

class MilestonesChainTest : public QObject
{
    Q_OBJECT

private slots:
    void timelineLinksEveryStepOfTheChain()
    {
        PlanDocument document;
        document.resetTo(chainPlan(5));
        const MilestoneReport *report = document.reports().milestones();
        QVERIFY(report);
        const MilestoneTimeline timeline = milestoneTimeline(document.plan(), *report);
        QCOMPARE(timeline.milestones.size(), std::size_t(5));
        QCOMPARE(timeline.dependencies.size(), std::size_t(4));
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(timeline.dependencies[std::size_t(i)].from, i);
            QCOMPARE(timeline.dependencies[std::size_t(i)].to, i + 1);
        }
    }

    // 100,000 milestones: the timeline is built, and the Milestones page shown, in seconds
    // (before: the timeline's dependency search was quadratic; 294 s for the page).
    void longChainShowsInSeconds()
    {
        const int count = qEnvironmentVariableIntValue("CPLAN_CHAIN_MILESTONES") > 0
                              ? qEnvironmentVariableIntValue("CPLAN_CHAIN_MILESTONES")
                              : 100000;
        MainWindow window(std::make_unique<test::FakeDialogProvider>());
        QElapsedTimer clock;
        clock.start();
        window.document()->resetTo(chainPlan(count));
        const qint64 loaded = clock.restart();
        const MilestoneReport *report = window.document()->reports().milestones();
        QVERIFY(report);
        const MilestoneTimeline timeline = milestoneTimeline(window.document()->plan(), *report);
        const qint64 built = clock.restart();
        QCOMPARE(timeline.dependencies.size(), std::size_t(count - 1));
        window.resize(1280, 800);
        window.show();
        window.showPage(PageId::Milestones);
        QCoreApplication::processEvents();
        const qint64 shown = clock.elapsed();
        qInfo("%d milestones: document %lld ms, timeline %lld ms, Milestones page %lld ms", count,
              loaded, built, shown);
        // Generous bounds for a loaded two-core machine; the old code took minutes.
        QVERIFY2(built < 5000 * timeScale, qPrintable(QString::number(built)));
        QVERIFY2(shown < 30000 * timeScale, qPrintable(QString::number(shown)));
    }
};

QTEST_MAIN(MilestonesChainTest)
#include "MilestonesChainTest.moc"
