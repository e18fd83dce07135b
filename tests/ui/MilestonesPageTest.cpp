// An actual date typed on a milestone that is not done does not count (MODEL.md §6): the page
// offers to mark it done (one undo step) instead of silently ignoring it.

#include "ui/pages/MilestonesPage.h"

#include "models/document/PlanDocument.h"
#include "models/itemmodels/MilestonesModel.h"
#include "ui/widgets/SpreadsheetView.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace cplan;

class MilestonesPageTest : public QObject
{
    Q_OBJECT

private slots:
    void offersToMarkDoneWhenAnActualIsEntered()
    {
        PlanDocument document;
        document.newFromSample();
        MilestonesPage page(&document);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.markDoneOffer()->isVisible());

        QAbstractItemModel *model = page.view()->model();
        QVERIFY(model->setData(model->index(1, MilestonesModel::ActualColumn),
                               QStringLiteral("2025/6/28")));
        QVERIFY(page.markDoneOffer()->isVisible());
        QVERIFY2(page.markDoneOffer()->text().contains(QStringLiteral("2025-06-28")),
                 qPrintable(page.markDoneOffer()->text()));
        QCOMPARE(page.markDoneButton()->text(), QStringLiteral("Mark M2 done"));

        const int steps = document.undoStack()->count();
        page.markDoneButton()->click();
        QVERIFY(document.plan().milestones[1].status == MilestoneStatus::Done);
        QCOMPARE(document.undoStack()->count(), steps + 1);
        QVERIFY(!page.markDoneOffer()->isVisible());
        document.undoStack()->undo();
        QVERIFY(page.markDoneOffer()->isVisible());
    }

    void statusNamesCheckpointMetricsInWords()
    {
        PlanDocument document;
        document.newFromSample();
        MilestonesPage page(&document);
        page.resize(1024, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableWidget *status = page.statusTable();
        QVERIFY(status->rowCount() >= 2);
        // M1 checks registered users to date (stage_cum.1 in the file).
        const QString checks = status->item(0, status->columnCount() - 1)->text();
        QVERIFY2(checks.startsWith(QStringLiteral("Registered users to date ≥")),
                 qPrintable(checks));
        for (int row = 0; row < status->rowCount(); ++row) {
            const QString text = status->item(row, status->columnCount() - 1)->text();
            QVERIFY2(!text.contains(QStringLiteral("stage_")), qPrintable(text));
        }
    }
};

QTEST_MAIN(MilestonesPageTest)
#include "MilestonesPageTest.moc"
