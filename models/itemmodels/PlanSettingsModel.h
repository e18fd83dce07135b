#pragma once

// The plan settings (MODEL.md §1) as ONE row whose columns follow PlanSetting, so a form can use
// QDataWidgetMapper (column = static_cast<int>(PlanSetting::...)). EditRole: QString for texts
// and months ("YYYY-MM"), QDate for the status date (invalid = none), int/double for numbers.

#include "models/document/PlanDocument.h"
#include "models/itemmodels/PlanTableModel.h"

namespace cplan {

class PlanSettingsModel : public PlanTableModel
{
    Q_OBJECT

public:
    explicit PlanSettingsModel(PlanDocument *document, QObject *parent = nullptr);

    static int columnOf(PlanSetting setting) { return static_cast<int>(setting); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QVariant cellData(int row, int column, int role) const override;
    Status writeCell(Plan &plan, int row, int column, const QVariant &value) const override;
    QString cellPath(const Plan &plan, int row, int column) const override;
    bool isCellEditable(int row, int column) const override;
    QString rowTitle(int row) const override;
    PlanChange editChange(int column) const override;
};

} // namespace cplan
