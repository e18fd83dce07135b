#pragma once

// Phasing of the active scenario (MODEL.md §2, §3.2) as a grid. Row 0 is the scenario's own
// phasing, row 1 + c is channel c's override. Column 0 is the form: "even", "quarterly",
// "monthly" (and "scenario" for a channel without override); setting it converts the weights
// (PlanDocument::setPhasingKind) or, with "scenario", removes the override. Columns 1..M are
// the plan months: a monthly row shows its weight; a quarterly row shows the weight of the
// month's quarter (editing any month of a quarter sets that quarter's weight); an even row
// shows 1; a channel without override shows the scenario's values with InheritedRole = true
// and is read-only (set its form first).

#include "models/itemmodels/PlanTableModel.h"

namespace cplan {

class PhasingModel : public PlanTableModel
{
    Q_OBJECT

public:
    enum
    {
        FormColumn = 0,
        FirstMonthColumn = 1
    };

    explicit PhasingModel(PlanDocument *document, QObject *parent = nullptr);

    // -1 for row 0 (the scenario), else the channel index.
    static int channelOfRow(int row) { return row - 1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QVariant cellData(int row, int column, int role) const override;
    Status writeCell(Plan &plan, int row, int column, const QVariant &value) const override;
    QString cellPath(const Plan &plan, int row, int column) const override;
    std::optional<PlanChange::Area> rowList() const override { return PlanChange::Area::Channels; }
    int firstListRow() const override { return 1; } // row 0: the scenario
    bool isCellEditable(int row, int column) const override;
    QString rowTitle(int row) const override;
    QString valueWords(int row, int column, const QVariant &value) const override;
    QString columnTitle(int column) const override;
};

} // namespace cplan
