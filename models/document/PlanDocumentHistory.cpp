// PlanDocument: the history, versions and sign-off of MODEL.md §10.

#include "models/document/PlanDocument.h"

#include "models/document/PlanTransforms.h"
#include "models/domain/ValidationPath.h"
#include "models/history/FieldChanges.h"

#include <QFileInfo>
#include <QUndoStack>

namespace cplan {

QString PlanDocument::author() const
{
    return m_author.trimmed().isEmpty() ? defaultAuthor() : m_author.trimmed();
}

void PlanDocument::setAuthor(const QString &name)
{
    m_author = name;
}

void PlanDocument::setNextReason(const QString &reason)
{
    m_nextReason = reason;
}

const PlanHome &PlanDocument::home() const
{
    return *m_home;
}

std::vector<HistoryEntry> PlanDocument::historyEntries() const
{
    awaitHistoryCheck();
    return m_home->historyEntries();
}

const ChainCheck &PlanDocument::chainCheck() const
{
    awaitHistoryCheck();
    return m_home->chainCheck();
}

const std::vector<VersionInfo> &PlanDocument::versions() const
{
    return m_home->versions();
}

void PlanDocument::recordStep(const Plan &before, const Plan &after, const QString &text,
                              const void *command, bool undo)
{
    // A live home (the team store) writes the history itself, one entry per committed edit.
    if (m_home->isLive())
        return;
    // Undoing the step just done (not saved yet) leaves no trace, nor does redoing what was just
    // undone: what reaches the file is what the plan went through, not the back and forth.
    if (!m_pendingSteps.empty() && m_pendingSteps.back().command == command &&
        m_pendingSteps.back().undo != undo) {
        m_pending.pop_back();
        m_pendingSteps.pop_back();
        return;
    }
    HistoryEntry entry;
    entry.at = historyTime(m_clock());
    entry.author = author();
    entry.action = undo ? tr("Undo: %1").arg(text) : text;
    entry.changes = fieldChanges(before, after);
    entry.reason = m_nextReason;
    m_nextReason.clear();
    m_pending.push_back(std::move(entry));
    m_pendingSteps.push_back({command, undo});
}

void PlanDocument::mergeSteps(const void *command, const void *next, const QString &text)
{
    if (m_pendingSteps.empty() || m_pendingSteps.back().command != next)
        return;
    const bool bothPending = m_pendingSteps.size() >= 2 &&
                             m_pendingSteps[m_pendingSteps.size() - 2].command == command &&
                             !m_pendingSteps[m_pendingSteps.size() - 2].undo;
    if (!bothPending) {
        // The step merged into was saved already: the new entry stands, under its command.
        m_pendingSteps.back().command = command;
        return;
    }
    HistoryEntry later = std::move(m_pending.back());
    m_pending.pop_back();
    m_pendingSteps.pop_back();
    HistoryEntry &entry = m_pending.back();
    entry.action = text;
    for (FieldChange &change : later.changes) {
        auto same = std::find_if(entry.changes.begin(), entry.changes.end(),
                                 [&](const FieldChange &c) { return c.path == change.path; });
        if (same != entry.changes.end())
            same->after = change.after;
        else
            entry.changes.push_back(std::move(change));
    }
    std::erase_if(entry.changes, [](const FieldChange &c) { return c.before == c.after; });
    if (!later.reason.isEmpty())
        entry.reason = later.reason;
    // Typed back to the old value: the command becomes obsolete and so does its entry.
    if (entry.changes.empty()) {
        m_pending.pop_back();
        m_pendingSteps.pop_back();
    }
}

Status PlanDocument::saveOverOtherChanges()
{
    if (m_filePath.isEmpty())
        return save();
    auto home = std::make_unique<FileHome>(m_filePath, m_fileFormat);
    const Result<Plan> onDisk = home->open();
    if (!onDisk)
        return save(); // not a plan any more: written as a new file, as before
    PlanCommit commit;
    if (!(*onDisk == m_plan)) {
        HistoryEntry entry;
        entry.at = historyTime(m_clock());
        entry.author = author();
        entry.action = tr("Replace the changes saved by another program or window");
        entry.changes = fieldChanges(*onDisk, m_plan);
        commit.entries.push_back(std::move(entry));
    }
    home->keepBackupOnNextSave(); // what the other program saved stays as the .bak
    const Status saved = home->save(m_plan, commit);
    if (!saved)
        return saved;
    m_home = std::move(home);
    afterSave();
    return success();
}

Status PlanDocument::saveVersion(const QString &name, const QString &comment)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("A version needs a name.")};
    if (m_home->hasVersion(trimmed))
        return Error{tr("A version named “%1” exists already; choose another name.").arg(trimmed)};
    if (m_filePath.isEmpty())
        return Error{tr("Save the plan to a file first; a version is kept in the plan's file.")};
    const QString at = historyTime(m_clock());
    PlanCommit commit;
    commit.entries = m_pending;
    HistoryEntry saved;
    saved.at = at;
    saved.author = author();
    saved.action = tr("Save version “%1”").arg(trimmed);
    saved.reason = comment;
    commit.entries.push_back(saved);
    commit.versions.push_back({trimmed, comment, author(), at, m_plan});
    const Status written = m_home->save(m_plan, commit);
    if (!written)
        return written;
    afterSave();
    return success();
}

