#include "models/itemmodels/PlanTableModel.h"

#include "models/document/PlanDocument.h"
#include "models/domain/Months.h"
#include "models/domain/ViolationSentence.h"
#include "models/itemmodels/ItemRoles.h"
#include "models/itemmodels/ValueFormat.h"

#include <algorithm>
#include <utility>

namespace cplan {

PlanTableModel::PlanTableModel(PlanDocument *document, PlanChange::Areas areas, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_areas(areas),
      m_valueAreas(areas | PlanChange::Area::Settings)
{
    Q_ASSERT(document);
    connect(document, &PlanDocument::planAboutToChange, this, &PlanTableModel::onAboutToChange);
    connect(document, &PlanDocument::planChanged, this, &PlanTableModel::onChanged);
    // Every model shows the active scenario with the same shape, so a switch is a value change.
    connect(document, &PlanDocument::activeScenarioChanged, this, &PlanTableModel::emitAllChanged);
}

const Plan &PlanTableModel::plan() const
{
    return m_document->plan();
}

void PlanTableModel::onAboutToChange(const PlanChange &change)
{
    if (!change.isStructural() || !(change.areas & m_areas))
        return;
    if (change.rowOp != PlanChange::RowOp::None && rowList() == change.rowList) {
        const int row = firstListRow() + change.row;
        const int to = firstListRow() + change.to;
        switch (change.rowOp) {
        case PlanChange::RowOp::Insert:
            beginInsertRows({}, row, row);
            m_rowOp = change.rowOp;
            return;
        case PlanChange::RowOp::Remove:
            beginRemoveRows({}, row, row);
            m_rowOp = change.rowOp;
            return;
        case PlanChange::RowOp::Move:
            // Qt names the row the moved one goes before, in the order before the move.
            if (row != to && beginMoveRows({}, row, row, {}, to > row ? to + 1 : to)) {
                m_rowOp = change.rowOp;
                return;
            }
            break;
        case PlanChange::RowOp::None:
            break;
        }
    }
    beginResetModel();
    m_resetting = true;
}

void PlanTableModel::setValueAreas(PlanChange::Areas areas)
{
    m_valueAreas = areas;
}

namespace {
// Which rules the plan breaks, in one number: a cell's tooltip and colour follow them.
size_t violationsKey(const std::vector<Violation> &violations)
{
    size_t key = violations.size();
    for (const Violation &violation : violations)
        key = qHashMulti(key, violation.path, violation.message);
    return key;
}
} // namespace

void PlanTableModel::onChanged(const PlanChange &change)
{
    m_moneyDecimals.clear(); // any change may move a column's decimals
    const size_t violations = violationsKey(m_document->violations());
    const bool violationsMoved = violations != m_violationsKey;
    m_violationsKey = violations;
    if (m_resetting) {
        m_resetting = false;
        endResetModel();
        m_headers = horizontalHeaders();
        return;
    }
    if (m_rowOp != PlanChange::RowOp::None) {
        const PlanChange::RowOp op = std::exchange(m_rowOp, PlanChange::RowOp::None);
        if (op == PlanChange::RowOp::Insert)
            endInsertRows();
        else if (op == PlanChange::RowOp::Remove)
            endRemoveRows();
        else
            endMoveRows();
        // Sums, shares and amounts of the other rows may follow the new list.
        emitAllChanged();
        return;
    }
    // A value change of what this table does not show (a budget, for the actuals grid) leaves
    // its cells as they were, unless the rules the plan breaks changed (a cell's colour).
    if (!(change.areas & m_valueAreas) && !violationsMoved)
        return;
    // A cell's colour and tooltip follow the broken rules, so their move refreshes every cell;
    // otherwise the columns that show what changed (sums and amounts follow other cells, so a
    // column is refreshed whole).
    if (violationsMoved)
        emitAllChanged();
    else
        emitChanged(change.areas);
}

PlanChange::Areas PlanTableModel::columnAreas(int) const
{
    return m_valueAreas;
}

void PlanTableModel::emitAllChanged()
{
    m_moneyDecimals.clear(); // e.g. another active scenario: other amounts
    const int rows = rowCount();
    const int columns = columnCount();
    if (rows > 0 && columns > 0)
        emit dataChanged(index(0, 0), index(rows - 1, columns - 1));
    emitChangedHeaders();
}

void PlanTableModel::emitChanged(PlanChange::Areas areas)
{
    const int rows = rowCount();
    const int columns = columnCount();
    int first = -1;
    for (int column = 0; column <= columns; ++column) {
        const bool reached = column < columns && (columnAreas(column) & areas);
        if (reached && first < 0)
            first = column;
        if (!reached && first >= 0) {
            if (rows > 0)
                emit dataChanged(index(0, first), index(rows - 1, column - 1));
            first = -1;
        }
    }
    emitChangedHeaders();
}

void PlanTableModel::emitChangedHeaders()
{
    const int columns = columnCount();
    // A header that did not change says nothing: a view with columns sized to their contents
    // measures every shown cell again on headerDataChanged.
    const std::vector<QVariantList> headers = horizontalHeaders();
    int first = -1;
    int last = -1;
    for (int column = 0; column < columns; ++column) {
        if (std::size_t(column) < m_headers.size() &&
            m_headers[std::size_t(column)] == headers[std::size_t(column)])
            continue;
        if (first < 0)
            first = column;
        last = column;
    }
    m_headers = headers;
    if (first >= 0)
        emit headerDataChanged(Qt::Horizontal, first, last);
}

std::vector<QVariantList> PlanTableModel::horizontalHeaders() const
{
    std::vector<QVariantList> headers;
    const int columns = columnCount();
    headers.reserve(std::size_t(std::max(columns, 0)));
    for (int column = 0; column < columns; ++column) {
        QVariantList roles;
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(SumOffRole),
                         int(Qt::ForegroundRole), int(Qt::FontRole)})
            roles << headerData(column, Qt::Horizontal, role);
        headers.push_back(roles);
    }
    return headers;
}

