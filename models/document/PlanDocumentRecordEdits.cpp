// PlanDocument's edits of the plan's records: targets, milestones and actuals (the other edits
// are in PlanDocumentEdits.cpp).

#include "models/document/PlanDocument.h"

#include "models/document/PlanEditChecks.h"
#include "models/domain/MetricNames.h"
#include "models/domain/ValidationPath.h"

#include <QRegularExpression>

#include <algorithm>

namespace cplan {

// ---- Targets --------------------------------------------------------------------------------

Status PlanDocument::addTarget(const Target &target)
{
    const int index = static_cast<int>(m_plan.targets.size());
    return applyEdit(
        // The metric in words, not its key ("Add target Customer acquisition cost (CAC)", not
        // "Add target cac"; issue 22 D.13).
        {tr("Add target %1")
             .arg(target.label.isEmpty() ? metricDisplayName(m_plan, target.metric) : target.label),
         [=](Plan &plan) {
             plan.targets.push_back(target);
             return success();
         },
         PlanChange::structure(PlanChange::Area::Targets)
             .withRowOp(PlanChange::RowOp::Insert, PlanChange::Area::Targets,
                        int(m_plan.targets.size())),
         {indexPath(QStringLiteral("targets"), index)},
         {}});
}

Status PlanDocument::removeTarget(int index)
{
    if (index < 0 || index >= static_cast<int>(m_plan.targets.size()))
        return Error{tr("Target %1 does not exist.").arg(index + 1)};
    const Target &target = m_plan.targets[index];
    return applyEdit(
        {tr("Remove target %1").arg(target.label.isEmpty() ? target.metric : target.label),
         [=](Plan &plan) {
             plan.targets.erase(plan.targets.begin() + index);
             return success();
         },
         PlanChange::structure(PlanChange::Area::Targets)
             .withRowOp(PlanChange::RowOp::Remove, PlanChange::Area::Targets, index),
         {},
         {}});
}

Status PlanDocument::setTarget(int index, const Target &target)
{
    if (index < 0 || index >= static_cast<int>(m_plan.targets.size()))
        return Error{tr("Target %1 does not exist.").arg(index + 1)};
    const QString path = indexPath(QStringLiteral("targets"), index);
    return applyEdit(
        {tr("Edit target %1").arg(target.label.isEmpty() ? target.metric : target.label),
         [=](Plan &plan) {
             plan.targets[index] = target;
             return success();
         },
         PlanChange::values(PlanChange::Area::Targets),
         {path},
         path});
}

// ---- Milestones -----------------------------------------------------------------------------

Status PlanDocument::addMilestone(const Milestone &milestone)
{
    const QStringList others =
        namesExcept(m_plan.milestones, -1, [](const Milestone &m) { return m.id; });
    if (Status ok = uniqueName(milestone.id, others, tr("A milestone")); !ok)
        return ok;
    return applyEdit({tr("Add milestone %1").arg(milestone.id),
                      [=](Plan &plan) {
                          plan.milestones.push_back(milestone);
                          return success();
                      },
                      PlanChange::structure(PlanChange::Area::Milestones)
                          .withRowOp(PlanChange::RowOp::Insert, PlanChange::Area::Milestones,
                                     int(m_plan.milestones.size())),
                      {namedPath(QStringLiteral("milestones"), milestone.id),
                       indexPath(QStringLiteral("milestones"), m_plan.milestones.size())},
                      {}});
}

Status PlanDocument::removeMilestone(int index)
{
    if (index < 0 || index >= static_cast<int>(m_plan.milestones.size()))
        return Error{tr("Milestone %1 does not exist.").arg(index + 1)};
    const QString id = m_plan.milestones[index].id;
    return applyEdit(
        {tr("Remove milestone %1").arg(id),
         [=](Plan &plan) {
             plan.milestones.erase(plan.milestones.begin() + index);
             for (Milestone &other : plan.milestones)
                 other.dependsOn.removeAll(id);
             return success();
         },
         PlanChange::structure(PlanChange::Area::Milestones)
             .withRowOp(PlanChange::RowOp::Remove, PlanChange::Area::Milestones, index),
         {},
         {}});
}

Status PlanDocument::setMilestone(int index, const Milestone &milestone)
{
    if (index < 0 || index >= static_cast<int>(m_plan.milestones.size()))
        return Error{tr("Milestone %1 does not exist.").arg(index + 1)};
    const QStringList others =
        namesExcept(m_plan.milestones, index, [](const Milestone &m) { return m.id; });
    if (Status ok = uniqueName(milestone.id, others, tr("A milestone")); !ok)
        return ok;
    const QString oldId = m_plan.milestones[index].id;
    return applyEdit({tr("Edit milestone %1").arg(milestone.id),
                      [=](Plan &plan) {
                          plan.milestones[index] = milestone;
                          if (milestone.id != oldId) {
                              for (Milestone &other : plan.milestones)
                                  other.dependsOn.replaceInStrings(
                                      QRegularExpression(QStringLiteral("^%1$").arg(
                                          QRegularExpression::escape(oldId))),
                                      milestone.id);
                          }
                          return success();
                      },
                      PlanChange::values(PlanChange::Area::Milestones),
                      {namedPath(QStringLiteral("milestones"), milestone.id),
                       indexPath(QStringLiteral("milestones"), index)},
                      {}});
}

// ---- Actuals --------------------------------------------------------------------------------

Status PlanDocument::setActual(const QString &month, const QString &channel,
                               std::optional<double> spend, const std::vector<double> &volumes)
{
    const QString text = tr("Set actuals of %1 in %2").arg(channel, month);
    return applyEdit(
        {text,
         [=](Plan &plan) {
             auto &actuals = plan.actuals;
             auto found = std::find_if(actuals.begin(), actuals.end(), [&](const Actual &a) {
                 return a.month == month && a.channel == channel;
             });
             if (!spend && volumes.empty()) {
                 if (found != actuals.end())
                     actuals.erase(found);
                 return success();
             }
             Actual row{month, channel, spend.value_or(0.0), volumes};
             if (found != actuals.end()) {
                 *found = row;
                 return success();
             }
             // Keep the file readable: rows ordered by month, then plan order.
             const int channelIndex = plan.channelIndex(channel);
             auto position = std::find_if(actuals.begin(), actuals.end(), [&](const Actual &a) {
                 return a.month > month ||
                        (a.month == month && plan.channelIndex(a.channel) > channelIndex);
             });
             actuals.insert(position, row);
             return success();
         },
         PlanChange::values(PlanChange::Area::Actuals),
         {QStringLiteral("actuals")},
         QStringLiteral("actual:%1:%2").arg(month, channel)});
}

} // namespace cplan
