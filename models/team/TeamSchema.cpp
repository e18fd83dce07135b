#include "models/team/TeamSchema.h"

#include <QCoreApplication>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TeamSchema)
};

// Two `team init` at once take turns.
const QLatin1String lockStatement("SELECT pg_advisory_xact_lock(hashtext('cplan.schema'))");

Status newerStore(const QString &address, int version)
{
    return Error{Tr::tr("%1: the team store has schema version %2, newer than this Campaign "
                        "Planner knows (%3); update Campaign Planner to use it")
                     .arg(address)
                     .arg(version)
                     .arg(teamSchemaVersion())};
}

} // namespace

int teamSchemaVersion()
{
    return int(teamMigrations().size());
}

Status checkServerVersion(int serverVersionNumber, const QString &address)
{
    if (serverVersionNumber < 150000)
        return Error{Tr::tr("%1: the server is PostgreSQL %2; the team store needs PostgreSQL "
                            "15 or later")
                         .arg(address)
                         .arg(serverVersionNumber >= 100000
                                  ? QString::number(serverVersionNumber / 10000)
                                  : QStringLiteral("%1.%2")
                                        .arg(serverVersionNumber / 10000)
                                        .arg(serverVersionNumber / 100 % 100))};
    return success();
}

Result<int> storeSchemaVersion(PgConnection &connection)
{
    auto exists =
        connection.run(QStringLiteral("SELECT to_regclass('cplan.schema_version') IS NOT NULL"));
    if (!exists)
        return Error{exists.error()};
    if (exists->text(0, 0) != QLatin1String("t"))
        return 0;
    auto version = connection.run(
        QStringLiteral("SELECT coalesce(max(version), 0) FROM cplan.schema_version"));
    if (!version)
        return Error{version.error()};
    return int(version->number(0, 0));
}

Result<int> initTeamStore(PgConnection &connection)
{
    if (const Status server = checkServerVersion(connection.serverVersion(), connection.address());
        !server)
        return Error{server.error()};
    int applied = 0;
    for (int number = 1; number <= teamSchemaVersion(); ++number) {
        PgConnection::Transaction transaction(connection);
        if (!transaction.began())
            return Error{
                QStringLiteral("%1: %2").arg(connection.address(), connection.lastError().message)};
        const auto prepared = connection.run(
            lockStatement + QStringLiteral("; CREATE SCHEMA IF NOT EXISTS cplan; "
                                           "CREATE TABLE IF NOT EXISTS cplan.schema_version ("
                                           "version integer PRIMARY KEY, "
                                           "applied_at timestamptz NOT NULL DEFAULT now(), "
                                           "applied_by text NOT NULL DEFAULT session_user)"));
        if (!prepared)
            return Error{Tr::tr("%1 (creating the team store needs a user who may create "
                                "schemas and roles in this database)")
                             .arg(prepared.error())};
        const auto version = storeSchemaVersion(connection);
        if (!version)
            return Error{version.error()};
        if (*version > teamSchemaVersion())
            return Error{newerStore(connection.address(), *version).error()};
        if (*version >= number)
            continue; // applied before; the transaction rolls back having changed nothing
        if (!connection.exec(teamMigrations()[std::size_t(number - 1)]))
            return Error{Tr::tr("%1: migration %2 of the team store failed, nothing of it was "
                                "applied: %3")
                             .arg(connection.address())
                             .arg(number)
                             .arg(connection.lastError().message)};
        if (auto recorded =
                connection.run(QStringLiteral("INSERT INTO cplan.schema_version (version) "
                                              "VALUES ($1)"),
                               {QString::number(number)});
            !recorded)
            return Error{recorded.error()};
        if (const Status committed = transaction.commit(); !committed)
            return Error{committed.error()};
        ++applied;
    }
    return applied;
}

Status checkTeamStore(PgConnection &connection)
{
    if (const Status server = checkServerVersion(connection.serverVersion(), connection.address());
        !server)
        return server;
    const auto version = storeSchemaVersion(connection);
    if (!version)
        return Error{version.error()};
    if (*version == 0)
        return Error{Tr::tr("%1: not a Campaign Planner team store (create one with `cplan team "
                            "init URL`)")
                         .arg(connection.address())};
    if (*version > teamSchemaVersion())
        return newerStore(connection.address(), *version);
    if (*version < teamSchemaVersion())
        return Error{Tr::tr("%1: the team store has schema version %2, older than this Campaign "
                            "Planner's %3; its owner brings it up to date with `cplan team init "
                            "URL`")
                         .arg(connection.address())
                         .arg(*version)
                         .arg(teamSchemaVersion())};
    return success();
}

} // namespace cplan
