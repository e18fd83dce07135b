#pragma once

// A table that behaves like a spreadsheet (the "professional desktop tool"): arrow keys
// and Tab move, typing starts an edit, Enter commits and moves down, Delete clears the selected
// cells, Ctrl+C / Ctrl+X / Ctrl+V copy, cut and paste rectangular ranges as tab-separated text
// (the form Excel and LibreOffice exchange). Edits and pastes go through the plan models
// (PlanTableModel), so each is one undo step and a refusal comes back with the validator's
// message, which the view shows in a note at the cell (CellBalloon) and announces through
// messageShown(); the cursor stays on a refused cell.

#include <QTableView>

#include <vector>

class QLabel;
class QTimer;

namespace cplan {

class CellBalloon;
class CellDelegate;
class PlanTableModel;

class SpreadsheetView : public QTableView
{
    Q_OBJECT

public:
    explicit SpreadsheetView(QWidget *parent = nullptr);

    // Rows measured for a column sized to its contents (beyond those on screen).
    static constexpr int ResizeContentsRows = 60;

    CellDelegate *cellDelegate() const { return m_delegate; }

    // The selected rectangle (the bounding box of the selection), or an invalid range.
    QItemSelectionRange selectedRectangle() const;

    // The clipboard actions; public so menus and tests can call them. Each returns false (and
    // shows why) when nothing happened.
    bool copySelection();
    bool cutSelection();
    bool pasteClipboard();
    bool clearSelection();
    // Pastes `text` (tab-separated rows) at the current cell, or fills the selection with a
    // single pasted value.
    bool pasteText(const QString &text);

    // Selects `row`, `column` and scrolls to it (the Alerts dock's "jump to the place").
    void focusCell(int row, int column);

    void setModel(QAbstractItemModel *model) override;
    // QTableView's measure of a column's cells, remembered until a cell of the column changes
    // (dataChanged, in any role), rows or columns come, go or move, the model resets or lays
    // out again, other rows come into view, or the font, style or palette change. When one
    // column of a table sized to its contents changes width, QHeaderView measures every other
    // column again (a budget edit that gave the channel amounts their cents measured all 14
    // columns of 50 channels); their cells did not change, so their measures are reused.
    int sizeHintForColumn(int column) const override;
    // Keeps the first column (the channel's name) in place while the others scroll sideways.
    // Call after setModel().
    void freezeFirstColumn();
    QTableView *frozenColumn() const { return m_frozen; }
    // The bar along the table's bottom edge that says, in sentences, what is wrong with its
    // cells; shown while any cell breaks a rule (cells are also painted and have tooltips).
    QLabel *problemsBar() const { return m_problems; }
    // Recomputes the bar now (it follows the model's signals, a moment later).
    void refreshProblems();
    // Says why an edit of `index` was refused: in a note at the cell and through
    // messageShown() (pop-up editors of a page's own delegates report here too).
    void showRefusal(const QModelIndex &index, const QString &reason);
    CellBalloon *refusalNote() const { return m_refusalNote; }

signals:
    // A refusal or a short confirmation, for the status bar.
    void messageShown(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void updateGeometries() override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    PlanTableModel *planModel() const;
    bool writeBlock(const QModelIndex &topLeft, const std::vector<QStringList> &rows);

    void placeProblemsBar();
    void placeFrozenColumn();

    CellDelegate *m_delegate;
    QLabel *m_problems;
    QTimer *m_problemsTimer;
    CellBalloon *m_refusalNote;
    // The cell whose edit was refused since the last edit started: Enter keeps the cursor there.
    QPersistentModelIndex m_refusedCell;
    bool m_problemsStale = false; // the model changed while the view was hidden
    QTableView *m_frozen = nullptr;
    // sizeHintForColumn()'s remembered measures: per column the hint and the rows it measured
    // (first and last row in view, row count, hidden rows); hint -1: measure again.
    struct ColumnMeasure
    {
        int hint = -1;
        int top = 0;
        int bottom = 0;
        int rows = 0;
        int hiddenRows = 0;
    };
    mutable std::vector<ColumnMeasure> m_columnMeasures;
    void forgetColumnMeasures(int first = 0, int last = -1);
    // Replaces QTableView::columnResized(): the columns right of a column that changed width
    // are moved on screen (their pixels shifted), not painted again; Qt repaints the whole
    // viewport whenever the table is not scrolled sideways. The scroll bars and open editors
    // follow a moment later, as in Qt.
    void columnWidthChanged(int column, int oldWidth, int newWidth);
    QTimer *m_geometriesTimer;
};

} // namespace cplan
