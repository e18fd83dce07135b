#pragma once

// A team store on a real, throwaway server (PgTestServer.h) for the tests that need one ready:
// the database "plans" made a store, one member per role (director1, finance1, pm1, viewer1,
// password memberPassword) and the sample plan published as "Annual".

#include "PgTestServer.h"

#include "models/storage/PlanJson.h"
#include "models/team/TeamSchema.h"
#include "models/team/TeamStore.h"

#include <QString>

namespace cplan::test {

inline const QString memberPassword = QStringLiteral("member-secret");
inline const QString annual = QStringLiteral("Annual");

class TeamStoreFixture
{
public:
    PgTestServer server;

    // Empty when the store is ready, else why not.
    QString setUp()
    {
        if (!server.running())
            return server.problem();
        auto admin = PgConnection::open(server.ownerUrl());
        if (!admin)
            return admin.error();
        if (!(*admin)->exec(QStringLiteral("CREATE DATABASE plans")))
            return (*admin)->lastError().message;
        auto owner = PgConnection::open(url(QStringLiteral("owner")));
        if (!owner)
            return owner.error();
        if (auto made = initTeamStore(**owner); !made)
            return made.error();
        auto store = TeamStore::open(url(QStringLiteral("owner")));
        if (!store)
            return store.error();
        for (const QString &role : {QStringLiteral("director"), QStringLiteral("finance"),
                                    QStringLiteral("pm"), QStringLiteral("viewer")}) {
            if (const Status added =
                    (*store)->addMember(role + QStringLiteral("1"), role, memberPassword);
                !added)
                return added.error();
        }
        if (const Status published = (*store)->publish(annual, samplePlan(), {}, {}); !published)
            return published.error();
        return {};
    }

    // The address of the store as `login` (the owner, or a member with memberPassword).
    QString url(const QString &login, bool withPassword = true) const
    {
        if (login == QLatin1String("owner"))
            return server.ownerUrl(QStringLiteral("plans"));
        return server.url(login, withPassword ? memberPassword : QString(),
                          QStringLiteral("plans"));
    }

    std::unique_ptr<TeamStore> open(const QString &login) const
    {
        auto store = TeamStore::open(url(login));
        return store ? std::move(store.value()) : nullptr;
    }
};

} // namespace cplan::test

// In initTestCase(): skips when PostgreSQL is not installed, fails when the store is not ready.
#define CPLAN_REQUIRE_TEAM_STORE(fixture)                                                          \
    do {                                                                                           \
        CPLAN_REQUIRE_PG_SERVER((fixture).server);                                                 \
        const QString problem = (fixture).setUp();                                                 \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                          \
    } while (false)
