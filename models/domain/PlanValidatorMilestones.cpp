#include "models/domain/PlanValidatorParts.h"

#include "models/domain/Months.h"
#include "models/domain/ValidationMetrics.h"
#include "models/domain/ValidationPath.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanValidator)
};

void requireDate(const QString &path, const QString &text, ValidationReport &report)
{
    if (!parseIsoDate(text))
        report.add(path, Tr::tr("must be a date YYYY-MM-DD (got %1)").arg(quoted(text)));
}

// Position of each milestone id (the first, when an id is duplicated), built once per
// validation: looking ids up by scanning the list made a 100,000-milestone chain take minutes.
QHash<QString, int> milestonePositions(const Plan &plan)
{
    QHash<QString, int> positions;
    positions.reserve(static_cast<qsizetype>(plan.milestones.size()));
    for (std::size_t i = 0; i < plan.milestones.size(); ++i)
        if (!positions.contains(plan.milestones[i].id))
            positions.insert(plan.milestones[i].id, static_cast<int>(i));
    return positions;
}

// Depth-first search over depends_on (MODEL.md §6: must be acyclic). Every cycle found is
// reported once, at the milestone where the search closed it, with the whole loop spelled out.
// The search keeps its own stack: a chain of thousands of milestones must not overflow the
// thread's stack, as recursion did.
class DependencyCycles
{
public:
    DependencyCycles(const Plan &plan, const QHash<QString, int> &positions,
                     ValidationReport &report)
        : m_plan(plan), m_report(report)
    {
        const std::size_t count = plan.milestones.size();
        m_edges.resize(count);
        for (std::size_t i = 0; i < count; ++i) {
            const QStringList &dependsOn = plan.milestones[i].dependsOn;
            for (qsizetype d = 0; d < dependsOn.size(); ++d) {
                // Unknown ids are reported on their own; they cannot close a loop.
                const int target = positions.value(dependsOn[d], -1);
                if (target >= 0)
                    m_edges[i].push_back({target, d});
            }
        }
        m_state.assign(count, State::Unvisited);
    }

    void run()
    {
        for (std::size_t i = 0; i < m_plan.milestones.size(); ++i) {
            if (m_state[i] == State::Unvisited)
                visit(static_cast<int>(i));
        }
    }

private:
    enum class State
    {
        Unvisited,
        OnPath,
        Done
    };
    struct Edge
    {
        int target;
        qsizetype dependsOnIndex;
    };
    struct Step
    {
        int milestone;
        std::size_t nextEdge;     // the next edge of this milestone to follow
        qsizetype dependsOnIndex; // the edge being followed out of this milestone
    };

    void visit(int start)
    {
        m_state[static_cast<std::size_t>(start)] = State::OnPath;
        m_path.push_back({start, 0, -1});
        while (!m_path.empty()) {
            Step &step = m_path.back();
            const auto &edges = m_edges[static_cast<std::size_t>(step.milestone)];
            if (step.nextEdge == edges.size()) {
                m_state[static_cast<std::size_t>(step.milestone)] = State::Done;
                m_path.pop_back();
                continue;
            }
            const Edge &edge = edges[step.nextEdge++];
            step.dependsOnIndex = edge.dependsOnIndex;
            const State state = m_state[static_cast<std::size_t>(edge.target)];
            if (state == State::OnPath) {
                reportCycle(edge.target);
            } else if (state == State::Unvisited) {
                m_state[static_cast<std::size_t>(edge.target)] = State::OnPath;
                m_path.push_back({edge.target, 0, -1}); // `step` is invalid from here on
            }
        }
    }

    void reportCycle(int start)
    {
        std::size_t first = 0;
        while (m_path[first].milestone != start)
            ++first;
        QStringList ids;
        for (std::size_t i = first; i < m_path.size(); ++i)
            ids.append(m_plan.milestones[static_cast<std::size_t>(m_path[i].milestone)].id);
        ids.append(m_plan.milestones[static_cast<std::size_t>(start)].id);
        const Milestone &milestone = m_plan.milestones[static_cast<std::size_t>(start)];
        const QString path =
            indexPath(fieldPath(elementPath(QStringLiteral("milestones"), start, milestone.id),
                                QStringLiteral("depends_on")),
                      m_path[first].dependsOnIndex);
        m_report.add(path,
                     Tr::tr("depends on itself through %1").arg(ids.join(QStringLiteral(" -> "))));
    }

