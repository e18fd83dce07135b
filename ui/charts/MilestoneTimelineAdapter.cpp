#include "ui/charts/MilestoneTimelineAdapter.h"

#include "models/domain/MetricNames.h"

#include "models/domain/Months.h"
#include "models/domain/PlanIndex.h"
#include "ui/charts/ChartPalette.h"
#include "ui/widgets/DelayCostText.h"
#include "ui/widgets/FigureFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QLocale>

namespace cplan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MilestoneTimelineAdapter)
};

QString statusText(MilestoneStatus status)
{
    switch (status) {
    case MilestoneStatus::Planned:
        return Tr::tr("planned");
    case MilestoneStatus::InProgress:
        return Tr::tr("in progress");
    case MilestoneStatus::Done:
        return Tr::tr("done");
    case MilestoneStatus::Cancelled:
        return Tr::tr("cancelled");
    }
    return {};
}

QString delayText(int days)
{
    // Spelled out for one and many: without a loaded translation "%n day(s)" stays literal.
    if (days == 1)
        return Tr::tr("1 day late");
    if (days > 1)
        return Tr::tr("%1 days late").arg(days);
    if (days == -1)
        return Tr::tr("1 day early");
    if (days < -1)
        return Tr::tr("%1 days early").arg(-days);
    return Tr::tr("on time");
}

QString detailsOf(const Plan &plan, const Milestone &milestone, const MilestoneResult &result)
{
    const QString iso = result.reference.toString(Qt::ISODate);
    QStringList lines;
    lines << milestone.id + QStringLiteral(" · ") + milestone.name;
    lines << Tr::tr("Planned %1 · reference %2 (%3)")
                 .arg(milestone.planned, iso, delayText(result.delayDays));
    lines << Tr::tr("Escalation: %1").arg(escalationText(result.level));
    lines << Tr::tr("Status: %1 · owner: %2")
                 .arg(statusText(milestone.status),
                      milestone.owner.isEmpty() ? QStringLiteral("—") : milestone.owner);
    if (!result.blockedBy.isEmpty())
        lines << Tr::tr("Blocked by %1").arg(result.blockedBy.join(QStringLiteral(", ")));
    for (const CheckResult &check : result.checks) {
        const QString state = !check.met   ? Tr::tr("not evaluated")
                              : *check.met ? Tr::tr("met")
                                           : Tr::tr("missed");
        lines << Tr::tr("Checkpoint %1 %2 %3: %4 (%5)")
                     .arg(metricDisplayName(plan, check.metric), comparisonSymbol(check.op),
                          formatMetric(check.metric, check.target, plan.currency),
                          formatMetric(check.metric, check.projected, plan.currency), state);
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

QString escalationText(int level)
{
    switch (level) {
    case 0:
        return Tr::tr("On track");
    case 1:
        return Tr::tr("1 · department manager");
    case 2:
        return Tr::tr("2 · director");
    default:
        return Tr::tr("3 · general manager's office");
    }
}

MilestoneTimeline milestoneTimeline(const Plan &plan, const MilestoneReport &report,
                                    const DelayCostReport *costs)
{
    MilestoneTimeline timeline;
    timeline.statusDate = report.statusDate;
    const std::optional<QDate> planStart = parseMonth(plan.start);
    timeline.start = planStart.value_or(QDate());
    timeline.end = planStart ? planStart->addMonths(plan.months).addDays(-1) : QDate();

    auto widen = [&timeline](const QDate &date) {
        if (!date.isValid())
            return;
        if (!timeline.start.isValid() || date < timeline.start)
            timeline.start = date;
        if (!timeline.end.isValid() || date > timeline.end)
            timeline.end = date;
    };

    // Lookups by hash: a linear search per milestone (and per dependency) kept a window with a
    // 100,000-milestone chain busy for minutes (issue 21, A.4).
    const PlanIndex planIndex(plan);
    std::vector<int> planRows; // each shown milestone's row in plan.milestones
    for (const MilestoneResult &result : report.milestones) {
        const int index = planIndex.milestone(result.id);
        if (index < 0)
            continue;
        const Milestone &milestone = plan.milestones[std::size_t(index)];
        TimelineMilestone shown;
        shown.id = result.id;
        shown.name = result.name;
        shown.phase = milestone.phase;
        shown.planned = QDate::fromString(result.planned, Qt::ISODate);
        shown.reference = result.reference;
        shown.delayDays = result.delayDays;
        shown.level = result.level;
        shown.colour = escalationColour(result.level);
        shown.blockedBy = result.blockedBy;
        shown.details = detailsOf(plan, milestone, result);
        shown.gates = milestone.gates;
        shown.forecastEditable = milestone.status == MilestoneStatus::Planned ||
                                 milestone.status == MilestoneStatus::InProgress;
        if (!milestone.gates.isEmpty())
            shown.details += QLatin1Char('\n') +
                             Tr::tr("Gates: %1").arg(milestone.gates.join(QStringLiteral(", ")));
        if (costs) {
            for (const DelayCost &cost : costs->milestones) {
                if (cost.id == milestone.id)
                    shown.details += QLatin1Char('\n') + delayCostDetails(cost, plan.currency);
            }
        }
        widen(shown.planned);
        widen(shown.reference);
        timeline.milestones.push_back(shown);
        planRows.push_back(index);
    }
    widen(timeline.statusDate);

    QHash<QString, QList<int>> shownRows; // id -> positions in timeline.milestones
    shownRows.reserve(qsizetype(timeline.milestones.size()));
    for (std::size_t at = 0; at < timeline.milestones.size(); ++at)
        shownRows[timeline.milestones[at].id].append(int(at));
    for (std::size_t to = 0; to < timeline.milestones.size(); ++to) {
        const Milestone &milestone = plan.milestones[std::size_t(planRows[to])];
        for (const QString &predecessor : milestone.dependsOn) {
            for (const int from : shownRows.value(predecessor))
                timeline.dependencies.push_back({from, int(to)});
        }
    }

    // Phases in order of first appearance, each ending at its last planned date.
    QDate previousEnd = planStart.value_or(timeline.start).addDays(-1);
    for (const TimelineMilestone &milestone : timeline.milestones) {
        if (milestone.phase.isEmpty() || !milestone.planned.isValid())
            continue;
        auto phase =
            std::find_if(timeline.phases.begin(), timeline.phases.end(),
                         [&](const TimelinePhase &p) { return p.name == milestone.phase; });
        if (phase == timeline.phases.end()) {
            timeline.phases.push_back({milestone.phase, previousEnd.addDays(1), milestone.planned});
            phase = std::prev(timeline.phases.end());
        }
        phase->end = std::max(phase->end, milestone.planned);
        previousEnd = std::max(previousEnd, phase->end);
    }
    return timeline;
}

} // namespace cplan
