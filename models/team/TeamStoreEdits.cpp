// Edits of a team plan (MODEL.md §11): one transaction per edit carrying the revision it was
// made on, refused whole when a field it sets changed since or the member's role may not change
// it; a resend recognised by its id; and what changed after a revision, for a window following
// the others' edits.

#include "models/team/TeamStoreParts.h"

#include "models/history/CanonicalJson.h"
#include "models/storage/PlanJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cplan {

using namespace teamstore;

namespace {

// The paths also as a text array ($3): `path = ANY($3)` finds the rows through the primary key
// whatever the planner thinks of the function's rows (a join on them alone read all 58,000 rows
// of a big plan, 20 ms, per edit).
const QLatin1String
    updateFields("UPDATE cplan.fields f SET shape = r.shape, value = r.value::jsonb "
                 "FROM jsonb_to_recordset($2::jsonb) AS r(path text, shape text, value text) "
                 "WHERE f.plan_id = $1 AND f.path = ANY($3::text[]) AND f.path = r.path");

QStringList pathsOf(const std::vector<TeamField> &fields)
{
    QStringList paths;
    paths.reserve(qsizetype(fields.size()));
    for (const TeamField &field : fields)
        paths.append(field.path);
    return paths;
}

QStringList changedPaths(const TeamFieldChanges &changes)
{
    QStringList paths;
    for (const TeamField &field : changes.write)
        paths.append(field.path);
    paths.append(QStringList(changes.remove.begin(), changes.remove.end()));
    return paths;
}

QString roleText(const QString &role)
{
    return role.isEmpty() ? Tr::tr("no role") : role;
}

} // namespace

TeamEditResult TeamStore::edit(const QString &name,
                               const std::function<Result<Plan>(const Plan &)> &change,
                               std::optional<qint64> baseRevision, const QString &action,
                               const QString &reason, const std::vector<TeamVersion> &newVersions,
                               const QString &editId)
{
    PgConnection &pg = *m_connection;
    const auto failed = [](TeamRefusal refusal, const QString &message) {
        return TeamEditResult{0, refusal, message};
    };
    const auto myRole = role();
    if (!myRole)
        return failed(TeamRefusal::Failed, myRole.error());
    if (*myRole == QLatin1String("viewer") || myRole->isEmpty())
        return failed(TeamRefusal::NoRight,
                      Tr::tr("%1: %2 (%3) may only read the plans of this team store")
                          .arg(pg.address(), pg.user(), roleText(*myRole)));
    PgConnection::Transaction transaction(pg);
    // The plan is locked from here: edits of one plan take turns.
    auto current = loadLocked(name, true);
    if (!current)
        return failed(TeamRefusal::Failed, current.error());
    // A resend is recognised before anything else is compared.
    if (auto resent = appliedBefore(QString::number(current->id), editId))
        return *resent;
    if (baseRevision && (*baseRevision < 1 || *baseRevision > current->revision))
        return failed(TeamRefusal::BadInput,
                      Tr::tr("--revision: %1 is not a revision of \"%2\" (the latest is %3)")
                          .arg(*baseRevision)
                          .arg(name)
                          .arg(current->revision));
    auto wanted = change(current->plan);
    if (!wanted)
        return failed(TeamRefusal::BadInput, wanted.error());
    const TeamFields before = teamFields(planContentJson(current->plan));
    const TeamFieldChanges changes = teamFieldChanges(before, teamFields(planContentJson(*wanted)));
    if (changes.isEmpty() && newVersions.empty())
        return TeamEditResult{current->revision, TeamRefusal::None, QString()};
    QStringList paths;
    for (const TeamField &field : changes.write)
        paths.append(field.path);
    paths.append(QStringList(changes.remove.begin(), changes.remove.end()));
    for (const QString &path : paths) {
        if (!teamRoleMayEdit(*myRole, teamFieldPart(path)))
            return failed(TeamRefusal::NoRight, Tr::tr("%1: %2 (%3) may not change %4")
                                                    .arg(pg.address(), pg.user(), *myRole, path));
    }
    const QString id = QString::number(current->id);
    if (baseRevision) {
        auto stale = pg.run(
            QStringLiteral("SELECT path, value::text, changed_by, %1, revision FROM cplan.fields "
                           "WHERE plan_id = $1 AND path = ANY($2::text[]) AND revision > $3 "
                           "ORDER BY path")
                .arg(timeExpression(QStringLiteral("changed_at"))),
            {id, textArray(paths), QString::number(*baseRevision)});
        if (!stale)
            return failed(TeamRefusal::Failed, stale.error());
        if (stale->count() > 0) {
            QStringList lines;
            for (int i = 0; i < stale->count(); ++i)
                lines.append(Tr::tr("%1 was changed by %2 at %3 (revision %4) to %5")
                                 .arg(stale->text(i, 0), stale->text(i, 2), stale->text(i, 3))
                                 .arg(stale->number(i, 4))
                                 .arg(stale->text(i, 1)));
            return failed(TeamRefusal::Stale,
                          Tr::tr("the edit was made on revision %1 of \"%2\", and since then "
                                 "%3; nothing was changed")
                              .arg(*baseRevision)
                              .arg(name)
                              .arg(lines.join(QStringLiteral("; "))));
        }
    }
    return writeChanges(transaction, id, name, before, changes, action, reason, newVersions,
                        editId);
}

