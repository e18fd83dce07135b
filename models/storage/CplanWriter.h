#pragma once

// Putting a plan into the tables of a .cplan database (the layout is in CplanSchema.cpp).

#include "models/domain/Plan.h"
#include "models/domain/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace cplan {

// Inserts every part of `plan` into the empty plan tables of `database`, each list with its
// positions. The caller holds the transaction. The error names the table and column.
Status writePlanTables(QSqlDatabase &database, const Plan &plan);

// writePlanTables() and what the later schema steps added (baseline, gates, past actuals,
// sign-off and people), up to `schemaVersion`. The caller holds the transaction.
Status writeVersionedPlanContent(QSqlDatabase &database, const Plan &plan, int schemaVersion);
// Replaces the meta row of the content checksum by the checksum of the plan tables as they now
// read back (a save that rewrote them in place).
Status rewriteContentHash(QSqlDatabase &database);

// The meta key of the plan's content checksum (planContentHash(), MODEL.md §10).
inline constexpr char cplanContentHashKey[] = "content_sha256";

// Writes a complete database at `schemaVersion` into the new file `fileName`: application id,
// schema steps 1..schemaVersion, the plan and (from schema 2) the file information (which build
// wrote it, `savedAt`; at this build's schema also the content checksum of the plan as read back).
// Not atomic and no backup: writeCplanFile() calls it for its temporary file; tests call it to make
// files of an older schema. The error does not name the file.
Status writeCplanDatabase(const Plan &plan, const QString &fileName, int schemaVersion,
                          const QDateTime &savedAt);

} // namespace cplan
