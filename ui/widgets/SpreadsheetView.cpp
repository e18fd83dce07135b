#include "ui/widgets/SpreadsheetView.h"

#include "models/itemmodels/ItemRoles.h"
#include "models/itemmodels/PlanTableModel.h"
#include "models/itemmodels/TabularText.h"
#include "ui/widgets/CellBalloon.h"
#include "ui/widgets/CellDelegate.h"
#include "ui/widgets/PlainText.h"
#include "ui/widgets/TableCopy.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>

#include <algorithm>

namespace cplan {

namespace {

// A header whose columns sized to their contents are measured while it is on screen, and
// otherwise once, when it is next shown: a table on another page costs nothing per edit.
class ContentsHeader : public QHeaderView
{
public:
    explicit ContentsHeader(Qt::Orientation orientation, QWidget *parent)
        : QHeaderView(orientation, parent)
    {
        setSectionsClickable(true);
        setHighlightSections(true);
    }

protected:
    // A header's tooltip shown as plain text (PlainText.h): it can name a stage.
    bool viewportEvent(QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip || !model())
            return QHeaderView::viewportEvent(event);
        auto *help = static_cast<QHelpEvent *>(event);
        const int section = logicalIndexAt(help->pos());
        const QString text =
            section < 0 ? QString()
                        : model()->headerData(section, orientation(), Qt::ToolTipRole).toString();
        QToolTip::showText(help->globalPos(), plainToolTip(text), this);
        event->setAccepted(!text.isEmpty());
        return true;
    }

    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles) override
    {
        if (!isVisible()) {
            m_measureWhenShown = true;
            return;
        }
        const bool horizontal = orientation() == Qt::Horizontal;
        const int first = horizontal ? topLeft.column() : topLeft.row();
        const int last = horizontal ? bottomRight.column() : bottomRight.row();
        auto *view = qobject_cast<QAbstractItemView *>(parentWidget());
        if (!view || (first <= 0 && last >= count() - 1)) {
            QHeaderView::dataChanged(topLeft, bottomRight, roles);
            return;
        }
        // QHeaderView measures every section sized to its contents when any cell changes;
        // measure only the changed ones (a budget edit changes one column of the channel
        // table). A section whose width moved lays out the others as Qt would.
        for (int section = std::max(first, 0); section <= last && section < count(); ++section) {
            if (isSectionHidden(section) || sectionResizeMode(section) != ResizeToContents)
                continue;
            const int contents =
                horizontal ? view->sizeHintForColumn(section) : view->sizeHintForRow(section);
            const int size = std::clamp(std::max(contents, sectionSizeHint(section)),
                                        minimumSectionSize(), maximumSectionSize());
            if (size != sectionSize(section))
                resizeSection(section, size);
        }
    }

    void showEvent(QShowEvent *event) override
    {
        QHeaderView::showEvent(event);
        if (m_measureWhenShown && model() && count() > 0) {
            m_measureWhenShown = false;
            const bool horizontal = orientation() == Qt::Horizontal;
            const QModelIndex last =
                model()->index(horizontal ? 0 : count() - 1, horizontal ? count() - 1 : 0);
            if (last.isValid())
                QHeaderView::dataChanged(model()->index(0, 0), last, {});
        }
    }

private:
    bool m_measureWhenShown = false;
};

} // namespace

