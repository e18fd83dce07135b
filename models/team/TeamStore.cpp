#include "models/team/TeamStore.h"

#include "models/team/TeamStoreParts.h"

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

namespace teamstore {

namespace {

QString jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(canonicalJson(value));
}

} // namespace

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

} // namespace teamstore

using namespace teamstore;

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

} // namespace cplan
