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
#include "ImageChecks.h"
#include "ScreenshotSupport.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cplan;

namespace {
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
            // The size alone accepted a window that painted nothing.
            QVERIFY2(test::showsContent(image),
                     qPrintable(QStringLiteral("page %1 (%2) looks blank: %3 colours")
                                    .arg(i + 1)
                                    .arg(QLatin1String(pageFileNames[i]))
                                    .arg(test::distinctColours(image))));
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

QTEST_MAIN(ScreenshotsTest)
#include "ScreenshotsTest.moc"
