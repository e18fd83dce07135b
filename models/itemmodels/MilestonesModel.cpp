#include "models/itemmodels/MilestonesModel.h"

#include "models/document/PlanDocument.h"
#include "models/document/PlanFields.h"
#include "models/domain/MetricNames.h"
#include "models/domain/Months.h"
#include "models/domain/NumberText.h"
#include "models/domain/PlanDates.h"
#include "models/domain/ValidationPath.h"
#include "models/itemmodels/ValueFormat.h"

#include <QRegularExpression>

namespace cplan {

namespace {

QString statusLabel(MilestoneStatus status)
{
    switch (status) {
    case MilestoneStatus::Planned:
        return MilestonesModel::tr("Planned");
    case MilestoneStatus::InProgress:
        return MilestonesModel::tr("In progress");
    case MilestoneStatus::Done:
        return MilestonesModel::tr("Done");
    case MilestoneStatus::Cancelled:
        return MilestonesModel::tr("Cancelled");
    }
    return {};
}

std::optional<MilestoneStatus> statusFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (auto status = milestoneStatusFromString(trimmed.toLower()))
        return status;
    for (auto status : {MilestoneStatus::Planned, MilestoneStatus::InProgress,
                        MilestoneStatus::Done, MilestoneStatus::Cancelled}) {
        if (statusLabel(status).compare(trimmed, Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

QString checksText(const std::vector<Check> &checks)
{
    QStringList parts;
    for (const Check &check : checks)
        parts.append(QStringLiteral("%1 %2 %3")
                         .arg(check.metric, toString(check.op), formatNumber(check.value)));
    return parts.join(QStringLiteral("; "));
}

// What the cell shows: the metrics by their names, the comparison as people write it.
QString checksDisplayText(const Plan &plan, const std::vector<Check> &checks)
{
    QStringList parts;
    for (const Check &check : checks) {
        const QString op =
            check.op == Comparison::LessOrEqual ? QStringLiteral("≤") : QStringLiteral("≥");
        parts.append(QStringLiteral("%1 %2 %3")
                         .arg(metricDisplayName(plan, check.metric), op,
                              metricUnit(check.metric) == MetricUnit::Percent
                                  ? ValueFormat::percent(check.value)
                                  : ValueFormat::number(check.value)));
    }
    return parts.join(QStringLiteral("; "));
}

Result<std::vector<Check>> checksFromText(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\S+?)\\s*(<=|>=)\\s*(\\S+)\\s*$"));
    std::vector<Check> checks;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const auto match = pattern.match(part);
        if (!match.hasMatch())
            return Error{MilestonesModel::tr("\"%1\" is not a check (metric <= value or "
                                             "metric >= value)")
                             .arg(part.trimmed())};
        auto value = numberFromVariant(match.captured(3));
        if (!value)
            return Error{value.error()};
        checks.push_back({match.captured(1), *comparisonFromString(match.captured(2)), *value});
    }
    return checks;
}

// A date cell: a QDate (invalid = not set), empty text (not set) or a date as people type it
// ("2025-04-03", "2025/4/3", "4/3" in the year that puts it inside the plan); stored as ISO
// text.
Result<QString> dateFromVariant(const QVariant &value, const Plan &plan, const QDate &today)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().isValid() ? value.toDate().toString(Qt::ISODate) : QString();
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return QString();
    auto date = parsePlanDate(text, plan.start, plan.months, today);
    if (!date)
        return Error{date.error()};
    return date->toString(Qt::ISODate);
}

QVariant dateCell(const QString &text, int role)
{
    if (role == Qt::DisplayRole) {
        const auto date = parseIsoDate(text);
        return date ? NumberText::formatDate(*date) : text;
    }
    if (text.isEmpty())
        return QDate();
    return parseIsoDate(text).value_or(QDate());
}

} // namespace

MilestonesModel::MilestonesModel(PlanDocument *document, QObject *parent)
    : PlanTableModel(document, PlanChange::Area::Milestones, parent)
{
    // The gates name channels: a renamed or removed channel changes them (PlanTransforms.h).
    setValueAreas(valueAreas() | PlanChange::Area::Channels);
}

int MilestonesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(plan().milestones.size());
}

int MilestonesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MilestonesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case IdColumn:
        return tr("Id");
    case NameColumn:
        return tr("Milestone");
    case PhaseColumn:
        return tr("Phase");
    case OwnerColumn:
        return tr("Owner");
    case PlannedColumn:
        return tr("Planned");
    case ForecastColumn:
        return tr("Forecast");
    case ActualColumn:
        return tr("Actual");
    case StatusColumn:
        return tr("Status");
    case DependsOnColumn:
        return tr("Depends on");
    case GatesColumn:
        return tr("Gates");
    case ChecksColumn:
        return tr("Checks");
    default:
        return {};
    }
}

