#include "models/team/TeamStore.h"

#include "models/domain/PlanValidator.h"
#include "models/history/CanonicalJson.h"
#include "models/storage/PlanJson.h"
#include "models/team/TeamSchema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <libpq-fe.h>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TeamStore)
};

const QLatin1String noRightState("42501");

QString jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(canonicalJson(value));
}

QJsonValue jsonFromText(const QByteArray &text)
{
    if (text.isNull())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]");
    return document.array().at(0);
}

QString timeExpression(const QString &column)
{
    return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
        .arg(column);
}

QString rowsJson(const std::vector<TeamField> &fields)
{
    QJsonArray rows;
    for (const TeamField &field : fields)
        rows.append(QJsonObject{
            {QLatin1String("path"), field.path},
            {QLatin1String("shape"), field.names ? QLatin1String("names") : QLatin1String("value")},
            {QLatin1String("value"), jsonText(field.value)}});
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

// New rows and changed rows go separately: INSERT ... ON CONFLICT DO UPDATE would fire the
// history trigger twice for one change (BEFORE INSERT, then BEFORE UPDATE).
const QLatin1String
    insertFields("INSERT INTO cplan.fields (plan_id, path, shape, value) "
                 "SELECT $1, r.path, r.shape, r.value::jsonb "
                 "FROM jsonb_to_recordset($2::jsonb) AS r(path text, shape text, value text)");
// The paths also as a text array ($3): `path = ANY($3)` finds the rows through the primary key
// whatever the planner thinks of the function's rows (a join on them alone read all 58,000 rows
// of a big plan, 20 ms, per edit).
const QLatin1String
    updateFields("UPDATE cplan.fields f SET shape = r.shape, value = r.value::jsonb "
                 "FROM jsonb_to_recordset($2::jsonb) AS r(path text, shape text, value text) "
                 "WHERE f.plan_id = $1 AND f.path = ANY($3::text[]) AND f.path = r.path");

// A PostgreSQL text array literal: {"a","b \"c\""}.
QString textArray(const QStringList &items)
{
    QString text = QStringLiteral("{");
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            text += QLatin1Char(',');
        QString item = items.at(i);
        item.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        item.replace(QLatin1Char('"'), QLatin1String("\\\""));
        text += QLatin1Char('"') + item + QLatin1Char('"');
    }
    return text + QLatin1Char('}');
}

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

bool isTeamRole(const QString &role)
{
    return role == QLatin1String("director") || role == QLatin1String("finance") ||
           role == QLatin1String("pm") || role == QLatin1String("viewer");
}

bool teamRoleMayEdit(const QString &role, const QString &part)
{
    if (role == QLatin1String("owner"))
        return true;
    if (role == QLatin1String("director"))
        return part == QLatin1String("structure") || part == QLatin1String("scenario");
    if (role == QLatin1String("finance"))
        return part == QLatin1String("scenario") || part == QLatin1String("actual") ||
               part == QLatin1String("signoff");
    if (role == QLatin1String("pm"))
        return part == QLatin1String("milestone");
    return false;
}

Result<std::unique_ptr<TeamStore>> TeamStore::open(const QString &url)
{
    return open(url, QString());
}

Result<std::unique_ptr<TeamStore>> TeamStore::open(const QString &url, const QString &password)
{
    auto connection = PgConnection::open(url, password);
    if (!connection)
        return Error{connection.error()};
    PgConnection &pg = **connection;
    if (const Status store = checkTeamStore(pg); !store) {
        if (pg.lastError().sqlState == noRightState)
            return Error{Tr::tr("%1: the user %2 has no role in this team store (its owner adds "
                                "members with `cplan team people URL --add NAME --role R`)")
                             .arg(pg.address(), pg.user())};
        return Error{store.error()};
    }
    return std::make_unique<TeamStore>(std::move(connection.value()));
}

TeamStore::TeamStore(std::unique_ptr<PgConnection> connection) : m_connection(std::move(connection))
{}

Status TeamStore::reconnect()
{
    if (const Status reset = m_connection->reset(); !reset)
        return reset;
    return checkTeamStore(*m_connection);
}

