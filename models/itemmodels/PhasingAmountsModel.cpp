#include "models/itemmodels/PhasingAmountsModel.h"

#include "models/document/PlanDocument.h"
#include "models/engine/Projection.h"
#include "models/itemmodels/ValueFormat.h"

namespace cplan {

PhasingAmountsModel::PhasingAmountsModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    Q_ASSERT(document);
    // The shape follows the horizon and the channels: a new projection of the same shape changes
    // the values (selection and scroll position stay), another shape resets the table.
    connect(document, &PlanDocument::projectionChanged, this, [this] {
        m_decimals.clear();
        const int rows = rowCount();
        const int columns = columnCount();
        if (rows != m_shownRows || columns != m_shownColumns) {
            beginResetModel();
            m_shownRows = rows;
            m_shownColumns = columns;
            endResetModel();
        } else if (rows > 0 && columns > 0) {
            emit dataChanged(index(0, 0), index(rows - 1, columns - 1));
        }
    });
    m_shownRows = rowCount();
    m_shownColumns = columnCount();
}

int PhasingAmountsModel::months() const
{
    const Projection *projection = m_document ? m_document->projection() : nullptr;
    return projection ? int(projection->spend.cols()) : 0;
}

int PhasingAmountsModel::rowCount(const QModelIndex &parent) const
{
    const Projection *projection = m_document ? m_document->projection() : nullptr;
    return parent.isValid() || !projection ? 0 : 1 + int(projection->spend.rows());
}

int PhasingAmountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || months() == 0 ? 0 : months() + quarters() + 1;
}

int PhasingAmountsModel::firstQuarterColumn() const
{
    return months();
}

std::pair<int, int> PhasingAmountsModel::monthRange(int column) const
{
    const int count = months();
    if (column < count)
        return {column, column + 1};
    if (column < count + quarters()) {
        const int quarter = column - count;
        return {quarter * 3, std::min(quarter * 3 + 3, count)};
    }
    return {0, count};
}

double PhasingAmountsModel::amount(int row, int column) const
{
    const Projection *projection = m_document ? m_document->projection() : nullptr;
    if (!projection || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return 0.0;
    const auto [first, last] = monthRange(column);
    const Eigen::Index span = last - first;
    if (row == 0)
        return projection->spend.middleCols(first, span).sum();
    return projection->spend.row(row - 1).segment(first, span).sum();
}

double PhasingAmountsModel::share(int row, int column) const
{
    const double total = amount(row, totalColumn());
    return total > 0.0 ? amount(row, column) / total : 0.0;
}

int PhasingAmountsModel::columnDecimals(int column) const
{
    if (m_decimalsStyle != int(ValueFormat::amountStyle()) ||
        m_decimals.size() != std::size_t(columnCount())) {
        m_decimalsStyle = int(ValueFormat::amountStyle());
        m_decimals.assign(std::size_t(columnCount()), -1);
    }
    if (column < 0 || column >= columnCount())
        return -1;
    int &decimals = m_decimals[std::size_t(column)];
    if (decimals < 0) {
        std::vector<double> amounts;
        for (int row = 0; row < rowCount(); ++row)
            amounts.push_back(amount(row, column));
        decimals = ValueFormat::moneyDecimals(amounts);
    }
    return decimals;
}

QVariant PhasingAmountsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        // Grouped digits without the currency code (it would fill the cell), or "¥140万".
        const double value = amount(index.row(), index.column());
        return QStringLiteral("%1 · %2").arg(
            ValueFormat::percent(share(index.row(), index.column())),
            ValueFormat::amountStyle() == AmountStyle::ChineseUnits
                ? ValueFormat::money(value, m_document->plan().currency,
                                     columnDecimals(index.column()))
                : ValueFormat::number(value, 0));
    }
    case Qt::EditRole:
        return amount(index.row(), index.column());
    case Qt::ToolTipRole:
        return tr("%1 of the row's spend: %2")
            .arg(ValueFormat::percent(share(index.row(), index.column())),
                 ValueFormat::money(amount(index.row(), index.column()),
                                    m_document->plan().currency));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant PhasingAmountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if ((role != Qt::DisplayRole && role != Qt::ToolTipRole) || !m_document)
        return {};
    const Projection *projection = m_document->projection();
    if (!projection)
        return {};
    if (role == Qt::ToolTipRole) {
        if (orientation != Qt::Horizontal || section < months() || section >= totalColumn())
            return {};
        const auto [first, last] = monthRange(section);
        return tr("Plan months %1 to %2")
            .arg(NumberText::formatMonth(projection->months.value(first)),
                 NumberText::formatMonth(projection->months.value(last - 1)));
    }
    if (orientation == Qt::Vertical) {
        if (section == 0)
            return tr("All channels");
        const auto &channels = m_document->plan().channels;
        return section - 1 < int(channels.size()) ? channels[std::size_t(section - 1)].name
                                                  : QString();
    }
    if (section < months())
        return NumberText::formatMonth(projection->months.value(section));
    if (section < months() + quarters())
        return tr("Q%1").arg(section - months() + 1);
    return tr("Total");
}

} // namespace cplan
