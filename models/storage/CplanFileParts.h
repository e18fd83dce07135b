#pragma once

// What the parts of the .cplan file's implementation (CplanFile.h) share: the reading of the plan
// and its checks (CplanFile.cpp), the raw header (CplanFileHead.cpp), the record's history and
// versions (CplanFileRecord.cpp), the save (CplanFileSave.cpp), and the copies, the backup and
// what crashed saves left (CplanFileCopies.cpp).

#include "models/domain/Result.h"
#include "models/storage/CplanFile.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

class QSqlDatabase;
class QTemporaryDir;

namespace cplan::cplanfile {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CplanFile)
};

// Messages start with the file's name, as everywhere in storage (PlanIo.cpp).
Error located(const QString &path, const QString &message);

// The fixed 100-byte header at the start of every SQLite file
// (https://www.sqlite.org/fileformat.html#the_database_header).
constexpr qint64 sqliteHeaderSize = 100;

// CplanFileHead.cpp: the raw bytes, before SQLite sees them.

QString newerSchemaMessage(qint64 version);
QString foreignIdMessage(quint32 applicationId);

// Checks made on the raw bytes before SQLite sees them (`size` bytes in all, `head` the first
// sqliteHeaderSize of them). They are cheap and each says what is wrong instead of SQLite's
// generic "file is not a database"; messages name `path`. On success `schemaVersion` is the
// file's schema.
Status checkHead(const QString &path, qint64 size, const QByteArray &head, int *schemaVersion);

// checkHead() on the file `path`, which must first be a regular file within the size cap: a
// device or a pipe would read without end. The file is not changed.
Status checkFileHead(const QString &path, int *schemaVersion);

// `path` + "-journal", where SQLite keeps its rollback journal.
QString journalPath(const QString &path);

// A rollback journal SQLite would call hot: a regular file beside the database that starts with
// a journal header (a zeroed or missing header means the transaction was finished).
bool hasHotJournal(const QString &path);

// CplanFile.cpp: checks on the open database, and the private copy every reader reads.

// Runs a PRAGMA that returns one value.
Result<QVariant> pragmaValue(QSqlDatabase &database, const QString &pragma);

// PRAGMA quick_check: the b-tree pages, cell sizes, NOT NULL and the like, without the full
// index cross-check (which would be slow on large files for no gain in safety).
Status quickCheckOf(QSqlDatabase &database, const QString &statement);

// A private copy of the .cplan `path` (and, `withJournal`, of the journal beside it) named `name`
// in `folder`, for reading without touching the user's file. The error names `path`.
Result<QString> privateCopyOf(const QString &path, const QTemporaryDir &folder, const QString &name,
                              bool withJournal);

// CplanFileCopies.cpp: copies, the backup, and what crashed saves left.

// Copies at most `maxBytes` of `from` into the new file `to`, without syncing (a private copy).
bool copyFile(const QString &from, const QString &to, qint64 maxBytes, QString *error);

// Keeps the previous version as `path.bak`: copied (so `path` never goes missing), synced, then
// renamed over the old backup in one step.
bool keepBackup(const QString &path, QString *error);

// Temporary files of saves that crashed. Called with the save lock held, so none of them
// belongs to a save in progress.
void removeCrashedSaves(const QString &targetPath);

// What a save killed half-way (SIGKILL, power loss) left beside `path`: its temporary files and
// its lock file. Cleared when the plan is next opened, not only at its next save (issue 21);
// only when no save holds the lock, and only the app's own files by their exact names.
void removeCrashedSaveLeftovers(const QString &path);

} // namespace cplan::cplanfile
