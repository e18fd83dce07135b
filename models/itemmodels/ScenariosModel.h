#pragma once

// The scenarios: one row each; columns name (editable = rename), budget (money) and sign-off
// (read-only: "Approved by Li Wei on 2026-12-07", MODEL.md §10; changed by PlanDocument::signoff,
// and an edit of a scenario that is not a draft is refused with the document's message). Create,
// delete and reorder go through PlanDocument (createScenario, removeScenario, moveScenario);
// the active scenario is PlanDocument::activeScenarioIndex(). Column 0 suits a combo box.

#include "models/itemmodels/PlanTableModel.h"

namespace cplan {

class ScenariosModel : public PlanTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        BudgetColumn,
        SignoffColumn,
        ColumnCount
    };

    explicit ScenariosModel(PlanDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QVariant cellData(int row, int column, int role) const override;
    Status writeCell(Plan &plan, int row, int column, const QVariant &value) const override;
    QString cellPath(const Plan &plan, int row, int column) const override;
    std::optional<PlanChange::Area> rowList() const override { return PlanChange::Area::Scenarios; }
    bool isCellEditable(int row, int column) const override;
    QString rowTitle(int row) const override;
    QString columnTitle(int column) const override;
};

} // namespace cplan
