#pragma once

// The team store's schema (MODEL.md §11): numbered migrations in the PostgreSQL schema "cplan",
// each applied in its own transaction and recorded in cplan.schema_version, so `cplan team init`
// can run again safely (it applies only what is missing). A store of a newer schema than this
// build knows, or a server older than PostgreSQL 15, is refused with a message saying so.

#include "models/domain/Result.h"
#include "models/team/PgConnection.h"

#include <QString>

#include <vector>

namespace cplan {

// The SQL of migration n is teamMigrations()[n - 1].
const std::vector<QString> &teamMigrations();
int teamSchemaVersion(); // teamMigrations().size()

// PostgreSQL 15 or later (server_version_num, e.g. 150004).
Status checkServerVersion(int serverVersionNumber, const QString &address);

// The schema version of the store at `connection`: 0 when it is not a store yet.
Result<int> storeSchemaVersion(PgConnection &connection);

// Creates the store or brings it up to date; returns the number of migrations applied.
Result<int> initTeamStore(PgConnection &connection);

// Ok when `connection` is a store of exactly this build's schema on a server this build
// supports; else a message saying what to do.
Status checkTeamStore(PgConnection &connection);

} // namespace cplan
