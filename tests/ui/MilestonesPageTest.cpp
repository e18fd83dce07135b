// An actual date typed on a milestone that is not done does not count (MODEL.md §6): the page
// offers to mark it done (one undo step) instead of silently ignoring it.

#include "ui/pages/MilestonesPage.h"

#include "models/document/PlanDocument.h"
#include "models/itemmodels/MilestonesModel.h"
#include "models/reports/PlanReports.h"
#include "models/storage/PlanJson.h"
#include "ui/charts/MilestoneTimelineChart.h"
#include "ui/mainwindow/Alerts.h"
#include "ui/widgets/GateListDelegate.h"
#include "ui/widgets/SpreadsheetView.h"

#include <QCoreApplication>
#include <QLabel>
#include <QMouseEvent>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <memory>

using namespace cplan;

namespace {

void sendMouse(QWidget *widget, QEvent::Type type, const QPoint &at, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(at), widget->mapToGlobal(QPointF(at)), Qt::LeftButton, buttons,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &event);
}

// The sample with M2 (planned 2025-06-30, forecast 2025-07-08) gating the short-video channel,
// set through the Gates column as a user would: one undo step.
void gateM2(PlanDocument &document, MilestonesPage &page)
{
    QAbstractItemModel *model = page.view()->model();
    const int steps = document.undoStack()->count();
    QVERIFY(model->setData(model->index(1, MilestonesModel::GatesColumn),
                           QStringList{QStringLiteral("Short video ads")}));
    QCOMPARE(document.undoStack()->count(), steps + 1);
    QCOMPARE(document.plan().milestones[1].gates, QStringList{QStringLiteral("Short video ads")});
}

} // namespace

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

    void gatedSlipShowsItsCost()
    {
        PlanDocument document;
        document.newFromSample();
        MilestonesPage page(&document);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const double before = document.reports().activeProjection()->totals.customers;
        QTableWidget *status = page.statusTable();
        // Without gates the cost column is empty.
        QCOMPARE(status->item(1, 5)->text(), QString());
        gateM2(document, page);
        // The projection moved June's short-video spend to July: fewer customers.
        const double after = document.reports().activeProjection()->totals.customers;
        QVERIFY(after < before);
        const QString cost = status->item(1, 5)->text();
        QVERIFY2(cost.startsWith(QChar(0x2212)) && cost.contains(QStringLiteral("customers")) &&
                     cost.contains(QStringLiteral("CAC +")),
                 qPrintable(cost));
        QVERIFY(status->item(1, 5)->toolTip().contains(QStringLiteral("on time")));
        // The timeline's tooltip and the alert say the same.
        auto *chart = page.findChild<MilestoneTimelineChart *>();
        QVERIFY(chart);
        QVERIFY2(chart->timeline().milestones[1].details.contains(cost),
                 qPrintable(chart->timeline().milestones[1].details));
        bool alerted = false;
        for (const Alert &alert : collectAlerts(document))
            alerted = alerted || alert.text == QStringLiteral("M2 8 days late: ") + cost;
        QVERIFY(alerted);
        // Undo takes the gate and its cost away.
        document.undoStack()->undo();
        QCOMPARE(document.reports().activeProjection()->totals.customers, before);
        QCOMPARE(status->item(1, 5)->text(), QString());
    }

    void draggingAForecastShowsTheCostThenEditsOnce()
    {
        PlanDocument document;
        document.newFromSample();
        MilestonesPage page(&document);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        gateM2(document, page);
        auto *chart = page.findChild<MilestoneTimelineChart *>();
        QVERIFY(chart);
        chart->replot();
        const Plan before = document.plan();
        const int steps = document.undoStack()->count();
        const QPoint from = chart->referencePixel(1);
        const double target = MilestoneTimelineChart::dateKey(QDate(2025, 9, 15));
        const QPoint to(int(std::lround(chart->xAxis->coordToPixel(target))), from.y());
        QVERIFY(to.x() > from.x() + 20);
        sendMouse(chart, QEvent::MouseButtonPress, from, Qt::LeftButton);
        QCOMPARE(chart->draggedMilestone(), 1);
        sendMouse(chart, QEvent::MouseMove, (from + to) / 2, Qt::LeftButton);
        sendMouse(chart, QEvent::MouseMove, to, Qt::LeftButton);
        // Live: the cost of the dragged date is shown, nothing is edited yet.
        const QDate dropped = chart->dateAtPixel(to.x());
        QVERIFY(std::abs(dropped.daysTo(QDate(2025, 9, 15))) <= 3);
        const QString preview = chart->dragPreviewText();
        QVERIFY2(preview.contains(QStringLiteral("customers")), qPrintable(preview));
        QVERIFY(document.plan() == before);
        QCOMPARE(document.undoStack()->count(), steps);
        // Dropped: one undo step sets the forecast, and the cost column follows.
        sendMouse(chart, QEvent::MouseButtonRelease, to, Qt::NoButton);
        QCOMPARE(chart->draggedMilestone(), -1);
        QCOMPARE(chart->dragPreviewText(), QString());
        QCOMPARE(document.undoStack()->count(), steps + 1);
        QCOMPARE(document.plan().milestones[1].forecast, dropped.toString(Qt::ISODate));
        const QString cost = page.statusTable()->item(1, 5)->text();
        QVERIFY2(preview.endsWith(cost), qPrintable(preview + QStringLiteral(" | ") + cost));
        document.undoStack()->undo();
        QCOMPARE(document.plan().milestones[1].forecast, QStringLiteral("2025-07-08"));
        // A press and release without a move is a click, not an edit.
        sendMouse(chart, QEvent::MouseButtonPress, chart->referencePixel(1), Qt::LeftButton);
        sendMouse(chart, QEvent::MouseButtonRelease, chart->referencePixel(1), Qt::NoButton);
        QCOMPARE(document.undoStack()->count(), steps + 1);
        QVERIFY(document.undoStack()->canRedo());
    }

    void gateEditorTicksChannels()
    {
        Plan plan = samplePlan();
        GateListEditor editor(plan);
        QCOMPARE(editor.count(), int(plan.channels.size()));
        editor.setGates({plan.channels[3].name, QStringLiteral("Gone")});
        QCOMPARE(editor.count(), int(plan.channels.size()) + 1); // an unknown gate is kept
        QCOMPARE(editor.gates(), (QStringList{plan.channels[3].name, QStringLiteral("Gone")}));
        editor.item(1)->setCheckState(Qt::Checked);
        QCOMPARE(editor.gates(), (QStringList{plan.channels[1].name, plan.channels[3].name,
                                              QStringLiteral("Gone")}));
    }

    // An edit that moves no milestone (a budget) changes the checks' projected figures only: the
    // status rows are updated in place and the timeline keeps its drawn items (issue 21 C: on a
    // plan with 108 milestones rebuilding both was most of an edit's time). An edit that moves a
    // milestone still redraws it.
    void anEditThatMovesNoMilestoneKeepsTheRowsAndTheTimeline()
    {
        PlanDocument document;
        document.newFromSample();
        MilestonesPage page(&document);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCoreApplication::processEvents();
        auto *chart = page.findChild<MilestoneTimelineChart *>();
        QVERIFY(chart);
        QVERIFY(chart->itemCount() > 0);
        // The last item made for the timeline (the first ones are the chart's own status line).
        QPointer<QCPAbstractItem> drawn = chart->item(chart->itemCount() - 1);
        QTableWidget *status = page.statusTable();
        const int checksColumn = status->columnCount() - 1;
        QTableWidgetItem *cell = status->item(3, 0);
        cell->setData(Qt::UserRole + 7, QStringLiteral("kept"));
        const QString checksBefore = status->item(3, checksColumn)->text();

        QVERIFY(document.setBudget(0, document.plan().scenarios[0].budget * 1.5));
        QCoreApplication::processEvents();
        QVERIFY2(drawn, "the timeline was drawn again for an edit that moved no milestone");
        QCOMPARE(status->item(3, 0)->data(Qt::UserRole + 7).toString(), QStringLiteral("kept"));
        // The figures did follow (M4 checks customers and CAC to date).
        QVERIFY2(status->item(3, checksColumn)->text() != checksBefore, qPrintable(checksBefore));
        QCOMPARE(status->item(3, checksColumn)->toolTip().isEmpty(), false);
        const QString hover = chart->timeline().milestones[3].details;

        // A new forecast moves M3: the timeline shows it.
        Milestone moved = document.plan().milestones[2];
        moved.forecast = QStringLiteral("2025-11-20");
        QVERIFY(document.setMilestone(2, moved));
        QCoreApplication::processEvents();
        QVERIFY(!drawn);
        QCOMPARE(chart->timeline().milestones[2].reference, QDate(2025, 11, 20));
        QVERIFY(!hover.isEmpty());
    }
};

QTEST_MAIN(MilestonesPageTest)
#include "MilestonesPageTest.moc"
