#include "models/team/TeamHome.h"

#include "models/domain/PlanValidator.h"
#include "models/history/SignoffRules.h"
#include "models/storage/PlanJson.h"

#include <QCoreApplication>
#include <QStringList>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TeamHome)
};

} // namespace

TeamHome::TeamHome(std::shared_ptr<TeamStore> store, QString planName)
    : m_store(std::move(store)), m_planName(std::move(planName))
{}

QString TeamHome::location() const
{
    return QStringLiteral("%1#%2").arg(m_store->address(), m_planName);
}

Result<Plan> TeamHome::open()
{
    auto loaded = m_store->load(m_planName);
    if (!loaded)
        return Error{loaded.error()};
    auto versions = m_store->versions(loaded->id);
    if (!versions)
        return Error{versions.error()};
    m_planId = loaded->id;
    m_revision = loaded->revision;
    m_base = loaded->plan;
    m_baseFields = teamFields(planContentJson(m_base));
    m_versions.clear();
    for (const TeamVersion &version : *versions)
        m_versions.push_back(VersionInfo{version.name, version.at, version.author, version.comment,
                                         version.contentHash});
    // The history is read (and chained) when first asked for; until then its length is known.
    auto head = m_store->historyHead(m_planId);
    if (!head)
        return Error{head.error()};
    setHistoryUnread(*head, QString());
    return std::move(loaded->plan);
}

Status TeamHome::save(const Plan &plan, const PlanCommit &commit)
{
    // This window's changes: the fields that differ from the plan as it was opened or saved.
    const TeamFields wanted = teamFields(planContentJson(plan));
    const TeamFieldChanges mine = teamFieldChanges(m_baseFields, wanted);
    QStringList actions;
    QString reason;
    for (const HistoryEntry &entry : commit.entries) {
        actions.append(entry.action);
        if (!entry.reason.isEmpty())
            reason = entry.reason;
    }
    std::vector<TeamVersion> versions;
    for (const NewVersion &version : commit.versions)
        versions.push_back(TeamVersion{version.name, version.at, version.author, version.comment,
                                       QString(), version.content});
    const QString action = actions.join(QStringLiteral("; "));
    if (mine.isEmpty() && versions.empty()) {
        m_lastRefusal = TeamRefusal::None;
        return success();
    }
    if (const Status locked = checkSignoffLocks(m_base, plan); !locked) {
        m_lastRefusal = TeamRefusal::BadInput;
        return locked;
    }

    // While nobody else has changed the plan, only this window's rows travel.
    TeamEditResult result =
        m_store->editFields(m_planName, m_baseFields, mine, m_revision, action, reason, versions);
    bool merged = false;
    if (result.refusal == TeamRefusal::Moved) {
        // Others changed it: this window's rows go onto the plan as it is now (refused if one of
        // them was changed since m_revision), and the result must still be a valid plan.
        merged = true;
        const auto apply = [&](const Plan &current) -> Result<Plan> {
            TeamFields fields = teamFields(planContentJson(current));
            for (const QString &path : mine.remove)
                fields.erase(path);
            for (const TeamField &field : mine.write)
                fields[field.path] = field;
            auto object = planFromTeamFields(fields);
            if (!object)
                return Error{object.error()};
            auto combined = readPlanContentJson(*object);
            if (!combined)
                return combined;
            if (const auto violations = validatePlan(*combined); !violations.empty())
                return Error{Tr::tr("with the other members' changes the plan is not valid: %1")
                                 .arg(violationsText(violations))};
            if (const Status locked = checkSignoffLocks(current, *combined); !locked)
                return Error{locked.error()};
            return combined;
        };
        result = m_store->edit(m_planName, apply, m_revision, action, reason, versions);
    }
    m_lastRefusal = result.refusal;
    if (!result.ok())
        return Error{result.message};
    if (merged) {
        // The plan as the store now has it is the base of this window's next changes.
        auto reloaded = m_store->load(m_planName);
        if (!reloaded)
            return Error{reloaded.error()};
        m_base = reloaded->plan;
        m_baseFields = teamFields(planContentJson(m_base));
        m_revision = reloaded->revision;
    } else {
        m_base = plan;
        m_baseFields = wanted;
        m_revision = result.revision;
    }
    if (!versions.empty()) {
        if (auto stored = m_store->versions(m_planId)) {
            m_versions.clear();
            for (const TeamVersion &version : *stored)
                m_versions.push_back(VersionInfo{version.name, version.at, version.author,
                                                 version.comment, version.contentHash});
        }
    }
    auto head = m_store->historyHead(m_planId);
    setHistoryUnread(head ? *head : 0, QString());
    return success();
}

Result<Plan> TeamHome::versionContent(const QString &name) const
{
    auto versions = m_store->versions(m_planId);
    if (!versions)
        return Error{versions.error()};
    for (const TeamVersion &version : *versions) {
        if (version.name == name)
            return version.content;
    }
    return Error{Tr::tr("%1: no version named \"%2\"").arg(location(), name)};
}

PlanHome::HistoryLoad TeamHome::readHistory() const
{
    HistoryLoad load;
    auto entries = m_store->history(m_planId);
    if (!entries) {
        load.check.verified = false;
        load.check.message = entries.error();
        return load;
    }
    // The server keeps the trail append-only; the chain is computed here so the entries read as
    // a file's do (and a file saved from the store carries a chain that verifies).
    std::vector<HistoryEntry> chained = std::move(*entries);
    chainEntries(chained, 0, firstPreviousHash());
    for (const HistoryEntry &entry : chained)
        load.entries.push_back(storedEntry(entry));
    load.headSeq = chained.empty() ? 0 : chained.back().seq;
    load.check = verifyChain(load.entries);
    return load;
}

} // namespace cplan
