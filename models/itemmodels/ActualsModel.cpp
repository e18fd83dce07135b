#include "models/itemmodels/ActualsModel.h"

#include "models/document/PlanDocument.h"
#include "models/document/PlanFields.h"
#include "models/domain/Months.h"
#include "models/domain/ValidationPath.h"
#include "models/itemmodels/ValueFormat.h"
#include "models/reports/PlanReports.h"

#include <QColor>

#include <algorithm>
#include <iterator>

namespace cplan {

namespace {

int findActual(const Plan &plan, const QString &month, const QString &channel)
{
    for (std::size_t i = 0; i < plan.actuals.size(); ++i) {
        if (plan.actuals[i].month == month && plan.actuals[i].channel == channel)
            return static_cast<int>(i);
    }
    return -1;
}

// A new row goes after the rows of earlier months and earlier channels (plan order), so the
// file stays readable; the variance report lists rows in file order (MODEL.md §7).
int insertActual(Plan &plan, const Actual &row)
{
    const int channel = plan.channelIndex(row.channel);
    auto position = std::find_if(plan.actuals.begin(), plan.actuals.end(), [&](const Actual &a) {
        return a.month > row.month ||
               (a.month == row.month && plan.channelIndex(a.channel) > channel);
    });
    const auto at = position - plan.actuals.begin();
    plan.actuals.insert(position, row);
    return static_cast<int>(at);
}

bool isEmptyValue(const QVariant &value)
{
    return !value.isValid() || value.isNull() || value.toString().trimmed().isEmpty();
}

} // namespace

ActualsModel::ActualsModel(PlanDocument *document, QObject *parent)
    : PlanTableModel(document,
                     PlanChange::Area::Actuals | PlanChange::Area::Channels |
                         PlanChange::Area::Stages | PlanChange::Area::Settings,
                     parent)
{
    // Channel and stage names reach the grid through edits that name the actuals too (a rename
    // rewrites the rows); a channel's drivers or a budget leave every cell as it was.
    setValueAreas(PlanChange::Area::Actuals | PlanChange::Area::Stages |
                  PlanChange::Area::Settings);
}

int ActualsModel::rowCount(const QModelIndex &parent) const
{
    const auto channels = static_cast<int>(plan().channels.size());
    return parent.isValid() ? 0 : std::max(plan().months, 0) * channels;
}

int ActualsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstVolumeColumn + static_cast<int>(plan().stages.size());
}

void ActualsModel::setFlaggedCells(FlaggedCells flagged, std::function<QString(int)> sentence)
{
    m_flagSentence = std::move(sentence);
    const auto byCell = [](const auto &a, const auto &b) {
        return a.first < b.first;
    };
    // The variance lists its rows by month and channel, i.e. in grid order: usually sorted.
    if (!std::is_sorted(flagged.begin(), flagged.end(), byCell) ||
        std::adjacent_find(flagged.begin(), flagged.end(), [](const auto &a, const auto &b) {
            return a.first == b.first;
        }) != flagged.end()) {
        std::stable_sort(flagged.begin(), flagged.end(), byCell);
        // One entry per cell, the last given (as assignments to a map would leave it).
        auto kept = flagged.begin();
        for (auto it = flagged.begin(); it != flagged.end(); ++it) {
            if (kept != flagged.begin() && std::prev(kept)->first == it->first)
                *std::prev(kept) = *it;
            else
                *kept++ = *it;
        }
        flagged.erase(kept, flagged.end());
    }
    if (flagged == m_flagged)
        return; // the same cells: their sentences are made afresh when asked
    m_flagged = std::move(flagged);
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, SpendColumn), index(rowCount() - 1, columnCount() - 1),
                         {Qt::BackgroundRole, Qt::ToolTipRole});
}

const std::pair<std::pair<int, int>, int> *ActualsModel::flaggedAt(int row, int column) const
{
    const std::pair<int, int> cell{row, column};
    const auto found =
        std::lower_bound(m_flagged.begin(), m_flagged.end(), cell,
                         [](const std::pair<std::pair<int, int>, int> &entry,
                            const std::pair<int, int> &key) { return entry.first < key; });
    return found != m_flagged.end() && found->first == cell ? &*found : nullptr;
}

int ActualsModel::actualIndexOfRow(int row) const
{
    const int channels = static_cast<int>(plan().channels.size());
    if (row < 0 || channels == 0 || row >= rowCount())
        return -1;
    // A hash lookup: the grid asks this for every painted cell, and a plan may have 12,000 rows.
    return document()->reports().index().actual(monthLabel(plan().start, row / channels),
                                                plan().channels[row % channels].name);
}

QVariant ActualsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case MonthColumn:
        return tr("Month");
    case ChannelColumn:
        return tr("Channel");
    case SpendColumn:
        return tr("Spend");
    default: {
        const int stage = section - FirstVolumeColumn;
        return stage >= 0 && stage < plan().stages.size() ? plan().stages[stage] : QString();
    }
    }
}

