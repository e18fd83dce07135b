#pragma once

// What the phasing weights make of the money (MODEL.md §3.2–3.3), read-only, for the active
// scenario: row 0 is all channels together, row 1 + c channel c; one column per plan month, then
// one per quarter of the horizon, then the total. A cell shows the spend and its share of the
// row's total ("5.8% · 1,166,667"); EditRole is the amount; amount() and share() give both.
// Rebuilt whenever the projection changes.

#include <QAbstractTableModel>
#include <QPointer>

#include <utility>
#include <vector>

namespace cplan {

class PlanDocument;

class PhasingAmountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PhasingAmountsModel(PlanDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The spend of a cell and its share of the row's total (0 when the row spends nothing).
    double amount(int row, int column) const;
    double share(int row, int column) const;
    // The first quarter column and the total column.
    int firstQuarterColumn() const;
    int totalColumn() const { return columnCount() - 1; }

private:
    int months() const;
    int quarters() const { return (months() + 2) / 3; }
    // Months [first, last) a column adds up.
    std::pair<int, int> monthRange(int column) const;
    // The decimals a column's amounts show in Chinese units (one number per column, issue 22
    // B.7), worked out once per projection.
    int columnDecimals(int column) const;

    QPointer<PlanDocument> m_document;
    int m_shownRows = 0; // the shape the views were last told of
    int m_shownColumns = 0;
    mutable std::vector<int> m_decimals; // columnDecimals(), -1 when not worked out yet
    mutable int m_decimalsStyle = -1;    // the amount style m_decimals were worked out in
};

} // namespace cplan
