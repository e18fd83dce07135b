// A window on a plan of the team store (issue 26 item 3 and 4), against a real PostgreSQL server
// (PgTestServer): opened through File ▸ Open from Team Store…; the title and status bar name the
// store, the user and the role; another member's change appears within a second without losing the
// selection or an open cell editor's typed text; a stale edit of the same field is refused naming
// who changed it, and the window shows the current value; Undo goes through the store; the offline
// band comes when the server stops and goes when it is back, and the edit made meanwhile is sent
// once.

#include "TeamFixture.h"

#include "FakeDialogProvider.h"

#include "models/document/PlanDocument.h"
#include "models/itemmodels/ChannelsModel.h"
#include "ui/dialogs/TeamStoreDialog.h"
#include "ui/mainwindow/DocumentController.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/OfflineBanner.h"
#include "ui/mainwindow/TeamSession.h"
#include "ui/pages/ChannelsPage.h"
#include "ui/widgets/CellBalloon.h"
#include "ui/widgets/SpreadsheetView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace cplan;

namespace {

// The CPL of channel `channel` in the first scenario set in `store` (another member's window, or
// a script) as one edit; the store's answer.
TeamEditResult setCpl(TeamStore &store, int channel, double cpl)
{
    return store.edit(
        test::TeamFixture::planName,
        [channel, cpl](const Plan &plan) -> Result<Plan> {
            Plan changed = plan;
            changed.scenarios[0].channels[std::size_t(channel)].cpl = cpl;
            return changed;
        },
        std::nullopt, QStringLiteral("Set CPL"), QString());
}

// The same through a connection of its own as `url`'s member.
TeamEditResult setCplBehindTheWindow(const QString &url, int channel, double cpl)
{
    auto store = TeamStore::open(url);
    if (!store)
        return TeamEditResult{0, TeamRefusal::Failed, store.error()};
    return setCpl(**store, channel, cpl);
}

} // namespace

class TeamWindowTest : public QObject
{
    Q_OBJECT

private:
    test::TeamFixture m_team;
    std::unique_ptr<QTemporaryDir> m_dir;

    struct Window
    {
        test::FakeDialogProvider *dialogs = nullptr;
        std::unique_ptr<MainWindow> window;
    };

    // A window opened on the store's plan as `login`, through the dialog.
    Window openAs(const QString &login)
    {
        Window made;
        auto dialogs = std::make_unique<test::FakeDialogProvider>();
        made.dialogs = dialogs.get();
        made.window = std::make_unique<MainWindow>(std::move(dialogs));
        made.window->document()->setRecoveryFolder(m_dir->filePath(login));
        made.window->show();
        if (!QTest::qWaitForWindowExposed(made.window.get()))
            return {};
        made.dialogs->dialogAnswer = [this, login](QDialog &shown) {
            auto *dialog = qobject_cast<TeamStoreDialog *>(&shown);
            if (!dialog)
                return int(QDialog::Rejected);
            dialog->addressField()->setCurrentText(m_team.address(login));
            dialog->passwordField()->setText(test::TeamFixture::memberPassword);
            if (!dialog->connectToStore())
                return int(QDialog::Rejected);
            return int(QDialog::Accepted);
        };
        if (!made.window->openFromTeamStore())
            return {};
        return made;
    }