    const Plan &m_plan;
    ValidationReport &m_report;
    std::vector<std::vector<Edge>> m_edges;
    std::vector<State> m_state;
    std::vector<Step> m_path;
};

// MODEL.md §6 "Gates": each gate names a channel of the plan, once; a cancelled milestone is
// never reached, so it cannot gate spend.
void validateGates(const Plan &plan, const Milestone &milestone, const QString &path,
                   ValidationReport &report)
{
    if (milestone.gates.isEmpty())
        return;
    const QString gatesPath = fieldPath(path, QStringLiteral("gates"));
    if (milestone.status == MilestoneStatus::Cancelled)
        report.add(gatesPath, Tr::tr("a cancelled milestone cannot gate spend (it is never "
                                     "reached); remove its gates or change its status"));
    QSet<QString> seen;
    for (qsizetype g = 0; g < milestone.gates.size(); ++g) {
        const QString &channel = milestone.gates[g];
        const QString gatePath = indexPath(gatesPath, g);
        if (plan.channelIndex(channel) < 0)
            report.add(gatePath, Tr::tr("unknown channel %1").arg(quoted(channel)));
        else if (seen.contains(channel))
            report.add(gatePath, Tr::tr("channel %1 is gated twice").arg(quoted(channel)));
        seen.insert(channel);
    }
}

} // namespace

void validateMilestones(const Plan &plan, ValidationReport &report)
{
    const QString listPath = QStringLiteral("milestones");
    const int stageCount = static_cast<int>(plan.stages.size());
    const QHash<QString, int> positions = milestonePositions(plan);
    QStringList ids;
    for (std::size_t i = 0; i < plan.milestones.size(); ++i) {
        const Milestone &milestone = plan.milestones[i];
        const auto index = static_cast<qsizetype>(i);
        ids.append(milestone.id);
        report.requireNotEmpty(fieldPath(indexPath(listPath, index), QStringLiteral("id")),
                               milestone.id);
        const QString path = elementPath(listPath, index, milestone.id);
        requireDate(fieldPath(path, QStringLiteral("planned")), milestone.planned, report);
        if (!milestone.forecast.isEmpty())
            requireDate(fieldPath(path, QStringLiteral("forecast")), milestone.forecast, report);
        if (!milestone.actual.isEmpty())
            requireDate(fieldPath(path, QStringLiteral("actual")), milestone.actual, report);

        const QString dependsOnPath = fieldPath(path, QStringLiteral("depends_on"));
        for (qsizetype d = 0; d < milestone.dependsOn.size(); ++d) {
            if (!positions.contains(milestone.dependsOn[d]))
                report.add(indexPath(dependsOnPath, d),
                           Tr::tr("unknown milestone %1").arg(quoted(milestone.dependsOn[d])));
        }

        validateGates(plan, milestone, path, report);

        const QString checksPath = fieldPath(path, QStringLiteral("checks"));
        for (std::size_t c = 0; c < milestone.checks.size(); ++c) {
            const Check &check = milestone.checks[c];
            const QString checkPath = indexPath(checksPath, static_cast<qsizetype>(c));
            const QString problem = metricProblem(check.metric, stageCount, MetricUse::Check);
            if (!problem.isEmpty())
                report.add(fieldPath(checkPath, QStringLiteral("metric")), problem);
            const QString valuePath = fieldPath(checkPath, QStringLiteral("value"));
            report.requireBetween(valuePath, check.value, -largestTargetValue, largestTargetValue);
        }
    }
    report.requireUnique(
        ids, [&](qsizetype i) { return fieldPath(indexPath(listPath, i), QStringLiteral("id")); },
        true);
    DependencyCycles(plan, positions, report).run();
}

} // namespace cplan
