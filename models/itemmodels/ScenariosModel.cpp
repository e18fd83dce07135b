#include "models/itemmodels/ScenariosModel.h"

#include "models/document/PlanDocument.h"
#include "models/document/PlanFields.h"
#include "models/document/PlanTransforms.h"
#include "models/domain/ValidationPath.h"
#include "models/history/SignoffText.h"
#include "models/itemmodels/ValueFormat.h"

namespace cplan {

ScenariosModel::ScenariosModel(PlanDocument *document, QObject *parent)
    : PlanTableModel(document, PlanChange::Area::Scenarios, parent)
{}

int ScenariosModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(plan().scenarios.size());
}

int ScenariosModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenariosModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case NameColumn:
        return tr("Scenario");
    case BudgetColumn:
        return tr("Budget");
    case SignoffColumn:
        return tr("Sign-off");
    default:
        return {};
    }
}

QString ScenariosModel::columnTitle(int column) const
{
    return headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

QString ScenariosModel::rowTitle(int row) const
{
    return row >= 0 && row < rowCount() ? plan().scenarios[row].name : QString();
}

bool ScenariosModel::isCellEditable(int, int column) const
{
    // The sign-off changes only through its actions (submit, approve, return, lock).
    return column != SignoffColumn;
}

QVariant ScenariosModel::cellData(int row, int column, int role) const
{
    if (row >= rowCount())
        return {};
    const Scenario &scenario = plan().scenarios[row];
    if (column == BudgetColumn) {
        if (role == Qt::DisplayRole)
            return columnMoney(column, scenario.budget);
        if (role == Qt::EditRole)
            return scenario.budget;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (column == SignoffColumn) {
        if (role == Qt::DisplayRole)
            return signoffSummary(scenario.signoff);
        if (role == Qt::EditRole)
            return toString(scenario.signoff.state);
        if (role == Qt::ToolTipRole && !scenario.signoff.comment.isEmpty())
            return tr("Comment: %1").arg(scenario.signoff.comment);
        return {};
    }
    if (column == NameColumn && (role == Qt::DisplayRole || role == Qt::EditRole))
        return scenario.name;
    return {};
}

Status ScenariosModel::writeCell(Plan &edited, int row, int column, const QVariant &value) const
{
    if (row < 0 || row >= static_cast<int>(edited.scenarios.size()))
        return Error{tr("there is no scenario %1").arg(row + 1)};
    if (column == NameColumn) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return Error{tr("a scenario needs a name")};
        const int existing = edited.scenarioIndex(name);
        if (existing >= 0 && existing != row)
            return Error{tr("scenario \"%1\" already exists").arg(name)};
        return renameScenarioTo(edited, row, name);
    }
    auto budget = amountFromVariant(value, edited.currency);
    if (!budget)
        return Error{budget.error()};
    edited.scenarios[row].budget = *budget;
    return success();
}

QString ScenariosModel::cellPath(const Plan &edited, int row, int column) const
{
    if (column == NameColumn)
        return fieldPath(indexPath(QStringLiteral("scenarios"), row), QStringLiteral("name"));
    if (column == SignoffColumn)
        return fieldPath(scenarioPath(edited, row), QStringLiteral("signoff"));
    return fieldPath(scenarioPath(edited, row), QStringLiteral("budget"));
}

} // namespace cplan
