#include "models/itemmodels/CategoriesModel.h"

#include "models/document/PlanDocument.h"
#include "models/document/PlanFields.h"
#include "models/domain/ValidationPath.h"
#include "models/itemmodels/ItemRoles.h"
#include "models/itemmodels/ValueFormat.h"

namespace cplan {

namespace {

QString kindLabel(CategoryKind kind)
{
    switch (kind) {
    case CategoryKind::Channel:
        return CategoriesModel::tr("Channel");
    case CategoryKind::Overhead:
        return CategoriesModel::tr("Overhead");
    case CategoryKind::Reserve:
        return CategoriesModel::tr("Reserve");
    }
    return {};
}

std::optional<CategoryKind> kindFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (auto kind = categoryKindFromString(trimmed.toLower()))
        return kind;
    for (auto kind : {CategoryKind::Channel, CategoryKind::Overhead, CategoryKind::Reserve}) {
        if (kindLabel(kind).compare(trimmed, Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

} // namespace

CategoriesModel::CategoriesModel(PlanDocument *document, QObject *parent)
    : PlanTableModel(document, PlanChange::Area::Categories, parent)
{
    // Amounts are the budget times the shares.
    setValueAreas(PlanChange::Area::Categories | PlanChange::Area::Scenarios |
                  PlanChange::Area::Settings);
}

int CategoriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(plan().categories.size());
}

int CategoriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CategoriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    const ShareSum sum = document()->categoryShareSum(document()->activeScenarioIndex());
    if (role == SumOffRole)
        return section == ShareColumn ? QVariant(sum.off) : QVariant();
    if (role == Qt::ToolTipRole && section == ShareColumn)
        return sum.off ? tr("The category shares add up to %1, not 100%.")
                             .arg(ValueFormat::percent(sum.sum))
                       : tr("The category shares add up to 100%.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Category");
    case KindColumn:
        return tr("Kind");
    case ShareColumn:
        return tr("Share");
    case AmountColumn:
        return tr("Amount");
    default:
        return {};
    }
}

QString CategoriesModel::columnTitle(int column) const
{
    return headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

QString CategoriesModel::valueWords(int row, int column, const QVariant &value) const
{
    if (column == KindColumn) {
        if (const auto kind = kindFromText(value.toString()))
            return kindLabel(*kind);
    }
    return PlanTableModel::valueWords(row, column, value);
}

QString CategoriesModel::rowTitle(int row) const
{
    return row >= 0 && row < rowCount() ? plan().categories[row].name : QString();
}

bool CategoriesModel::isCellEditable(int, int) const
{
    return true; // the amount too: typing one sets the share of the budget
}

QVariant CategoriesModel::cellData(int row, int column, int role) const
{
    const Plan &current = plan();
    const Scenario &scenario = document()->activeScenario();
    if (row >= static_cast<int>(current.categories.size()))
        return {};
    const Category &category = current.categories[row];
    const double share =
        row < static_cast<int>(scenario.categoryShares.size()) ? scenario.categoryShares[row] : 0.0;
    const double amount = scenario.budget * share; // MODEL.md §3.1
    const bool numeric = column == ShareColumn || column == AmountColumn;
    if (role == Qt::TextAlignmentRole && numeric)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == AmountRole && numeric)
        return amount;
    if (role == SumOffRole && column == ShareColumn)
        return document()->categoryShareSum(document()->activeScenarioIndex()).off;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (column) {
    case NameColumn:
        return category.name;
    case KindColumn:
        return display ? kindLabel(category.kind) : toString(category.kind);
    case ShareColumn:
        return display ? QVariant(ValueFormat::percent(share)) : QVariant(share);
    case AmountColumn:
        return display ? QVariant(columnMoney(column, amount)) : QVariant(amount);
    default:
        return {};
    }
}

Status CategoriesModel::writeCell(Plan &edited, int row, int column, const QVariant &value) const
{
    if (row < 0 || row >= static_cast<int>(edited.categories.size()))
        return Error{tr("there is no category %1").arg(row + 1)};
    switch (column) {
    case NameColumn: {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return Error{tr("a category needs a name")};
        const int existing = edited.categoryIndex(name);
        if (existing >= 0 && existing != row)
            return Error{tr("category \"%1\" already exists").arg(name)};
        edited.categories[row].name = name;
        return success();
    }
    case KindColumn: {
        const auto kind = kindFromText(value.toString());
        if (!kind)
            return Error{
                tr("\"%1\" is not a kind (channel, overhead or reserve)").arg(value.toString())};
        edited.categories[row].kind = *kind;
        return success();
    }
    case ShareColumn: {
        auto share = percentFromVariant(value);
        if (!share)
            return Error{share.error()};
        Scenario &scenario = edited.scenarios.at(document()->activeScenarioIndex());
        if (row >= static_cast<int>(scenario.categoryShares.size()))
            return Error{tr("the scenario has no share for this category")};
        scenario.categoryShares[row] = *share;
        return success();
    }
    case AmountColumn: {
        Scenario &scenario = edited.scenarios.at(document()->activeScenarioIndex());
        auto amount = amountFromVariant(value, edited.currency);
        if (!amount)
            return Error{amount.error()};
        if (!(scenario.budget > 0.0))
            return Error{tr("the budget is 0, so an amount cannot be turned into a share; set "
                            "the total budget first")};
        if (row >= static_cast<int>(scenario.categoryShares.size()))
            return Error{tr("the scenario has no share for this category")};
        scenario.categoryShares[row] = *amount / scenario.budget; // MODEL.md §3.1
        return success();
    }
    default:
        return Error{tr("this cell cannot be edited")};
    }
}

QString CategoriesModel::cellPath(const Plan &edited, int row, int column) const
{
    if (row < 0 || row >= static_cast<int>(edited.categories.size()))
        return {};
    switch (column) {
    case NameColumn:
        return fieldPath(indexPath(QStringLiteral("categories"), row), QStringLiteral("name"));
    case KindColumn:
        return fieldPath(indexPath(QStringLiteral("categories"), row), QStringLiteral("kind"));
    default:
        return namedPath(fieldPath(scenarioPath(edited, document()->activeScenarioIndex()),
                                   QStringLiteral("category_shares")),
                         edited.categories[row].name);
    }
}

} // namespace cplan
