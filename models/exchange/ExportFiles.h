#pragma once

// Safe writing of export files: whole or not at all (a temporary file beside the target,
// renamed over it), and never over the plan that was exported.

#include "models/domain/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace cplan {

// Refuses an export target that is the plan file itself (same file after resolving links), or
// one the storage layer would not replace (checkWritableTarget: a read-only file, a device, a
// link to anything but a plan of the user's own). The one check of every file an export
// writes, in the command line and in the window.
Status checkExportTarget(const QString &outPath, const QString &planPath);

// Writes `bytes` to `path` atomically.
Status writeFileAtomically(const QString &path, const QByteArray &bytes);

// Lets `write` fill a temporary file beside `path` (it gets the temporary path), then renames
// it over `path`. When `write` fails, the temporary file is removed and `path` is untouched.
Status replaceFileAtomically(const QString &path,
                             const std::function<Status(const QString &temporaryPath)> &write);

} // namespace cplan