Result<QString> TeamStore::role()
{
    if (!m_role.isNull())
        return m_role;
    auto rows = m_connection->run(QStringLiteral(
        "SELECT CASE WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
        "OR pg_has_role(current_user, (SELECT relowner FROM pg_class "
        "WHERE oid = 'cplan.fields'::regclass), 'member') THEN 'owner' "
        "WHEN pg_has_role('cplan_director', 'member') THEN 'director' "
        "WHEN pg_has_role('cplan_finance', 'member') THEN 'finance' "
        "WHEN pg_has_role('cplan_pm', 'member') THEN 'pm' "
        "WHEN pg_has_role('cplan_viewer', 'member') THEN 'viewer' ELSE '' END"));
    if (!rows)
        return Error{rows.error()};
    m_role = rows->text(0, 0);
    if (m_role.isNull())
        m_role = QLatin1String("");
    return m_role;
}

Result<std::vector<TeamPlanInfo>> TeamStore::plans()
{
    auto rows = m_connection->run(
        QStringLiteral("SELECT p.name, p.revision, %1, h.author FROM cplan.plans p "
                       "LEFT JOIN LATERAL (SELECT at, author FROM cplan.history "
                       "WHERE plan_id = p.id ORDER BY seq DESC LIMIT 1) h ON true "
                       "ORDER BY p.name")
            .arg(timeExpression(QStringLiteral("h.at"))));
    if (!rows)
        return Error{rows.error()};
    std::vector<TeamPlanInfo> plans;
    for (int i = 0; i < rows->count(); ++i)
        plans.push_back(
            TeamPlanInfo{rows->text(i, 0), rows->number(i, 1), rows->text(i, 2), rows->text(i, 3)});
    return plans;
}

Status TeamStore::publish(const QString &name, const Plan &plan,
                          const std::vector<HistoryEntry> &history,
                          const std::vector<TeamVersion> &versions)
{
    if (name.trimmed().isEmpty())
        return Error{Tr::tr("the plan's name in the team store is empty")};
    PgConnection &pg = *m_connection;
    PgConnection::Transaction transaction(pg);
    auto created =
        pg.exec(QStringLiteral("INSERT INTO cplan.plans (name) VALUES ($1) RETURNING id"), {name});
    if (!created) {
        if (pg.lastError().sqlState == QLatin1String("23505"))
            return Error{Tr::tr("%1: a plan named \"%2\" is already in the team store")
                             .arg(pg.address(), name)};
        if (pg.lastError().sqlState == noRightState)
            return Error{Tr::tr("%1: only the team store's owner publishes plans (%2 may not)")
                             .arg(pg.address(), pg.user())};
        return Error{QStringLiteral("%1: %2").arg(pg.address(), pg.lastError().message)};
    }
    const QString id = created->text(0, 0);
    std::vector<TeamField> rows;
    for (auto &[path, field] : teamFields(planContentJson(plan)))
        rows.push_back(field);
    if (auto written = pg.run(insertFields, {id, rowsJson(rows)}); !written)
        return Error{written.error()};

    QJsonArray entries;
    for (const HistoryEntry &entry : history) {
        const QJsonObject json = entryJson(entry, false);
        entries.append(
            QJsonObject{{QLatin1String("seq"), entry.seq},
                        {QLatin1String("at"), entry.at},
                        {QLatin1String("author"), entry.author},
                        {QLatin1String("action"), entry.action},
                        {QLatin1String("reason"), entry.reason},
                        {QLatin1String("changes"), json.value(QLatin1String("changes"))}});
    }
    const qint64 lastSeq = history.empty() ? 0 : history.back().seq;
    if (auto imported = pg.run(
            QStringLiteral(
                "INSERT INTO cplan.history (plan_id, seq, at, author, action, reason, changes) "
                "SELECT $1, r.seq, r.at, r.author, r.action, nullif(r.reason, ''), r.changes "
                "FROM jsonb_to_recordset($2::jsonb) AS r(seq bigint, at timestamptz, "
                "author text, action text, reason text, changes jsonb)"),
            {id, QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact))});
        !imported)
        return Error{imported.error()};
    if (auto entry = pg.run(
            QStringLiteral("INSERT INTO cplan.history (plan_id, seq, revision, at, author, action) "
                           "VALUES ($1, $2, 1, date_trunc('second', now()), session_user, $3)"),
            {id, QString::number(lastSeq + 1), Tr::tr("Published to the team store")});
        !entry)
        return Error{entry.error()};

    for (const TeamVersion &version : versions) {
        const QJsonObject content = planContentJson(version.content);
        if (auto stored = pg.run(
                QStringLiteral("INSERT INTO cplan.versions (plan_id, name, at, author, comment, "
                               "content, content_hash) VALUES ($1, $2, $3, $4, nullif($5, ''), "
                               "$6::jsonb, $7)"),
                {id, version.name, version.at, version.author, version.comment,
                 QString::fromUtf8(canonicalJson(content)), planContentHash(version.content)});
            !stored)
            return Error{stored.error()};
    }
    return transaction.commit();
}

