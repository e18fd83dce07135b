#pragma once

// The .cplan file: one SQLite database per plan (MODEL.md §1), through Qt SQL.

#include "models/domain/Plan.h"
#include "models/domain/Result.h"
#include "models/storage/CplanRecord.h"
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

// readCplanFile() on a .cplan held in memory (`bytes`, at most largestCplanFile of them): the
// same checks of the header, the same SQLite reader, migration, layout check and content
// checksum, on an in-memory copy of the bytes (SQLite's memdb, through sqlite3_deserialize on the
// Qt driver's connection), so nothing is written to disk. Messages start with `name` as the file
// reader's start with the file's name. No journal can be beside bytes, so there is no roll-back.
// Needs Qt's SQLite driver built against the SQLite this program links (the system library, as
// Debian's libqt6sql6-sqlite is); with another one it refuses, saying so.
Result<Plan> readCplanBytes(const QByteArray &bytes, const QString &name);

// A .cplan's plan and, when asked, its record (history rows and version descriptions; MODEL.md
// §10). readCplanFile() is this without the record.
struct CplanContents
{
    Plan plan;
    PlanRecord record;
};
// `part`: the whole history, or only its last entry (opening; the rest is read by
// readCplanHistory(), in the background).
Result<CplanContents> readCplanContents(const QString &path, bool withRecord = true,
                                        HistoryPart part = HistoryPart::All);
// The whole history of the .cplan `path` (empty for a file from before histories), with the
// last entry its meta table names; the versions' descriptions come along.
Result<PlanRecord> readCplanHistory(const QString &path);
// The plan content JSON of the version `name` of the .cplan `path` (canonical JSON).
Result<QByteArray> readCplanVersionSnapshot(const QString &path, const QString &name);
// Every version's content JSON, in the versions' order, from one read of the file.
Result<std::vector<QByteArray>> readCplanVersionSnapshots(const QString &path);

// One save of a plan with its record (the storage seam's .cplan home, MODEL.md §10):
// `basePath` is the .cplan that holds the record so far (the file the plan was opened from;
// empty for a plan that came from elsewhere, whose record is then all in `record`), and
// `baseHeadSeq`/`baseHeadHash` the last history row read from it. Saving over `basePath` itself
// writes into it in one SQLite transaction (plan tables rewritten, `newHistory` and
// `newVersions` appended — the history is not rewritten), refused when its history no longer
// ends where it did when read (another writer saved in between: nothing is written). Saving
// elsewhere copies `basePath` (or writes `record` into a new file) and renames the result into
// place as writeCplanFile() does.
struct CplanUpdate
{
    const Plan *plan = nullptr;
    QString basePath;
    qint64 baseHeadSeq = 0;
    QString baseHeadHash;
    PlanRecord record; // used only without basePath
    std::vector<StoredEntry> newHistory;
    std::vector<VersionRow> newVersions;
    // Write a new file even over `basePath` itself, keeping the previous one as `.bak` (the
    // user chose to replace what another program saved: that version stays as the backup).
    bool keepBackup = false;
};
Status saveCplanUpdate(const CplanUpdate &update, const QString &path);

// Writes atomically: a temporary file beside `path`, fsync, rename over it. The previous file
// is kept as `path + ".bak"`. On any failure the previous file is untouched, and the message
// says so. Saves of one file are serialised by an advisory lock (`path + ".save-lock"`): a second
// save waits up to saveLockWaitMilliseconds for the first, then fails. A read-only file, a
// device, or a symbolic link to a file the user does not own is refused.
Status writeCplanFile(const Plan &plan, const QString &path);

// True when the first bytes are SQLite's header ("SQLite format 3\0").
bool looksLikeSqlite(const QByteArray &head);

} // namespace cplan
