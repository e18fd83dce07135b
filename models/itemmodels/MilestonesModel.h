#pragma once

// Milestones (MODEL.md §6): one row each. Columns: id, name, phase, owner, planned, forecast,
// actual (EditRole QDate, invalid = not set; text as people type dates is accepted: "2025-04-03",
// "2025/4/3", "4/3" in the document's current year, see NumberText), status ("planned",
// "in_progress", "done", "cancelled"), depends on (text "M1, M2"), checks (text
// "stage_cum.1 >= 30000; spend_cum <= 5000000"), gates (the channels whose spend waits for the
// milestone, MODEL.md §6: EditRole a QStringList; typed text "Search, Short video ads" is
// accepted too). Renaming an id renames it in every depends_on. Add/remove via
// PlanDocument::addMilestone / removeMilestone.

#include "models/itemmodels/PlanTableModel.h"

namespace cplan {

class MilestonesModel : public PlanTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        NameColumn,
        PhaseColumn,
        OwnerColumn,
        PlannedColumn,
        ForecastColumn,
        ActualColumn,
        StatusColumn,
        DependsOnColumn,
        GatesColumn,
        ChecksColumn,
        ColumnCount
    };

    explicit MilestonesModel(PlanDocument *document, QObject *parent = nullptr);

    // The milestone has an actual date but is not done, so the date does not count (MODEL.md
    // §6); the status and actual cells' tooltips say so and the page offers to mark it done.
    bool actualIgnored(int row) const;

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
        return PlanChange::Area::Milestones;
    }
    bool isCellEditable(int row, int column) const override;
    QString rowTitle(int row) const override;
    QString valueWords(int row, int column, const QVariant &value) const override;
    QString columnTitle(int column) const override;
};

} // namespace cplan
