#pragma once

// Changed fields in the plan's language (MODEL.md §10 "Diff ... with human names"): what a
// finance reviewer reads instead of a path. `scenarios["Plan A"].channels["Search"].cpl` is
// "Plan A ▸ Search ▸ Cost per lead", `milestones["M2"].planned` is "Milestone M2 ▸ Planned
// date", and values are amounts in the plan's currency, percentages and dates as the rest of
// the interface writes them (NumberText). Translated (context FieldLabels).

#include "models/domain/Plan.h"
#include "models/history/HistoryEntry.h"

#include <QJsonValue>
#include <QString>

#include <vector>

namespace cplan {

// The human name of the field at `path` (stage names, target labels and the month's form from
// `plan`). A path that cannot be read is returned as it is.
QString fieldLabel(const QString &path, const Plan &plan);

// A value of the field at `path` as text: money (budget, spend, cost per lead, saturation
// spend, ARPU) in the plan's currency, shares and rates as percentages, dates and months as
// dates and months; absent is "—" and null "(none)".
QString valueText(const QString &path, const QJsonValue &value, const Plan &plan);

// Changes grouped for reading: one group per scenario, per scenario channel, per milestone, the
// plan settings, the actuals (in the order they first appear).
struct ChangeGroup
{
    QString title;
    std::vector<FieldChange> changes;
};
std::vector<ChangeGroup> groupChanges(const std::vector<FieldChange> &changes, const Plan &plan);

} // namespace cplan
