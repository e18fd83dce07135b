// PlanDocument's typed edits (the lifecycle and the undo machinery are in PlanDocument.cpp).
// Each builds a PlanEdit: a readable undo text, the change applied to a copy, the validator
// paths the edit must keep clean, and a merge key for repeated edits of one field.

#include "models/document/PlanDocument.h"

#include "models/document/PlanEditChecks.h"
#include "models/document/PlanFields.h"
#include "models/document/PlanTransforms.h"
#include "models/domain/NumberText.h"
#include "models/domain/ValidationPath.h"

namespace cplan {

namespace {

const QString scenariosKey = QStringLiteral("scenarios");

PlanChange::Areas stageDependentAreas()
{
    // Stage count changes the conversion columns and the actual volume columns too.
    return PlanChange::Area::Stages | PlanChange::Area::Channels | PlanChange::Area::Actuals |
           PlanChange::Area::Milestones | PlanChange::Area::Targets;
}

PlanChange::Areas channelDependentAreas()
{
    return PlanChange::Area::Channels | PlanChange::Area::Phasing | PlanChange::Area::Actuals;
}

QString channelName(const Plan &plan, int channel)
{
    return channel >= 0 && channel < static_cast<int>(plan.channels.size())
               ? plan.channels[channel].name
               : QString::number(channel + 1);
}

} // namespace

Status PlanDocument::applyScenarioEdit(int scenario, const QString &text, PlanChange change,
                                       const QStringList &checkedPaths, const QString &mergeKey,
                                       const std::function<Status(Scenario &)> &apply)
{
    if (scenario < 0 || scenario >= static_cast<int>(m_plan.scenarios.size()))
        return Error{tr("Scenario %1 does not exist.").arg(scenario + 1)};
    return applyEdit({text,
                      [scenario, apply](Plan &plan) { return apply(plan.scenarios[scenario]); },
                      change, checkedPaths, mergeKey});
}

Status PlanDocument::setSetting(PlanSetting setting, const QVariant &value)
{
    const bool horizon = setting == PlanSetting::Months || setting == PlanSetting::Start;
    const PlanChange change = horizon ? PlanChange::structure(PlanChange::Area::Everything)
                                      : PlanChange::values(PlanChange::Area::Settings);
    const QString text = tr("Set %1 to %2").arg(settingTitle(setting), value.toString());
    return applyEdit({text,
                      [=](Plan &plan) { return writeSetting(plan, setting, value); },
                      change,
                      {settingPath(setting)},
                      QStringLiteral("setting:") + settingPath(setting)});
}

// ---- Stages ---------------------------------------------------------------------------------

Status PlanDocument::addStage(int index, const QString &name)
{
    if (Status ok = uniqueName(name, m_plan.stages, tr("A stage")); !ok)
        return ok;
    return applyEdit({tr("Add stage %1").arg(name),
                      [=](Plan &plan) { return insertStage(plan, index, name); },
                      PlanChange::structure(stageDependentAreas())
                          .withRowOp(PlanChange::RowOp::Insert, PlanChange::Area::Stages, index),
                      {QStringLiteral("stages")},
                      {}});
}

Status PlanDocument::removeStage(int index)
{
    if (index < 0 || index >= m_plan.stages.size())
        return Error{tr("Stage %1 does not exist.").arg(index + 1)};
    return applyEdit({tr("Remove stage %1").arg(m_plan.stages[index]),
                      [=](Plan &plan) { return eraseStage(plan, index); },
                      PlanChange::structure(stageDependentAreas())
                          .withRowOp(PlanChange::RowOp::Remove, PlanChange::Area::Stages, index),
                      {QStringLiteral("stages")},
                      {}});
}

Status PlanDocument::renameStage(int index, const QString &name)
{
    if (index < 0 || index >= m_plan.stages.size())
        return Error{tr("Stage %1 does not exist.").arg(index + 1)};
    QStringList others = m_plan.stages;
    others.removeAt(index);
    if (Status ok = uniqueName(name, others, tr("A stage")); !ok)
        return ok;
    return applyEdit({tr("Rename stage %1 to %2").arg(m_plan.stages[index], name),
                      [=](Plan &plan) {
                          plan.stages[index] = name;
                          return success();
                      },
                      PlanChange::values(stageDependentAreas()),
                      {indexPath(QStringLiteral("stages"), index)},
                      {}});
}

Status PlanDocument::moveStage(int from, int to)
{
    if (from < 0 || from >= m_plan.stages.size())
        return Error{tr("Stage %1 does not exist.").arg(from + 1)};
    return applyEdit({tr("Move stage %1").arg(m_plan.stages[from]),
                      [=](Plan &plan) { return moveStageTo(plan, from, to); },
                      PlanChange::structure(stageDependentAreas())
                          .withRowOp(PlanChange::RowOp::Move, PlanChange::Area::Stages, from, to),
                      {QStringLiteral("stages")},
                      {}});
}

// ---- Categories -----------------------------------------------------------------------------

Status PlanDocument::addCategory(const QString &name, CategoryKind kind)
{
    const QStringList others =
        namesExcept(m_plan.categories, -1, [](const Category &c) { return c.name; });
    if (Status ok = uniqueName(name, others, tr("A category")); !ok)
        return ok;
    const int index = static_cast<int>(m_plan.categories.size());
    return applyEdit(
        {tr("Add category %1").arg(name),
         [=](Plan &plan) { return insertCategory(plan, index, name, kind); },
         PlanChange::structure(PlanChange::Area::Categories)
             .withRowOp(PlanChange::RowOp::Insert, PlanChange::Area::Categories, index),
         {QStringLiteral("categories")},
         {}});
}

Status PlanDocument::removeCategory(int index)
{
    if (index < 0 || index >= static_cast<int>(m_plan.categories.size()))
        return Error{tr("Category %1 does not exist.").arg(index + 1)};
    return applyEdit(
        {tr("Remove category %1").arg(m_plan.categories[index].name),
         [=](Plan &plan) { return eraseCategory(plan, index); },
         PlanChange::structure(PlanChange::Area::Categories)
             .withRowOp(PlanChange::RowOp::Remove, PlanChange::Area::Categories, index),
         {QStringLiteral("categories")},
         {}});
}

Status PlanDocument::renameCategory(int index, const QString &name)
{
    if (index < 0 || index >= static_cast<int>(m_plan.categories.size()))
        return Error{tr("Category %1 does not exist.").arg(index + 1)};
    const QStringList others =
        namesExcept(m_plan.categories, index, [](const Category &c) { return c.name; });
    if (Status ok = uniqueName(name, others, tr("A category")); !ok)
        return ok;
    return applyEdit({tr("Rename category %1 to %2").arg(m_plan.categories[index].name, name),
                      [=](Plan &plan) {
                          plan.categories[index].name = name;
                          return success();
                      },
                      PlanChange::values(PlanChange::Area::Categories),
                      {indexPath(QStringLiteral("categories"), index)},
                      {}});
}

Status PlanDocument::setCategoryKind(int index, CategoryKind kind)
{
    if (index < 0 || index >= static_cast<int>(m_plan.categories.size()))
        return Error{tr("Category %1 does not exist.").arg(index + 1)};
    return applyEdit({tr("Set kind of %1 to %2").arg(m_plan.categories[index].name, toString(kind)),
                      [=](Plan &plan) {
                          plan.categories[index].kind = kind;
                          return success();
                      },
                      PlanChange::values(PlanChange::Area::Categories),
                      {QStringLiteral("categories")},
                      {}});
}

Status PlanDocument::moveCategory(int from, int to)
{
    if (from < 0 || from >= static_cast<int>(m_plan.categories.size()))
        return Error{tr("Category %1 does not exist.").arg(from + 1)};
    return applyEdit(
        {tr("Move category %1").arg(m_plan.categories[from].name),
         [=](Plan &plan) { return moveCategoryTo(plan, from, to); },
         PlanChange::structure(PlanChange::Area::Categories)
             .withRowOp(PlanChange::RowOp::Move, PlanChange::Area::Categories, from, to),
         {},
         {}});
}

// ---- Channels -------------------------------------------------------------------------------

Status PlanDocument::addChannel(const QString &name, const QString &group)
{
    const QStringList others =
        namesExcept(m_plan.channels, -1, [](const Channel &c) { return c.name; });
    if (Status ok = uniqueName(name, others, tr("A channel")); !ok)
        return ok;
    const int index = static_cast<int>(m_plan.channels.size());
    return applyEdit({tr("Add channel %1").arg(name),
                      [=](Plan &plan) { return insertChannel(plan, index, name, group); },
                      PlanChange::structure(channelDependentAreas())
                          .withRowOp(PlanChange::RowOp::Insert, PlanChange::Area::Channels, index),
                      {QStringLiteral("channels")},
                      {}});
}

Status PlanDocument::removeChannel(int index)
{
    if (index < 0 || index >= static_cast<int>(m_plan.channels.size()))
        return Error{tr("Channel %1 does not exist.").arg(index + 1)};
    return applyEdit({tr("Remove channel %1").arg(m_plan.channels[index].name),
                      [=](Plan &plan) { return eraseChannel(plan, index); },
                      PlanChange::structure(channelDependentAreas())
                          .withRowOp(PlanChange::RowOp::Remove, PlanChange::Area::Channels, index),
                      {QStringLiteral("channels")},
                      {}});
}

Status PlanDocument::renameChannel(int index, const QString &name)
{
    if (index < 0 || index >= static_cast<int>(m_plan.channels.size()))
        return Error{tr("Channel %1 does not exist.").arg(index + 1)};
    const QStringList others =
        namesExcept(m_plan.channels, index, [](const Channel &c) { return c.name; });
    if (Status ok = uniqueName(name, others, tr("A channel")); !ok)
        return ok;
    return applyEdit({tr("Rename channel %1 to %2").arg(m_plan.channels[index].name, name),
                      [=](Plan &plan) { return renameChannelTo(plan, index, name); },
                      PlanChange::values(channelDependentAreas()),
                      {indexPath(QStringLiteral("channels"), index)},
                      {}});
}

Status PlanDocument::setChannelGroup(int index, const QString &group)
{
    if (index < 0 || index >= static_cast<int>(m_plan.channels.size()))
        return Error{tr("Channel %1 does not exist.").arg(index + 1)};
    return applyEdit({tr("Set group of %1 to %2").arg(m_plan.channels[index].name, group),
                      [=](Plan &plan) {
                          plan.channels[index].group = group.trimmed();
                          return success();
                      },
                      PlanChange::values(PlanChange::Area::Channels),
                      {indexPath(QStringLiteral("channels"), index)},
                      QStringLiteral("group:%1").arg(index)});
}

Status PlanDocument::moveChannel(int from, int to)
{
    if (from < 0 || from >= static_cast<int>(m_plan.channels.size()))
        return Error{tr("Channel %1 does not exist.").arg(from + 1)};
    return applyEdit({tr("Move channel %1").arg(m_plan.channels[from].name),
                      [=](Plan &plan) { return moveChannelTo(plan, from, to); },
                      PlanChange::structure(channelDependentAreas())
                          .withRowOp(PlanChange::RowOp::Move, PlanChange::Area::Channels, from, to),
                      {},
                      {}});
}

Status PlanDocument::setChannelDriver(int scenario, int channel, ChannelDriver driver,
                                      const QVariant &value, int conversionIndex)
{
    if (channel < 0 || channel >= static_cast<int>(m_plan.channels.size()))
        return Error{tr("Channel %1 does not exist.").arg(channel + 1)};
    const QString path = driverPath(m_plan, scenario, channel, driver, conversionIndex);
    // A typed number as a person writes it: 14.4, not the double's 14.399999999999999.
    const QString shown = !value.isValid() ? tr("none")
                          : value.typeId() == QMetaType::Double
                              ? QString::number(value.toDouble(), 'g', 15)
                              : value.toString();
    const QString text =
        tr("Set %1 of %2 to %3")
            .arg(driverTitle(m_plan, driver, conversionIndex), channelName(m_plan, channel), shown);
    return applyScenarioEdit(
        scenario, text, PlanChange::values(PlanChange::Area::Channels), {path}, path,
        [=, currency = m_plan.currency](Scenario &edited) {
            if (channel >= static_cast<int>(edited.channels.size()))
                return Status(Error{tr("The scenario has no drivers for %1.").arg(channel + 1)});
            return writeDriver(edited.channels[channel], driver, conversionIndex, value, currency);
        });
}

// ---- Budget ---------------------------------------------------------------------------------

Status PlanDocument::setBudget(int scenario, double budget)
{
    const QString path = fieldPath(scenarioPath(m_plan, scenario), QStringLiteral("budget"));
    return applyScenarioEdit(
        scenario, tr("Set budget to %1").arg(NumberText::formatAmount(budget, m_plan.currency)),
        // The tables that show amounts (categories, channels, phasing) list Scenarios among the
        // areas they show, so a budget reaches their amount columns alone.
        PlanChange::values(PlanChange::Area::Scenarios), {path}, path, [=](Scenario &edited) {
            edited.budget = budget;
            return success();
        });
}

Status PlanDocument::setCategoryShare(int scenario, int category, double share)
{
    if (category < 0 || category >= static_cast<int>(m_plan.categories.size()))
        return Error{tr("Category %1 does not exist.").arg(category + 1)};
    const QString path =
        namedPath(fieldPath(scenarioPath(m_plan, scenario), QStringLiteral("category_shares")),
                  m_plan.categories[category].name);
    const QString text =
        tr("Set share of %1 to %2").arg(m_plan.categories[category].name, formatNumber(share));
    return applyScenarioEdit(
        scenario, text,
        PlanChange::values(PlanChange::Area::Categories | PlanChange::Area::Channels), {path}, path,
        [=](Scenario &edited) {
            if (category >= static_cast<int>(edited.categoryShares.size()))
                return Status(Error{tr("The scenario has no share for this category.")});
            edited.categoryShares[category] = share;
            return success();
        });
}

Status PlanDocument::normaliseCategoryShares(int scenario)
{
    return applyScenarioEdit(
        scenario, tr("Normalise category shares"),
        PlanChange::values(PlanChange::Area::Categories | PlanChange::Area::Channels), {}, {},
        [](Scenario &edited) { return normaliseShares(edited.categoryShares); });
}

Status PlanDocument::normaliseChannelShares(int scenario)
{
    return applyScenarioEdit(
        scenario, tr("Normalise channel shares"), PlanChange::values(PlanChange::Area::Channels),
        {}, {}, [](Scenario &edited) { return cplan::normaliseChannelShares(edited); });
}

// ---- Phasing --------------------------------------------------------------------------------

Status PlanDocument::setPhasing(int scenario, int channel, const std::optional<Phasing> &phasing)
{
    if (channel < -1 || channel >= static_cast<int>(m_plan.channels.size()))
        return Error{tr("Channel %1 does not exist.").arg(channel + 1)};
    const QString owner = channel < 0 ? tr("the scenario") : channelName(m_plan, channel);
    const QString text = channel >= 0 && !phasing ? tr("Remove phasing override of %1").arg(owner)
                                                  : tr("Set phasing of %1").arg(owner);
    const QString scenarioPlace = scenarioPath(m_plan, scenario);
    const QString owningPlace =
        channel < 0 ? scenarioPlace
                    : namedPath(fieldPath(scenarioPlace, QStringLiteral("channels")),
                                channelName(m_plan, channel));
    const QString path = fieldPath(owningPlace, QStringLiteral("phasing"));
    return applyScenarioEdit(scenario, text, PlanChange::values(PlanChange::Area::Phasing), {path},
                             {}, [=](Scenario &edited) {
                                 if (channel < 0) {
                                     edited.phasing = phasing.value_or(Phasing{});
                                 } else if (channel < static_cast<int>(edited.channels.size())) {
                                     edited.channels[channel].phasing = phasing;
                                 }
                                 return success();
                             });
}

Status PlanDocument::setPhasingKind(int scenario, int channel, Phasing::Kind kind)
{
    if (scenario < 0 || scenario >= static_cast<int>(m_plan.scenarios.size()))
        return Error{tr("Scenario %1 does not exist.").arg(scenario + 1)};
    if (channel < -1 || channel >= static_cast<int>(m_plan.channels.size()))
        return Error{tr("Channel %1 does not exist.").arg(channel + 1)};
    const Scenario &current = m_plan.scenarios[scenario];
    // A channel without an override starts from the scenario's phasing.
    const Phasing &from =
        channel < 0 ? current.phasing : current.channels[channel].phasing.value_or(current.phasing);
    return setPhasing(scenario, channel, convertPhasing(from, kind, m_plan.months));
}

Status PlanDocument::setPhasingWeight(int scenario, int channel, int weightIndex, double weight)
{
    if (scenario < 0 || scenario >= static_cast<int>(m_plan.scenarios.size()))
        return Error{tr("Scenario %1 does not exist.").arg(scenario + 1)};
    if (channel < -1 || channel >= static_cast<int>(m_plan.channels.size()))
        return Error{tr("Channel %1 does not exist.").arg(channel + 1)};
    const Scenario &current = m_plan.scenarios[scenario];
    std::optional<Phasing> phasing =
        channel < 0 ? current.phasing : current.channels[channel].phasing;
    if (!phasing || phasing->kind == Phasing::Kind::Even)
        return Error{tr("Choose quarterly or monthly phasing before entering weights.")};
    if (weightIndex < 0 || weightIndex >= static_cast<int>(phasing->weights.size()))
        return Error{tr("There is no weight %1.").arg(weightIndex + 1)};
    phasing->weights[weightIndex] = weight;
    return setPhasing(scenario, channel, phasing);
}

// ---- Scenarios ------------------------------------------------------------------------------

Status PlanDocument::createScenario(int from)
{
    if (from < 0 || from >= static_cast<int>(m_plan.scenarios.size()))
        return Error{tr("Scenario %1 does not exist.").arg(from + 1)};
    const QString name = uniqueScenarioName(m_plan, m_plan.scenarios[from].name);
    Status status =
        applyEdit({tr("Create scenario %1").arg(name),
                   [=](Plan &plan) {
                       Scenario copy = plan.scenarios[from];
                       copy.name = name;
                       copy.signoff = {}; // a copy is a new draft (MODEL.md §10)
                       plan.scenarios.push_back(copy);
                       return success();
                   },
                   PlanChange::structure(PlanChange::Area::Scenarios)
                       .withRowOp(PlanChange::RowOp::Insert, PlanChange::Area::Scenarios,
                                  int(m_plan.scenarios.size())),
                   {indexPath(scenariosKey, m_plan.scenarios.size())},
                   {}});
    if (status)
        setActiveScenarioIndex(m_plan.scenarioIndex(name));
    return status;
}

Status PlanDocument::addScenario(const Scenario &scenario)
{
    QStringList names;
    for (const Scenario &existing : m_plan.scenarios)
        names << existing.name;
    if (Status ok = uniqueName(scenario.name, names, tr("A scenario")); !ok)
        return ok;
    Status status =
        applyEdit({tr("Add scenario %1").arg(scenario.name),
                   [=](Plan &plan) {
                       plan.scenarios.push_back(scenario);
                       return success();
                   },
                   PlanChange::structure(PlanChange::Area::Scenarios)
                       .withRowOp(PlanChange::RowOp::Insert, PlanChange::Area::Scenarios,
                                  int(m_plan.scenarios.size())),
                   {indexPath(scenariosKey, m_plan.scenarios.size())},
                   {}});
    if (status)
        setActiveScenarioIndex(m_plan.scenarioIndex(scenario.name));
    return status;
}

Status PlanDocument::renameScenario(int index, const QString &name)
{
    if (index < 0 || index >= static_cast<int>(m_plan.scenarios.size()))
        return Error{tr("Scenario %1 does not exist.").arg(index + 1)};
    const QStringList others =
        namesExcept(m_plan.scenarios, index, [](const Scenario &s) { return s.name; });
    if (Status ok = uniqueName(name, others, tr("A scenario")); !ok)
        return ok;
    return applyEdit({tr("Rename scenario %1 to %2").arg(m_plan.scenarios[index].name, name),
                      [=](Plan &plan) { return renameScenarioTo(plan, index, name); },
                      PlanChange::values(PlanChange::Area::Scenarios),
                      {fieldPath(indexPath(scenariosKey, index), QStringLiteral("name"))},
                      {}});
}

Status PlanDocument::removeScenario(int index)
{
    if (index < 0 || index >= static_cast<int>(m_plan.scenarios.size()))
        return Error{tr("Scenario %1 does not exist.").arg(index + 1)};
    if (m_plan.scenarios.size() == 1)
        return Error{tr("A plan needs at least one scenario.")};
    return applyEdit({tr("Delete scenario %1").arg(m_plan.scenarios[index].name),
                      [=](Plan &plan) { return eraseScenario(plan, index); },
                      PlanChange::structure(PlanChange::Area::Scenarios)
                          .withRowOp(PlanChange::RowOp::Remove, PlanChange::Area::Scenarios, index),
                      {},
                      {}});
}

Status PlanDocument::moveScenario(int from, int to)
{
    const int count = static_cast<int>(m_plan.scenarios.size());
    if (from < 0 || from >= count || to < 0 || to >= count)
        return Error{
            tr("Scenario %1 does not exist.").arg((from < 0 || from >= count ? from : to) + 1)};
    return applyEdit(
        {tr("Move scenario %1").arg(m_plan.scenarios[from].name),
         [=](Plan &plan) {
             moveElement(plan.scenarios, from, to);
             return success();
         },
         PlanChange::structure(PlanChange::Area::Scenarios)
             .withRowOp(PlanChange::RowOp::Move, PlanChange::Area::Scenarios, from, to),
         {},
         {}});
}

} // namespace cplan
