#pragma once

// The set-up of the team store's benchmarks (issue 26): a throwaway PostgreSQL (the tests'
// PgTestServer, loopback only), made a store, with the given plans published by its owner.

#include "models/domain/Plan.h"
#include "models/team/PgConnection.h"
#include "models/team/TeamSchema.h"
#include "models/team/TeamStore.h"
#include "tests/team/PgTestServer.h"

#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace cplan::bench {

struct PublishedStore
{
    test::PgTestServer server;
    std::unique_ptr<TeamStore> owner; // connected as the store's owner
    QString problem;                  // why the store is not ready; empty when it is

    explicit PublishedStore(const std::vector<std::pair<QString, Plan>> &plans)
    {
        if (!server.running()) {
            problem = server.problem();
            return;
        }
        auto connection = PgConnection::open(server.ownerUrl());
        if (!connection || !initTeamStore(**connection)) {
            problem = QStringLiteral("could not create the store");
            return;
        }
        auto opened = TeamStore::open(server.ownerUrl());
        if (!opened) {
            problem = opened.error();
            return;
        }
        owner = std::move(opened.value());
        for (const auto &[name, plan] : plans) {
            if (const Status published = owner->publish(name, plan, {}, {}); !published)
                problem = published.error();
        }
    }
};

} // namespace cplan::bench
