// Spreadsheet behaviour of a page's table (the Channels page over the sample): copy a range as
// tab-separated text, paste a block as one undo step, fill a selection with one value, Delete
// clears, refused input keeps the value and says why, and typing on a cell edits it.

#include "ui/widgets/SpreadsheetView.h"
#include "models/document/PlanDocument.h"
#include "models/itemmodels/ChannelsModel.h"
#include "support/PlanComparison.h"
#include "ui/pages/ChannelsPage.h"
#include "ui/widgets/CellDelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPaintEvent>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QUndoStack>

#include <memory>
#include <vector>

using namespace cplan;

namespace {

// The view's own cell delegate that counts how often a cell is measured.
class CountingDelegate : public CellDelegate
{
public:
    using CellDelegate::CellDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        ++measured;
        return CellDelegate::sizeHint(option, index);
    }
    mutable int measured = 0;
};

// The widths Qt gives every column of `view`'s model sized to its contents, measured afresh by
// a plain QTableView with the same delegate, font and row heights (nothing remembered).
std::vector<int> freshWidths(SpreadsheetView *view)
{
    QTableView fresh;
    CellDelegate delegate;
    fresh.setItemDelegate(&delegate);
    fresh.setFont(view->font());
    fresh.setWordWrap(view->wordWrap());
    fresh.verticalHeader()->setDefaultSectionSize(view->verticalHeader()->defaultSectionSize());
    fresh.horizontalHeader()->setMinimumSectionSize(view->horizontalHeader()->minimumSectionSize());
    fresh.horizontalHeader()->setResizeContentsPrecision(SpreadsheetView::ResizeContentsRows);
    fresh.setModel(view->model());
    fresh.horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    fresh.resize(view->size());
    fresh.show();
    fresh.horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    std::vector<int> widths;
    for (int column = 0; column < fresh.horizontalHeader()->count(); ++column)
        widths.push_back(fresh.horizontalHeader()->sectionSize(column));
    return widths;
}

// Collects the regions `widget` paints.
class PaintSpy : public QObject
{
public:
    PaintSpy(QWidget *widget, QRegion *painted) : m_painted(painted)
    {
        widget->installEventFilter(this);
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            *m_painted += static_cast<QPaintEvent *>(event)->region();
        return false;
    }

private:
    QRegion *m_painted;
};

std::vector<int> widthsOf(const QHeaderView *header)
{
    std::vector<int> widths;
    for (int column = 0; column < header->count(); ++column)
        widths.push_back(header->sectionSize(column));
    return widths;
}

} // namespace

class SpreadsheetViewTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<ChannelsPage> m_page;

    SpreadsheetView *view() const { return m_page->view(); }
    ChannelsModel *model() const { return m_page->model(); }
    int cplColumn() const { return model()->columnOf(ChannelDriver::Cpl); }
    int saturationColumn() const { return model()->columnOf(ChannelDriver::SaturationSpend); }
    const ChannelDrivers &drivers(int channel) const
    {
        return m_document->plan().scenarios[0].channels[std::size_t(channel)];
    }
    void select(int top, int left, int bottom, int right)
    {
        view()->setCurrentIndex(model()->index(top, left));
        view()->selectionModel()->select(
            QItemSelection(model()->index(top, left), model()->index(bottom, right)),
            QItemSelectionModel::ClearAndSelect);
    }