    static ChannelsPage *channels(MainWindow &window)
    {
        window.showPage(PageId::Channels);
        QApplication::processEvents();
        return static_cast<ChannelsPage *>(window.page(PageId::Channels));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        CPLAN_REQUIRE_PG_SERVER(m_team.server);
        const QString problem = m_team.prepare();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void opensThroughTheDialog()
    {
        Window session = openAs(QStringLiteral("finance1"));
        QVERIFY(session.window);
        MainWindow &window = *session.window;
        QCOMPARE(session.dialogs->asked,
                 QStringList{QStringLiteral("dialog:cplan::TeamStoreDialog")});
        QVERIFY(window.document()->isLive());
        QVERIFY(window.teamSession());
        QVERIFY(window.teamSession()->isOnline());
        const QString store = QStringLiteral("127.0.0.1:%1/plans").arg(m_team.server.port());
        QVERIFY2(window.windowTitle().startsWith(
                     QStringLiteral("Annual[*] — %1 (finance1, Finance)").arg(store)),
                 qPrintable(window.windowTitle()));
        QVERIFY(window.teamStatus()->isVisible());
        QVERIFY2(window.teamStatus()->text().startsWith(QStringLiteral("plans · ")) &&
                     !window.teamStatus()->text().contains(store) &&
                     window.teamStatus()->toolTip().contains(store) &&
                     window.teamStatus()->text().contains(QLatin1String("finance1")) &&
                     window.teamStatus()->text().contains(QLatin1String("online")),
                 qPrintable(window.teamStatus()->text()));
        QVERIFY(!window.offlineBanner()->isVisible());
        QCOMPARE(window.document()->plan().scenarios.size(), samplePlan().scenarios.size());

        // File ▸ Open Recent Store lists it (without a password).
        auto *recent = window.findChild<QMenu *>(QStringLiteral("recentStoreMenu"));
        QVERIFY(recent);
        QVERIFY(!recent->actions().isEmpty());
        QVERIFY2(recent->actions().first()->statusTip() ==
                     m_team.address(QStringLiteral("finance1")),
                 qPrintable(recent->actions().first()->statusTip()));

        // Back to a file: the session ends, the title and status bar forget the store.
        QVERIFY(window.controller()->closeDocument());
        QVERIFY(!window.document()->isLive());
        QVERIFY(!window.teamSession());
        QVERIFY(!window.teamStatus()->isVisible());
        QVERIFY(!window.windowTitle().contains(store));
    }

    // Another member's change shows within a second; the selection and the cell being typed in stay
    // as they were.
    void anotherMembersChangeAppearsAtOnce()
    {
        Window session = openAs(QStringLiteral("finance1"));
        QVERIFY(session.window);
        MainWindow &window = *session.window;
        ChannelsPage *page = channels(window);
        SpreadsheetView *view = page->view();
        const int cplColumn = page->model()->columnOf(ChannelDriver::Cpl);
        const QModelIndex mine = page->model()->index(0, cplColumn);
        view->setFocus();
        view->setCurrentIndex(mine);
        static_cast<QAbstractItemView *>(view)->edit(mine);
        QApplication::processEvents();
        // The open editor of the cell (QAbstractItemView::indexWidget() answers it too).
        auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(mine));
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("123.5"));
        QCOMPARE(editor->text(), QStringLiteral("123.5"));

