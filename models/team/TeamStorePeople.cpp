// The team store's people: who has which role, and adding a member as a login role of the
// database (MODEL.md §11).

#include "models/team/TeamStoreParts.h"

namespace cplan {

using namespace teamstore;

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
