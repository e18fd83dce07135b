// Renders every page of the main window with the sample plan at 1280×800 and 1024×700, the
// Alerts dock, and a blank plan's overview, channels, comparison, actuals and settings, in the
// light and a dark palette, into $CPLAN_SCREENSHOT_DIR (default: "screenshots" in the working
// directory), so a person can look at them (scripts/screenshots.sh). Checks that each image was
// written at the full size and that the pages show the sample's figures.

#include "models/document/PlanDocument.h"
#include "ui/mainwindow/AlertsDock.h"
#include "ui/mainwindow/DocumentController.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/pages/ActualsPage.h"
#include "ui/pages/ActualsVariancePanel.h"
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
    void save(const QImage &image, const QString &name)
    {
        const QString named = m_folder.filePath(name);
        QVERIFY2(image.save(named), qPrintable(named));
    }

    // Every page of the sample, then a blank plan's pages, at `size`; the Alerts dock alone.
    void renderAll(const QString &theme, QSize size)
    {
        QTemporaryDir recovery;
        auto window = std::make_unique<MainWindow>(std::make_unique<test::FakeDialogProvider>());
        window->document()->setRecoveryFolder(recovery.path());
        window->resize(size);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->controller()->startUp(QString()));
        QVERIFY(!window->alertsDock()->alerts().empty());
        const QString suffix =
            QStringLiteral("%1x%2-%3").arg(size.width()).arg(size.height()).arg(theme);
        for (int i = 0; i < pageCount; ++i) {
            window->showPage(PageId(i));
            QApplication::processEvents();
            const QImage image = window->grab().toImage();
            // The window may refuse to be smaller than its pages' minimum (it says so).
            QCOMPARE(image.size(), window->size());
            // The size alone accepted a window that painted nothing.
            QVERIFY2(test::showsContent(image),
                     qPrintable(QStringLiteral("page %1 (%2) looks blank: %3 colours")
                                    .arg(i + 1)
                                    .arg(QLatin1String(pageFileNames[i]))
                                    .arg(test::distinctColours(image))));
            if (window->size() != size)
                qWarning("The window is %dx%d, not %dx%d", window->width(), window->height(),
                         size.width(), size.height());
            save(image, QStringLiteral("%1-%2-%3.png")
                            .arg(i + 1, 2, 10, QLatin1Char('0'))
                            .arg(QLatin1String(pageFileNames[i]), suffix));
        }
        // The Actuals page's re-forecast tab.
        window->showPage(PageId::Actuals);
        auto *actuals = qobject_cast<ActualsPage *>(window->page(PageId::Actuals));
        QVERIFY(actuals);
        actuals->variancePanel()->setCurrentIndex(1);
        QApplication::processEvents();
        save(window->grab().toImage(), QStringLiteral("actuals-reforecast-%1.png").arg(suffix));
        actuals->variancePanel()->setCurrentIndex(0);

        // The Alerts dock taller, as a user drags it open to read the groups.
        window->showPage(PageId::Overview);
        window->resizeDocks({window->alertsDock()}, {size.height() / 2}, Qt::Vertical);
        QApplication::processEvents();
        save(window->grab().toImage(), QStringLiteral("alerts-%1.png").arg(suffix));

        // A blank plan, as File > New gives it.
        window->controller()->newBlank();
        QApplication::processEvents();
        QVERIFY(window->document()->plan().channels.size() == 1);
        for (PageId page : {PageId::Overview, PageId::Channels, PageId::Comparison, PageId::Actuals,
                            PageId::Settings}) {
            window->showPage(page);
            QApplication::processEvents();
            const QImage image = window->grab().toImage();
            QCOMPARE(image.size(), window->size());
            QVERIFY(test::showsContent(image));
            save(image, QStringLiteral("blank-%1-%2.png")
                            .arg(QLatin1String(pageFileNames[int(page)]), suffix));
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
        renderAll(QStringLiteral("light"), QSize(1280, 800));
        renderAll(QStringLiteral("light"), QSize(1024, 700));
    }

    void darkPaletteToo()
    {
        test::useDarkScreenshotPalette();
        renderAll(QStringLiteral("dark"), QSize(1280, 800));
        renderAll(QStringLiteral("dark"), QSize(1024, 700));
    }
};

QTEST_MAIN(ScreenshotsTest)
#include "ScreenshotsTest.moc"
