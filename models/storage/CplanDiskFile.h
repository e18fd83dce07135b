#pragma once

// The file-system steps of an atomic save: syncing to disk and replacing a file in one step.
// Kept apart from the SQLite code because they are the platform-specific part.

#include <QByteArray>
#include <QString>

#include <functional>

namespace cplan {

// Flushes the file's data to the disk (fsync). False with `error` set on failure.
bool syncFileToDisk(const QString &path, QString *error);

// Flushes a folder's entries (a rename into it) to the disk. Only POSIX systems need and allow
// this; elsewhere it does nothing and succeeds.
bool syncFolderToDisk(const QString &folder, QString *error);

// Renames `from` to `to`, replacing `to` in one step when it exists (rename(2) /
// MoveFileEx(REPLACE_EXISTING)), so `to` is never missing.
bool replaceFile(const QString &from, const QString &to, QString *error);

// Copies `from` to the new file `to` (which must not exist) and syncs the copy.
bool copyFileToDisk(const QString &from, const QString &to, QString *error);

// Writes `bytes` to the new file `path` (which must not exist), checking that every byte was
// written, and flushes it to the disk. False with `error` set on any failure: a full disk, a
// quota or a size limit is found here, not after the file has replaced a good one.
bool writeNewFileToDisk(const QString &path, const QByteArray &bytes, QString *error);

// Replaces `path` with a complete new file, or leaves it untouched: `write` fills a temporary
// file beside `path` (it gets the temporary path; false with `error` set on failure), which is
// then flushed to the disk (a full disk may only show there) and renamed over `path`; a file
// being replaced keeps its permissions. On any failure the temporary file is removed and
// `error` says what failed. The same steps as a .cplan save (CplanFileSave.cpp), for the other
// files the program writes: JSON plans, exports, recovery records.
bool replaceFileCompletely(
    const QString &path,
    const std::function<bool(const QString &temporaryPath, QString *error)> &write, QString *error);

// replaceFileCompletely() with `bytes` as the new content.
bool replaceFileWithBytes(const QString &path, const QByteArray &bytes, QString *error);

} // namespace cplan
