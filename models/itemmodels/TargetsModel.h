#pragma once

// Plan targets (MODEL.md §4): one row each; columns label, metric (e.g. "cac",
// "cost_per_stage.1"), op ("<=" or ">="), value. Add/remove via PlanDocument::addTarget /
// removeTarget.

#include "models/itemmodels/PlanTableModel.h"

namespace cplan {

class TargetsModel : public PlanTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LabelColumn,
        MetricColumn,
        OpColumn,
        ValueColumn,
        ColumnCount
    };

    explicit TargetsModel(PlanDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QVariant cellData(int row, int column, int role) const override;
    Status writeCell(Plan &plan, int row, int column, const QVariant &value) const override;
    QString cellPath(const Plan &plan, int row, int column) const override;
    std::optional<PlanChange::Area> rowList() const override { return PlanChange::Area::Targets; }
    bool isCellEditable(int row, int column) const override;
    QString rowTitle(int row) const override;
    QString valueWords(int row, int column, const QVariant &value) const override;
    QString columnTitle(int column) const override;
};

} // namespace cplan
