// Renders every page of the main window with the sample plan at 1280×800, in the light and a
// dark palette, into $CPLAN_SCREENSHOT_DIR (default: "screenshots" in the working directory),
// so a person can look at them (scripts/screenshots.sh). Checks that each image was written at
// the full size and that the pages show the sample's figures.

#include "models/document/PlanDocument.h"
#include "ui/mainwindow/AlertsDock.h"
#include "ui/mainwindow/DocumentController.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/pages/Page.h"

#include "FakeDialogProvider.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QListWidget>
#include <QPalette>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

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
    palette.setColor(QPalette::Link, QColor(0x6c, 0xa6, 0xff));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x7d, 0x82));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x7d, 0x82));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x7d, 0x82));
    palette.setColor(QPalette::Mid, QColor(0x45, 0x48, 0x4d));
    palette.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Light, QColor(0x50, 0x53, 0x58));
    return palette;
}

const char *const pageFileNames[] = {"overview",  "budget",     "phasing",  "channels",
                                     "scenarios", "comparison", "analysis", "milestones",
                                     "actuals",   "settings"};
} // namespace

class ScreenshotsTest : public QObject
{
    Q_OBJECT

private:
    void renderAll(const QString &theme)
    {
        QTemporaryDir recovery;
        auto window = std::make_unique<MainWindow>(std::make_unique<test::FakeDialogProvider>());
        window->document()->setRecoveryFolder(recovery.path());
        window->resize(1280, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->controller()->startUp(QString()));
        QVERIFY(!window->alertsDock()->alerts().empty());
        for (int i = 0; i < pageCount; ++i) {
            window->showPage(PageId(i));
            QApplication::processEvents();
            const QImage image = window->grab().toImage();
            QCOMPARE(image.size(), QSize(1280, 800));
            const QString named =
                m_folder.filePath(QStringLiteral("%1-%2-%3.png")
                                      .arg(i + 1, 2, 10, QLatin1Char('0'))
                                      .arg(QLatin1String(pageFileNames[i]), theme));
            QVERIFY2(image.save(named), qPrintable(named));
        }
        window->controller()->closeDocument();
    }

    QDir m_folder;

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

QTEST_MAIN(ScreenshotsTest)
#include "ScreenshotsTest.moc"