std::optional<TeamEditResult> TeamStore::appliedBefore(const QString &id, const QString &editId)
{
    if (editId.isEmpty())
        return std::nullopt;
    auto applied = m_connection->run(QStringLiteral("SELECT revision FROM cplan.applied_edits "
                                                    "WHERE plan_id = $1 AND edit_id = $2"),
                                     {id, editId});
    if (!applied)
        return TeamEditResult{0, TeamRefusal::Failed, applied.error()};
    if (applied->count() == 0)
        return std::nullopt;
    return TeamEditResult{applied->number(0, 0), TeamRefusal::None, QString(), true};
}

TeamEditResult TeamStore::writeChanges(PgConnection::Transaction &transaction, const QString &id,
                                       const QString &name, const TeamFields &before,
                                       const TeamFieldChanges &changes, const QString &action,
                                       const QString &reason,
                                       const std::vector<TeamVersion> &newVersions,
                                       const QString &editId)
{
    PgConnection &pg = *m_connection;
    const auto failed = [](TeamRefusal refusal, const QString &message) {
        return TeamEditResult{0, refusal, message};
    };
    if (auto described = pg.run(QStringLiteral("SELECT set_config('cplan.action', $1, true), "
                                               "set_config('cplan.reason', $2, true)"),
                                {action, reason});
        !described)
        return failed(TeamRefusal::Failed, described.error());
    const auto refusedBy = [&](const PgError &error) {
        if (error.sqlState == noRightState)
            return failed(TeamRefusal::NoRight,
                          QStringLiteral("%1: %2").arg(pg.address(), error.message));
        // CPL02: a scenario that is not a draft; CPL05: a value of the wrong kind.
        if (error.sqlState == QLatin1String("CPL02") || error.sqlState == QLatin1String("CPL05"))
            return failed(TeamRefusal::BadInput,
                          QStringLiteral("%1: %2").arg(pg.address(), error.message));
        return failed(TeamRefusal::Failed,
                      QStringLiteral("%1: %2").arg(pg.address(), error.message));
    };
    if (!changes.remove.empty()) {
        QStringList removed(changes.remove.begin(), changes.remove.end());
        auto deleted = pg.exec(QStringLiteral("DELETE FROM cplan.fields WHERE plan_id = $1 AND "
                                              "path = ANY($2::text[])"),
                               {id, textArray(removed)});
        if (!deleted)
            return refusedBy(pg.lastError());
        // Row-level security hides the rows a role may not delete instead of refusing them.
        if (deleted->affected() != qint64(removed.size()))
            return failed(TeamRefusal::NoRight,
                          Tr::tr("%1: the server refused to remove fields %2 for %3")
                              .arg(pg.address(), removed.join(QStringLiteral(", ")), pg.user()));
    }
    std::vector<TeamField> changed;
    std::vector<TeamField> added;
    for (const TeamField &field : changes.write)
        (before.contains(field.path) ? changed : added).push_back(field);
    if (!changed.empty()) {
        auto updated = pg.exec(updateFields, {id, rowsJson(changed), textArray(pathsOf(changed))});
        if (!updated)
            return refusedBy(pg.lastError());
        if (updated->affected() != qint64(changed.size()))
            return failed(TeamRefusal::NoRight,
                          Tr::tr("%1: the server refused to change fields of \"%2\" for %3")
                              .arg(pg.address(), name, pg.user()));
    }
    if (!added.empty()) {
        if (!pg.exec(insertFields, {id, rowsJson(added)}))
            return refusedBy(pg.lastError());
    }
    for (const TeamVersion &version : newVersions) {
        // The server sets the author and the time (cplan.version_adding()).
        auto stored =
            pg.exec(QStringLiteral("INSERT INTO cplan.versions (plan_id, name, comment, content, "
                                   "content_hash) VALUES ($1, $2, nullif($3, ''), $4::jsonb, $5)"),
                    {id, version.name, version.comment,
                     QString::fromUtf8(canonicalJson(planContentJson(version.content))),
                     planContentHash(version.content)});
        if (!stored) {
            if (pg.lastError().sqlState == QLatin1String("23505"))
                return failed(TeamRefusal::BadInput,
                              Tr::tr("%1: a version named \"%2\" already exists")
                                  .arg(pg.address(), version.name));
            return refusedBy(pg.lastError());
        }
    }
    if (!editId.isEmpty()) {
        // The server records the revision this edit made (cplan.edit_applying()).
        if (!pg.exec(QStringLiteral("INSERT INTO cplan.applied_edits (plan_id, edit_id) "
                                    "VALUES ($1, $2)"),
                     {id, editId})) {
            if (pg.lastError().sqlState == QLatin1String("23505"))
                return failed(TeamRefusal::BadInput,
                              Tr::tr("%1: the edit id %2 was used before by another member; "
                                     "nothing was changed")
                                  .arg(pg.address(), editId));
            return refusedBy(pg.lastError());
        }
    }
    auto revision = pg.run(QStringLiteral("SELECT revision FROM cplan.plans WHERE id = $1"), {id});
    if (!revision)
        return failed(TeamRefusal::Failed, revision.error());
    if (const Status committed = transaction.commit(); !committed)
        return failed(TeamRefusal::Failed, committed.error());
    return TeamEditResult{revision->number(0, 0), TeamRefusal::None, QString()};
}

