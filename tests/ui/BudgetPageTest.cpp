// The Budget page's total: typed as people write money ("2000万", "0.3亿", "CNY 25M"), one undo
// step; text that is not an amount, or a negative budget, is refused with the reason shown under
// the field and nothing is rounded, scaled or clamped (the old spin box turned "2000万" into
// 2,000 and "-5" into 0).

#include "ui/pages/BudgetPage.h"

#include "models/document/PlanDocument.h"
#include "models/itemmodels/ChannelsModel.h"
#include "models/itemmodels/ValueFormat.h"
#include "ui/widgets/SpreadsheetView.h"

#include <QApplication>
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
};

QTEST_MAIN(BudgetPageTest)
#include "BudgetPageTest.moc"
