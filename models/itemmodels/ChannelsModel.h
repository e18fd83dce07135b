#pragma once

// Channels and their funnel drivers in the active scenario (MODEL.md §2): one row per channel.
// Columns: name, group, share (SumOffRole, AmountRole), amount (channel pool x share, read-only),
// cpl, saturation spend (EditRole invalid QVariant = none; setData with an empty string or an
// invalid QVariant clears it), carryover, one column per conversion rate (K-1 of them), arpu,
// margin, retention, min share, max share. Use the column functions, not fixed numbers: the
// conversion columns depend on the number of stages.

#include "models/document/PlanDocument.h"
#include "models/itemmodels/PlanTableModel.h"

#include <optional>

namespace cplan {

class ChannelsModel : public PlanTableModel
{
    Q_OBJECT

public:
    enum FixedColumn
    {
        NameColumn,
        GroupColumn,
        ShareColumn,
        AmountColumn
    };

    explicit ChannelsModel(PlanDocument *document, QObject *parent = nullptr);

    // The column of a driver (conversionIndex for ChannelDriver::Conversion).
    int columnOf(ChannelDriver driver, int conversionIndex = 0) const;
    // The driver shown in a column, or nullopt for name/group/amount.
    std::optional<ChannelDriver> driverAt(int column, int *conversionIndex = nullptr) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // What a column's driver means, for the header's tooltip.
    QString columnExplanation(int column) const;

protected:
    QVariant cellData(int row, int column, int role) const override;
    Status writeCell(Plan &plan, int row, int column, const QVariant &value) const override;
    QString cellPath(const Plan &plan, int row, int column) const override;
    std::optional<PlanChange::Area> rowList() const override { return PlanChange::Area::Channels; }
    bool isCellEditable(int row, int column) const override;
    QString rowTitle(int row) const override;
    QString columnTitle(int column) const override;
    PlanChange editChange(int column) const override;
    // The share (its amount tooltip) and amount columns follow the budget and the category
    // shares; the drivers do not.
    PlanChange::Areas columnAreas(int column) const override;
};

} // namespace cplan
