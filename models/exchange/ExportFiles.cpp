#include "models/exchange/ExportFiles.h"

#include "models/storage/CplanDiskFile.h"
#include "models/storage/PlanPaths.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportFiles)
};

} // namespace

Status checkExportTarget(const QString &outPath, const QString &planPath)
{
    if (outPath.isEmpty())
        return Error{Tr::tr("--out: no file name given")};
    const QFileInfo out(outPath);
    const QFileInfo plan(planPath);
    const QString outReal = out.exists() ? out.canonicalFilePath() : out.absoluteFilePath();
    const QString planReal = plan.exists() ? plan.canonicalFilePath() : plan.absoluteFilePath();
    if (!planPath.isEmpty() && outReal == planReal) {
        return Error{
            Tr::tr("%1: refusing to overwrite the plan being exported; choose another file name")
                .arg(outPath)};
    }
    // The storage layer's own check of a file it replaces (issue 21, item 12): an export once
    // replaced a read-only file, a file behind a link and (as root) a device node.
    QString target;
    if (const Status writable = checkWritableTarget(outPath, &target); !writable)
        return Error{Tr::tr("%1: cannot be written (%2)").arg(outPath, writable.error())};
    return success();
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    // The steps of a plan save (CplanDiskFile.h): every write checked, synced, then renamed.
    QString error;
    if (!replaceFileWithBytes(path, bytes, &error))
        return Error{Tr::tr("%1: cannot write (%2)").arg(path, error)};
    return success();
}

Status replaceFileAtomically(const QString &path,
                             const std::function<Status(const QString &temporaryPath)> &write)
{
    Status written = success();
    QString error;
    const bool replaced = replaceFileCompletely(
        path,
        [&](const QString &temporary, QString *) {
            written = write(temporary);
            return written.ok();
        },
        &error);
    if (!written)
        return written;
    if (!replaced)
        return Error{Tr::tr("%1: cannot write (%2)").arg(path, error)};
    return success();
}

} // namespace cplan
