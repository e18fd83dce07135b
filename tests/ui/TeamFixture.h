#pragma once

// A team store for the window's tests (issue 26): a real, throwaway PostgreSQL server
// (tests/team/PgTestServer.h), database "plans" made a store, one member per role (password
// memberPassword) and the sample plan published as "Annual".

#include "../team/PgTestServer.h"

#include "models/storage/PlanJson.h"
#include "models/team/PgConnection.h"
#include "models/team/TeamSchema.h"
#include "models/team/TeamStore.h"

#include <QString>

namespace cplan::test {

class TeamFixture
{
public:
    static inline const QString memberPassword = QStringLiteral("member-secret");
    static inline const QString planName = QStringLiteral("Annual");

    PgTestServer server;

    // Makes the store; the message of what failed, or empty.
    QString prepare()
    {
        if (!server.running())
            return server.problem();
        auto admin = PgConnection::open(server.ownerUrl());
        if (!admin)
            return admin.error();
        if (!(*admin)->exec(QStringLiteral("CREATE DATABASE plans")))
            return (*admin)->lastError().message;
        {
            auto pg = PgConnection::open(ownerUrl());
            if (!pg)
                return pg.error();
            if (auto init = initTeamStore(**pg); !init)
                return init.error();
        }
        auto owner = TeamStore::open(ownerUrl());
        if (!owner)
            return owner.error();
        for (const QString &role : {QStringLiteral("director"), QStringLiteral("finance"),
                                    QStringLiteral("pm"), QStringLiteral("viewer")}) {
            if (const Status added =
                    (*owner)->addMember(role + QStringLiteral("1"), role, memberPassword);
                !added)
                return added.error();
        }
        if (const Status published = (*owner)->publish(planName, samplePlan(), {}, {}); !published)
            return published.error();
        return {};
    }

    QString ownerUrl() const { return server.ownerUrl(QStringLiteral("plans")); }
    // A member's address without the password (what the dialog is given).
    QString address(const QString &login) const
    {
        return server.url(login, {}, QStringLiteral("plans"));
    }
    // With the password (for a second connection that edits behind the window's back).
    QString urlOf(const QString &login) const
    {
        return server.url(login, memberPassword, QStringLiteral("plans"));
    }
};

} // namespace cplan::test