SpreadsheetView::SpreadsheetView(QWidget *parent)
    : QTableView(parent), m_delegate(new CellDelegate(this)), m_problems(new QLabel(this)),
      m_problemsTimer(new QTimer(this)), m_refusalNote(new CellBalloon(this)),
      m_geometriesTimer(new QTimer(this))
{
    m_problems->setObjectName(QStringLiteral("problemsBar"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setMargin(6);
    m_problems->setAutoFillBackground(true);
    // The same red as the painted cells, readable in light and dark themes.
    QPalette problemsPalette = m_problems->palette();
    problemsPalette.setColor(QPalette::Window, QColor(0xfd, 0xe8, 0xe6));
    problemsPalette.setColor(QPalette::WindowText, QColor(0x5a, 0x1a, 0x16));
    m_problems->setPalette(problemsPalette);
    m_problems->hide();
    m_problemsTimer->setSingleShot(true);
    m_problemsTimer->setInterval(0);
    // A hidden table (another page) catches up when it is shown: its model may be large.
    connect(m_problemsTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refreshProblems();
        else
            m_problemsStale = true;
    });
    setHorizontalHeader(new ContentsHeader(Qt::Horizontal, this));
    // A budget edit that gives the channel amounts their cents widens one column; Qt then
    // repaints every cell on screen (all 14 columns), columnWidthChanged() only that column.
    // QTableView connects by name; should a Qt version connect otherwise, its slot stays.
    m_geometriesTimer->setSingleShot(true);
    m_geometriesTimer->setInterval(0);
    connect(m_geometriesTimer, &QTimer::timeout, this, [this] { updateGeometries(); });
    if (disconnect(horizontalHeader(), SIGNAL(sectionResized(int, int, int)), this,
                   SLOT(columnResized(int, int, int))))
        connect(horizontalHeader(), &QHeaderView::sectionResized, this,
                &SpreadsheetView::columnWidthChanged);
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
    // Columns sized to their contents measure the shown rows and this many more (Qt's default,
    // 1,000, costs a frame on every edit of a 24,000-row grid).
    horizontalHeader()->setResizeContentsPrecision(ResizeContentsRows);
    verticalHeader()->setResizeContentsPrecision(ResizeContentsRows);
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
            for (int column = range.left(); column <= range.right(); ++column) {
                // Raw numbers, as the read-only tables copy them (issue 22 B.6).
                const QModelIndex index = model()->index(row, column);
                const QVariant raw = index.data(TableCopy::RawValueRole);
                cells << (raw.isValid() ? raw.toString()
                                        : TableCopy::plainCellText(index.data().toString()));
            }
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
    // At the cell, in a note that outlives the editor's closing (a tooltip did not: the focus
    // change hid it at once), and in the status bar.
    m_refusedCell = index;
    m_refusalNote->showAt(index.isValid() ? index : currentIndex(), reason);
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

void SpreadsheetView::setModel(QAbstractItemModel *newModel)
{
    if (newModel == model())
        return;
    forgetColumnMeasures();
    // Connected before QTableView::setModel(): the headers, which connect there, measure in
    // their own dataChanged() and must not find a measure of the cells as they were.
    if (newModel) {
        connect(newModel, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    forgetColumnMeasures(topLeft.column(), bottomRight.column());
                });
        const auto forgetAll = [this] {
            forgetColumnMeasures();
        };
        connect(newModel, &QAbstractItemModel::modelReset, this, forgetAll);
        connect(newModel, &QAbstractItemModel::layoutChanged, this, forgetAll);
        connect(newModel, &QAbstractItemModel::rowsInserted, this, forgetAll);
        connect(newModel, &QAbstractItemModel::rowsRemoved, this, forgetAll);
        connect(newModel, &QAbstractItemModel::rowsMoved, this, forgetAll);
        connect(newModel, &QAbstractItemModel::columnsInserted, this, forgetAll);
        connect(newModel, &QAbstractItemModel::columnsRemoved, this, forgetAll);
        connect(newModel, &QAbstractItemModel::columnsMoved, this, forgetAll);
    }
    QTableView::setModel(newModel);
    if (!newModel)
        return;
    const auto later = [this] {
        m_problemsTimer->start();
    };
    connect(newModel, &QAbstractItemModel::dataChanged, this, later);
    connect(newModel, &QAbstractItemModel::modelReset, this, later);
    connect(newModel, &QAbstractItemModel::layoutChanged, this, later);
    connect(newModel, &QAbstractItemModel::rowsInserted, this, later);
    connect(newModel, &QAbstractItemModel::rowsRemoved, this, later);
    connect(newModel, &QAbstractItemModel::columnsInserted, this, later);
    connect(newModel, &QAbstractItemModel::columnsRemoved, this, later);
    refreshProblems();
}

void SpreadsheetView::refreshProblems()
{
    m_problemsTimer->stop();
    m_problemsStale = false;
    QStringList sentences;
    int cells = 0;
    if (QAbstractItemModel *source = model()) {
        // Shares that do not add up are a rule of the whole column (its header says so).
        for (int column = 0; column < source->columnCount(); ++column) {
            if (source->headerData(column, Qt::Horizontal, SumOffRole).toBool()) {
                const QString line = source->headerData(column, Qt::Horizontal, Qt::ToolTipRole)
                                         .toString()
                                         .section(QLatin1Char('\n'), 0, 0);
                if (!line.isEmpty() && !sentences.contains(line))
                    sentences << line;
            }
        }
        // A clean table (the usual case) has no cell to look at; the root says so at once.
        const bool anyCell = source->data(QModelIndex(), ViolationRole).toBool();
        const int rows = anyCell ? source->rowCount() : 0;
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < source->columnCount(); ++column) {
                const QModelIndex index = source->index(row, column);
                if (!index.data(ViolationRole).toBool())
                    continue;
                ++cells;
                const QStringList lines = index.data(Qt::ToolTipRole)
                                              .toString()
                                              .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                for (const QString &line : lines) {
                    if (!sentences.contains(line))
                        sentences << line;
                }
            }
        }
    }
    if (sentences.isEmpty()) {
        m_problems->hide();
        m_problems->clear();
        return;
    }
    constexpr int shown = 3;
    QStringList lines = sentences.mid(0, shown);
    if (sentences.size() > shown)
        lines << tr("… and %n more (hover over the red cells)", nullptr,
                    int(sentences.size() - shown));
    m_problems->setText(QStringLiteral("⚠ ") + lines.join(QStringLiteral("\n⚠ ")));
    m_problems->setToolTip(plainToolTip(sentences.join(QLatin1Char('\n'))));
    m_problems->setAccessibleName(tr("%n cell(s) need attention", nullptr, cells));
    m_problems->show();
    placeProblemsBar();
}

