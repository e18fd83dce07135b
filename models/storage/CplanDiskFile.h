#pragma once

// The file-system steps of an atomic save: syncing to disk and replacing a file in one step.
// Kept apart from the SQLite code because they are the platform-specific part.

#include <QString>

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

} // namespace cplan
