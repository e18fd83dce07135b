// PlanDocument on a live home (the team store, MODEL.md §11): each edit, undo and redo is
// committed through the home before the window shows it; the others' changes come in through
// refreshFromHome(); edits made while the home cannot be reached are kept and sent later.

#include "models/document/PlanDocument.h"

#include "models/document/PlanSnapshotCommand.h"

#include <QUndoStack>

namespace cplan {

namespace {

// The step revision of my steps made before another member changed the plan's shape.
constexpr qint64 shapeChanged = -1;

bool sameSettings(const Plan &a, const Plan &b)
{
    return a.name == b.name && a.nameZh == b.nameZh && a.currency == b.currency &&
           a.start == b.start && a.months == b.months &&
           a.valueHorizonMonths == b.valueHorizonMonths &&
           a.discountRateAnnual == b.discountRateAnnual && a.statusDate == b.statusDate &&
           a.varianceThreshold == b.varianceThreshold &&
           a.milestoneThresholdsDays == b.milestoneThresholdsDays &&
           a.baselineScenario == b.baselineScenario && a.people == b.people;
}

// What another member's change did to the plan, for the item models: the areas it touched, and
// whether only values changed (every list keeps its length, the months stay) or the shape did.
PlanChange remoteChange(const Plan &before, const Plan &after)
{
    using Area = PlanChange::Area;
    PlanChange::Areas areas;
    bool structural = before.months != after.months;
    const auto touch = [&](PlanChange::Areas area, bool changed, bool sameLength) {
        if (!changed)
            return;
        areas |= area;
        if (!sameLength)
            structural = true;
    };
    touch(Area::Settings, !sameSettings(before, after), true);
    touch(Area::Stages, before.stages != after.stages, before.stages.size() == after.stages.size());
    touch(Area::Categories, before.categories != after.categories,
          before.categories.size() == after.categories.size());
    touch(Area::Channels, before.channels != after.channels,
          before.channels.size() == after.channels.size());
    touch(Area::Targets, before.targets != after.targets,
          before.targets.size() == after.targets.size());
    touch(Area::Milestones, before.milestones != after.milestones,
          before.milestones.size() == after.milestones.size());
    touch(Area::Actuals, before.actuals != after.actuals || before.pastActuals != after.pastActuals,
          before.actuals.size() == after.actuals.size() &&
              before.pastActuals.size() == after.pastActuals.size());
    if (before.scenarios.size() != after.scenarios.size()) {
        areas |= Area::Everything;
        structural = true;
    } else {
        for (std::size_t i = 0; i < after.scenarios.size(); ++i) {
            const Scenario &was = before.scenarios[i];
            const Scenario &now = after.scenarios[i];
            if (was == now)
                continue;
            if (was.name != now.name || was.budget != now.budget || !(was.signoff == now.signoff) ||
                !(was.uncertainty == now.uncertainty))
                areas |= Area::Scenarios;
            if (was.categoryShares != now.categoryShares)
                touch(Area::Categories, true,
                      was.categoryShares.size() == now.categoryShares.size());
            if (!(was.phasing == now.phasing))
                areas |= Area::Phasing;
            if (was.channels.size() != now.channels.size()) {
                touch(Area::Channels | Area::Phasing, true, false);
                continue;
            }
            for (std::size_t c = 0; c < now.channels.size(); ++c) {
                if (was.channels[c] == now.channels[c])
                    continue;
                areas |= Area::Channels;
                if (!(was.channels[c].phasing == now.channels[c].phasing))
                    areas |= Area::Phasing;
            }
        }
    }
    if (structural)
        return PlanChange::structure(areas);
    return PlanChange::values(areas);
}

} // namespace

bool PlanDocument::isLive() const
{
    return m_home->isLive();
}

void PlanDocument::setOffline(bool offline)
{
    if (offline == m_offline)
        return;
    m_offline = offline;
    emit liveStateChanged();
}

Status PlanDocument::openHome(std::unique_ptr<PlanHome> home)
{
    if (!home)
        return Error{tr("No plan to open.")};
    auto loaded = home->open();
    if (!loaded)
        return Error{loaded.error()};
    if (loaded->scenarios.empty())
        return Error{tr("%1: the plan has no scenario").arg(home->location())};
    removeOwnRecovery();
    m_home = std::move(home);
    resetDocument(loaded.value(), m_home->location(), PlanFormat::Cplan);
    emit liveStateChanged();
    return success();
}

PlanDocument::LiveOutcome PlanDocument::commitLive(const Plan &plan, const QString &action,
                                                   qint64 stepRevision, QString *message)
{
    // Edits kept while offline go first and together (sendPending): until then every new one is
    // kept behind them, so the home receives them in the order they were made.
    if (m_unsent > 0)
        return LiveOutcome::Kept;
    PlanCommit commit;
    HistoryEntry entry;
    entry.action = action;
    entry.reason = m_nextReason;
    commit.entries.push_back(std::move(entry));
    commit.stepRevision = stepRevision;
    const Status saved = m_home->save(plan, commit);
    if (saved) {
        m_nextReason.clear();
        setOffline(false);
        return LiveOutcome::Sent;
    }
    if (m_home->lastSaveUnreachable()) {
        m_nextReason.clear();
        setOffline(true);
        return LiveOutcome::Kept;
    }
    if (message)
        *message = saved.error();
    return LiveOutcome::Refused;
}

void PlanDocument::afterLiveCommit(LiveOutcome outcome, const void *command)
{
    if (outcome == LiveOutcome::Sent) {
        if (command)
            m_stepRevisions[command] = m_home->liveRevision();
        // The home merged the edit with the others' changes: the window shows the result.
        if (m_home->hasUnshownChanges())
            (void)refreshFromHome();
        return;
    }
    if (outcome == LiveOutcome::Kept) {
        ++m_unsent;
        if (command)
            m_unsentSteps.push_back(command);
        updateModified();
        // The recovery file holds the kept edits at once, not only at the next autosave.
        (void)autosaveNow();
        emit liveStateChanged();
    }
}

Status PlanDocument::refreshFromHome()
{
    // Kept edits are not in the home's plan yet: it is taken when they are sent (sendPending
    // merges them with the others' changes), so that nothing of mine is shown as undone.
    if (!isLive() || m_unsent > 0)
        return success();
    auto fresh = m_home->refresh();
    if (!fresh) {
        if (m_home->lastSaveUnreachable())
            setOffline(true);
        return Error{fresh.error()};
    }
    setOffline(false);
    if (!*fresh)
        return success();
    Plan plan = std::move(**fresh);
    if (plan == m_plan)
        return success();
    const PlanChange change = remoteChange(m_plan, plan);
    // My steps find their places by position (PlanPatch): after another member changed a list's
    // length they could land on the wrong element, so they are no longer undone or redone here.
    if (change.isStructural()) {
        for (int i = 0; i < m_undoStack->count(); ++i)
            m_stepRevisions[m_undoStack->command(i)] = shapeChanged;
    }
    // A few changed fields do not check every actual row again (validatePlanAfter).
    m_checkedViolations = validatePlanAfter(plan, m_plan, m_violations);
    replacePlan(std::move(plan), change);
    return success();
}

Status PlanDocument::undo()
{
    if (!m_undoStack->canUndo())
        return Error{tr("There is nothing to undo.")};
    if (!isLive()) {
        m_undoStack->undo();
        return success();
    }
    return liveUndoRedo(true);
}

Status PlanDocument::redo()
{
    if (!m_undoStack->canRedo())
        return Error{tr("There is nothing to redo.")};
    if (!isLive()) {
        m_undoStack->redo();
        return success();
    }
    return liveUndoRedo(false);
}

Status PlanDocument::liveUndoRedo(bool undo)
{
    const int at = undo ? m_undoStack->index() - 1 : m_undoStack->index();
    const auto *step = dynamic_cast<const PlanSnapshotCommand *>(m_undoStack->command(at));
    if (!step)
        return Error{tr("There is nothing to undo.")};
    // Only my step's fields go back (or forward): the others' changes since stay.
    Plan plan = m_plan;
    if (undo)
        step->patch().applyBackward(plan);
    else
        step->patch().applyForward(plan);
    const QString action = undo ? tr("Undo: %1").arg(step->text()) : step->text();
    const auto revision = m_stepRevisions.find(step);
    if (revision != m_stepRevisions.end() && revision->second == shapeChanged)
        return Error{tr("Another member changed the plan's lists (channels, scenarios, stages, "
                        "rows) since “%1”, so it cannot be undone or redone here; change the "
                        "values by hand.")
                         .arg(step->text())};
    QString message;
    const LiveOutcome outcome = commitLive(
        plan, action, revision == m_stepRevisions.end() ? 0 : revision->second, &message);
    if (outcome == LiveOutcome::Refused) {
        (void)refreshFromHome();
        return Error{message};
    }
    if (undo)
        m_undoStack->undo();
    else
        m_undoStack->redo();
    afterLiveCommit(outcome, step);
    return success();
}

Status PlanDocument::sendPending()
{
    if (!isLive() || m_unsent == 0)
        return success();
    if (const Status reached = m_home->reconnect(); !reached) {
        setOffline(true);
        return reached;
    }
    PlanCommit commit;
    HistoryEntry entry;
    entry.action = m_unsent == 1 ? tr("1 edit made while offline")
                                 : tr("%1 edits made while offline").arg(m_unsent);
    commit.entries.push_back(std::move(entry));
    const Status saved = m_home->save(m_plan, commit);
    if (!saved) {
        setOffline(m_home->lastSaveUnreachable());
        return saved;
    }
    const qint64 revision = m_home->liveRevision();
    for (const void *step : m_unsentSteps)
        m_stepRevisions[step] = revision;
    m_unsentSteps.clear();
    m_unsent = 0;
    setOffline(false);
    updateModified();
    removeOwnRecovery();
    emit liveStateChanged();
    if (m_home->hasUnshownChanges())
        (void)refreshFromHome();
    return success();
}

} // namespace cplan
