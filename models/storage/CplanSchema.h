#pragma once

// The tables of a .cplan file and the numbered steps that build them (ARCHITECTURE.md rule 7).
//
// Schema version N is what steps 1..N create, nothing more. A file records its version in
// PRAGMA user_version; an older file is brought up one step at a time, each step in its own
// transaction, so a failure leaves it at the last complete version. Because the steps are the
// only source of the layout, the exact set of tables and indexes a version-N file may hold is
// known, and anything else in a file (a trigger, a view, a changed table) is refused.

#include "models/domain/Result.h"

#include <QSqlDatabase>

namespace cplan {

// Runs steps fromVersion+1 .. toVersion on `database`. Each step and its PRAGMA user_version
// run in one transaction that rolls back unless the whole step succeeded. The error says which
// step failed and why (no file name: the caller adds it).
Status migrateCplanSchema(QSqlDatabase &database, int fromVersion, int toVersion);

// The schema version whose step adds the milestone_gates table (MODEL.md §6 "Gates").
int milestoneGatesSchemaVersion();
// The schema version whose step adds the past_actuals tables (MODEL.md §5.6).
int pastActualsSchemaVersion();
// The schema version whose step adds sign-off, people, history and versions (MODEL.md §10).
int historySchemaVersion();

// Succeeds when the tables and indexes in `database` are exactly those that steps 1..version
// create, with the same definitions. Otherwise the error is a sentence that follows the file name
// ("holds a trigger "x" that Campaign Planner does not create (refused as unsafe)").
Status checkCplanSchema(QSqlDatabase &database, int version);

} // namespace cplan