Result<Plan> PlanDocument::versionContent(const QString &name) const
{
    return m_home->versionContent(name);
}

Status PlanDocument::restoreVersion(const QString &name, bool asScenarios)
{
    Result<Plan> content = m_home->versionContent(name);
    if (!content)
        return Error{content.error()};
    if (!asScenarios) {
        const Plan restored = *content;
        return applyEdit({tr("Restore version “%1”").arg(name),
                          [restored](Plan &plan) {
                              plan = restored;
                              return success();
                          },
                          PlanChange::everything(),
                          {},
                          {}});
    }
    // As new drafts: the version's scenarios beside today's, which needs the same lists.
    std::vector<QString> channels, categories;
    for (const Channel &channel : content->channels)
        channels.push_back(channel.name);
    bool sameLists = content->channels.size() == m_plan.channels.size() &&
                     content->categories.size() == m_plan.categories.size();
    for (std::size_t i = 0; sameLists && i < m_plan.channels.size(); ++i)
        sameLists = m_plan.channels[i].name == content->channels[i].name;
    for (std::size_t i = 0; sameLists && i < m_plan.categories.size(); ++i)
        sameLists = m_plan.categories[i].name == content->categories[i].name;
    if (!sameLists || content->stages.size() != m_plan.stages.size() ||
        content->months != m_plan.months)
        return Error{tr("Version “%1” has other channels, categories, stages or months than the "
                        "plan now, so its scenarios cannot sit beside today's; restore it as the "
                        "plan instead.")
                         .arg(name)};
    const Plan version = *content;
    return applyEdit({tr("Restore the scenarios of version “%1”").arg(name),
                      [version, name](Plan &plan) {
                          for (Scenario scenario : version.scenarios) {
                              const QString wanted =
                                  QStringLiteral("%1 (%2)").arg(scenario.name, name);
                              scenario.name = plan.scenarioIndex(wanted) < 0
                                                  ? wanted
                                                  : uniqueScenarioName(plan, wanted);
                              scenario.signoff = {};
                              plan.scenarios.push_back(std::move(scenario));
                          }
                          return success();
                      },
                      PlanChange::structure(PlanChange::Area::Scenarios),
                      {},
                      {}});
}

Status PlanDocument::signoff(int scenario, SignoffAction action, const QString &comment)
{
    if (scenario < 0 || scenario >= int(m_plan.scenarios.size()))
        return Error{tr("Scenario %1 does not exist.").arg(scenario + 1)};
    const Scenario &target = m_plan.scenarios[std::size_t(scenario)];
    Result<Signoff> next =
        signoffAfter(target.signoff, action, author(), historyTime(m_clock()), comment);
    if (!next)
        return Error{tr("Scenario “%1”: %2").arg(target.name, next.error())};
    const Signoff signoff = *next;
    if (!comment.isEmpty())
        m_nextReason = comment;
    return applyEdit({signoffActionText(action, target.name),
                      [scenario, signoff](Plan &plan) {
                          plan.scenarios[std::size_t(scenario)].signoff = signoff;
                          return success();
                      },
                      PlanChange::values(PlanChange::Area::Scenarios),
                      {},
                      {}});
}

Status PlanDocument::newDraftFrom(int scenario)
{
    return createScenario(scenario);
}

Status PlanDocument::setPeople(const std::vector<Person> &people)
{
    return applyEdit({tr("Change the team"),
                      [people](Plan &plan) {
                          plan.people = people;
                          return success();
                      },
                      PlanChange::values(PlanChange::Area::Settings),
                      {QStringLiteral("people")},
                      {}});
}

} // namespace cplan