Result<TeamPlan> TeamStore::load(const QString &name)
{
    return loadLocked(name, false);
}

Result<TeamPlan> TeamStore::loadLocked(const QString &name, bool lock)
{
    PgConnection &pg = *m_connection;
    auto plan =
        lock ? pg.exec(QStringLiteral("SELECT id, revision FROM cplan.lock_plan($1)"), {name})
             : pg.exec(QStringLiteral("SELECT id, revision FROM cplan.plans "
                                      "WHERE name = $1"),
                       {name});
    if (!plan) {
        if (pg.lastError().sqlState == noRightState)
            return Error{Tr::tr("%1: %2 may only read the plans of this team store")
                             .arg(pg.address(), pg.user())};
        return Error{QStringLiteral("%1: %2").arg(pg.address(), pg.lastError().message)};
    }
    if (plan->count() == 0 || plan->isNull(0, 0))
        return Error{Tr::tr("%1: no plan named \"%2\" in the team store").arg(pg.address(), name)};
    TeamPlan result;
    result.id = plan->number(0, 0);
    result.name = name;
    result.revision = plan->number(0, 1);
    auto rows = pg.run(QStringLiteral("SELECT path, shape, value::text FROM cplan.fields "
                                      "WHERE plan_id = $1"),
                       {QString::number(result.id)});
    if (!rows)
        return Error{rows.error()};
    // The values read as one JSON text (one parse, not one per row).
    const int count = rows->count();
    QByteArray values;
    values.reserve(qsizetype(count) * 16 + 2);
    values.append('[');
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            values.append(',');
        values.append(rows->view(i, 2));
    }
    values.append(']');
    QJsonParseError parsed;
    const QJsonArray parsedValues = QJsonDocument::fromJson(values, &parsed).array();
    if (parsed.error != QJsonParseError::NoError || parsedValues.size() != count)
        return Error{Tr::tr("%1: the plan \"%2\" in the team store does not read: %3")
                         .arg(pg.address(), name, parsed.errorString())};
    std::vector<TeamField> fields;
    fields.reserve(std::size_t(count));
    const QByteArray names("names");
    for (int i = 0; i < count; ++i)
        fields.push_back(
            TeamField{rows->text(i, 0), rows->view(i, 1) == names, parsedValues.at(i)});
    auto object = planFromTeamFields(fields);
    if (!object)
        return Error{QStringLiteral("%1: %2").arg(pg.address(), object.error())};
    auto content = readPlanContentJson(*object);
    if (!content)
        return Error{Tr::tr("%1: the plan \"%2\" in the team store does not read: %3")
                         .arg(pg.address(), name, content.error())};
    result.plan = std::move(*content);
    return result;
}

Result<std::vector<HistoryEntry>> TeamStore::history(qint64 planId)
{
    return historyWhere(planId, QString(), {});
}

