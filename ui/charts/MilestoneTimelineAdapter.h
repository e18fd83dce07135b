#pragma once

// The milestone timeline's content (MODEL.md §6), made from the engine's milestone report:
// phases as date bands, each milestone's planned and reference dates with its delay and
// escalation level, the dependency arrows and the status date.

#include "models/domain/Plan.h"
#include "models/engine/DelayCost.h"
#include "models/engine/Milestones.h"

#include <QColor>
#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace cplan {

// A phase spans from the end of the phase before (the plan start for the first) to its last
// milestone's planned date.
struct TimelinePhase
{
    QString name;
    QDate start;
    QDate end;
};

struct TimelineMilestone
{
    QString id;
    QString name;
    QString phase;
    QDate planned;
    QDate reference;   // MODEL.md §6 reference date
    int delayDays = 0; // reference − planned
    int level = 0;     // escalation 0..3
    QColor colour;     // escalationColour(level)
    QStringList blockedBy;
    QString details;   // the hover text: dates, delay, escalation, status, checkpoints, cost
    QStringList gates; // the channels it gates (MODEL.md §6)
    // Planned or in progress: its forecast is its reference, so dragging the dot sets it.
    bool forecastEditable = false;
};

// An arrow from a predecessor (index into milestones) to the milestone that depends on it.
struct TimelineDependency
{
    int from = 0;
    int to = 0;
};

struct MilestoneTimeline
{
    QDate start; // the first day shown
    QDate end;   // the last day shown
    QDate statusDate;
    std::vector<TimelinePhase> phases;         // in order of first appearance
    std::vector<TimelineMilestone> milestones; // plan order
    std::vector<TimelineDependency> dependencies;
};

// `costs` (may be null): the cost of each slipped gate, added to the hover text.
MilestoneTimeline milestoneTimeline(const Plan &plan, const MilestoneReport &report,
                                    const DelayCostReport *costs = nullptr);

// "On track", "1 · department manager", ... (MODEL.md §6 escalation).
QString escalationText(int level);

} // namespace cplan
