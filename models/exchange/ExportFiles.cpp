#include "models/exchange/ExportFiles.h"

#include "models/storage/PlanPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cstdio>

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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Tr::tr("%1: cannot write (%2)").arg(path, file.errorString())};
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{Tr::tr("%1: cannot write (%2)").arg(path, file.errorString())};
    return success();
}

Status replaceFileAtomically(const QString &path,
                             const std::function<Status(const QString &temporaryPath)> &write)
{
    const QFileInfo target(path);
    QTemporaryFile reserve(target.absoluteDir().filePath(QLatin1Char('.') + target.fileName() +
                                                         QLatin1String(".XXXXXX")));
    if (!reserve.open())
        return Error{Tr::tr("%1: cannot write (%2)").arg(path, reserve.errorString())};
    const QString temporary = reserve.fileName();
    reserve.close();
    reserve.setAutoRemove(false);

    Status written = write(temporary);
    // A temporary file is private (0600); the export is an ordinary document.
    QFile::setPermissions(temporary, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                         QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (written && std::rename(QFile::encodeName(temporary).constData(),
                               QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        written = Error{Tr::tr("%1: cannot replace the file").arg(path)};
    }
    if (!written)
        QFile::remove(temporary);
    return written;
}

} // namespace cplan
