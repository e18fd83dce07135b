// Date cells: typed as people write dates ("2025/4/3", "4/3" in the document clock's year), and
// the calendar opens at the cell's date, else the row's other dates, else the plan's months —
// never at the editor's minimum (the old editor opened at 1900).

#include "ui/widgets/CellDelegate.h"

#include "models/document/PlanDocument.h"
#include "models/itemmodels/MilestonesModel.h"
#include "ui/pages/MilestonesPage.h"
#include "ui/widgets/SpreadsheetView.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QLineEdit>
#include <QTest>

#include <memory>

using namespace cplan;

class CellDelegateTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<MilestonesPage> m_page;

    SpreadsheetView *view() const { return m_page->view(); }
    QModelIndex cell(int row, int column) const { return view()->model()->index(row, column); }
    // Opens the editor of `index` and returns its calendar.
    QCalendarWidget *calendarOf(const QModelIndex &index)
    {
        view()->setCurrentIndex(index);
        // SpreadsheetView overrides the three-argument edit(), which hides the one-argument slot.
        static_cast<QAbstractItemView *>(view())->edit(index);
        QWidget *editor = view()->indexWidget(index);
        if (!editor)
            editor = QApplication::focusWidget();
        return editor ? editor->findChild<QCalendarWidget *>() : nullptr;
    }

private slots:
    void init()
    {
        m_document = std::make_unique<PlanDocument>();
        m_document->newFromSample();
        m_document->setClock([] { return QDateTime(QDate(2026, 5, 20), QTime(9, 0), Qt::UTC); });
        m_page = std::make_unique<MilestonesPage>(m_document.get());
        m_page->resize(1200, 700);
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

    void calendarOpensAtTheCellsDate()
    {
        QCalendarWidget *calendar = calendarOf(cell(0, MilestonesModel::PlannedColumn));
        QVERIFY(calendar);
        QCOMPARE(calendar->selectedDate(), QDate(2025, 3, 31));
        QCOMPARE(calendar->yearShown(), 2025);
        QCOMPARE(calendar->monthShown(), 3);
    }

    void anEmptyDateOpensAtTheRowsOtherDate()
    {
        // M1 has no forecast: its planned date is the nearest thing to what is meant.
        QCalendarWidget *calendar = calendarOf(cell(0, MilestonesModel::ForecastColumn));
        QVERIFY(calendar);
        QCOMPARE(calendar->yearShown(), 2025);
        QCOMPARE(calendar->monthShown(), 3);
    }

    void aRowWithoutDatesOpensInThePlansMonths()
    {
        // A delegate whose only date column holds no date (every milestone has a planned date).
        CellDelegate delegate;
        delegate.setDateColumn(MilestonesModel::PhaseColumn);
        const QModelIndex undated = cell(0, MilestonesModel::PhaseColumn);
        QVERIFY(m_document->setSetting(PlanSetting::StatusDate, QString()).ok());
        // No status date, and the clock says 2026-05-20, outside the 2025 plan: the plan's first
        // month.
        QCOMPARE(delegate.calendarStartDate(undated), QDate(2025, 1, 1));
        m_document->setClock([] { return QDateTime(QDate(2025, 8, 14), QTime(9, 0), Qt::UTC); });
        QCOMPARE(delegate.calendarStartDate(undated), QDate(2025, 8, 14));
    }

    void aRowWithoutDatesOpensAtThePlansStatusDate()
    {
        CellDelegate delegate;
        delegate.setDateColumn(MilestonesModel::PhaseColumn);
        QVERIFY(m_document->setSetting(PlanSetting::StatusDate, QStringLiteral("2025-06-15")).ok());
        QCOMPARE(delegate.calendarStartDate(cell(0, MilestonesModel::PhaseColumn)),
                 QDate(2025, 6, 15));
    }

    // Issue 22 C.12: "4/3" typed in a cell is in the plan's year (2025), not the clock's (2026).
    void typedShortDateIsInThePlansYear()
    {
        const QModelIndex forecast = cell(1, MilestonesModel::ForecastColumn);
        view()->setCurrentIndex(forecast);
        view()->setFocus();
        QTest::keyClick(view(), '4');
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("/3"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_document->plan().milestones[1].forecast, QStringLiteral("2025-04-03"));
    }

    void pickingADateInTheCalendarCommitsIt()
    {
        const QModelIndex forecast = cell(1, MilestonesModel::ForecastColumn);
        QCalendarWidget *calendar = calendarOf(forecast);
        QVERIFY(calendar);
        calendar->setSelectedDate(QDate(2025, 6, 30));
        emit calendar->activated(QDate(2025, 6, 30));
        QTRY_COMPARE(m_document->plan().milestones[1].forecast, QStringLiteral("2025-06-30"));
    }
};

QTEST_MAIN(CellDelegateTest)
#include "CellDelegateTest.moc"