QString ActualsModel::columnTitle(int column) const
{
    return headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

QString ActualsModel::rowTitle(int row) const
{
    const int channels = static_cast<int>(plan().channels.size());
    if (row < 0 || channels == 0 || row >= rowCount())
        return {};
    return tr("%1 in %2")
        .arg(plan().channels[row % channels].name, monthLabel(plan().start, row / channels));
}

bool ActualsModel::isCellEditable(int, int column) const
{
    return column >= SpendColumn;
}

QVariant ActualsModel::cellData(int row, int column, int role) const
{
    const int channels = static_cast<int>(plan().channels.size());
    if (channels == 0 || row >= rowCount())
        return {};
    if (role == Qt::TextAlignmentRole && column >= SpendColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole || role == Qt::ToolTipRole) {
        const auto *flagged = flaggedAt(row, column);
        if (!flagged)
            return {};
        if (role == Qt::BackgroundRole)
            return QColor(230, 120, 20, 110);
        return m_flagSentence ? m_flagSentence(flagged->second) : QString();
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (column == MonthColumn) {
        const QString month = monthLabel(plan().start, row / channels);
        return role == Qt::DisplayRole ? NumberText::formatMonth(month) : month;
    }
    if (column == ChannelColumn)
        return plan().channels[row % channels].name;
    const int index = actualIndexOfRow(row);
    if (index < 0)
        return role == Qt::DisplayRole ? QVariant(QString()) : QVariant();
    const Actual &actual = plan().actuals[index];
    if (column == SpendColumn) {
        return role == Qt::DisplayRole ? QVariant(columnMoney(column, actual.spend))
                                       : QVariant(actual.spend);
    }
    const int stage = column - FirstVolumeColumn;
    if (stage < 0 || stage >= static_cast<int>(actual.volumes.size()))
        return role == Qt::DisplayRole ? QVariant(QString()) : QVariant();
    const double volume = actual.volumes[stage];
    return role == Qt::DisplayRole ? QVariant(ValueFormat::number(volume, 2)) : QVariant(volume);
}

std::vector<double> ActualsModel::columnAmounts(int column) const
{
    if (column != SpendColumn)
        return PlanTableModel::columnAmounts(column);
    std::vector<double> spends;
    spends.reserve(plan().actuals.size());
    for (const Actual &actual : plan().actuals)
        spends.push_back(actual.spend);
    return spends;
}

Status ActualsModel::writeCell(Plan &edited, int row, int column, const QVariant &value) const
{
    const int channels = static_cast<int>(edited.channels.size());
    if (channels == 0 || row < 0 || row >= edited.months * channels)
        return Error{tr("there is no such month and channel")};
    const QString month = monthLabel(edited.start, row / channels);
    const QString channel = edited.channels[row % channels].name;
    int index = findActual(edited, month, channel);
    const bool clearing = isEmptyValue(value);
    if (index < 0) {
        if (clearing)
            return success(); // nothing measured, nothing to clear
        index = insertActual(edited, Actual{month, channel, 0.0, {}});
    }
    Actual &actual = edited.actuals[index];
    if (column == SpendColumn) {
        if (clearing) {
            actual.spend = 0.0;
        } else {
            auto spend = amountFromVariant(value, edited.currency);
            if (!spend)
                return Error{spend.error()};
            actual.spend = *spend;
        }
    } else {
        const int stage = column - FirstVolumeColumn;
        const int measured = static_cast<int>(actual.volumes.size());
        if (stage < 0 || stage >= edited.stages.size())
            return Error{tr("there is no such stage")};
        if (clearing) {
            if (stage < measured - 1)
                return Error{tr("volumes are the first stages measured; clear %1 first")
                                 .arg(edited.stages[measured - 1])};
            if (stage == measured - 1)
                actual.volumes.pop_back();
        } else {
            auto volume = numberFromVariant(value);
            if (!volume)
                return Error{volume.error()};
            if (stage > measured)
                return Error{tr("volumes are the first stages measured; enter %1 first")
                                 .arg(edited.stages[measured])};
            if (stage == measured)
                actual.volumes.push_back(*volume);
            else
                actual.volumes[stage] = *volume;
        }
    }
    // A row with nothing left in it is no measurement at all.
    if (clearing && actual.spend == 0.0 && actual.volumes.empty())
        edited.actuals.erase(edited.actuals.begin() + index);
    return success();
}

QString ActualsModel::cellPath(const Plan &edited, int row, int column) const
{
    const int channels = static_cast<int>(edited.channels.size());
    if (channels == 0 || row < 0 || row >= edited.months * channels || column < SpendColumn)
        return {};
    const QString month = monthLabel(edited.start, row / channels);
    const QString &channel = edited.channels[row % channels].name;
    // The shown plan's rows are found by hash (a view asks this of every painted cell); an
    // edited copy, by search.
    const int index = &edited == &plan() ? document()->reports().index().actual(month, channel)
                                         : findActual(edited, month, channel);
    if (index < 0)
        return {};
    const QString actual = indexPath(QStringLiteral("actuals"), index);
    if (column == SpendColumn)
        return fieldPath(actual, QStringLiteral("spend"));
    return indexPath(fieldPath(actual, QStringLiteral("volumes")), column - FirstVolumeColumn);
}

} // namespace cplan
