#pragma once

// Budget categories with the active scenario's shares (MODEL.md §1, §2, §3.1): one row per
// category. Columns: name, kind ("channel"/"overhead"/"reserve"), share (DisplayRole "60%",
// EditRole 0.6, SumOffRole when the shares do not sum to 1), amount (budget x share, read-only).
// A share edit that makes the sum off is allowed and shown; normalising is
// PlanDocument::normaliseCategoryShares.

#include "models/itemmodels/PlanTableModel.h"

namespace cplan {

class CategoriesModel : public PlanTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        ShareColumn,
        AmountColumn,
        ColumnCount
    };

    explicit CategoriesModel(PlanDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QVariant cellData(int row, int column, int role) const override;
    Status writeCell(Plan &plan, int row, int column, const QVariant &value) const override;
    QString cellPath(const Plan &plan, int row, int column) const override;
    std::optional<PlanChange::Area> rowList() const override
    {
        return PlanChange::Area::Categories;
    }
    bool isCellEditable(int row, int column) const override;
    QString rowTitle(int row) const override;
    QString valueWords(int row, int column, const QVariant &value) const override;
    QString columnTitle(int column) const override;
};

} // namespace cplan
