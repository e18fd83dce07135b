// Renders the Analysis page (Monte Carlo results and the tornado) and the "Optimise split…"
// dialog with the sample plan at 1280×800, light, dark and in Chinese, into $CPLAN_SCREENSHOT_DIR
// (default "screenshots"), next to ScreenshotsTest's pages, so a person can look at them. The dark
// run renames a channel to Chinese to show CJK labels in tables and charts. Checks each image has
// the full size and real content.

#include "FakeDialogProvider.h"
#include "ScreenshotSupport.h"

#include "models/document/PlanDocument.h"
#include "ui/dialogs/OptimiseSplitDialog.h"
#include "ui/mainwindow/DocumentController.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/pages/AnalysisMonteCarloPanel.h"
#include "ui/pages/AnalysisPage.h"
#include "ui/widgets/Preferences.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace cplan;

class AnalysisScreenshotsTest : public QObject
{
    Q_OBJECT

private:
    QDir m_folder;

    void save(QWidget *widget, const QString &name, const QString &theme, QSize size)
    {
        QApplication::processEvents();
        QApplication::processEvents();
        const QImage image = widget->grab().toImage();
        QCOMPARE(image.size(), size);
        QVERIFY2(test::distinctColours(image) > 40, qPrintable(name));
        const QString file = m_folder.filePath(QStringLiteral("%1-%2.png").arg(name, theme));
        QVERIFY2(image.save(file), qPrintable(file));
    }

    void renderAll(const QString &theme)
    {
        QTemporaryDir recovery;
        auto dialogs = std::make_unique<test::FakeDialogProvider>();
        // The edits below are thrown away at the end.
        dialogs->saveAnswers.enqueue(DialogProvider::UnsavedChoice::Discard);
        auto window = std::make_unique<MainWindow>(std::move(dialogs));
        window->document()->setRecoveryFolder(recovery.path());
        window->resize(1280, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->controller()->startUp(QString()));
        PlanDocument *document = window->document();
        if (theme == QLatin1String("dark"))
            QVERIFY(
                document->renameChannel(1, QStringLiteral("短视频广告 (Short video ads)")).ok());
        document->setActiveScenarioIndex(0);

        window->showPage(PageId::Analysis);
        auto *page = static_cast<AnalysisPage *>(window->page(PageId::Analysis));
        QSignalSpy finished(page->monteCarlo(), &AnalysisMonteCarloPanel::runFinished);
        page->monteCarlo()->run();
        QVERIFY(finished.wait(60000));
        QVERIFY(page->monteCarlo()->results().has_value());
        save(window.get(), QStringLiteral("analysis-montecarlo"), theme, QSize(1280, 800));

        // Out of date after an edit: the note and the greyed results.
        QVERIFY(document->setChannelDriver(0, 0, ChannelDriver::Cpl, 60.0).ok());
        save(window.get(), QStringLiteral("analysis-montecarlo-stale"), theme, QSize(1280, 800));

        document->undoStack()->undo();
        page->tabs()->setCurrentIndex(1);
        save(window.get(), QStringLiteral("analysis-tornado"), theme, QSize(1280, 800));

        OptimiseSplitDialog dialog(document, window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        save(&dialog, QStringLiteral("optimise-dialog"), theme, dialog.size());
        dialog.setLocked(1, true);
        dialog.setGoal(OptimiseSplitDialog::Goal::CacCap, 500.0);
        save(&dialog, QStringLiteral("optimise-dialog-unreachable"), theme, dialog.size());
        dialog.close();
        window->controller()->closeDocument();
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

    // The Chinese interface too (the Chinese user guide's pictures, issue 22 D.18).
    void chineseToo()
    {
        test::useLightScreenshotPalette();
        applyInterfaceLanguage(InterfaceLanguage::Chinese);
        applyNumberStyle(Preferences{});
        const auto restore = qScopeGuard([] {
            applyInterfaceLanguage(InterfaceLanguage::English);
            applyNumberStyle(Preferences{});
        });
        renderAll(QStringLiteral("light-zh"));
    }
};

QTEST_MAIN(AnalysisScreenshotsTest)
#include "AnalysisScreenshotsTest.moc"