QString MilestonesModel::columnTitle(int column) const
{
    return headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

QString MilestonesModel::valueWords(int row, int column, const QVariant &value) const
{
    if (column == StatusColumn) {
        if (const auto status = statusFromText(value.toString()))
            return statusLabel(*status);
    }
    return PlanTableModel::valueWords(row, column, value);
}

QString MilestonesModel::rowTitle(int row) const
{
    return row >= 0 && row < rowCount() ? plan().milestones[row].id : QString();
}

bool MilestonesModel::isCellEditable(int, int) const
{
    return true;
}

bool MilestonesModel::actualIgnored(int row) const
{
    if (row < 0 || row >= rowCount())
        return false;
    const Milestone &milestone = plan().milestones[row];
    return !milestone.actual.isEmpty() && milestone.status != MilestoneStatus::Done;
}

QVariant MilestonesModel::cellData(int row, int column, int role) const
{
    // MODEL.md §6: only a done milestone's actual date counts; say so where the status is.
    if (role == Qt::ToolTipRole && (column == StatusColumn || column == ActualColumn) &&
        actualIgnored(row))
        return tr("The actual date %1 is ignored until the milestone is marked done; until then "
                  "its forecast (or the status date) is used.")
            .arg(plan().milestones[row].actual);
    if (role == Qt::ToolTipRole && column == GatesColumn && row < rowCount())
        return tr("Channels whose spend waits for this milestone: if it slips into a later "
                  "month, their spend moves with it.");
    if (row >= rowCount() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const Milestone &milestone = plan().milestones[row];
    switch (column) {
    case IdColumn:
        return milestone.id;
    case NameColumn:
        return milestone.name;
    case PhaseColumn:
        return milestone.phase;
    case OwnerColumn:
        return milestone.owner;
    case PlannedColumn:
        return dateCell(milestone.planned, role);
    case ForecastColumn:
        return dateCell(milestone.forecast, role);
    case ActualColumn:
        return dateCell(milestone.actual, role);
    case StatusColumn:
        return role == Qt::DisplayRole ? statusLabel(milestone.status) : toString(milestone.status);
    case DependsOnColumn:
        return milestone.dependsOn.join(QStringLiteral(", "));
    case GatesColumn:
        return role == Qt::DisplayRole ? QVariant(milestone.gates.join(QStringLiteral(", ")))
                                       : QVariant(milestone.gates);
    case ChecksColumn:
        return role == Qt::DisplayRole ? checksDisplayText(plan(), milestone.checks)
                                       : checksText(milestone.checks);
    default:
        return {};
    }
}

Status MilestonesModel::writeCell(Plan &edited, int row, int column, const QVariant &value) const
{
    if (row < 0 || row >= static_cast<int>(edited.milestones.size()))
        return Error{tr("there is no milestone %1").arg(row + 1)};
    Milestone &milestone = edited.milestones[row];
    const QString text = value.toString().trimmed();
    switch (column) {
    case IdColumn: {
        if (text.isEmpty())
            return Error{tr("a milestone needs an id")};
        const int existing = edited.milestoneIndex(text);
        if (existing >= 0 && existing != row)
            return Error{tr("milestone \"%1\" already exists").arg(text)};
        const QString oldId = milestone.id;
        milestone.id = text;
        for (Milestone &other : edited.milestones) {
            for (QString &dependency : other.dependsOn) {
                if (dependency == oldId)
                    dependency = text;
            }
        }
        return success();
    }
    case NameColumn:
        milestone.name = text;
        return success();
    case PhaseColumn:
        milestone.phase = text;
        return success();
    case OwnerColumn:
        milestone.owner = text;
        return success();
    case PlannedColumn:
    case ForecastColumn:
    case ActualColumn: {
        auto date = dateFromVariant(value, edited, document()->today());
        if (!date)
            return Error{date.error()};
        (column == PlannedColumn    ? milestone.planned
         : column == ForecastColumn ? milestone.forecast
                                    : milestone.actual) = date.value();
        return success();
    }
    case StatusColumn: {
        const auto status = statusFromText(text);
        if (!status)
            return Error{
                tr("\"%1\" is not a status (planned, in_progress, done, cancelled)").arg(text)};
        milestone.status = *status;
        return success();
    }
    case DependsOnColumn: {
        static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
        milestone.dependsOn = text.split(separators, Qt::SkipEmptyParts);
        return success();
    }
    case GatesColumn: {
        // A list from the channel picker; typed text is split at commas and semicolons.
        QStringList gates = value.typeId() == QMetaType::QStringList
                                ? value.toStringList()
                                : text.split(QRegularExpression(QStringLiteral("[,;，；]")));
        for (QString &gate : gates)
            gate = gate.trimmed();
        gates.removeAll(QString());
        milestone.gates = gates;
        return success();
    }
    case ChecksColumn: {
        auto checks = checksFromText(text);
        if (!checks)
            return Error{checks.error()};
        milestone.checks = checks.value();
        return success();
    }
    default:
        return Error{tr("this cell cannot be edited")};
    }
}

QString MilestonesModel::cellPath(const Plan &edited, int row, int column) const
{
    static const char *const keys[] = {"id",         "name",     "phase",  "owner",
                                       "planned",    "forecast", "actual", "status",
                                       "depends_on", "gates",    "checks"};
    if (row < 0 || row >= static_cast<int>(edited.milestones.size()) || column < 0 ||
        column >= ColumnCount)
        return {};
    // The validator reports a missing or repeated id by position, everything else by id.
    if (column == IdColumn)
        return fieldPath(indexPath(QStringLiteral("milestones"), row), QStringLiteral("id"));
    return fieldPath(elementPath(QStringLiteral("milestones"), row, edited.milestones[row].id),
                     QLatin1String(keys[column]));
}

} // namespace cplan
