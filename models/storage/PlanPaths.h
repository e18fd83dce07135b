#pragma once

// Where a plan may be read from and written to (issue 14, items 4 and 6). Reading opens regular
// files only, within a size cap, so a device (/dev/zero), a FIFO or a folder is refused with a
// message instead of reading without end or blocking. Writing respects a read-only file, refuses
// to replace something that is not a regular file, and follows a symbolic link only to a plan
// file its user owns.

#include "models/domain/Result.h"

#include <QByteArray>
#include <QString>

namespace cplan {

// Largest file read as a plan. A plan with 200 channels, 120 months and a row of actuals for
// every month and channel is a few megabytes in either form; the caps leave a wide margin and
// keep the memory a hostile file can claim bounded.
inline constexpr qint64 largestCplanFile = qint64(64) * 1024 * 1024;
inline constexpr qint64 largestJsonFile = qint64(16) * 1024 * 1024;

// Reads at most `maxBytes` of the regular file `path`. Errors name the file: `x.json: is not a
// regular file (a device, a pipe or a socket)`, `x.json: is too large to be a plan (...)`.
Result<QByteArray> readPlanBytes(const QString &path, qint64 maxBytes);

// Ok when `path` is a regular file within `maxBytes` (or a symbolic link to one).
Status checkReadableFile(const QString &path, qint64 maxBytes);

// Ok when a save may replace (or create) `path`: the folder exists and is writable, and an
// existing file is a regular file that is not read-only. A symbolic link is followed only to a
// plan file owned by the user who saves. On success `*target` is the path to write (the
// link's target for a link). Messages do not name the file; the caller puts them in context.
Status checkWritableTarget(const QString &path, QString *target);

// True when the file holds a plan in either form: a .cplan (SQLite with our application id) or
// the interchange JSON (its "format" tag). Used to refuse replacing anything else.
bool holdsPlan(const QString &path);

// True when both paths name the same file on disk (after links).
bool isSameFile(const QString &first, const QString &second);

// Removes SQLite's companions of `path` (`-journal`, `-wal`, `-shm`): after a save they belong
// to the file that was replaced, and SQLite would merge them into the new one.
void removeSqliteCompanions(const QString &path);

} // namespace cplan
