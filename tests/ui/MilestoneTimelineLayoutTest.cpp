// The milestone timeline is laid out at the size it is shown at (issue 22, E.19): opened from the
// page list of the main window, its plot area fills the chart instead of keeping the layout of the
// chart's first, 100 x 30 size (labels piled in a corner until the window was resized). The cause
// was a replot of QCustomPlot's own that painted at once, so the paint-time replot was skipped.

#include "models/document/PlanDocument.h"
#include "ui/charts/MilestoneTimelineChart.h"
#include "ui/mainwindow/DocumentController.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/pages/Page.h"

#include "FakeDialogProvider.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cplan;

class MilestoneTimelineLayoutTest : public QObject
{
    Q_OBJECT

private slots:
    void timelineFillsItsChartWhenFirstShown_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x700") << QSize(1024, 700);
        QTest::newRow("1280x800") << QSize(1280, 800);
    }

    void timelineFillsItsChartWhenFirstShown()
    {
        QFETCH(QSize, size);
        QTemporaryDir recovery;
        auto window = std::make_unique<MainWindow>(std::make_unique<test::FakeDialogProvider>());
        window->document()->setRecoveryFolder(recovery.path());
        window->resize(size);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->controller()->startUp(QString()));
        window->showPage(PageId::Milestones);
        auto *chart = window->findChild<MilestoneTimelineChart *>();
        QVERIFY(chart);
        QTRY_VERIFY(chart->isVisible());
        QTest::qWait(100);    // the queued replots and paints
        (void)window->grab(); // a paint, as the screen makes
        const QRect plot = chart->axisRect()->rect();
        QVERIFY2(plot.width() > chart->width() / 3 && plot.height() > chart->height() / 3,
                 qPrintable(QStringLiteral("plot area %1x%2 in a %3x%4 chart")
                                .arg(plot.width())
                                .arg(plot.height())
                                .arg(chart->width())
                                .arg(chart->height())));
        QCOMPARE(chart->viewport(), chart->rect());
    }
};

QTEST_MAIN(MilestoneTimelineLayoutTest)
#include "MilestoneTimelineLayoutTest.moc"
