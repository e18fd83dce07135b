#include "models/itemmodels/TargetsModel.h"

#include "models/document/PlanDocument.h"
#include "models/document/PlanFields.h"
#include "models/domain/MetricNames.h"
#include "models/domain/ValidationPath.h"
#include "models/itemmodels/ValueFormat.h"

namespace cplan {

namespace {
// The target's value as the metric is written: 15 % for a rate, 1 : 3 for a ratio.
QString valueInUnit(double value, MetricUnit unit)
{
    switch (unit) {
    case MetricUnit::Percent:
        return TargetsModel::tr("%1 %").arg(ValueFormat::number(value * 100.0));
    case MetricUnit::Ratio:
        return TargetsModel::tr("1 : %1").arg(ValueFormat::number(value));
    case MetricUnit::Months:
        return TargetsModel::tr("month %1").arg(ValueFormat::number(value));
    case MetricUnit::Currency:
    case MetricUnit::Count:
        break;
    }
    return ValueFormat::number(value);
}
} // namespace

TargetsModel::TargetsModel(PlanDocument *document, QObject *parent)
    : PlanTableModel(document, PlanChange::Area::Targets, parent)
{
    // A target may name a stage.
    setValueAreas(PlanChange::Area::Targets | PlanChange::Area::Stages |
                  PlanChange::Area::Settings);
}

int TargetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(plan().targets.size());
}

int TargetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case LabelColumn:
        return tr("Target");
    case MetricColumn:
        return tr("Metric");
    case OpColumn:
        return tr("Comparison");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

QString TargetsModel::columnTitle(int column) const
{
    return headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

QString TargetsModel::rowTitle(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const Target &target = plan().targets[row];
    return target.label.isEmpty() ? metricDisplayName(plan(), target.metric) : target.label;
}

bool TargetsModel::isCellEditable(int, int) const
{
    return true;
}

QVariant TargetsModel::cellData(int row, int column, int role) const
{
    if (row >= rowCount())
        return {};
    const Target &target = plan().targets[row];
    if (role == Qt::TextAlignmentRole && column == ValueColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == MetricColumn)
        return metricDescription(plan().stages, target.metric);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (column) {
    case LabelColumn:
        // An empty label follows the metric's name.
        return display && target.label.isEmpty() ? metricDisplayName(plan(), target.metric)
                                                 : target.label;
    case MetricColumn:
        return display ? metricDisplayName(plan(), target.metric) : target.metric;
    case OpColumn:
        return display ? (target.op == Comparison::LessOrEqual ? tr("≤ at most") : tr("≥ at least"))
                       : toString(target.op);
    case ValueColumn:
        return display ? QVariant(valueInUnit(target.value, metricUnit(target.metric)))
                       : QVariant(target.value);
    default:
        return {};
    }
}

QString TargetsModel::valueWords(int row, int column, const QVariant &value) const
{
    const QString text = value.toString().trimmed();
    if (column == MetricColumn && !text.isEmpty())
        return metricDisplayName(plan(), text);
    if (column == OpColumn) {
        if (const auto op = comparisonFromString(text))
            return *op == Comparison::LessOrEqual ? tr("≤ at most") : tr("≥ at least");
    }
    return PlanTableModel::valueWords(row, column, value);
}

Status TargetsModel::writeCell(Plan &edited, int row, int column, const QVariant &value) const
{
    if (row < 0 || row >= static_cast<int>(edited.targets.size()))
        return Error{tr("there is no target %1").arg(row + 1)};
    Target &target = edited.targets[row];
    switch (column) {
    case LabelColumn:
        target.label = value.toString().trimmed();
        return success();
    case MetricColumn: {
        // A label that only repeated the old metric's name follows the new metric.
        if (target.label == metricDisplayName(edited, target.metric))
            target.label.clear();
        target.metric = value.toString().trimmed();
        // A metric where more is better wants "at least", a cost "at most" (issue 22 E.23:
        // choosing ROI kept the "≤" of a cost target); spend and the like keep what was chosen.
        switch (metricDirection(target.metric)) {
        case MetricDirection::HigherIsBetter:
            target.op = Comparison::GreaterOrEqual;
            break;
        case MetricDirection::LowerIsBetter:
            target.op = Comparison::LessOrEqual;
            break;
        case MetricDirection::Neutral:
            break;
        }
        return success();
    }
    case OpColumn: {
        const auto op = comparisonFromString(value.toString().trimmed());
        if (!op)
            return Error{tr("\"%1\" is not a comparison (<= or >=)").arg(value.toString())};
        target.op = *op;
        return success();
    }
    case ValueColumn: {
        auto number = numberFromVariant(value);
        if (!number)
            return Error{number.error()};
        target.value = *number;
        return success();
    }
    default:
        return Error{tr("this cell cannot be edited")};
    }
}

QString TargetsModel::cellPath(const Plan &, int row, int column) const
{
    static const char *const keys[] = {"label", "metric", "op", "value"};
    if (column < 0 || column >= ColumnCount)
        return {};
    return fieldPath(indexPath(QStringLiteral("targets"), row), QLatin1String(keys[column]));
}

} // namespace cplan
