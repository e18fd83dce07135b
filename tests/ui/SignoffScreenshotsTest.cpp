// Issue 23's screens in English and Chinese at 1024×700 (and 1280×800): the Scenarios page with
// sign-off states (approved, submitted, draft), the Versions dock's version list and History tab,
// and the diff view of a version against now. Written to $CPLAN_SCREENSHOT_DIR
// (scripts/screenshots.sh) and checked to show their content (the sign-off column inside the
// window, a listed version, a selected entry's changed fields, a diff with totals).

#include "models/document/PlanDocument.h"
#include "models/itemmodels/ScenariosModel.h"
#include "ui/dialogs/PlanDiffDialog.h"
#include "ui/mainwindow/DocumentController.h"
#include "ui/mainwindow/HistoryPanel.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/VersionsDock.h"
#include "ui/pages/ScenariosPage.h"
#include "ui/widgets/ChangeTree.h"
#include "ui/widgets/Preferences.h"
#include "ui/widgets/SpreadsheetView.h"

#include "FakeDialogProvider.h"
#include "ImageChecks.h"
#include "ScreenshotSupport.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace cplan;

class SignoffScreenshotsTest : public QObject
{
    Q_OBJECT

private:
    QString m_folder;

    bool save(const QImage &image, const QString &what, const QSize &size, const QString &suffix)
    {
        return test::saveScreenshot(image, m_folder, what, size, suffix);
    }

    void render(InterfaceLanguage language, const QString &suffix)
    {
        applyInterfaceLanguage(language);
        applyNumberStyle(Preferences{});
        const bool chinese = language == InterfaceLanguage::Chinese;
        for (const QSize size : {QSize(1024, 700), QSize(1280, 800)}) {
            QTemporaryDir folder;
            auto window =
                std::make_unique<MainWindow>(std::make_unique<test::FakeDialogProvider>());
            PlanDocument *document = window->document();
            document->setRecoveryFolder(folder.filePath(QStringLiteral("recovery")));
            document->setClock([] { return QDateTime(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC); });
            window->resize(size);
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            QVERIFY(window->controller()->startUp(QString()));
            QVERIFY(document->saveAs(folder.filePath(QStringLiteral("plan.cplan"))));

            // Plan A approved by finance, Plan B submitted by the PM, the third a draft.
            document->setAuthor(chinese ? QStringLiteral("王芳") : QStringLiteral("Wang Fang"));
            QVERIFY(document->signoff(1, SignoffAction::Submit));
            QVERIFY(document->signoff(0, SignoffAction::Submit));
            document->setAuthor(chinese ? QStringLiteral("李伟") : QStringLiteral("Li Wei"));
            QVERIFY(document->signoff(0, SignoffAction::Approve));
            QVERIFY(window->controller()->saveVersion(
                chinese ? QStringLiteral("董事会草案") : QStringLiteral("Board draft"),
                chinese ? QStringLiteral("三月董事会使用")
                        : QStringLiteral("For the March board")));
            QVERIFY(document->setBudget(2, 27000000));
            const int channel = 1;
            QVERIFY(document->setChannelDriver(2, channel, ChannelDriver::Cpl, 15.0));
            QVERIFY(window->controller()->save());

            window->showPage(PageId::Scenarios);
            QApplication::processEvents();
            auto *page = qobject_cast<ScenariosPage *>(window->page(PageId::Scenarios));
            QVERIFY(page);
            page->view()->setCurrentIndex(page->view()->model()->index(1, 0));
            SpreadsheetView *view = page->view();
            const int column = ScenariosModel::SignoffColumn;
            QVERIFY(view->columnViewportPosition(column) + view->columnWidth(column) / 2 <
                    view->viewport()->width());
            QImage image = window->grab().toImage();
            QVERIFY(test::showsContent(image));
            QVERIFY(save(image, QStringLiteral("signoff-scenarios"), size, suffix));

            // The Versions dock raised and given room.
            VersionsDock *dock = window->versionsDock();
            dock->show();
            dock->raise();
            window->resizeDocks({dock}, {size.height() / 2}, Qt::Vertical);
            dock->tabs()->setCurrentIndex(0);
            QApplication::processEvents();
            QCOMPARE(dock->versionList()->topLevelItemCount(), 1);
            image = window->grab().toImage();
            QVERIFY(test::showsContent(image));
            QVERIFY(save(image, QStringLiteral("versions-list"), size, suffix));

            dock->tabs()->setCurrentIndex(1);
            QApplication::processEvents();
            HistoryPanel *history = dock->history();
            history->refresh();
            QVERIFY(history->entries()->topLevelItemCount() >= 3);
            history->entries()->setCurrentItem(history->entries()->topLevelItem(0));
            QVERIFY(history->changes()->changeCount() >= 1);
            image = window->grab().toImage();
            QVERIFY(test::showsContent(image));
            QVERIFY(save(image, QStringLiteral("versions-history"), size, suffix));

            dock->tabs()->setCurrentIndex(2);
            QVERIFY(document->setPeople({{QStringLiteral("Li Wei"), PersonRole::Finance},
                                         {QStringLiteral("Wang Fang"), PersonRole::Pm},
                                         {QStringLiteral("Zhao Lei"), PersonRole::Director}}));
            QApplication::processEvents();
            image = window->grab().toImage();
            QVERIFY(save(image, QStringLiteral("versions-team"), size, suffix));

            // The diff of the version against now, as View opens it.
            const auto version = document->versionContent(document->versions().front().name);
            QVERIFY(version.ok());
            PlanDiffDialog diff(*version, document->plan(), document->versions().front().name,
                                chinese ? QStringLiteral("当前") : QStringLiteral("Now"),
                                window.get());
            diff.resize(size.width() - 40, size.height() - 40);
            diff.show();
            QVERIFY(QTest::qWaitForWindowExposed(&diff));
            QVERIFY(diff.changes()->changeCount() >= 2);
            QCOMPARE(diff.totals()->rowCount(), 12);
            image = diff.grab().toImage();
            QVERIFY(test::showsContent(image));
            QVERIFY(save(image, QStringLiteral("diff-view"), size, suffix));
            diff.close();
            document->close();
        }
    }

private slots:
    void initTestCase()
    {
        m_folder = test::startScreenshots();
        QVERIFY(!m_folder.isEmpty());
        test::useLightScreenshotPalette();
    }

    void english() { render(InterfaceLanguage::English, QStringLiteral("en")); }
    void chinese() { render(InterfaceLanguage::Chinese, QStringLiteral("zh")); }

    void cleanupTestCase() { applyInterfaceLanguage(InterfaceLanguage::English); }
};

QTEST_MAIN(SignoffScreenshotsTest)
#include "SignoffScreenshotsTest.moc"