Result<std::vector<HistoryEntry>> TeamStore::historyWhere(qint64 planId, const QString &condition,
                                                          const QStringList &extra)
{
    auto rows = m_connection->run(
        QStringLiteral(
            "SELECT h.seq, %1, h.author, h.action, coalesce(h.reason, ''), "
            "CASE WHEN h.revision IS NULL THEN h.changes ELSE (SELECT coalesce(jsonb_agg("
            "jsonb_build_object('path', c.path) "
            "|| CASE WHEN c.before IS NULL THEN '{}' ELSE jsonb_build_object('before', c.before) "
            "END "
            "|| CASE WHEN c.after IS NULL THEN '{}' ELSE jsonb_build_object('after', c.after) END "
            "ORDER BY c.n), '[]') FROM cplan.history_changes c "
            "WHERE c.plan_id = h.plan_id AND c.revision = h.revision) END::text "
            "FROM cplan.history h WHERE h.plan_id = $1 %2 ORDER BY h.seq")
            .arg(timeExpression(QStringLiteral("h.at")), condition),
        QStringList{QString::number(planId)} + extra);
    if (!rows)
        return Error{rows.error()};
    std::vector<HistoryEntry> entries;
    for (int i = 0; i < rows->count(); ++i) {
        HistoryEntry entry;
        entry.seq = rows->number(i, 0);
        entry.at = rows->text(i, 1);
        entry.author = rows->text(i, 2);
        entry.action = rows->text(i, 3);
        entry.reason = rows->text(i, 4);
        const QJsonArray changes = jsonFromText(rows->raw(i, 5)).toArray();
        for (const QJsonValue &change : changes) {
            const QJsonObject object = change.toObject();
            entry.changes.push_back(FieldChange{object.value(QLatin1String("path")).toString(),
                                                object.value(QLatin1String("before")),
                                                object.value(QLatin1String("after"))});
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

Result<qint64> TeamStore::historyHead(qint64 planId)
{
    auto rows = m_connection->run(
        QStringLiteral("SELECT coalesce(max(seq), 0) FROM cplan.history WHERE plan_id = $1"),
        {QString::number(planId)});
    if (!rows)
        return Error{rows.error()};
    return rows->number(0, 0);
}

Result<std::vector<TeamVersion>> TeamStore::versions(qint64 planId)
{
    auto rows = m_connection->run(
        QStringLiteral("SELECT name, %1, author, coalesce(comment, ''), content_hash, "
                       "content::text FROM cplan.versions WHERE plan_id = $1 ORDER BY position")
            .arg(timeExpression(QStringLiteral("at"))),
        {QString::number(planId)});
    if (!rows)
        return Error{rows.error()};
    std::vector<TeamVersion> versions;
    for (int i = 0; i < rows->count(); ++i) {
        auto content = readPlanContentJson(jsonFromText(rows->raw(i, 5)).toObject());
        if (!content)
            return Error{Tr::tr("%1: version \"%2\" does not read: %3")
                             .arg(address(), rows->text(i, 0), content.error())};
        versions.push_back(TeamVersion{rows->text(i, 0), rows->text(i, 1), rows->text(i, 2),
                                       rows->text(i, 3), rows->text(i, 4), std::move(*content)});
    }
    return versions;
}

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

Result<std::vector<TeamMember>> TeamStore::people()
{
    auto rows = m_connection->run(QStringLiteral(
        "SELECT m.rolname, substring(g.rolname FROM 7) FROM pg_auth_members a "
        "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
        "WHERE g.rolname IN ('cplan_director', 'cplan_finance', 'cplan_pm', 'cplan_viewer') "
        "ORDER BY m.rolname, g.rolname"));
    if (!rows)
        return Error{rows.error()};
    std::vector<TeamMember> members;
    for (int i = 0; i < rows->count(); ++i)
        members.push_back(TeamMember{rows->text(i, 0), rows->text(i, 1)});
    return members;
}

Status TeamStore::addMember(const QString &login, const QString &role, const QString &password)
{
    if (!isTeamRole(role))
        return Error{
            Tr::tr("--role: \"%1\" is not a role (director, finance, pm, viewer)").arg(role)};
    if (login.trimmed().isEmpty())
        return Error{Tr::tr("--add: the member's name is empty")};
    PgConnection &pg = *m_connection;
    auto quotedName = pg.run(QStringLiteral("SELECT quote_ident($1)"), {login});
    if (!quotedName)
        return Error{quotedName.error()};
    QString statement =
        QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE cplan_%2").arg(quotedName->text(0, 0), role);
    if (!password.isEmpty()) {
        // Only a SCRAM verifier leaves this machine, never the password itself: the server
        // could log the statement.
        auto verifier = pg.passwordVerifier(login, password);
        if (!verifier)
            return Error{verifier.error()};
        auto quotedVerifier = pg.run(QStringLiteral("SELECT quote_literal($1)"), {*verifier});
        if (!quotedVerifier)
            return Error{quotedVerifier.error()};
        statement += QStringLiteral(" PASSWORD ") + quotedVerifier->text(0, 0);
    }
    PgConnection::Transaction transaction(pg);
    if (!pg.exec(statement)) {
        if (pg.lastError().sqlState == QLatin1String("42710"))
            return Error{Tr::tr("%1: a role named \"%2\" already exists on this server")
                             .arg(pg.address(), login)};
        if (pg.lastError().sqlState == noRightState)
            return Error{Tr::tr("%1: %2 may not create members (the store's owner, with the "
                                "right to create roles, adds them)")
                             .arg(pg.address(), pg.user())};
        return Error{QStringLiteral("%1: %2").arg(pg.address(), pg.lastError().message)};
    }
    if (auto recorded =
            pg.run(QStringLiteral("INSERT INTO cplan.people (login, role) VALUES ($1, $2)"),
                   {login, role});
        !recorded)
        return Error{recorded.error()};
    return transaction.commit();
}

} // namespace cplan
