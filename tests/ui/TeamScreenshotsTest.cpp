// Issue 26's screens in English and Chinese at 1024×700 and 1280×800, against a real PostgreSQL
// server (PgTestServer): the Open from Team Store dialog connected and listing the store's plan,
// a window open on the store (title and status bar naming the store, the user and the role), and
// the same window with the offline band while the server is stopped. Written to
// $CPLAN_SCREENSHOT_DIR (scripts/screenshots.sh) and checked to show their content.

#include "TeamFixture.h"

#include "FakeDialogProvider.h"
#include "ImageChecks.h"
#include "ScreenshotSupport.h"

#include "models/document/PlanDocument.h"
#include "ui/dialogs/TeamStoreDialog.h"
#include "ui/mainwindow/DocumentController.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/OfflineBanner.h"
#include "ui/mainwindow/TeamSession.h"
#include "ui/widgets/Preferences.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace cplan;

class TeamScreenshotsTest : public QObject
{
    Q_OBJECT

private:
    test::TeamFixture m_team;
    QString m_folder;

    bool save(const QImage &image, const QString &what, const QSize &size, const QString &suffix)
    {
        return test::saveScreenshot(image, m_folder, what, size, suffix);
    }

    void render(InterfaceLanguage language, const QString &suffix)
    {
        applyInterfaceLanguage(language);
        applyNumberStyle(Preferences{});
        for (const QSize size : {QSize(1024, 700), QSize(1280, 800)}) {
            QTemporaryDir folder;
            TeamStoreDialog::clearRecentStores();
            TeamStoreDialog::rememberStore(m_team.address(QStringLiteral("director1")));
            auto dialogs = std::make_unique<test::FakeDialogProvider>();
            test::FakeDialogProvider *fake = dialogs.get();
            auto window = std::make_unique<MainWindow>(std::move(dialogs));
            window->document()->setRecoveryFolder(folder.filePath(QStringLiteral("recovery")));
            window->resize(size);
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));

            // The dialog as it looks connected, over the window, before Open.
            fake->dialogAnswer = [&](QDialog &shown) {
                auto *dialog = qobject_cast<TeamStoreDialog *>(&shown);
                if (!dialog)
                    return int(QDialog::Rejected);
                dialog->addressField()->setCurrentText(m_team.address(QStringLiteral("finance1")));
                dialog->passwordField()->setText(test::TeamFixture::memberPassword);
                if (!dialog->connectToStore())
                    return int(QDialog::Rejected);
                dialog->show();
                if (!QTest::qWaitForWindowExposed(dialog))
                    return int(QDialog::Rejected);
                const QImage image = dialog->grab().toImage();
                if (!test::showsContent(image) || dialog->planList()->topLevelItemCount() != 1 ||
                    !save(image, QStringLiteral("team-store-dialog"), size, suffix))
                    return int(QDialog::Rejected);
                return int(QDialog::Accepted);
            };
            QVERIFY(window->openFromTeamStore());
            QVERIFY(window->document()->isLive());
            QVERIFY(QFile::exists(
                QDir(m_folder).filePath(QStringLiteral("team-store-dialog-%1x%2-%3.png")
                                            .arg(size.width())
                                            .arg(size.height())
                                            .arg(suffix))));
            window->showPage(PageId::Channels);
            QApplication::processEvents();
            QVERIFY(window->teamStatus()->isVisible());
            // The status bar's store, user and role lie inside the window.
            const QPoint statusEnd =
                window->teamStatus()->mapTo(window.get(), QPoint(window->teamStatus()->width(), 0));
            QVERIFY(statusEnd.x() <= window->width());
            QImage image = window->grab().toImage();
            QVERIFY(test::showsContent(image));
            QVERIFY(save(image, QStringLiteral("team-window"), size, suffix));

            QVERIFY(m_team.server.stop());
            QTRY_VERIFY_WITH_TIMEOUT(window->offlineBanner()->isVisible(), 5000);
            const double cpl = window->document()->plan().scenarios[0].channels[0].cpl;
            QVERIFY(window->document()->setChannelDriver(0, 0, ChannelDriver::Cpl, cpl + 1));
            QApplication::processEvents();
            image = window->grab().toImage();
            QVERIFY(test::showsContent(image));
            QVERIFY(save(image, QStringLiteral("team-offline"), size, suffix));
            QVERIFY(m_team.server.start());
            QTRY_VERIFY_WITH_TIMEOUT(!window->offlineBanner()->isVisible(), 15000);
            QTRY_COMPARE_WITH_TIMEOUT(window->document()->unsentEdits(), 0, 10000);
            QVERIFY(window->controller()->closeDocument());
        }
    }

private slots:
    void initTestCase()
    {
        m_folder = test::startScreenshots();
        QVERIFY(!m_folder.isEmpty());
        test::useLightScreenshotPalette();
        QSettings().clear();
        CPLAN_REQUIRE_PG_SERVER(m_team.server);
        const QString problem = m_team.prepare();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void english() { render(InterfaceLanguage::English, QStringLiteral("en")); }
    void chinese() { render(InterfaceLanguage::Chinese, QStringLiteral("zh")); }

    void cleanupTestCase() { applyInterfaceLanguage(InterfaceLanguage::English); }
};

QTEST_MAIN(TeamScreenshotsTest)
#include "TeamScreenshotsTest.moc"
