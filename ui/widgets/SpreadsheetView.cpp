#include "ui/widgets/SpreadsheetView.h"

#include "models/document/PlanDocument.h"
#include "models/itemmodels/PlanTableModel.h"
#include "models/itemmodels/TabularText.h"
#include "ui/widgets/CellDelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QToolTip>

namespace cplan {

SpreadsheetView::SpreadsheetView(QWidget *parent)
    : QTableView(parent), m_delegate(new CellDelegate(this))
{
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                    QAbstractItemView::EditKeyPressed);
    setAlternatingRowColors(true);
    setTabKeyNavigation(true);
    setWordWrap(false);
    horizontalHeader()->setHighlightSections(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    connect(m_delegate, &CellDelegate::editRefused, this, &SpreadsheetView::showRefusal);
}

PlanTableModel *SpreadsheetView::planModel() const
{
    return qobject_cast<PlanTableModel *>(model());
}

QItemSelectionRange SpreadsheetView::selectedRectangle() const
{
    const QModelIndexList indexes =
        selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    if (indexes.isEmpty()) {
        const QModelIndex current = currentIndex();
        return current.isValid() ? QItemSelectionRange(current) : QItemSelectionRange();
    }
    int top = indexes.first().row(), bottom = top;
    int left = indexes.first().column(), right = left;
    for (const QModelIndex &index : indexes) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
        left = std::min(left, index.column());
        right = std::max(right, index.column());
    }
    return QItemSelectionRange(model()->index(top, left), model()->index(bottom, right));
}

bool SpreadsheetView::copySelection()
{
    const QItemSelectionRange range = selectedRectangle();
    if (!range.isValid())
        return false;
    std::vector<QStringList> rows;
    if (PlanTableModel *plan = planModel()) {
        rows = plan->textBlock(range.top(), range.left(), range.bottom(), range.right());
    } else {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            QStringList cells;
            for (int column = range.left(); column <= range.right(); ++column)
                cells << model()->index(row, column).data().toString();
            rows.push_back(cells);
        }
    }
    QApplication::clipboard()->setText(TabularText::format(rows));
    emit messageShown(tr("Copied %n cell(s)", nullptr, range.width() * range.height()));
    return true;
}

bool SpreadsheetView::cutSelection()
{
    return copySelection() && clearSelection();
}

bool SpreadsheetView::clearSelection()
{
    const QItemSelectionRange range = selectedRectangle();
    if (!range.isValid())
        return false;
    const std::vector<QStringList> empty(range.height(), QStringList(range.width(), QString()));
    return writeBlock(range.topLeft(), empty);
}

bool SpreadsheetView::pasteClipboard()
{
    return pasteText(QApplication::clipboard()->text());
}

bool SpreadsheetView::pasteText(const QString &text)
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return false;
    const Result<std::vector<QStringList>> parsed = TabularText::parse(text);
    if (!parsed) {
        showRefusal(current, parsed.error());
        return false;
    }
    std::vector<QStringList> rows = parsed.value();
    if (rows.empty())
        return false;
    QItemSelectionRange range = selectedRectangle();
    // One value pasted over a selection fills it, as spreadsheets do.
    if (rows.size() == 1 && rows.front().size() == 1 && range.isValid()) {
        rows.assign(range.height(), QStringList(range.width(), rows.front().front()));
        return writeBlock(range.topLeft(), rows);
    }
    const QModelIndex topLeft = range.isValid() ? QModelIndex(range.topLeft()) : current;
    if (writeBlock(topLeft, rows)) {
        const int width = int(rows.front().size());
        selectionModel()->select(
            QItemSelection(topLeft, model()->index(topLeft.row() + int(rows.size()) - 1,
                                                   topLeft.column() + width - 1)),
            QItemSelectionModel::ClearAndSelect);
        return true;
    }
    return false;
}

bool SpreadsheetView::writeBlock(const QModelIndex &topLeft, const std::vector<QStringList> &rows)
{
    PlanTableModel *plan = planModel();
    if (!plan) {
        showRefusal(topLeft, tr("This table cannot be edited."));
        return false;
    }
    if (!plan->pasteBlock(topLeft, rows)) {
        showRefusal(topLeft, plan->lastError());
        return false;
    }
    return true;
}

void SpreadsheetView::showRefusal(const QModelIndex &index, const QString &reason)
{
    // Visible at the cell (a tooltip that does not need a hover) and in the status bar.
    const QRect cell = visualRect(index);
    const QPoint where = viewport()->mapToGlobal(cell.isValid() ? cell.bottomLeft() : QPoint());
    QToolTip::showText(where, reason, viewport(), QRect(), 6000);
    emit messageShown(reason);
}

void SpreadsheetView::focusCell(int row, int column)
{
    if (!model())
        return;
    const QModelIndex index = model()->index(std::max(row, 0), std::max(column, 0));
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    scrollTo(index, QAbstractItemView::PositionAtCenter);
    setFocus(Qt::OtherFocusReason);
}

void SpreadsheetView::keyPressEvent(QKeyEvent *event)
{
    if (state() != QAbstractItemView::EditingState) {
        if (event->matches(QKeySequence::Copy)) {
            copySelection();
            return;
        }
        if (event->matches(QKeySequence::Cut)) {
            cutSelection();
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            pasteClipboard();
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            clearSelection();
            return;
        }
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
            event->modifiers() == Qt::NoModifier) {
            const QModelIndex below = moveCursor(QAbstractItemView::MoveDown, Qt::NoModifier);
            if (below.isValid())
                setCurrentIndex(below);
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void SpreadsheetView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Enter commits and moves down, like a spreadsheet (Tab already moves right).
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        const QModelIndex below = moveCursor(QAbstractItemView::MoveDown, Qt::NoModifier);
        if (below.isValid())
            setCurrentIndex(below);
        return;
    }
    QTableView::closeEditor(editor, hint);
}

} // namespace cplan
