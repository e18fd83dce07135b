#pragma once

// The diff of two plan contents (MODEL.md §10 "Diff", `cplan diff --json` in §9): every changed
// field, and the effect on each scenario's key totals of §3.9.

#include "models/domain/Plan.h"
#include "models/history/HistoryEntry.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace cplan {

// One scenario's metric on both sides; nullopt where it is undefined (§3: a ratio with a zero
// denominator) or the scenario is not on that side.
struct TotalsEffect
{
    QString scenario;
    QString metric; // customers, cac, roi, value
    std::optional<double> before;
    std::optional<double> after;

    bool operator==(const TotalsEffect &) const = default;
};

struct PlanDiff
{
    std::vector<FieldChange> changes;
    // For every scenario in either plan (those of `to` in its order, then those only in
    // `from`), the metrics of totalsEffectMetrics() in that order. Scenarios are matched by name.
    std::vector<TotalsEffect> totals;
};

// "customers", "cac", "roi", "value".
const std::vector<QString> &totalsEffectMetrics();

// Both plans must be valid (they are: a version is saved from a validated plan).
PlanDiff diffPlans(const Plan &from, const Plan &to);

// {"from", "to", "changes": [{"path", "label", "before", "after"}], "totals": {scenario: {metric:
// {"before", "after"}}}}: labels from `labelsPlan` (normally `to`); a value that is absent on
// one side, and an undefined total, are null.
QJsonObject diffJson(const PlanDiff &diff, const QString &fromName, const QString &toName,
                     const Plan &labelsPlan);

} // namespace cplan
