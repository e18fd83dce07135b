#include "models/team/TeamHome.h"

#include "models/domain/PlanValidator.h"
#include "models/history/JsonPathEdit.h"
#include "models/history/SignoffRules.h"
#include "models/storage/PlanJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringList>
#include <QUuid>

#include <set>

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

QString TeamHome::storeUser() const
{
    return m_store->user();
}

Result<Plan> TeamHome::open()
{
    auto loaded = m_store->load(m_planName);
    if (!loaded)
        return Error{loaded.error()};
    auto versions = m_store->versions(loaded->id);
    if (!versions)
        return Error{versions.error()};
    auto role = m_store->role();
    if (!role)
        return Error{role.error()};
    m_role = *role;
    m_planId = loaded->id;
    m_revision = loaded->revision;
    m_seen = m_revision;
    m_base = loaded->plan;
    m_baseFields = teamFields(planContentJson(m_base));
    m_ahead.reset();
    m_stamps.clear();
    m_unconfirmed.reset();
    m_unreachable = false;
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

Status TeamHome::reconnect()
{
    if (m_store->isConnected())
        return success();
    const Status reached = m_store->reconnect();
    m_unreachable = !reached;
    return reached;
}

const Plan &TeamHome::storedPlan() const
{
    return m_ahead ? m_ahead->plan : m_base;
}

const TeamFields &TeamHome::storedFields() const
{
    return m_ahead ? m_ahead->fields : m_baseFields;
}

void TeamHome::stampMine(const TeamFieldChanges &changes, qint64 revision)
{
    for (const QString &path : changes.remove)
        m_stamps[path] = RowStamp{revision, true, {}, {}};
    for (const TeamField &field : changes.write)
        m_stamps[field.path] = RowStamp{revision, true, {}, {}};
}

QString TeamHome::changedByOthersSince(const TeamFieldChanges &changes, qint64 since) const
{
    QStringList lines;
    const TeamFields &stored = storedFields();
    const auto check = [&](const QString &path) {
        const auto stamp = m_stamps.find(path);
        if (stamp == m_stamps.end() || stamp->second.mine || stamp->second.revision <= since)
            return;
        const auto now = stored.find(path);
        const QString value =
            now == stored.end()
                ? Tr::tr("nothing (removed)")
                : QString::fromUtf8(
                      QJsonDocument(QJsonArray{now->second.value}).toJson(QJsonDocument::Compact))
                      .mid(1)
                      .chopped(1);
        lines.append(Tr::tr("%1 was changed by %2 at %3 (revision %4) to %5")
                         .arg(path, stamp->second.author, stamp->second.at)
                         .arg(stamp->second.revision)
                         .arg(value));
    };
    for (const TeamField &field : changes.write)
        check(field.path);
    for (const QString &path : changes.remove)
        check(path);
    if (lines.isEmpty())
        return {};
    return Tr::tr("another member changed it since: %1; nothing was changed")
        .arg(lines.join(QStringLiteral("; ")));
}

Status TeamHome::save(const Plan &plan, const PlanCommit &commit)
{
    m_unreachable = false;
    // After a lost connection: one attempt to reach the server again before sending.
    if (const Status reached = reconnect(); !reached)
        return reached;
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

    // An edit whose commit was not confirmed (the connection was lost) goes first, under its id:
    // if it was committed after all, the store says so and writes nothing. What the window did
    // after it is then taken against it.
    if (m_unconfirmed) {
        const Unconfirmed unconfirmed = *m_unconfirmed;
        if (const Status sent = send(unconfirmed.plan, unconfirmed.changes, unconfirmed.action,
                                     unconfirmed.reason, {}, unconfirmed.editId, 0);
            !sent)
            return sent;
    }

    // This window's changes: the rows of the parts that differ from the plan it was given.
    const TeamFieldChanges mine = changedRows(m_base, m_baseFields, plan);
    if (mine.isEmpty() && versions.empty()) {
        m_lastRefusal = TeamRefusal::None;
        return success();
    }
    if (const Status locked = checkSignoffLocks(m_base, plan); !locked) {
        m_lastRefusal = TeamRefusal::BadInput;
        return locked;
    }
    return send(plan, mine, action, reason, versions,
                QUuid::createUuid().toString(QUuid::WithoutBraces), commit.stepRevision);
}

Status TeamHome::send(const Plan &plan, const TeamFieldChanges &mine, const QString &action,
                      const QString &reason, const std::vector<TeamVersion> &versions,
                      const QString &editId, qint64 stepRevision)
{
    // Refused when another member changed one of my rows after the window last saw it (or, for
    // an undo or redo of my step, after that step wrote it), as far as this window knows; the
    // store checks the rest.
    const auto staleSince = [&]() -> QString {
        return changedByOthersSince(mine, stepRevision > 0 ? stepRevision : m_seen);
    };
    const auto refused = [&](TeamRefusal refusal, const QString &message) -> Status {
        m_lastRefusal = refusal;
        m_unconfirmed.reset();
        return Error{message};
    };
    if (const QString changed = staleSince(); !changed.isEmpty())
        return refused(TeamRefusal::Stale, changed);
    m_unconfirmed = Unconfirmed{editId, plan, mine, action, reason};

    // Mine as rows to write on the plan as the store has it (what is already so is left out),
    // and the plan that makes.
    std::optional<Plan> together;
    TeamFieldChanges onTop;
    const auto onStored = [&]() -> Status {
        const TeamFields &stored = storedFields();
        onTop = {};
        for (const QString &path : mine.remove) {
            if (stored.contains(path))
                onTop.remove.push_back(path);
        }
        for (const TeamField &field : mine.write) {
            const auto old = stored.find(field.path);
            if (old == stored.end() || !(old->second == field))
                onTop.write.push_back(field);
        }
        together.reset();
        if (!m_ahead) {
            together = plan; // nobody else changed it: mine is the whole difference
            return success();
        }
        TeamFields fields = stored;
        for (const QString &path : onTop.remove)
            fields.erase(path);
        for (const TeamField &field : onTop.write)
            fields[field.path] = field;
        auto made = planFromRows(m_ahead->plan, fields, onTop);
        if (!made)
            return Error{made.error()};
        if (const auto violations = validatePlan(*made); !violations.empty())
            return refused(TeamRefusal::BadInput,
                           Tr::tr("with the other members' changes the plan is not valid: %1")
                               .arg(violationsText(violations)));
        if (const Status locked = checkSignoffLocks(m_ahead->plan, *made); !locked)
            return refused(TeamRefusal::BadInput, locked.error());
        together = std::move(*made);
        return success();
    };
    const auto sendOnTop = [&]() {
        if (onTop.isEmpty() && versions.empty())
            return TeamEditResult{m_revision, TeamRefusal::None, QString()};
        return m_store->editFields(m_planName, storedFields(), onTop, m_revision, action, reason,
                                   versions, editId);
    };

    if (const Status prepared = onStored(); !prepared) {
        if (!m_unconfirmed)
            return prepared; // refused
        together.reset();
    }
    TeamEditResult result =
        together ? sendOnTop() : TeamEditResult{0, TeamRefusal::Moved, QString()};
    if (result.refusal == TeamRefusal::Moved && !result.alreadyApplied) {
        // Others changed the plan since: their rows come first (changesSince), then mine on top.
        if (const Status pulled = pull(); !pulled) {
            m_lastRefusal = TeamRefusal::Failed;
            if (!m_unreachable)
                m_unconfirmed.reset();
            return pulled;
        }
        if (const QString changed = staleSince(); !changed.isEmpty())
            return refused(TeamRefusal::Stale, changed);
        if (const Status prepared = onStored(); !prepared) {
            if (!m_unconfirmed)
                return prepared; // refused
            together.reset();
        }
        result = together ? sendOnTop() : TeamEditResult{0, TeamRefusal::Moved, QString()};
    }
    bool merged = false;
    if (result.refusal == TeamRefusal::Moved && !result.alreadyApplied) {
        // Still moving (or mine did not read back on theirs): mine go onto the plan as it is now
        // in one transaction (refused if one of them was changed since m_revision), and the
        // result must still be a valid plan.
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
        result = m_store->edit(m_planName, apply, m_revision, action, reason, versions, editId);
    }
    m_lastRefusal = result.refusal;
    if (!result.ok()) {
        if (result.refusal == TeamRefusal::Failed && !m_store->isConnected()) {
            // The outcome is unknown: the edit is sent again, under its id, by the next save.
            m_unreachable = true;
            return Error{result.message};
        }
        m_unconfirmed.reset();
        return Error{result.message};
    }
    m_unconfirmed.reset();

    // The window's plan is now `plan`: the next changes are taken against it.
    const bool wasCurrent = !m_ahead;
    for (const QString &path : mine.remove)
        m_baseFields.erase(path);
    for (const TeamField &field : mine.write)
        m_baseFields[field.path] = field;
    m_base = plan;
    if (merged || result.alreadyApplied || !together) {
        // The store's plan is learnt from the store (it may hold the others' changes too).
        if (!m_ahead)
            m_ahead = Ahead{m_base, m_baseFields};
        if (const Status pulled = pull(); !pulled)
            return success(); // sent; what the others did comes with the next refresh
        stampMine(mine, m_revision);
    } else if (wasCurrent) {
        m_revision = result.revision;
        m_seen = m_revision;
        stampMine(onTop, m_revision);
    } else {
        for (const QString &path : onTop.remove)
            m_ahead->fields.erase(path);
        for (const TeamField &field : onTop.write)
            m_ahead->fields[field.path] = field;
        m_ahead->plan = std::move(*together);
        m_revision = result.revision;
        stampMine(onTop, m_revision);
    }
    if (m_ahead && m_ahead->plan == m_base) {
        m_ahead.reset();
        m_seen = m_revision;
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

Status TeamHome::pull(bool intoWindow, bool *pulled)
{
    if (pulled)
        *pulled = false;
    auto changes = m_store->changesSince(m_planId, m_revision);
    if (!changes) {
        m_unreachable = !m_store->isConnected();
        return Error{changes.error()};
    }
    if (changes->revision == m_revision)
        return success();
    // Who changed each row, for an edit or undo of mine (refused when another member changed one
    // of its rows after the window saw it, or after my step wrote it).
    const QString me = m_store->user();
    for (const HistoryEntry &entry : changes->entries) {
        for (const FieldChange &change : entry.changes)
            m_stamps[change.path] =
                RowStamp{changes->revision, entry.author == me, entry.author, entry.at};
    }
    TeamFieldChanges applied;
    applied.write = std::move(changes->written);
    applied.remove = std::move(changes->removed);
    // Into the window's plan when it is to take them now and holds the store's plan (refresh),
    // else into the store's plan beside it.
    if (!intoWindow && !m_ahead)
        m_ahead = Ahead{m_base, m_baseFields};
    Plan &target = m_ahead ? m_ahead->plan : m_base;
    TeamFields &fields = m_ahead ? m_ahead->fields : m_baseFields;
    for (const QString &path : applied.remove)
        fields.erase(path);
    for (const TeamField &field : applied.write)
        fields[field.path] = field;
    auto plan = planFromRows(target, fields, applied);
    if (!plan)
        return Error{plan.error()};
    target = std::move(*plan);
    m_revision = changes->revision;
    if (!m_ahead)
        m_seen = m_revision;
    if (pulled)
        *pulled = true;
    return success();
}

Result<std::optional<Plan>> TeamHome::refresh()
{
    if (const Status reached = reconnect(); !reached)
        return Error{reached.error()};
    m_unreachable = false;
    bool changed = false;
    if (const Status pulled = pull(true, &changed); !pulled)
        return Error{pulled.error()};
    if (!m_ahead) {
        if (!changed)
            return std::optional<Plan>{};
        auto head = m_store->historyHead(m_planId);
        if (head)
            setHistoryUnread(*head, QString());
        return std::optional<Plan>{m_base};
    }
    // The window takes the plan as the store has it.
    m_base = std::move(m_ahead->plan);
    m_baseFields = std::move(m_ahead->fields);
    m_ahead.reset();
    m_seen = m_revision;
    auto head = m_store->historyHead(m_planId);
    if (head)
        setHistoryUnread(*head, QString());
    return std::optional<Plan>{m_base};
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
