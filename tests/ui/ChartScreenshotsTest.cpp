// Renders every chart view with the sample plan at 1280×800, in the light and a dark palette,
// into $CPLAN_SCREENSHOT_DIR (default: "screenshots" in the working directory) so a person can
// look at them (scripts/screenshots.sh). Checks that each image has the full size and that the
// charts drew something: many distinct colours, not an empty frame.

#include "models/document/PlanDocument.h"
#include "ui/charts/ActualsChartView.h"
#include "ui/charts/ComparisonView.h"
#include "ui/charts/MilestoneTimelineView.h"
#include "ui/charts/OverviewCharts.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPalette>
#include <QScrollArea>
#include <QSet>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace cplan;

namespace {
QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xdf, 0xe1, 0xe5);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    palette.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Mid, QColor(0x45, 0x48, 0x4d));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Light, QColor(0x50, 0x53, 0x58));
    return palette;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}
} // namespace

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
        QVERIFY2(distinctColours(image) > 40, qPrintable(name));
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
        QStandardPaths::setTestModeEnabled(true);
        QString folder = qEnvironmentVariable("CPLAN_SCREENSHOT_DIR");
        if (folder.isEmpty())
            folder = QDir::current().filePath(QStringLiteral("screenshots"));
        QVERIFY(QDir().mkpath(folder));
        m_folder = QDir(folder);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void lightPalette()
    {
        QApplication::setPalette(QApplication::style()->standardPalette());
        renderAll(QStringLiteral("light"));
    }

    void darkPaletteToo()
    {
        QApplication::setPalette(darkPalette());
        renderAll(QStringLiteral("dark"));
    }
};

QTEST_MAIN(ChartScreenshotsTest)
#include "ChartScreenshotsTest.moc"
