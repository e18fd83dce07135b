// The file operations around a save: a capped copy, the previous version kept as `.bak`, and
// the temporary files of saves that crashed, cleared by their exact names.

#include "models/storage/CplanFileParts.h"

#include "models/storage/CplanDiskFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>

namespace cplan::cplanfile {

namespace {

// Removes what an interrupted save may have left at `temporaryPath`: the file and SQLite's
// journal beside it (a stale journal would be rolled back into the next temporary file).
bool removeLeftovers(const QString &temporaryPath, QString *error)
{
    for (const QString &leftover : {temporaryPath, temporaryPath + QStringLiteral("-journal")}) {
        const QFileInfo info(leftover);
        if (!info.exists() && !info.isSymLink())
            continue;
        if (info.isDir()) {
            *error = Tr::tr("%1 is in the way (it is a folder)").arg(info.fileName());
            return false;
        }
        QFile file(leftover);
        if (!file.remove()) {
            *error = Tr::tr("%1 is in the way (%2)").arg(info.fileName(), file.errorString());
            return false;
        }
    }
    return true;
}

// The names of the temporary files of saves that crashed beside `targetPath`, by the exact
// patterns writeCplanFile() and keepBackup() use: `FILE.saving-` and twelve hex digits,
// `FILE.bak.saving`, `FILE.saving` (the single name of older versions), and SQLite's
// `-journal` of each. A user's "budget.cplan.savings-
// analysis.txt" is not one of them: it was deleted by a save while the pattern was
// `FILE.saving*` (issue 21, A.14).
QStringList crashedSaveFiles(const QString &targetPath)
{
    static const QRegularExpression ownSuffix(
        QStringLiteral("^(\\.saving(-[0-9a-fA-F]{12})?|\\.bak\\.saving)(-journal)?$"));
    const QFileInfo target(targetPath);
    const QString planName = target.fileName();
    QStringList own;
    const QStringList candidates = target.absoluteDir().entryList(
        {QStringLiteral("*.saving*")}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : candidates) {
        if (name.startsWith(planName) && ownSuffix.match(name.mid(planName.size())).hasMatch())
            own << target.absoluteDir().filePath(name);
    }
    return own;
}

} // namespace

bool copyFile(const QString &from, const QString &to, qint64 maxBytes, QString *error)
{
    QFile source(from);
    QFile copy(to);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = source.errorString();
        return false;
    }
    if (!copy.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = copy.errorString();
        return false;
    }
    qint64 copied = 0;
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1024 * 1024);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError) {
            *error = source.errorString();
            return false;
        }
        if (chunk.isEmpty())
            break;
        copied += chunk.size();
        if (copied > maxBytes) {
            *error = Tr::tr("it grew beyond %1 bytes while it was being read").arg(maxBytes);
            return false;
        }
        if (copy.write(chunk) != chunk.size()) {
            *error = copy.errorString();
            return false;
        }
    }
    if (!copy.flush()) {
        *error = copy.errorString();
        return false;
    }
    return true;
}

bool keepBackup(const QString &path, QString *error)
{
    const QString backupPath = path + QStringLiteral(".bak");
    const QString copyPath = backupPath + QStringLiteral(".saving");
    QString reason;
    if (!removeLeftovers(copyPath, &reason) || !copyFileToDisk(path, copyPath, &reason) ||
        !replaceFile(copyPath, backupPath, &reason)) {
        QFile::remove(copyPath);
        *error = Tr::tr("the backup %1 cannot be written: %2")
                     .arg(QFileInfo(backupPath).fileName(), reason);
        return false;
    }
    return true;
}

void removeCrashedSaves(const QString &targetPath)
{
    for (const QString &path : crashedSaveFiles(targetPath))
        QFile::remove(path);
}

void removeCrashedSaveLeftovers(const QString &path)
{
    const QFileInfo chosen(path);
    const QString targetPath = chosen.exists() ? chosen.canonicalFilePath() : path;
    const QString lockPath = targetPath + QStringLiteral(".save-lock");
    const QStringList leftovers = crashedSaveFiles(targetPath);
    if (leftovers.isEmpty() && !QFileInfo::exists(lockPath))
        return;
    QLockFile lock(lockPath);
    lock.setStaleLockTime(0); // only a lock whose process is gone is stale
    if (!lock.tryLock(0))
        return; // a save is running (or the folder is read-only): leave everything alone
    removeCrashedSaves(targetPath);
    // unlock() removes the lock file, the stale one included.
}

} // namespace cplan::cplanfile