void SpreadsheetView::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
    if (m_problemsStale)
        m_problemsTimer->start();
}

void SpreadsheetView::changeEvent(QEvent *event)
{
    // Text widths follow the font and style; the palette and locale are forgotten too, to be
    // safe (they change rarely).
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::PaletteChange:
    case QEvent::LocaleChange:
    case QEvent::LanguageChange:
        forgetColumnMeasures();
        break;
    default:
        break;
    }
    QTableView::changeEvent(event);
}

void SpreadsheetView::forgetColumnMeasures(int first, int last)
{
    if (last < 0 || last >= int(m_columnMeasures.size()))
        last = int(m_columnMeasures.size()) - 1;
    for (int column = std::max(first, 0); column <= last; ++column)
        m_columnMeasures[std::size_t(column)].hint = -1;
}

int SpreadsheetView::sizeHintForColumn(int column) const
{
    if (!model() || column < 0 || column >= model()->columnCount())
        return QTableView::sizeHintForColumn(column);
    // The rows QTableView::sizeHintForColumn() measures follow from these (and the precision,
    // which is fixed).
    const QHeaderView *rowsHeader = verticalHeader();
    const int rows = model()->rowCount();
    const int top = std::max(0, rowsHeader->visualIndexAt(0));
    int bottom = rowsHeader->visualIndexAt(viewport()->height());
    if (!isVisible() || bottom == -1)
        bottom = rows - 1;
    const int hiddenRows = rowsHeader->hiddenSectionCount();
    if (m_columnMeasures.size() != std::size_t(model()->columnCount()))
        m_columnMeasures.assign(std::size_t(model()->columnCount()), ColumnMeasure{});
    ColumnMeasure &measure = m_columnMeasures[std::size_t(column)];
    if (measure.hint >= 0 && measure.top == top && measure.bottom == bottom &&
        measure.rows == rows && measure.hiddenRows == hiddenRows)
        return measure.hint;
    const int hint = QTableView::sizeHintForColumn(column);
    measure = ColumnMeasure{hint, top, bottom, rows, hiddenRows};
    return hint;
}

void SpreadsheetView::columnWidthChanged(int column, int oldWidth, int newWidth)
{
    // Columns left of this one stay where they are only while the table is not scrolled
    // sideways (and runs left to right); otherwise Qt's way.
    if (isRightToLeft() || horizontalScrollBar()->value() != 0 || !viewport()->isVisible() ||
        isColumnHidden(column)) {
        QTableView::columnResized(column, oldWidth, newWidth);
        return;
    }
    const int x = columnViewportPosition(column);
    const int width = viewport()->width();
    const int height = viewport()->height();
    if (x >= 0 && x < width) {
        // The columns to the right move by the change (the strip they leave or uncover is
        // painted), then the column itself is painted at its new width.
        const int kept = x + std::min(oldWidth, newWidth);
        if (kept < width)
            viewport()->scroll(newWidth - oldWidth, 0, QRect(kept, 0, width - kept, height));
        viewport()->update(QRect(x, 0, std::max(oldWidth, newWidth), height));
    }
    m_geometriesTimer->start();
}

void SpreadsheetView::placeProblemsBar()
{
    if (m_problems->isHidden())
        return;
    const QRect area = viewport()->geometry();
    const int height = std::min(m_problems->heightForWidth(area.width()), area.height() / 2);
    m_problems->setGeometry(area.left(), area.bottom() + 1 - height, area.width(), height);
    m_problems->raise();
}

