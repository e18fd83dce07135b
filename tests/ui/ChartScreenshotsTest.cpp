// Renders every chart view with the sample plan at 1280×800, in the light and a dark palette,
// into $CPLAN_SCREENSHOT_DIR (default: "screenshots" in the working directory) so a person can
// look at them (scripts/screenshots.sh). Checks that each image has the full size and that the
// charts drew something: many distinct colours, not an empty frame.

#include "models/document/PlanDocument.h"
#include "ui/charts/ActualsChartView.h"
#include "ui/charts/ComparisonView.h"
#include "ui/charts/MilestoneTimelineView.h"
#include "ui/charts/OverviewCharts.h"

#include "ScreenshotSupport.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace cplan;

class ChartScreenshotsTest : public QObject
{
    Q_OBJECT

private:
    QDir m_folder;
    QTemporaryDir m_recovery;

    // One view, shown at 1280×800 and saved as <name>-<theme>.png.
    void render(QWidget *view, const QString &name, const QString &theme)
    {
        view->resize(1280, 800);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view));
        QApplication::processEvents();
        QApplication::processEvents();
        const QImage image = view->grab().toImage();
        QCOMPARE(image.size(), QSize(1280, 800));
        QVERIFY2(test::distinctColours(image) > 40, qPrintable(name));
        const QString file = m_folder.filePath(QStringLiteral("chart-%1-%2.png").arg(name, theme));
        QVERIFY2(image.save(file), qPrintable(file));
    }

    void renderAll(const QString &theme)
    {
        PlanDocument document;
        document.setRecoveryFolder(m_recovery.path());
        document.newFromSample();

        auto overview = std::make_unique<QScrollArea>();
        overview->setWidgetResizable(true);
        auto *charts = new OverviewCharts(&document);
        charts->setMinimumHeight(1100);
        overview->setWidget(charts);
        render(overview.get(), QStringLiteral("overview-top"), theme);
        overview->ensureVisible(0, 1100, 0, 0);
        render(overview.get(), QStringLiteral("overview-bottom"), theme);

        ComparisonView comparison(&document);
        render(&comparison, QStringLiteral("comparison"), theme);
        MilestoneTimelineView timeline(&document);
        render(&timeline, QStringLiteral("milestones"), theme);
        ActualsChartView actuals(&document);
        render(&actuals, QStringLiteral("actuals-all"), theme);
        actuals.showChannel(1);
        render(&actuals, QStringLiteral("actuals-video"), theme);
    }

private slots:
    void initTestCase()
    {
        const QString folder = test::startScreenshots();
        QVERIFY(!folder.isEmpty());
        m_folder = QDir(folder);
    }

    void lightPalette()
    {
        test::useLightScreenshotPalette();
        renderAll(QStringLiteral("light"));
    }

    void darkPaletteToo()
    {
        test::useDarkScreenshotPalette();
        renderAll(QStringLiteral("dark"));
    }
};

QTEST_MAIN(ChartScreenshotsTest)
#include "ChartScreenshotsTest.moc"
