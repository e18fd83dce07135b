#include "models/storage/PlanPaths.h"

#include "models/storage/CplanFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanPaths)
};

QString located(const QString &path, const QString &message)
{
    return QFileInfo(path).fileName() + QStringLiteral(": ") + message;
}

// What kind of thing is at `path` (after links), for messages; empty for a regular file.
QString specialFileKind(const QString &path)
{
#ifndef Q_OS_WIN
    struct stat status
    {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return {};
    if (S_ISCHR(status.st_mode) || S_ISBLK(status.st_mode))
        return Tr::tr("a device");
    if (S_ISFIFO(status.st_mode))
        return Tr::tr("a pipe");
    if (S_ISSOCK(status.st_mode))
        return Tr::tr("a socket");
#endif
    if (QFileInfo(path).isDir())
        return Tr::tr("a folder");
    return QFileInfo(path).isFile() ? QString() : Tr::tr("not a regular file");
}

bool ownedByCurrentUser(const QFileInfo &info)
{
#ifdef Q_OS_WIN
    Q_UNUSED(info);
    return true;
#else
    return info.ownerId() == ::getuid();
#endif
}

// Read-only by its permission bits. Checked on the bits, not with access(2): a save replaces
// the file by renaming over it, which the folder allows whatever the file says, and the
// superuser passes every access check.
bool isReadOnly(const QFileInfo &info)
{
    return !info.permission(QFileDevice::WriteOwner) || !info.isWritable();
}

} // namespace

Status checkReadableFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{located(path, Tr::tr("no such file"))};
    if (info.isDir())
        return Error{located(path, Tr::tr("is a folder, not a plan file"))};
    const QString kind = specialFileKind(path);
    if (!kind.isEmpty())
        return Error{located(path, Tr::tr("is not a plan file (it is %1)").arg(kind))};
    if (info.size() > maxBytes)
        return Error{located(path, Tr::tr("is too large to be a plan (%1 bytes; the limit is %2)")
                                       .arg(info.size())
                                       .arg(maxBytes))};
    return success();
}

Result<QByteArray> readPlanBytes(const QString &path, qint64 maxBytes)
{
    const Status readable = checkReadableFile(path, maxBytes);
    if (!readable)
        return Error{readable.error()};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{located(path, Tr::tr("cannot be read (%1)").arg(file.errorString()))};
    // Bounded even when the file grows between the check and the read.
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return Error{
            located(path, Tr::tr("is too large to be a plan (more than %1 bytes)").arg(maxBytes))};
    return bytes;
}

Status checkWritableTarget(const QString &path, QString *target)
{
    const QFileInfo chosen(path);
    QString targetPath = path;
    if (chosen.isSymLink()) {
        const QFileInfo linked(chosen.exists() ? chosen.canonicalFilePath()
                                               : chosen.symLinkTarget());
        // Saving through a link replaces the file it points to. Only to a plain file of the
        // user's own: a link planted towards a system file must not make a save replace it.
        if (!linked.exists())
            return Error{Tr::tr("it is a symbolic link to %1, which does not exist")
                             .arg(QDir::toNativeSeparators(linked.filePath()))};
        // (The superuser owns every system file, so ownership alone is not enough: the file
        // must also be a plan.)
        if (!linked.isFile() || !ownedByCurrentUser(linked) || !holdsPlan(linked.filePath()))
            return Error{Tr::tr("it is a symbolic link to %1, which is not a plan file of yours")
                             .arg(QDir::toNativeSeparators(linked.filePath()))};
        targetPath = linked.absoluteFilePath();
    }
    const QFileInfo info(targetPath);
    if (info.exists() || info.isSymLink()) {
        const QString kind = specialFileKind(targetPath);
        if (!kind.isEmpty())
            return Error{Tr::tr("it is %1, not a file").arg(kind)};
        if (isReadOnly(info))
            return Error{Tr::tr("the file is read-only")};
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return Error{Tr::tr("the folder %1 does not exist")
                         .arg(QDir::toNativeSeparators(info.absolutePath()))};
    if (isReadOnly(folder))
        return Error{Tr::tr("the folder %1 is read-only, so no file can be written in it")
                         .arg(QDir::toNativeSeparators(info.absolutePath()))};
    *target = targetPath;
    return success();
}

bool holdsPlan(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(100);
    if (looksLikeSqlite(head))
        return head.size() == 100 && qFromBigEndian<quint32>(head.constData() + 68) ==
                                         static_cast<quint32>(cplanApplicationId);
    // The interchange JSON names its format near the top; a plan's "format" key comes first.
    const QByteArray start = head + file.read(4096 - head.size());
    return start.trimmed().startsWith('{') && start.contains("\"campaign-planner/");
}

bool isSameFile(const QString &first, const QString &second)
{
    const QFileInfo a(first);
    const QFileInfo b(second);
    if (!a.exists() || !b.exists())
        return false;
    return a.canonicalFilePath() == b.canonicalFilePath();
}

void removeSqliteCompanions(const QString &path)
{
    for (const char *suffix : {"-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace cplan