void SpreadsheetView::freezeFirstColumn()
{
    if (m_frozen || !model())
        return;
    // Qt's "Frozen Column" example: a second view over the first column, sharing the model,
    // the selection and the vertical scrolling.
    m_frozen = new QTableView(this);
    m_frozen->setObjectName(QStringLiteral("frozenColumn"));
    m_frozen->setModel(model());
    m_frozen->setItemDelegate(m_delegate);
    m_frozen->setSelectionModel(selectionModel());
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_frozen->verticalHeader()->hide();
    m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->horizontalHeader()->setDefaultAlignment(horizontalHeader()->defaultAlignment());
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(verticalScrollMode());
    m_frozen->setAlternatingRowColors(alternatingRowColors());
    m_frozen->setWordWrap(wordWrap());
    m_frozen->setStyleSheet(QStringLiteral("QTableView { border: none; }"));
    const auto hideOthers = [this] {
        for (int column = 1; column < model()->columnCount(); ++column)
            m_frozen->setColumnHidden(column, true);
        m_frozen->setColumnHidden(0, false);
        m_frozen->setColumnWidth(0, columnWidth(0));
        placeFrozenColumn();
    };
    hideOthers();
    connect(model(), &QAbstractItemModel::modelReset, this, hideOthers);
    connect(model(), &QAbstractItemModel::columnsInserted, this, hideOthers);
    connect(model(), &QAbstractItemModel::columnsRemoved, this, hideOthers);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int column, int, int size) {
                if (column == 0) {
                    m_frozen->setColumnWidth(0, size);
                    placeFrozenColumn();
                }
            });
    connect(verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int row, int, int size) { m_frozen->setRowHeight(row, size); });
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
            &QAbstractSlider::setValue);
    // A double click on a frozen name edits it in the main view, uncovered.
    connect(m_frozen, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        setCurrentIndex(index);
        edit(index, QAbstractItemView::DoubleClicked, nullptr);
    });
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_frozen->show();
    viewport()->stackUnder(m_frozen);
    placeFrozenColumn();
}

void SpreadsheetView::placeFrozenColumn()
{
    if (!m_frozen)
        return;
    m_frozen->setGeometry(verticalHeader()->width() + frameWidth(), frameWidth(), columnWidth(0),
                          viewport()->height() + horizontalHeader()->height());
    m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
    if (m_problems->isVisible())
        m_problems->raise();
}

QModelIndex SpreadsheetView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(cursorAction, modifiers);
    // Moving left onto a column hidden under the frozen one scrolls it into view.
    if (m_frozen && cursorAction == MoveLeft && current.column() > 0) {
        const int x = visualRect(current).topLeft().x();
        if (x < m_frozen->columnWidth(0)) {
            const int newValue = horizontalScrollBar()->value() + x - m_frozen->columnWidth(0);
            horizontalScrollBar()->setValue(newValue);
        }
    }
    return current;
}

void SpreadsheetView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    // The frozen column is always visible: scroll only vertically for it.
    if (m_frozen && index.column() == 0) {
        const int keep = horizontalScrollBar()->value();
        QTableView::scrollTo(index, hint);
        horizontalScrollBar()->setValue(keep);
        return;
    }
    QTableView::scrollTo(index, hint);
}

bool SpreadsheetView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    if (trigger != QAbstractItemView::NoEditTriggers &&
        trigger != QAbstractItemView::CurrentChanged) {
        // A new attempt: the last refusal's note has been read.
        m_refusedCell = QPersistentModelIndex();
        m_refusalNote->hide();
    }
    // The editor of a frozen cell opens in the main view: scroll fully left so it lies exactly
    // under the frozen copy, and hide that copy while the editor is open.
    if (m_frozen && index.column() == 0) {
        const bool started = QTableView::edit(index, trigger, event);
        if (started) {
            horizontalScrollBar()->setValue(0);
            m_frozen->hide();
        }
        return started;
    }
    return QTableView::edit(index, trigger, event);
}

void SpreadsheetView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    placeProblemsBar();
    placeFrozenColumn();
}

void SpreadsheetView::updateGeometries()
{
    QTableView::updateGeometries();
    placeProblemsBar();
    placeFrozenColumn();
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
    if (m_frozen && m_frozen->isHidden()) {
        m_frozen->show();
        placeFrozenColumn();
    }
    // Enter commits and moves down, like a spreadsheet (Tab already moves right); a refused
    // value keeps the cursor on its cell, beside the note that says why.
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        if (m_refusedCell.isValid() && m_refusedCell == currentIndex())
            return;
        const QModelIndex below = moveCursor(QAbstractItemView::MoveDown, Qt::NoModifier);
        if (below.isValid())
            setCurrentIndex(below);
        return;
    }
    QTableView::closeEditor(editor, hint);
}

} // namespace cplan