        const double wanted = window.document()->plan().scenarios[0].channels[1].cpl + 7;
        auto other = TeamStore::open(m_team.urlOf(QStringLiteral("director1")));
        QVERIFY2(other, test::why(other));
        // From the other member's edit to the window's document showing it.
        QElapsedTimer clock;
        qint64 shownAfter = -1;
        // Disconnected at the end: the window outlives this function's locals, and deleting it
        // commits the open editor (an edit, so a planChanged).
        const QMetaObject::Connection watch =
            connect(window.document(), &PlanDocument::planChanged, this, [&] {
                if (shownAfter < 0 &&
                    window.document()->plan().scenarios[0].channels[1].cpl == wanted)
                    shownAfter = clock.elapsed();
            });
        const auto unwatch = qScopeGuard([&] { disconnect(watch); });
        clock.start();
        const TeamEditResult made = setCpl(**other, 1, wanted);
        const qint64 committedAfter = clock.elapsed();
        QVERIFY2(made.ok(), qPrintable(made.message));
        QTRY_VERIFY_WITH_TIMEOUT(shownAfter >= 0, 1000);
        qInfo("another member's edit: committed after %lld ms, shown in this window after %lld ms",
              committedAfter, shownAfter);
        QVERIFY(shownAfter <= 1000);
        // The table shows it, and the editor is still open with what was typed.
        QCOMPARE(page->model()->index(1, cplColumn).data(Qt::EditRole).toDouble(), wanted);
        QCOMPARE(view->indexWidget(mine), editor);
        QVERIFY(editor->isVisible());
        QCOMPARE(view->currentIndex(), mine);
        QVERIFY(view->selectionModel()->isSelected(mine));
        QCOMPARE(editor->text(), QStringLiteral("123.5"));
    }

    // Another member changed a CPL after this window last heard from the store; typing a new value
    // into that cell is refused at the cell, naming who, and the cell then shows the current value.
    void aStaleEditIsRefusedAndTheCurrentValueShown()
    {
        Window session = openAs(QStringLiteral("finance1"));
        QVERIFY(session.window);
        MainWindow &window = *session.window;
        PlanDocument *document = window.document();
        ChannelsPage *page = channels(window);
        SpreadsheetView *view = page->view();
        const int cplColumn = page->model()->columnOf(ChannelDriver::Cpl);
        const QModelIndex cell = page->model()->index(2, cplColumn);
        const double before = document->plan().scenarios[0].channels[2].cpl;
        // Made while this window does not hear of it yet: no events processed in between.
        const TeamEditResult made =
            setCplBehindTheWindow(m_team.urlOf(QStringLiteral("director1")), 2, before + 11);
        QVERIFY2(made.ok(), qPrintable(made.message));
        view->setFocus();
        view->setCurrentIndex(cell);
        static_cast<QAbstractItemView *>(view)->edit(cell);
        auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(cell));
        QVERIFY(editor);
        editor->setText(QString::number(before + 3));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(view->refusalNote()->isVisible());
        QCOMPARE(view->refusalNote()->cell(), QModelIndex(cell));
        QVERIFY2(view->refusalNote()->text().contains(QLatin1String("director1")),
                 qPrintable(view->refusalNote()->text()));
        QTRY_COMPARE_WITH_TIMEOUT(document->plan().scenarios[0].channels[2].cpl, before + 11, 1000);
        QCOMPARE(cell.data(Qt::EditRole).toDouble(), before + 11);
    }

    // Edit ▸ Undo on a store: my own step, undone as an edit; refused with the reason when someone
    // changed that field since.
    void undoGoesThroughTheStore()
    {
        Window session = openAs(QStringLiteral("finance1"));
        QVERIFY(session.window);
        MainWindow &window = *session.window;
        PlanDocument *document = window.document();
        auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY(undo);
        const double before = document->plan().scenarios[0].channels[3].cpl;
        QVERIFY(document->setChannelDriver(0, 3, ChannelDriver::Cpl, before + 1));
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QVERIFY2(session.dialogs->errors.isEmpty(),
                 qPrintable(session.dialogs->errors.join(QLatin1Char('\n'))));
        QCOMPARE(document->plan().scenarios[0].channels[3].cpl, before);

        QVERIFY(document->setChannelDriver(0, 3, ChannelDriver::Cpl, before + 2));
        const TeamEditResult made =
            setCplBehindTheWindow(m_team.urlOf(QStringLiteral("director1")), 3, before + 5);
        QVERIFY2(made.ok(), qPrintable(made.message));
        undo->trigger();
        QCOMPARE(session.dialogs->asked.last(), QStringLiteral("error:Could not undo"));
        QVERIFY2(session.dialogs->errors.last().contains(QLatin1String("director1")),
                 qPrintable(session.dialogs->errors.last()));
        QTRY_COMPARE_WITH_TIMEOUT(document->plan().scenarios[0].channels[3].cpl, before + 5, 1000);
    }

    // The server stops: the band says so and the status bar says offline; an edit made then is
    // kept; the server is back: the band goes and the edit is in the store once.
    void offlineBandWhileTheServerIsDown()
    {
        Window session = openAs(QStringLiteral("finance1"));
        QVERIFY(session.window);
        MainWindow &window = *session.window;
        PlanDocument *document = window.document();
        QVERIFY(!window.offlineBanner()->isVisible());
        QVERIFY(m_team.server.stop());
        QTRY_VERIFY_WITH_TIMEOUT(window.offlineBanner()->isVisible(), 5000);
        QVERIFY2(window.teamStatus()->text().contains(QLatin1String("offline")),
                 qPrintable(window.teamStatus()->text()));

        const double before = document->plan().scenarios[0].channels[4].cpl;
        const Status kept = document->setChannelDriver(0, 4, ChannelDriver::Cpl, before + 4);
        QVERIFY2(kept, test::why(kept));
        QCOMPARE(document->unsentEdits(), 1);
        QTRY_VERIFY(window.teamStatus()->text().contains(QLatin1String("1 unsent")));

        // Save a Local Copy… writes the plan as shown, with the kept edit.
        const QString copy = m_dir->filePath(QStringLiteral("copy.cplan"));
        session.dialogs->saveAsAnswers.enqueue(copy);
        window.offlineBanner()->saveCopyButton()->click();
        auto saved = loadPlan(copy);
        QVERIFY2(saved, test::why(saved));
        QCOMPARE(saved->scenarios[0].channels[4].cpl, before + 4);
        QVERIFY(document->isLive());

        QVERIFY(m_team.server.start());
        QTRY_VERIFY_WITH_TIMEOUT(!window.offlineBanner()->isVisible(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(document->unsentEdits(), 0, 5000);
        QVERIFY(window.teamStatus()->text().contains(QLatin1String("online")));
        auto store = TeamStore::open(m_team.urlOf(QStringLiteral("viewer1")));
        QVERIFY2(store, test::why(store));
        auto loaded = (*store)->load(test::TeamFixture::planName);
        QVERIFY(loaded);
        QCOMPARE(loaded->plan.scenarios[0].channels[4].cpl, before + 4);
    }
};

QTEST_MAIN(TeamWindowTest)
#include "TeamWindowTest.moc"
