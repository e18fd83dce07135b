// The Versions dock (MODEL.md §10): File ▸ Save Version… (Ctrl+Alt+S) asks name and comment and
// lists the version (name, when, author, comment); View opens the diff against now; Restore as
// plan and Restore as new scenarios are one undo step each; the History tab lists the saved
// entries with their changed fields by human names and shows a banner naming the entry altered
// outside the app; the Team tab says that roles in a file are advisory and edits the people.

#include "ui/mainwindow/VersionsDock.h"

#include "models/document/PlanDocument.h"
#include "ui/dialogs/PlanDiffDialog.h"
#include "ui/dialogs/SaveVersionDialog.h"
#include "ui/mainwindow/DocumentController.h"
#include "ui/mainwindow/HistoryPanel.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/TeamPanel.h"
#include "ui/widgets/ChangeTree.h"

#include "FakeDialogProvider.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace cplan;

class VersionsDockTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    test::FakeDialogProvider *m_dialogs = nullptr;
    std::unique_ptr<MainWindow> m_window;

    PlanDocument *document() const { return m_window->document(); }
    VersionsDock *dock() const { return m_window->versionsDock(); }
    QString planPath() const { return m_folder.filePath(QStringLiteral("plan.cplan")); }

    void saveVersion(const QString &name, const QString &comment)
    {
        m_dialogs->dialogAnswer = [name, comment](QDialog &dialog) {
            auto *form = qobject_cast<SaveVersionDialog *>(&dialog);
            if (!form)
                return int(QDialog::Rejected);
            form->nameEdit()->setText(name);
            form->commentEdit()->setPlainText(comment);
            return int(QDialog::Accepted);
        };
        dock()->saveVersionAction()->trigger();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_folder.isValid());
    }

    void init()
    {
        auto dialogs = std::make_unique<test::FakeDialogProvider>();
        m_dialogs = dialogs.get();
        m_window = std::make_unique<MainWindow>(std::move(dialogs));
        document()->setRecoveryFolder(m_folder.filePath(QStringLiteral("recovery")));
        document()->setClock([] { return QDateTime(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC); });
        document()->setAuthor(QStringLiteral("Li Wei"));
        document()->newFromSample();
        QFile::remove(planPath());
        QVERIFY(document()->saveAs(planPath()));
    }
    void cleanup()
    {
        m_window.reset();
        m_dialogs = nullptr;
    }

    void saveVersionListsIt()
    {
        QCOMPARE(dock()->saveVersionAction()->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
        QCOMPARE(dock()->versionList()->topLevelItemCount(), 0);
        QVERIFY(dock()->isHidden()); // until asked for: a 1024 × 700 screen has no room
        saveVersion(QStringLiteral("Board draft"), QStringLiteral("For the March board"));
        QCOMPARE(m_dialogs->asked.last(), QStringLiteral("dialog:cplan::SaveVersionDialog"));
        QCOMPARE(dock()->versionList()->topLevelItemCount(), 1);
        const QTreeWidgetItem *item = dock()->versionList()->topLevelItem(0);
        QCOMPARE(item->text(0), QStringLiteral("Board draft"));
        QCOMPARE(item->text(1), QStringLiteral("2026-12-07T09:30:00Z"));
        QCOMPARE(item->text(2), QStringLiteral("Li Wei"));
        QCOMPARE(item->text(3), QStringLiteral("For the March board"));
        QCOMPARE(dock()->selectedVersion(), QStringLiteral("Board draft"));
        QVERIFY(!dock()->isHidden()); // shown where the new version is listed
        // A name in use is refused with the document's message; nothing is added.
        saveVersion(QStringLiteral("Board draft"), {});
        QVERIFY(m_dialogs->asked.last().startsWith(QStringLiteral("error:")));
        QVERIFY(!m_dialogs->errors.isEmpty());
        QCOMPARE(dock()->versionList()->topLevelItemCount(), 1);
    }

    // The version is written to the plan's file at once; the window knows it wrote it, so the
    // file watcher does not take it for another program's change (it asked "changed by another
    // program" when the dock called the document directly).
    void savingAVersionIsNotAnOutsideChange()
    {
        saveVersion(QStringLiteral("Board draft"), {});
        QCOMPARE(dock()->versionList()->topLevelItemCount(), 1);
        QVERIFY(!m_window->controller()->fileChangedOnDisk());
        QTest::qWait(300); // the watcher's notice, if any, arrives here
        for (const QString &question : m_dialogs->asked)
            QVERIFY2(!question.startsWith(QStringLiteral("changed:")), qPrintable(question));
    }

    // An untitled plan is saved as a file first (a version lives in the file).
    void anUntitledPlanIsSavedFirst()
    {
        document()->newFromSample();
        const QString path = m_folder.filePath(QStringLiteral("untitled.cplan"));
        QFile::remove(path);
        m_dialogs->saveAsAnswers.enqueue(path);
        saveVersion(QStringLiteral("First"), {});
        QCOMPARE(document()->filePath(), path);
        QCOMPARE(dock()->versionList()->topLevelItemCount(), 1);
    }

    void viewShowsTheDiffAgainstNow()
    {
        saveVersion(QStringLiteral("Board draft"), {});
        QVERIFY(document()->setBudget(0, 25000000));
        int changes = -1;
        int totalsRows = -1;
        QString title;
        m_dialogs->dialogAnswer = [&](QDialog &dialog) {
            auto *diff = qobject_cast<PlanDiffDialog *>(&dialog);
            if (!diff)
                return int(QDialog::Rejected);
            changes = diff->changes()->changeCount();
            totalsRows = diff->totals()->rowCount();
            title = diff->windowTitle();
            return int(QDialog::Rejected);
        };
        dock()->viewAction()->trigger();
        QCOMPARE(m_dialogs->asked.last(), QStringLiteral("dialog:cplan::PlanDiffDialog"));
        QCOMPARE(changes, 1);
        QCOMPARE(totalsRows, 3 * 4); // customers, CAC, ROI, value of each scenario
        QVERIFY2(title.contains(QStringLiteral("Board draft")), qPrintable(title));
    }

    void compareWithAnotherVersion()
    {
        saveVersion(QStringLiteral("Board draft"), {});
        QVERIFY(document()->setBudget(1, 31000000));
        saveVersion(QStringLiteral("Finance review"), {});
        QVERIFY(document()->setBudget(1, 33000000)); // now differs from both
        dock()->selectVersion(QStringLiteral("Board draft"));
        QStringList offered;
        QString title;
        int changes = -1;
        m_dialogs->dialogAnswer = [&](QDialog &dialog) {
            if (auto *choice = qobject_cast<QInputDialog *>(&dialog)) {
                offered = choice->comboBoxItems();
                choice->setTextValue(QStringLiteral("Finance review"));
                return int(QDialog::Accepted);
            }
            if (auto *diff = qobject_cast<PlanDiffDialog *>(&dialog)) {
                title = diff->windowTitle();
                changes = diff->changes()->changeCount();
            }
            return int(QDialog::Rejected);
        };
        dock()->compareAction()->trigger();
        QCOMPARE(offered.size(), 2); // now, and the other version
        QVERIFY(offered.contains(QStringLiteral("Finance review")));
        QVERIFY(!offered.contains(QStringLiteral("Board draft")));
        QCOMPARE(title, QStringLiteral("Changes from “Board draft” to “Finance review”"));
        QCOMPARE(changes, 1); // Plan B's budget, 25M → 31M; not today's 33M
    }

    void restoreAsPlanIsOneUndoStep()
    {
        saveVersion(QStringLiteral("Board draft"), {});
        const Plan saved = document()->plan();
        QVERIFY(document()->setBudget(0, 25000000));
        QVERIFY(document()->setBudget(1, 31000000));
        const Plan edited = document()->plan();
        const int steps = document()->undoStack()->count();
        dock()->restoreAction()->trigger();
        QCOMPARE(document()->plan().scenarios, saved.scenarios);
        QCOMPARE(document()->undoStack()->count(), steps + 1);
        document()->undoStack()->undo();
        QCOMPARE(document()->plan().scenarios, edited.scenarios);
    }

    void restoreAsNewScenariosAddsDrafts()
    {
        saveVersion(QStringLiteral("Board draft"), {});
        QVERIFY(document()->setBudget(0, 25000000));
        const auto count = document()->plan().scenarios.size();
        const int steps = document()->undoStack()->count();
        dock()->restoreAsScenariosAction()->trigger();
        QCOMPARE(document()->plan().scenarios.size(), 2 * count);
        QCOMPARE(document()->undoStack()->count(), steps + 1);
        const Scenario &restored = document()->plan().scenarios[count];
        QVERIFY(restored.name.contains(QStringLiteral("Board draft")));
        QCOMPARE(restored.budget, 20000000.0);
        QCOMPARE(document()->plan().scenarios[0].budget, 25000000.0);
        document()->undoStack()->undo();
        QCOMPARE(document()->plan().scenarios.size(), count);
    }

    void historyListsEntriesWithTheirFields()
    {
        QVERIFY(document()->setBudget(0, 25000000));
        QVERIFY(m_window->controller()->save());
        HistoryPanel *history = dock()->history();
        history->refresh();
        QVERIFY(history->entries()->topLevelItemCount() >= 1);
        QVERIFY(!history->banner()->isVisibleTo(history));
        QTreeWidgetItem *newest = history->entries()->topLevelItem(0);
        QCOMPARE(newest->text(1), QStringLiteral("Li Wei"));
        QCOMPARE(newest->text(3), QStringLiteral("1"));
        history->entries()->setCurrentItem(newest);
        QCOMPARE(history->changes()->changeCount(), 1);
        // The field by its name, not its path.
        const QTreeWidgetItem *group = history->changes()->topLevelItem(0);
        QVERIFY(group && group->childCount() == 1);
        const QString label = group->child(0)->text(0);
        QVERIFY2(!label.contains(QStringLiteral("scenarios[")), qPrintable(label));
        QVERIFY2(group->child(0)->text(2).contains(QStringLiteral("25,000,000")),
                 qPrintable(group->child(0)->text(2)));
    }

    void alteredHistoryShowsABannerNamingTheEntry()
    {
        QVERIFY(document()->setBudget(0, 25000000));
        QVERIFY(m_window->controller()->save());
        QVERIFY(document()->setBudget(0, 26000000));
        QVERIFY(m_window->controller()->save());
        {
            auto db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(planPath());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral(
                "UPDATE history SET entry = replace(entry, 'Li Wei', 'Li Wel') WHERE seq = 1")));
            QCOMPARE(query.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        // The window sees the outside change; reading the file again is the answer.
        m_dialogs->externalChangeAnswers.enqueue(DialogProvider::ExternalChangeChoice::Reload);
        QVERIFY(m_window->controller()->openFile(planPath()));
        HistoryPanel *history = dock()->history();
        // Checked on a worker thread; the tab shows the answer when it comes.
        QTRY_VERIFY(history->banner()->isVisibleTo(history));
        QVERIFY2(history->banner()->text().contains(QStringLiteral("history entry 1")),
                 qPrintable(history->banner()->text()));
    }

    void teamSaysRolesAreAdvisory()
    {
        TeamPanel *team = dock()->team();
        QVERIFY(team->advisory()->text().contains(
            QStringLiteral("In a file, roles are advisory: anyone with the file can change it.")));
        const int steps = document()->undoStack()->count();
        team->addAction()->trigger();
        QCOMPARE(document()->plan().people.size(), std::size_t(1));
        QCOMPARE(document()->undoStack()->count(), steps + 1);
        QCOMPARE(team->people()->rowCount(), 1);
        team->people()->item(0, 0)->setText(QStringLiteral("Zhang Min"));
        QCOMPARE(document()->plan().people[0].name, QStringLiteral("Zhang Min"));
        document()->undoStack()->undo();
        QCOMPARE(team->people()->item(0, 0)->text(), document()->plan().people[0].name);
    }
};

QTEST_MAIN(VersionsDockTest)
#include "VersionsDockTest.moc"