QVariant PlanTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_document)
        return {};
    if (!index.isValid())
        return role == ViolationRole ? QVariant(!m_document->violations().empty()) : QVariant();
    if (index.model() != this)
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::ToolTipRole: {
        const QString path = cellPath(plan(), row, column);
        if (!path.isEmpty()) {
            const auto violations = m_document->violationsAt(path);
            if (!violations.empty())
                return violationSentences(plan(), violations);
        }
        return cellData(row, column, role);
    }
    case ViolationRole: {
        // Most plans break no rule: no path is made for each painted or measured cell.
        if (m_document->violations().empty())
            return false;
        const QString path = cellPath(plan(), row, column);
        return !path.isEmpty() && !m_document->violationsAt(path).empty();
    }
    case PathRole:
        return cellPath(plan(), row, column);
    case DefaultDateRole:
        return planCalendarDate(plan().statusDate, plan().start, plan().months,
                                m_document->today());
    default:
        return cellData(row, column, role);
    }
}

QString PlanTableModel::columnMoney(int column, double value) const
{
    const QString &currency = plan().currency;
    if (column < 0 || column >= columnCount())
        return ValueFormat::money(value, currency);
    if (m_moneyStyle != ValueFormat::amountStyle()) {
        m_moneyStyle = ValueFormat::amountStyle();
        m_moneyDecimals.clear();
    }
    if (m_moneyDecimals.size() != std::size_t(columnCount()))
        m_moneyDecimals.assign(std::size_t(columnCount()), -1);
    int &decimals = m_moneyDecimals[std::size_t(column)];
    if (decimals < 0)
        decimals = ValueFormat::moneyDecimals(columnAmounts(column));
    return ValueFormat::money(value, currency, decimals);
}

std::vector<double> PlanTableModel::columnAmounts(int column) const
{
    std::vector<double> amounts;
    const int rows = rowCount();
    amounts.reserve(std::size_t(std::max(rows, 0)));
    for (int row = 0; row < rows; ++row) {
        const QVariant amount = cellData(row, column, Qt::EditRole);
        if (amount.typeId() == QMetaType::Double)
            amounts.push_back(amount.toDouble());
    }
    return amounts;
}

Qt::ItemFlags PlanTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isCellEditable(index.row(), index.column()))
        result |= Qt::ItemIsEditable;
    return result;
}

QString PlanTableModel::columnTitle(int column) const
{
    return headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

QString PlanTableModel::valueWords(int, int, const QVariant &value) const
{
    return ValueFormat::plainText(value);
}

PlanChange PlanTableModel::editChange(int) const
{
    return PlanChange::values(m_areas);
}

bool PlanTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole && role != Qt::DisplayRole)
        return false;
    if (!index.isValid() || index.model() != this) {
        m_lastError = tr("There is no such cell.");
        return false;
    }
    const QString shown = ValueFormat::plainText(value).trimmed().isEmpty()
                              ? QString()
                              : valueWords(index.row(), index.column(), value);
    const QString row = rowTitle(index.row());
    const QString column = columnTitle(index.column());
    const QString text =
        row.isEmpty()
            ? tr("Set %1 to %2").arg(column, shown.isEmpty() ? tr("none") : shown)
            : tr("Set %1 of %2 to %3").arg(column, row, shown.isEmpty() ? tr("none") : shown);
    const QString mergeKey = QStringLiteral("cell:%1:%2:%3")
                                 .arg(cellPath(plan(), index.row(), index.column()))
                                 .arg(index.row())
                                 .arg(index.column());
    return applyCells({{index, value}}, text, mergeKey);
}

