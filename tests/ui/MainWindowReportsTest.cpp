// MainWindow: one edit of the plan computes each derived report once for the whole window (every
// page, chart, dock and the status bar read the document's cached reports, PlanReports.h).

#include "FakeDialogProvider.h"

#include "models/document/PlanDocument.h"
#include "models/reports/PlanReports.h"
#include "ui/mainwindow/DocumentController.h"
#include "ui/mainwindow/MainWindow.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cplan;

class MainWindowReportsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_recovery;
    std::unique_ptr<MainWindow> m_window;

    // Shows every page once, as a user going through them would, and lets them paint.
    void visitEveryPage()
    {
        for (int p = 0; p < pageCount; ++p) {
            m_window->showPage(static_cast<PageId>(p));
            QTest::qWait(0);
        }
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_window = std::make_unique<MainWindow>(std::make_unique<test::FakeDialogProvider>());
        m_window->document()->setRecoveryFolder(m_recovery.path());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->controller()->startUp(QString()));
        visitEveryPage();
    }
    void cleanup() { m_window.reset(); }

    void oneEditComputesEachReportOnce()
    {
        PlanDocument *document = m_window->document();
        const PlanReports::Counts before = document->reports().counts();
        const int active = document->activeScenarioIndex();
        QVERIFY(document->setBudget(active, document->activeScenario().budget * 1.05));
        visitEveryPage();
        const PlanReports::Counts after = document->reports().counts();
        QCOMPARE(after.projections - before.projections, 1); // the edited scenario only
        QCOMPARE(after.variances - before.variances, 1);
        QCOMPARE(after.milestoneEvaluations - before.milestoneEvaluations, 1);
        QCOMPARE(after.comparisons - before.comparisons, 1); // the one base shown
    }

    void editOfAnotherScenarioKeepsTheActiveReports()
    {
        PlanDocument *document = m_window->document();
        const PlanReports::Counts before = document->reports().counts();
        const int other = document->activeScenarioIndex() == 0 ? 1 : 0;
        QVERIFY(document->setBudget(other, document->plan().scenarios[other].budget * 1.05));
        visitEveryPage();
        const PlanReports::Counts after = document->reports().counts();
        QCOMPARE(after.projections - before.projections, 1);
        // The edited scenario's own variance, once: its latest estimate is on the Comparison
        // page (issue 22 C.11). The active scenario's is kept.
        QCOMPARE(after.variances - before.variances, 1);
        QCOMPARE(after.milestoneEvaluations - before.milestoneEvaluations, 0);
        QCOMPARE(after.comparisons - before.comparisons, 1);
    }
};

QTEST_MAIN(MainWindowReportsTest)
#include "MainWindowReportsTest.moc"