TeamEditResult TeamStore::editFields(const QString &name, const TeamFields &before,
                                     const TeamFieldChanges &changes, qint64 baseRevision,
                                     const QString &action, const QString &reason,
                                     const std::vector<TeamVersion> &newVersions,
                                     const QString &editId)
{
    PgConnection &pg = *m_connection;
    const auto failed = [](TeamRefusal refusal, const QString &message) {
        return TeamEditResult{0, refusal, message};
    };
    const auto myRole = role();
    if (!myRole)
        return failed(TeamRefusal::Failed, myRole.error());
    for (const QString &path : changedPaths(changes)) {
        if (!teamRoleMayEdit(*myRole, teamFieldPart(path)))
            return failed(TeamRefusal::NoRight,
                          Tr::tr("%1: %2 (%3) may not change %4")
                              .arg(pg.address(), pg.user(), roleText(*myRole), path));
    }
    PgConnection::Transaction transaction(pg);
    auto plan = pg.exec(QStringLiteral("SELECT id, revision FROM cplan.lock_plan($1)"), {name});
    if (!plan)
        return failed(pg.lastError().sqlState == noRightState ? TeamRefusal::NoRight
                                                              : TeamRefusal::Failed,
                      QStringLiteral("%1: %2").arg(pg.address(), pg.lastError().message));
    if (plan->count() == 0 || plan->isNull(0, 0))
        return failed(TeamRefusal::Failed,
                      Tr::tr("%1: no plan named \"%2\" in the team store").arg(pg.address(), name));
    if (auto resent = appliedBefore(plan->text(0, 0), editId))
        return *resent;
    if (plan->number(0, 1) != baseRevision)
        return failed(TeamRefusal::Moved, QString());
    return writeChanges(transaction, plan->text(0, 0), name, before, changes, action, reason,
                        newVersions, editId);
}

Result<TeamChanges> TeamStore::changesSince(qint64 planId, qint64 revision)
{
    PgConnection &pg = *m_connection;
    PgConnection::Transaction transaction(pg);
    if (!transaction.began())
        return Error{QStringLiteral("%1: %2").arg(pg.address(), pg.lastError().message)};
    // One snapshot for the three reads: the rows, the removals and the history agree.
    if (auto snapshot =
            pg.run(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
        !snapshot)
        return Error{snapshot.error()};
    const QStringList parameters{QString::number(planId), QString::number(revision)};
    auto plan =
        pg.run(QStringLiteral("SELECT revision FROM cplan.plans WHERE id = $1"), {parameters[0]});
    if (!plan)
        return Error{plan.error()};
    if (plan->count() == 0)
        return Error{Tr::tr("%1: the plan is no longer in the team store").arg(pg.address())};
    TeamChanges changes;
    changes.revision = plan->number(0, 0);
    auto written = pg.run(QStringLiteral("SELECT path, shape, value::text FROM cplan.fields "
                                         "WHERE plan_id = $1 AND revision > $2"),
                          parameters);
    if (!written)
        return Error{written.error()};
    for (int i = 0; i < written->count(); ++i)
        changes.written.push_back(TeamField{written->text(i, 0),
                                            written->text(i, 1) == QLatin1String("names"),
                                            jsonFromText(written->raw(i, 2))});
    auto removed =
        pg.run(QStringLiteral("SELECT DISTINCT c.path FROM cplan.history_changes c "
                              "WHERE c.plan_id = $1 AND c.revision > $2 AND c.after IS NULL "
                              "AND NOT EXISTS (SELECT 1 FROM cplan.fields f "
                              "WHERE f.plan_id = c.plan_id AND f.path = c.path) ORDER BY c.path"),
               parameters);
    if (!removed)
        return Error{removed.error()};
    for (int i = 0; i < removed->count(); ++i)
        changes.removed.push_back(removed->text(i, 0));
    auto entries = historyWhere(planId, QStringLiteral("AND h.revision > $2"), {parameters[1]});
    if (!entries)
        return Error{entries.error()};
    changes.entries = std::move(*entries);
    if (const Status done = transaction.commit(); !done)
        return Error{done.error()};
    return changes;
}

} // namespace cplan