bool PlanTableModel::applyCells(const std::vector<std::pair<QModelIndex, QVariant>> &cells,
                                const QString &text, const QString &mergeKey)
{
    m_lastError.clear();
    if (!m_document)
        return false;
    PlanChange change = PlanChange::values({});
    for (const auto &[index, value] : cells) {
        if (!isCellEditable(index.row(), index.column())) {
            m_lastError = tr("%1 of %2 cannot be edited.")
                              .arg(columnTitle(index.column()), rowTitle(index.row()));
            return false;
        }
        const PlanChange cellChange = editChange(index.column());
        change.areas |= cellChange.areas;
        if (cellChange.isStructural())
            change.kind = PlanChange::Kind::Structure;
    }
    // Values are written first, in reading order, then clearings from the last cell back, so a
    // block can fill or empty a list that must stay a prefix (measured stages) in one step.
    auto ordered = cells;
    std::stable_partition(ordered.begin(), ordered.end(), [](const auto &cell) {
        return !ValueFormat::plainText(cell.second).trimmed().isEmpty();
    });
    const auto firstClearing = std::find_if(ordered.begin(), ordered.end(), [](const auto &cell) {
        return ValueFormat::plainText(cell.second).trimmed().isEmpty();
    });
    std::reverse(firstClearing, ordered.end());
    auto write = [this, ordered](Plan &edited) -> Status {
        for (const auto &[index, value] : ordered) {
            Status written = writeCell(edited, index.row(), index.column(), value);
            if (!written) {
                const QString row = rowTitle(index.row());
                const QString place = row.isEmpty()
                                          ? columnTitle(index.column())
                                          : tr("%1 of %2").arg(columnTitle(index.column()), row);
                return Error{tr("%1: %2").arg(place, written.error())};
            }
        }
        return success();
    };
    // The validator locates problems in the edited plan, so the paths are taken from it (the
    // document reads them off its one edited copy).
    auto paths = [this, cells](const Plan &edited) {
        QStringList found;
        for (const auto &[index, value] : cells) {
            const QString path = cellPath(edited, index.row(), index.column());
            if (!path.isEmpty())
                found.append(path);
        }
        return found;
    };
    Status applied = m_document->applyEdit({text, write, change, {}, mergeKey, paths});
    if (!applied) {
        m_lastError = applied.error();
        return false;
    }
    return true;
}

bool PlanTableModel::pasteBlock(const QModelIndex &topLeft, const std::vector<QStringList> &rows)
{
    m_lastError.clear();
    if (!topLeft.isValid() || topLeft.model() != this) {
        m_lastError = tr("Choose the cell to paste into first.");
        return false;
    }
    if (rows.empty())
        return true;
    std::vector<std::pair<QModelIndex, QVariant>> cells;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const int row = topLeft.row() + static_cast<int>(r);
        const int lastColumn = topLeft.column() + static_cast<int>(rows[r].size()) - 1;
        if (row >= rowCount() || lastColumn >= columnCount()) {
            m_lastError = tr("The pasted block (%1 x %2) does not fit here.")
                              .arg(rows.size())
                              .arg(rows[r].size());
            return false;
        }
        for (int c = 0; c < rows[r].size(); ++c)
            cells.emplace_back(index(row, topLeft.column() + c), rows[r][c]);
    }
    // A block of nothing but empty cells is Delete on a selection: named "Clear" in the undo
    // history, not "Paste" (issue 22 E.24).
    const bool clearing = std::all_of(cells.begin(), cells.end(), [](const auto &cell) {
        return cell.second.toString().trimmed().isEmpty();
    });
    const int count = static_cast<int>(cells.size());
    return applyCells(cells,
                      clearing ? tr("Clear %n cell(s)", nullptr, count)
                               : tr("Paste %n cell(s)", nullptr, count),
                      {});
}

std::vector<QStringList> PlanTableModel::textBlock(int top, int left, int bottom, int right) const
{
    std::vector<QStringList> rows;
    for (int row = std::max(top, 0); row <= bottom && row < rowCount(); ++row) {
        QStringList cells;
        for (int column = std::max(left, 0); column <= right && column < columnCount(); ++column)
            cells.append(ValueFormat::plainText(cellData(row, column, Qt::EditRole)));
        rows.push_back(cells);
    }
    return rows;
}

} // namespace cplan
