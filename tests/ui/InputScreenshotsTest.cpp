// Renders the pages where plans are typed in — Budget, Phasing, Milestones, Actuals — with the
// sample plan at 1280x800 and 1024x700, light and dark, into $CPLAN_SCREENSHOT_DIR
// (scripts/screenshots.sh), so a person can check the typed-money field, the phasing amounts,
// the milestone offer and the variance tables at a small window size too.

#include "models/document/PlanDocument.h"
#include "ui/mainwindow/DocumentController.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/pages/Page.h"

#include "FakeDialogProvider.h"
#include "ScreenshotSupport.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace cplan;

class InputScreenshotsTest : public QObject
{
    Q_OBJECT

private:
    void renderAll(const QString &theme)
    {
        const std::pair<PageId, const char *> pages[] = {{PageId::Budget, "budget"},
                                                         {PageId::Phasing, "phasing"},
                                                         {PageId::Milestones, "milestones"},
                                                         {PageId::Actuals, "actuals"}};
        for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
            QTemporaryDir recovery;
            auto window =
                std::make_unique<MainWindow>(std::make_unique<test::FakeDialogProvider>());
            window->document()->setRecoveryFolder(recovery.path());
            window->resize(size);
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            QVERIFY(window->controller()->startUp(QString()));
            // An ignored actual, so the milestone offer shows.
            Milestone second = window->document()->plan().milestones[1];
            second.actual = QStringLiteral("2025-06-28");
            QVERIFY(window->document()->setMilestone(1, second).ok());
            for (const auto &[page, name] : pages) {
                window->showPage(page);
                QApplication::processEvents();
                const QImage image = window->grab().toImage();
                // The window's minimum height (757 px today) wins over 700: recorded as is.
                QCOMPARE(image.width(), size.width());
                QVERIFY(image.height() >= size.height());
                const QString named = m_folder.filePath(QStringLiteral("input-%1-%2x%3-%4.png")
                                                            .arg(QLatin1String(name))
                                                            .arg(size.width())
                                                            .arg(size.height())
                                                            .arg(theme));
                QVERIFY2(image.save(named), qPrintable(named));
            }
            window->document()->undoStack()->undo(); // unmodified again: no save question
            window->controller()->closeDocument();
        }
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

QTEST_MAIN(InputScreenshotsTest)
#include "InputScreenshotsTest.moc"
