#pragma once

// Actuals (MODEL.md §7) as a grid: one row per plan month x channel (month-major: row =
// month * channels + channel), columns month, channel (read-only), spend, then one volume per
// stage. An empty cell = not measured (EditRole invalid QVariant). Volumes are the FIRST stages
// measured, so a volume can be entered only after the earlier stages and cleared only from the
// last one. Clearing a row's spend and all its volumes removes the actual row from the plan.

#include "models/itemmodels/PlanTableModel.h"

#include <functional>
#include <utility>
#include <vector>

namespace cplan {

class ActualsModel : public PlanTableModel
{
    Q_OBJECT

public:
    enum FixedColumn
    {
        MonthColumn,
        ChannelColumn,
        SpendColumn,
        FirstVolumeColumn
    };

    explicit ActualsModel(PlanDocument *document, QObject *parent = nullptr);

    // The index into Plan::actuals of a grid row, or -1 when nothing is measured there.
    int actualIndexOfRow(int row) const;

    // Cells whose actual deviates from the plan by more than the threshold (MODEL.md §7), by
    // (row, column), with the sentence that explains the flag. The page computes them from the
    // variance against the scenario it compares with; flagged cells answer Qt::BackgroundRole
    // (a translucent warning colour that reads on light and dark themes) and a tooltip.
    // Each cell has a key that `sentence` turns into its explanation when a tooltip asks (a
    // large plan flags thousands of cells per edit).
    // ((row, column), key): a sorted list, not a map (a large plan flags tens of thousands of
    // cells, made again on every edit); given in any order, the last entry for a cell counts.
    using FlaggedCells = std::vector<std::pair<std::pair<int, int>, int>>;
    void setFlaggedCells(FlaggedCells flagged, std::function<QString(int key)> sentence = {});
    bool isFlagged(int row, int column) const { return flaggedAt(row, column) != nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QVariant cellData(int row, int column, int role) const override;
    // The spends of every actual row of the plan (in a valid plan each is a cell of the grid):
    // one pass over the plan instead of a lookup per grid row (a plan may have 12,000 rows).
    std::vector<double> columnAmounts(int column) const override;
    Status writeCell(Plan &plan, int row, int column, const QVariant &value) const override;
    QString cellPath(const Plan &plan, int row, int column) const override;
    bool isCellEditable(int row, int column) const override;
    QString rowTitle(int row) const override;
    QString columnTitle(int column) const override;

private:
    const std::pair<std::pair<int, int>, int> *flaggedAt(int row, int column) const;

    FlaggedCells m_flagged; // sorted by cell, one entry each: cell -> key of its sentence
    std::function<QString(int)> m_flagSentence;
};

} // namespace cplan
