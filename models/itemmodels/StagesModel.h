#pragma once

// The funnel stages (MODEL.md §1), one row each, one column: the name (editable = rename).
// Adding, removing and moving stages go through PlanDocument::addStage/removeStage/moveStage,
// which keep every conversion vector and the actual volumes aligned.

#include "models/itemmodels/PlanTableModel.h"

namespace cplan {

class StagesModel : public PlanTableModel
{
    Q_OBJECT

public:
    explicit StagesModel(PlanDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QVariant cellData(int row, int column, int role) const override;
    Status writeCell(Plan &plan, int row, int column, const QVariant &value) const override;
    QString cellPath(const Plan &plan, int row, int column) const override;
    std::optional<PlanChange::Area> rowList() const override { return PlanChange::Area::Stages; }
    bool isCellEditable(int row, int column) const override;
    QString rowTitle(int row) const override;
    PlanChange editChange(int column) const override;
};

} // namespace cplan
