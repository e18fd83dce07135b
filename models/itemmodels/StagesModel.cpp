#include "models/itemmodels/StagesModel.h"

#include "models/document/PlanDocument.h"
#include "models/domain/ValidationPath.h"

namespace cplan {

StagesModel::StagesModel(PlanDocument *document, QObject *parent)
    : PlanTableModel(document, PlanChange::Area::Stages, parent)
{}

int StagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(plan().stages.size());
}

int StagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant StagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section == 0 ? QVariant(tr("Stage")) : QVariant();
}

QString StagesModel::rowTitle(int row) const
{
    return row >= 0 && row < rowCount() ? plan().stages[row] : QString();
}

bool StagesModel::isCellEditable(int, int) const
{
    return true;
}

PlanChange StagesModel::editChange(int) const
{
    // Stage names head the conversion and volume columns of other tables.
    return PlanChange::values(PlanChange::Area::Stages | PlanChange::Area::Channels |
                              PlanChange::Area::Actuals);
}

QVariant StagesModel::cellData(int row, int column, int role) const
{
    if (column != 0 || row >= rowCount())
        return {};
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return plan().stages[row];
    if (role == Qt::ToolTipRole) {
        if (row == 0)
            return tr("The first stage counts leads (cost per lead applies here).");
        if (row == rowCount() - 1)
            return tr("The last stage counts customers.");
    }
    return {};
}

Status StagesModel::writeCell(Plan &edited, int row, int, const QVariant &value) const
{
    if (row < 0 || row >= edited.stages.size())
        return Error{tr("there is no stage %1").arg(row + 1)};
    const QString name = value.toString().trimmed();
    if (name.isEmpty())
        return Error{tr("a stage needs a name")};
    const int existing = static_cast<int>(edited.stages.indexOf(name));
    if (existing >= 0 && existing != row)
        return Error{tr("stage \"%1\" already exists").arg(name)};
    edited.stages[row] = name;
    return success();
}

QString StagesModel::cellPath(const Plan &, int row, int) const
{
    return indexPath(QStringLiteral("stages"), row);
}

} // namespace cplan
