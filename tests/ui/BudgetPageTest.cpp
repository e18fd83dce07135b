// The Budget page's total: typed as people write money ("2000万", "0.3亿", "CNY 25M"), one undo
// step; text that is not an amount, or a negative budget, is refused with the reason shown under
// the field and nothing is rounded, scaled or clamped (the old spin box turned "2000万" into
// 2,000 and "-5" into 0).

#include "ui/pages/BudgetPage.h"

#include "models/document/PlanDocument.h"
#include "models/itemmodels/CategoriesModel.h"
#include "models/itemmodels/ChannelsModel.h"
#include "models/itemmodels/ValueFormat.h"
#include "ui/widgets/SpreadsheetView.h"

#include <QApplication>
#include <QDateTime>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace cplan;

class BudgetPageTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<BudgetPage> m_page;
    QDateTime m_now;

    double budget() const { return m_document->plan().scenarios[0].budget; }
    // QTest::keyClicks() only types Latin-1; "万" and "￥" come as key events carrying text, as
    // an input method delivers them.
    static void typeText(QWidget *widget, const QString &text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    void typeBudget(const QString &text)
    {
        QLineEdit *edit = m_page->budgetEditor();
        edit->setFocus();
        edit->selectAll();
        typeText(edit, text);
        QCOMPARE(edit->text(), text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    // Types `text` into the cell as a user does: select it, type (the editor opens on the first
    // key), Return.
    void typeInCell(SpreadsheetView *view, int row, int column, const QString &text)
    {
        view->setCurrentIndex(view->model()->index(row, column));
        view->setFocus();
        QTest::keyClick(view, text.at(0).toLatin1());
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != view);
        typeText(editor, text.mid(1));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on the next turn of the event loop.
        QTRY_VERIFY(QApplication::focusWidget() == view);
    }

private slots:
    void init()
    {
        m_document = std::make_unique<PlanDocument>();
        m_document->newFromSample();
        m_page = std::make_unique<BudgetPage>(m_document.get());
        m_page->resize(1100, 700);
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

    // A budget typed but not confirmed when the page goes away (the window closes) is not
    // committed by the editor losing focus in QWidget's destructor: the page's slot would run
    // after BudgetPage is destroyed (UndefinedBehaviorSanitizer reported it).
    void closingWithAnUnconfirmedBudgetCommitsNothing()
    {
        QLineEdit *editor = m_page->budgetEditor();
        editor->setFocus();
        QTRY_VERIFY(editor->hasFocus());
        editor->selectAll();
        typeText(editor, QStringLiteral("3000万"));
        const double before = m_document->plan().scenarios[0].budget;
        m_page.reset();
        QCOMPARE(m_document->undoStack()->count(), 0);
        QCOMPARE(m_document->plan().scenarios[0].budget, before);
    }

    void showsTheBudgetAsMoney()
    {
        QCOMPARE(m_page->budgetEditor()->text(), QStringLiteral("CNY 20,000,000"));
    }

    void typedBudgetIsReadAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("expected");
        QTest::newRow("wan") << QStringLiteral("2500万") << 2.5e7;
        QTest::newRow("yi") << QStringLiteral("0.3亿") << 3e7;
        QTest::newRow("code and M") << QStringLiteral("CNY 25M") << 2.5e7;
        QTest::newRow("full-width yen") << QStringLiteral("￥21,000,000") << 2.1e7;
        QTest::newRow("wan yuan") << QStringLiteral("2,200 万元") << 2.2e7;
    }

    void typedBudgetIsReadAsWritten()
    {
        QFETCH(QString, text);
        QFETCH(double, expected);
        const int steps = m_document->undoStack()->count();
        typeBudget(text);
        QCOMPARE(budget(), expected);
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QVERIFY(m_page->budgetError().isEmpty());
        m_page->setFocus(); // the field shows the stored value once it is left
        QCOMPARE(m_page->budgetEditor()->text(),
                 ValueFormat::money(expected, QStringLiteral("CNY")));
    }

    void negativeBudgetIsRefusedNotClamped()
    {
        const Plan before = m_document->plan();
        QSignalSpy messages(m_page.get(), &Page::messageShown);
        typeBudget(QStringLiteral("-5"));
        QVERIFY(m_document->plan() == before);
        QVERIFY2(m_page->budgetError().contains(QStringLiteral("−5")),
                 qPrintable(m_page->budgetError()));
        QCOMPARE(messages.size(), 1);
        // The refused text stays to be fixed.
        QCOMPARE(m_page->budgetEditor()->text(), QStringLiteral("-5"));
    }

    void textThatIsNotAnAmountIsRefusedNamingIt()
    {
        const Plan before = m_document->plan();
        typeBudget(QStringLiteral("twenty million"));
        QVERIFY(m_document->plan() == before);
        QVERIFY2(m_page->budgetError().contains(QStringLiteral("\"twenty million\"")),
                 qPrintable(m_page->budgetError()));
        typeBudget(QStringLiteral("2000万"));
        QCOMPARE(budget(), 2e7);
        QVERIFY(m_page->budgetError().isEmpty());
    }

    void aChannelAmountTypedInTheTableSetsItsShare()
    {
        SpreadsheetView *view = m_page->channelsView();
        const QModelIndex amount = view->model()->index(1, ChannelsModel::AmountColumn);
        view->setCurrentIndex(amount);
        view->setFocus();
        QTest::keyClick(view, '4');
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != view);
        typeText(editor, QStringLiteral("80万"));
        QTest::keyClick(editor, Qt::Key_Return);
        // Pool 20M x 60% = 12M; 4.8M of it is 40%.
        QTRY_COMPARE(m_document->plan().scenarios[0].channels[1].share, 0.4);
    }
    void eachEditIsItsOwnUndoStep()
    {
        // The user's clock: a pause is 5 s between two edits, a quick correction 0.5 s.
        m_now = QDateTime(QDate(2025, 4, 10), QTime(10, 0), Qt::UTC);
        m_document->setClock([this] { return m_now; });
        auto pause = [this](int ms) {
            m_now = m_now.addMSecs(ms);
        };
        QUndoStack *stack = m_document->undoStack();
        const int steps = stack->count();
        SpreadsheetView *categories = m_page->categoriesView();

        typeBudget(QStringLiteral("2500万"));
        pause(5000);
        typeBudget(QStringLiteral("3000万")); // typed again after a look: a step of its own
        QCOMPARE(stack->count(), steps + 2);
        stack->undo();
        QCOMPARE(budget(), 2.5e7);
        stack->redo();

        pause(5000);
        typeInCell(categories, 0, CategoriesModel::ShareColumn, QStringLiteral("50"));
        pause(5000);
        typeInCell(categories, 1, CategoriesModel::ShareColumn, QStringLiteral("30"));
        pause(5000);
        typeInCell(categories, 1, CategoriesModel::ShareColumn, QStringLiteral("25"));
        QCOMPARE(stack->count(), steps + 5);
        pause(500);
        typeInCell(categories, 1, CategoriesModel::ShareColumn, QStringLiteral("20"));
        QCOMPARE(stack->count(), steps + 5); // a quick correction of the same cell joins it
        QCOMPARE(stack->text(stack->count() - 1), QStringLiteral("Set Share of Technology to 20"));

        // Pasted, undone, then the cell before it typed again at once: the step the undo went
        // back to stays as it was.
        pause(5000);
        categories->setCurrentIndex(categories->model()->index(2, CategoriesModel::ShareColumn));
        QVERIFY(categories->pasteText(QStringLiteral("10")));
        QCOMPARE(stack->count(), steps + 6);
        stack->undo();
        typeInCell(categories, 1, CategoriesModel::ShareColumn, QStringLiteral("15"));
        QCOMPARE(stack->count(), steps + 6);
        QCOMPARE(stack->text(stack->count() - 1), QStringLiteral("Set Share of Technology to 15"));
        stack->undo();
        QCOMPARE(m_document->plan().scenarios[0].categoryShares[1], 0.2);
        // Normalising is a step of its own too.
        QVERIFY(m_document->normaliseCategoryShares(0).ok());
        QCOMPARE(stack->count(), steps + 6);
        QCOMPARE(stack->text(stack->count() - 1), QStringLiteral("Normalise category shares"));
        // Every step undoes back to the sample.
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(budget(), 2e7);
    }
};

QTEST_MAIN(BudgetPageTest)
#include "BudgetPageTest.moc"