private slots:
    void init()
    {
        m_document = std::make_unique<PlanDocument>();
        m_document->newFromSample();
        m_page = std::make_unique<ChannelsPage>(m_document.get());
        m_page->resize(1200, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QApplication::setActiveWindow(m_page.get());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

    // Types `text` on the current cell: the first key opens the editor, the rest go into it.
    QWidget *typeOnCell(const QString &text)
    {
        view()->setFocus();
        QTest::keyClick(view(), text.at(0).toLatin1());
        QWidget *editor = QApplication::focusWidget();
        if (!editor || editor == view())
            return nullptr;
        QTest::keyClicks(editor, text.mid(1));
        return editor;
    }
    void cleanup()
    {
        m_page.reset();
        m_document.reset();
    }

    // Columns sized to their contents follow an edit: only the changed columns are measured
    // again (a budget edit re-measures the amounts, not every driver), and the widths are what
    // measuring every column would give.
    void columnsFollowTheirContentsAfterAnEdit()
    {
        QHeaderView *header = view()->horizontalHeader();
        const int amount = ChannelsModel::AmountColumn;
        const int before = header->sectionSize(amount);
        const int cpl = header->sectionSize(cplColumn());
        QVERIFY(m_document->setBudget(0, m_document->plan().scenarios[0].budget * 1000.0).ok());
        QCoreApplication::processEvents();
        QVERIFY2(
            header->sectionSize(amount) > before,
            qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(header->sectionSize(amount))));
        QCOMPARE(header->sectionSize(cplColumn()), cpl);
        QVERIFY(m_document->setChannelDriver(0, 0, ChannelDriver::Cpl, 123456789.0).ok());
        QCoreApplication::processEvents();
        QVERIFY(header->sectionSize(cplColumn()) > cpl);

        std::vector<int> widths;
        for (int column = 0; column < header->count(); ++column)
            widths.push_back(header->sectionSize(column));
        header->resizeSections(QHeaderView::ResizeToContents);
        for (int column = 0; column < header->count(); ++column)
            QCOMPARE(header->sectionSize(column), widths[std::size_t(column)]);
    }

    // A column's measure is remembered until its cells change (issue 21 C): when the amounts
    // change width, Qt lays out every column sized to its contents again, and the columns the
    // edit did not reach are not measured again; every change that does reach a column (a
    // value, a new row, the font) measures it again, and every width is what measuring every
    // cell afresh gives.
    void aColumnIsMeasuredAgainOnlyWhenItsCellsChange()
    {
        QHeaderView *header = view()->horizontalHeader();
        const int amount = ChannelsModel::AmountColumn;
        CountingDelegate counting;
        view()->setItemDelegateForColumn(cplColumn(), &counting);
        QCOMPARE(widthsOf(header), freshWidths(view()));

        // Amounts with cents: wider (Qt measures every column after that width).
        const int amountBefore = header->sectionSize(amount);
        QVERIFY(
            m_document->setBudget(0, m_document->plan().scenarios[0].budget * 1000.0 + 0.37).ok());
        QCoreApplication::processEvents();
        view()->viewport()->repaint();
        QVERIFY(header->sectionSize(amount) > amountBefore);
        QCOMPARE(counting.measured, 0);
        QCOMPARE(widthsOf(header), freshWidths(view()));

        // A longer cost per lead: that column is measured again.
        const int cplBefore = header->sectionSize(cplColumn());
        QVERIFY(m_document->setChannelDriver(0, 0, ChannelDriver::Cpl, 123456789.0).ok());
        QCoreApplication::processEvents();
        QVERIFY(counting.measured > 0);
        QVERIFY(header->sectionSize(cplColumn()) > cplBefore);
        QCOMPARE(widthsOf(header), freshWidths(view()));

        // A new row with a long name, then a larger font.
        const int namesBefore = header->sectionSize(ChannelsModel::NameColumn);
        QVERIFY(m_document
                    ->addChannel(QStringLiteral("A channel with a much longer name than the "
                                                "others"))
                    .ok());
        QCoreApplication::processEvents();
        QVERIFY(header->sectionSize(ChannelsModel::NameColumn) > namesBefore);
        QCOMPARE(widthsOf(header), freshWidths(view()));
        const std::vector<int> smaller = widthsOf(header);
        QFont larger = view()->font();
        larger.setPointSizeF(larger.pointSizeF() * 1.5);
        view()->setFont(larger);
        QCoreApplication::processEvents();
        QVERIFY(header->sectionSize(amount) > smaller[std::size_t(amount)]);
        QCOMPARE(widthsOf(header), freshWidths(view()));
        view()->setItemDelegateForColumn(cplColumn(), nullptr);
    }

    // The same for a model that signals only rows coming and going (no dataChanged): Qt does
    // not measure again then, but its next layout of the columns finds the new rows' widths.
    void aColumnIsMeasuredAgainWhenRowsComeOrGo()
    {
        QStandardItemModel items(2, 2);
        for (int row = 0; row < 2; ++row) {
            for (int column = 0; column < 2; ++column)
                items.setItem(row, column, new QStandardItem(QStringLiteral("short")));
        }
        SpreadsheetView table;
        table.setModel(&items);
        table.horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table.resize(600, 300);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QHeaderView *header = table.horizontalHeader();
        const int before = header->sectionSize(1);
        items.insertRow(1, {new QStandardItem(QStringLiteral("short")),
                            new QStandardItem(QStringLiteral("a much longer text than short"))});
        header->resizeSections(QHeaderView::ResizeToContents);
        QVERIFY(header->sectionSize(1) > before);
        QCOMPARE(widthsOf(header), freshWidths(&table));
        items.removeRow(1);
        header->resizeSections(QHeaderView::ResizeToContents);
        QCOMPARE(header->sectionSize(1), before);
        QCOMPARE(widthsOf(header), freshWidths(&table));
    }

    // A column that changes width moves the columns to its right on screen instead of painting
    // every cell again (issue 21 C): the columns to its left are not painted, and what the
    // screen shows is what painting the whole table gives, pixel for pixel, whether the column
    // grew or shrank.
    void aWiderColumnMovesTheOthersOnScreen()
    {
        QHeaderView *header = view()->horizontalHeader();
        const int amount = ChannelsModel::AmountColumn;
        // A selected cell right of the amounts: its highlight moves with its column. The first
        // edit of a table signals its headers too, which lays the whole table out again.
        // The table fits its width (Qt then repaints every cell when a column changes width).
        m_page->resize(1600, 600);
        view()->setCurrentIndex(model()->index(1, ChannelsModel::AmountColumn + 2));
        const double budget = m_document->plan().scenarios[0].budget;
        QVERIFY(m_document->setBudget(0, budget * 2.0).ok());
        QTest::qWait(20);
        const auto screen = [this] {
            return QGuiApplication::primaryScreen()->grabWindow(m_page->winId()).toImage();
        };
        QRegion painted;
        PaintSpy spy(view()->viewport(), &painted);
        for (const double newBudget : {budget + 0.37, budget}) {
            const int before = header->sectionSize(amount);
            painted = QRegion();
            QVERIFY(m_document->setBudget(0, newBudget).ok());
            for (int pass = 0; pass < 3; ++pass)
                QCoreApplication::processEvents();
            QVERIFY(header->sectionSize(amount) != before);
            const int height = view()->viewport()->height();
            const QRect left(0, 0, view()->columnViewportPosition(ChannelsModel::ShareColumn),
                             height);
            const int moved = amount + 2;
            const QRect right(view()->columnViewportPosition(moved), 0, view()->columnWidth(moved),
                              height);
            QVERIFY2(!painted.intersects(left) && !painted.intersects(right),
                     qPrintable(QStringLiteral("painted %1 px wide from x=%2")
                                    .arg(painted.boundingRect().width())
                                    .arg(painted.boundingRect().left())));
            const QImage shown = screen();
            view()->viewport()->repaint();
            QCOMPARE(shown, screen());
        }
    }

    // The same for a column whose width is given by hand (no cell changed, as when the user
    // drags its edge): wider, then narrower than at first.
    void aColumnWidenedByHandMovesTheOthersOnScreen()
    {
        QStandardItemModel items(4, 5);
        for (int row = 0; row < 4; ++row) {
            for (int column = 0; column < 5; ++column)
                items.setItem(
                    row, column,
                    new QStandardItem(
                        QStringLiteral("cell %1 of row %2, a long text").arg(column).arg(row)));
        }
        SpreadsheetView table;
        table.setModel(&items);
        table.resize(800, 300);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        table.setCurrentIndex(items.index(1, 3));
        QTest::qWait(20);
        const auto screen = [&table] {
            return QGuiApplication::primaryScreen()->grabWindow(table.winId()).toImage();
        };
        const int width = table.columnWidth(1);
        for (const int newWidth : {width + 40, width - 20}) {
            table.setColumnWidth(1, newWidth);
            for (int pass = 0; pass < 3; ++pass)
                QCoreApplication::processEvents();
            QCOMPARE(table.columnWidth(1), newWidth);
            const QImage shown = screen();
            table.viewport()->repaint();
            QCOMPARE(shown, screen());
        }
    }

    void copiesARangeAsTabSeparatedText()
    {
        select(0, cplColumn(), 1, saturationColumn());
        QVERIFY(view()->copySelection());
        const QString text = QApplication::clipboard()->text();
        const QStringList rows = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].count(QLatin1Char('\t')), 1);
        QVERIFY(rows[0].contains(QStringLiteral("45")));
        QVERIFY(rows[1].contains(QStringLiteral("12")));

        // The keyboard shortcut does the same.
        QApplication::clipboard()->clear();
        QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), text);
    }

    void pastesABlockAsOneUndoStep()
    {
        const int stepsBefore = m_document->undoStack()->count();
        select(2, cplColumn(), 2, cplColumn());
        QVERIFY(view()->pasteText(QStringLiteral("21\t800000\r\n56\t450000\r\n")));
        QCOMPARE(drivers(2).cpl, 21.0);
        QCOMPARE(drivers(2).saturationSpend.value_or(0), 800000.0);
        QCOMPARE(drivers(3).cpl, 56.0);
        QCOMPARE(drivers(3).saturationSpend.value_or(0), 450000.0);
        QCOMPARE(m_document->undoStack()->count(), stepsBefore + 1);
        m_document->undoStack()->undo();
        QCOMPARE(drivers(2).cpl, 20.0);
        QCOMPARE(drivers(3).cpl, 55.0);
    }

    void oneValueFillsTheSelection()
    {
        select(0, cplColumn(), 3, cplColumn());
        QApplication::clipboard()->setText(QStringLiteral("30\n"));
        QTest::keyClick(view(), Qt::Key_V, Qt::ControlModifier);
        for (int channel = 0; channel < 4; ++channel)
            QCOMPARE(drivers(channel).cpl, 30.0);
        QCOMPARE(drivers(4).cpl, 25.0);
    }

    void refusedPasteChangesNothingAndSaysWhy()
    {
        const Plan before = m_document->plan();
        QSignalSpy messages(view(), &SpreadsheetView::messageShown);
        select(0, cplColumn(), 0, cplColumn());
        QVERIFY(!view()->pasteText(QStringLiteral("-5\t100\n")));
        QCOMPARE_PLANS(m_document->plan(), before);
        QCOMPARE(messages.size(), 1);
        QVERIFY(!messages.first().first().toString().isEmpty());
    }

    void deleteClearsTheSelectedCells()
    {
        select(0, saturationColumn(), 1, saturationColumn());
        QTest::keyClick(view(), Qt::Key_Delete);
        QVERIFY(!drivers(0).saturationSpend.has_value());
        QVERIFY(!drivers(1).saturationSpend.has_value());
        QVERIFY(drivers(2).saturationSpend.has_value());
        m_document->undoStack()->undo();
        QCOMPARE(drivers(0).saturationSpend.value_or(0), 900000.0);

        // A CPL cannot be empty: the delete is refused and the value stays.
        QSignalSpy messages(view(), &SpreadsheetView::messageShown);
        select(0, cplColumn(), 0, cplColumn());
        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(drivers(0).cpl, 45.0);
        QCOMPARE(messages.size(), 1);
    }

    void typingOnACellEditsItAndEnterMovesDown()
    {
        select(0, cplColumn(), 0, cplColumn());
        QWidget *editor = typeOnCell(QStringLiteral("47"));
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on the next turn of the event loop.
        QTRY_COMPARE(drivers(0).cpl, 47.0);
        QCOMPARE(view()->currentIndex().row(), 1);
        QVERIFY(m_document->undoStack()->undoText().contains(QStringLiteral("47")));
    }

    void refusedTypingKeepsTheValueAndSaysWhy()
    {
        QSignalSpy messages(view(), &SpreadsheetView::messageShown);
        select(1, cplColumn(), 1, cplColumn());
        QWidget *editor = typeOnCell(QStringLiteral("-3"));
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(messages.size(), 1);
        QCOMPARE(drivers(1).cpl, 12.0);
        // A sentence about the cell, quoting what was typed (with a real minus sign).
        const QString message = messages.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("you typed −3")), qPrintable(message));
        QVERIFY(message.startsWith(QStringLiteral("Short video ads: cost per lead")));
    }

    // Issue 22 E.22: the reason is shown at the cell, not only in the status bar, and it stays
    // there after the editor closes and the keyboard goes on (a tooltip vanished at the focus
    // change that closing the editor makes, and at the next key).
    void refusalStaysVisibleAtTheCell()
    {
        select(1, cplColumn(), 1, cplColumn());
        QWidget *editor = typeOnCell(QStringLiteral("-3"));
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(m_document->plan().scenarios[0].channels[1].cpl == 12.0 &&
                    !view()->findChild<QLineEdit *>());
        // A shown label that says why, wherever it lives (a tooltip is a top-level label).
        const auto shownReason = []() -> QLabel * {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                QList<QLabel *> labels = top->findChildren<QLabel *>();
                if (auto *own = qobject_cast<QLabel *>(top))
                    labels.append(own);
                for (QLabel *label : labels) {
                    if (label->isVisible() && label->text().contains(QStringLiteral("you typed")))
                        return label;
                }
            }
            return nullptr;
        };
        QApplication::processEvents();
        QTest::qWait(50);
        QLabel *reason = shownReason();
        QVERIFY2(reason, "the reason is not shown at the cell");
        // The cursor stays on the refused cell (Enter moves down only after an accepted edit), so
        // the note is next to the value it is about and typing again retries.
        QCOMPARE(view()->currentIndex(), model()->index(1, cplColumn()));
        // Near the cell: just below it, in the table.
        const QRect cell = view()->visualRect(model()->index(1, cplColumn()));
        const QPoint cellBottom = view()->viewport()->mapToGlobal(cell.bottomLeft());
        const QPoint at = reason->mapToGlobal(QPoint(0, 0));
        QVERIFY2(qAbs(at.y() - cellBottom.y()) < 2 * cell.height(),
                 qPrintable(QStringLiteral("%1 vs %2").arg(at.y()).arg(cellBottom.y())));
        // For a person to look at (scripts/screenshots.sh sets the folder).
        if (const QString folder = qEnvironmentVariable("CPLAN_SCREENSHOT_DIR"); !folder.isEmpty())
            m_page->grab().save(QDir(folder).filePath(QStringLiteral("cell-refusal.png")));
        // Moving on with the keyboard (an arrow key) keeps it until the cell changes; a new
        // current cell takes it away.
        QTest::keyClick(view(), Qt::Key_Shift);
        QVERIFY(shownReason());
        QTest::keyClick(view(), Qt::Key_Down);
        QTRY_VERIFY(!shownReason());
    }
};

QTEST_MAIN(SpreadsheetViewTest)
#include "SpreadsheetViewTest.moc"
