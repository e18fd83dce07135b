// Sign-off on the Scenarios page (MODEL.md §10): the state column says who submitted or approved
// a scenario and when; Submit, Approve, Return… (with the comment asked), Lock and "New draft
// from this scenario" act on the selected row, are enabled only where the transition is allowed,
// and each is one undo step; an edit of an approved scenario typed into a cell is refused with the
// document's message (the status bar and the cell), and the Scenario menu has the same actions
// for the active scenario.

#include "ui/pages/ScenariosPage.h"

#include "models/document/PlanDocument.h"
#include "models/history/SignoffRules.h"
#include "models/itemmodels/ScenariosModel.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/pages/SignoffActions.h"
#include "ui/widgets/SpreadsheetView.h"

#include "FakeDialogProvider.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace cplan;

class ScenarioSignoffTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<ScenariosPage> m_page;
    test::FakeDialogProvider m_dialogs;

    QString stateText(int row) const
    {
        const QAbstractItemModel *model = m_page->view()->model();
        return model->data(model->index(row, ScenariosModel::SignoffColumn)).toString();
    }
    QAction *action(SignoffAction which) const { return m_page->signoffActions()->action(which); }
    void select(int row)
    {
        m_page->view()->setCurrentIndex(
            m_page->view()->model()->index(row, ScenariosModel::NameColumn));
    }
    // Types `text` into a cell as a user does (the editor opens on the first key).
    void typeInCell(int row, int column, const QString &text)
    {
        SpreadsheetView *view = m_page->view();
        view->setCurrentIndex(view->model()->index(row, column));
        view->setFocus();
        QTest::keyClick(view, text.at(0).toLatin1());
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != view);
        QTest::keyClicks(editor, text.mid(1));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(QApplication::focusWidget() == view);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_document = std::make_unique<PlanDocument>();
        m_document->setClock([] { return QDateTime(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC); });
        m_document->newFromSample();
        m_document->setAuthor(QStringLiteral("Li Wei"));
        m_page = std::make_unique<ScenariosPage>(m_document.get());
        DialogProvider::attach(m_page.get(), &m_dialogs);
        m_dialogs.asked.clear();
        m_dialogs.dialogAnswer = nullptr;
        m_page->resize(1024, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QApplication::setActiveWindow(m_page.get());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }
    void cleanup()
    {
        m_page.reset();
        m_document.reset();
    }

    void columnAndActionsFollowTheState()
    {
        QCOMPARE(m_page->view()->model()->headerData(ScenariosModel::SignoffColumn, Qt::Horizontal),
                 QVariant(QStringLiteral("Sign-off")));
        select(1);
        QCOMPARE(stateText(1), QStringLiteral("Draft"));
        QVERIFY(action(SignoffAction::Submit)->isEnabled());
        QVERIFY(!action(SignoffAction::Approve)->isEnabled());
        QVERIFY(!action(SignoffAction::Return)->isEnabled());
        QVERIFY(!action(SignoffAction::Lock)->isEnabled());

        action(SignoffAction::Submit)->trigger();
        QCOMPARE(toString(m_document->plan().scenarios[1].signoff.state),
                 toString(SignoffState::Submitted));
        QCOMPARE(stateText(1), QStringLiteral("Submitted by Li Wei on 2026-12-07"));
        QCOMPARE(stateText(0), QStringLiteral("Draft")); // the selected row only
        QVERIFY(!action(SignoffAction::Submit)->isEnabled());
        QVERIFY(action(SignoffAction::Approve)->isEnabled());
        QVERIFY(action(SignoffAction::Return)->isEnabled());

        m_document->setAuthor(QStringLiteral("Zhang Min"));
        action(SignoffAction::Approve)->trigger();
        QCOMPARE(stateText(1), QStringLiteral("Approved by Zhang Min on 2026-12-07"));
        QVERIFY(action(SignoffAction::Lock)->isEnabled());
        QVERIFY(action(SignoffAction::Return)->isEnabled());

        // Each transition is one undo step.
        m_document->undoStack()->undo();
        QCOMPARE(toString(m_document->plan().scenarios[1].signoff.state),
                 toString(SignoffState::Submitted));
        m_document->undoStack()->redo();
        QCOMPARE(toString(m_document->plan().scenarios[1].signoff.state),
                 toString(SignoffState::Approved));

        action(SignoffAction::Lock)->trigger();
        QCOMPARE(stateText(1), QStringLiteral("Locked (approved by Zhang Min on 2026-12-07)"));
        for (auto each : {SignoffAction::Submit, SignoffAction::Approve, SignoffAction::Return,
                          SignoffAction::Lock})
            QVERIFY(!action(each)->isEnabled());
        QVERIFY(m_page->signoffActions()->newDraftAction()->isEnabled());
        // The column is not an editor: the state changes only through the actions.
        const QModelIndex cell = m_page->view()->model()->index(1, ScenariosModel::SignoffColumn);
        QVERIFY(!(m_page->view()->model()->flags(cell) & Qt::ItemIsEditable));
    }

    void returnAsksForTheComment()
    {
        select(0);
        action(SignoffAction::Submit)->trigger();
        // Cancelled: nothing changes.
        m_dialogs.dialogAnswer = [](QDialog &) {
            return int(QDialog::Rejected);
        };
        action(SignoffAction::Return)->trigger();
        QCOMPARE(m_dialogs.asked, QStringList{QStringLiteral("dialog:QInputDialog")});
        QCOMPARE(toString(m_document->plan().scenarios[0].signoff.state),
                 toString(SignoffState::Submitted));
        m_dialogs.dialogAnswer = [](QDialog &dialog) {
            auto *input = qobject_cast<QInputDialog *>(&dialog);
            if (!input)
                return int(QDialog::Rejected);
            input->setTextValue(QStringLiteral("Too much on search"));
            return int(QDialog::Accepted);
        };
        action(SignoffAction::Return)->trigger();
        const Signoff &signoff = m_document->plan().scenarios[0].signoff;
        QCOMPARE(toString(signoff.state), toString(SignoffState::Draft));
        QCOMPARE(signoff.comment, QStringLiteral("Too much on search"));
        QCOMPARE(stateText(0), QStringLiteral("Draft (returned by Li Wei: Too much on search)"));
        QVERIFY(action(SignoffAction::Submit)->isEnabled());
    }

    void editOfAnApprovedScenarioIsRefusedWithTheDocumentsMessage()
    {
        select(0);
        action(SignoffAction::Submit)->trigger();
        action(SignoffAction::Approve)->trigger();
        const Scenario approved = m_document->plan().scenarios[0];
        QSignalSpy messages(m_page.get(), &Page::messageShown);
        const int steps = m_document->undoStack()->count();
        typeInCell(0, ScenariosModel::BudgetColumn, QStringLiteral("12345"));
        QCOMPARE(m_document->plan().scenarios[0], approved);
        QCOMPARE(m_document->undoStack()->count(), steps);
        QVERIFY(!messages.isEmpty());
        const QString shown = messages.last().at(0).toString();
        QVERIFY2(shown.contains(lockedScenarioMessage(approved)), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("approved by Li Wei on 2026-12-07")));
        // A draft beside it still takes the edit.
        typeInCell(1, ScenariosModel::BudgetColumn, QStringLiteral("12345"));
        QCOMPARE(m_document->plan().scenarios[1].budget, 12345.0);
    }

    void newDraftFromAnApprovedScenario()
    {
        select(0);
        action(SignoffAction::Submit)->trigger();
        action(SignoffAction::Approve)->trigger();
        const auto count = m_document->plan().scenarios.size();
        const int steps = m_document->undoStack()->count();
        m_page->signoffActions()->newDraftAction()->trigger();
        QCOMPARE(m_document->plan().scenarios.size(), count + 1);
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        const Scenario &copy = m_document->plan().scenarios.back();
        QVERIFY(copy.signoff.isDraft());
        QCOMPARE(copy.budget, m_document->plan().scenarios[0].budget);
        QCOMPARE(m_document->activeScenarioIndex(), int(count));
        QCOMPARE(stateText(int(count)), QStringLiteral("Draft"));
        m_document->undoStack()->undo();
        QCOMPARE(m_document->plan().scenarios.size(), count);
    }

    void actionsAreReachableFromTheKeyboard()
    {
        // In the table's context menu (the menu key) and on the page's tool bar.
        const auto contextActions = m_page->view()->actions();
        for (QAction *each : m_page->signoffActions()->actions())
            QVERIFY(contextActions.contains(each));
        QCOMPARE(m_page->view()->contextMenuPolicy(), Qt::ActionsContextMenu);

        // The Scenario menu acts on the active scenario.
        MainWindow window(std::make_unique<test::FakeDialogProvider>());
        window.document()->newFromSample();
        QMenu *scenarioMenu = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->text() == QStringLiteral("&Scenario"))
                scenarioMenu = menu->menu();
        }
        QVERIFY(scenarioMenu);
        QAction *submit = nullptr;
        for (QAction *each : scenarioMenu->actions()) {
            if (each->objectName() == QStringLiteral("signoffSubmit"))
                submit = each;
        }
        QVERIFY(submit);
        QVERIFY(submit->text().contains(QLatin1Char('&'))); // a mnemonic
        window.document()->setActiveScenarioIndex(2);
        submit->trigger();
        QCOMPARE(toString(window.document()->plan().scenarios[2].signoff.state),
                 toString(SignoffState::Submitted));
        QCOMPARE(toString(window.document()->plan().scenarios[0].signoff.state),
                 toString(SignoffState::Draft));
    }
};

QTEST_MAIN(ScenarioSignoffTest)
#include "ScenarioSignoffTest.moc"
