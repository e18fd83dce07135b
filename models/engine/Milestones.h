#pragma once

// Milestone delays, escalation levels, "blocked by" and checkpoint metrics (MODEL.md §6).

#include "models/domain/Plan.h"
#include "models/engine/Projection.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cplan {

struct CheckResult
{
    QString metric;
    Comparison op = Comparison::GreaterOrEqual;
    double target = 0.0;
    std::optional<double> projected; // null: the month is outside the horizon, or undefined
    std::optional<bool> met;         // null: the month is outside the horizon
};

struct MilestoneResult
{
    QString id;
    QString name;
    QString planned;   // as in the plan (ISO date)
    QDate reference;   // invalid only when `planned` is not a date (an unvalidated plan)
    int delayDays = 0; // reference − planned; negative = early
    int level = 0;     // 0 on track, 1..3 escalation
    QStringList blockedBy;
    std::vector<CheckResult> checks;
};

struct MilestoneReport
{
    QDate statusDate;
    std::vector<MilestoneResult> milestones; // plan order
};

// `statusDate` is injected so results never depend on the clock (ARCHITECTURE.md rule 8).
MilestoneReport evaluateMilestones(const Plan &plan, const Scenario &scenario,
                                   const Projection &projection, QDate statusDate);

// MODEL.md §6: the reference date of one milestone (`planned` when cancelled; `actual` when done
// and set; else `forecast` when set; else the status date when it is past `planned` and the
// milestone is not done; else `planned`).
QDate milestoneReferenceDate(const Milestone &milestone, QDate statusDate);

// The status date to use: `override` when valid, else the plan's status_date, else `today`.
QDate effectiveStatusDate(const Plan &plan, QDate override, QDate today);

// Checkpoint metrics cumulative to the end of plan month `month` (MODEL.md §4, §6):
// spend_cum, customers_cum, stage_cum.k, cac_to_date; other §4 names are the whole
// projection's values (metricValue). Nullopt when `month` is outside the horizon.
std::optional<double> checkpointValue(const Projection &projection, const QString &metric,
                                      int month);

} // namespace cplan
