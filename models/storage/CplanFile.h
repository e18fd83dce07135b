#pragma once

// The .cplan file: one SQLite database per plan (MODEL.md §1), through Qt SQL.

#include "models/domain/Plan.h"
#include "models/domain/Result.h"
#include "models/storage/SaveLock.h"

#include <QString>

namespace cplan {

// PRAGMA application_id of every .cplan file ("CPLN").
inline constexpr int cplanApplicationId = 0x43504C4E;
// PRAGMA user_version written by this build; older files are migrated step by step on open.
int cplanSchemaVersion();

// Reads a .cplan file (a regular file of at most largestCplanFile bytes), always from a private
// copy, so a `-wal` beside it is never applied and the file on disk is never changed by reading
// (an older file is migrated on the copy). A hot `-journal` beside it (another SQLite program
// stopped mid-transaction) is rolled back on a copy, as SQLite would, when that gives the plan
// its checksum was saved with — a journal of another file never is. Refuses, with a message
// naming the file and the reason, a file that is not SQLite, has another application id, a newer
// schema version, fails PRAGMA quick_check, holds triggers/views we did not create, or whose
// plan does not match its content checksum (MODEL.md §10).
Result<Plan> readCplanFile(const QString &path);

// Writes atomically: a temporary file beside `path`, fsync, rename over it. The previous file
// is kept as `path + ".bak"`. On any failure the previous file is untouched, and the message
// says so. Saves of one file are serialised by an advisory lock (`path + ".save-lock"`): a second
// save waits up to saveLockWaitMilliseconds for the first, then fails. A read-only file, a
// device, or a symbolic link to a file the user does not own is refused.
Status writeCplanFile(const Plan &plan, const QString &path);

// True when the first bytes are SQLite's header ("SQLite format 3\0").
bool looksLikeSqlite(const QByteArray &head);

} // namespace cplan
