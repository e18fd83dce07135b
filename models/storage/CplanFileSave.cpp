// Saving a .cplan (MODEL.md §10): into the file it was read from in one SQLite transaction, or
// a new file written beside the target, synced and renamed into place, under the save lock.

#include "models/storage/CplanFileParts.h"

#include "models/domain/TextLimit.h"
#include "models/storage/CplanDiskFile.h"
#include "models/storage/CplanRecord.h"
#include "models/storage/CplanSchema.h"
#include "models/storage/CplanWriter.h"
#include "models/storage/PlanPaths.h"
#include "models/storage/SqlConnection.h"
#include "models/storage/SqlTransaction.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cplan {

using namespace cplanfile;

namespace {

// The plan tables: everything a save rewrites in place (the history and versions are added to,
// the meta rows updated).
QStringList planTableNames(QSqlDatabase &database, QString *error)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                                   "name NOT IN ('meta', 'history', 'versions') AND "
                                   "name NOT LIKE 'sqlite_%'"))) {
        *error = query.lastError().databaseText();
        return {};
    }
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

// The last history row's seq and hash (0 and "" for none).
Status checkHistoryHead(QSqlDatabase &database, const CplanUpdate &update)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT seq, hash FROM history ORDER BY seq DESC LIMIT 1")))
        return Error{query.lastError().databaseText()};
    const qint64 seq = query.next() ? query.value(0).toLongLong() : 0;
    const QString hash = seq > 0 ? query.value(1).toString() : QString();
    if (seq != update.baseHeadSeq || hash != update.baseHeadHash)
        return Error{Tr::tr("its history changed since it was read (another program or window "
                            "saved it): nothing was written; open it again to see that change")};
    return success();
}

// Brings the open database `fileName` (the user's file itself, or a copy of it about to
// replace it) to `update`: the plan tables rewritten, the new history rows and versions
// appended, the meta rows and the content checksum renewed, in one transaction that commits
// whole or not at all (SQLite's rollback journal, synchronous FULL).
Status updateInPlace(const QString &fileName, const CplanUpdate &update)
{
    SqlConnection connection(fileName);
    if (!connection.open())
        return Error{connection.errorText()};
    QSqlDatabase &database = connection.database();
    {
        QSqlQuery pragma(database);
        for (const QString &statement : {QStringLiteral("PRAGMA trusted_schema = OFF"),
                                         QStringLiteral("PRAGMA journal_mode = DELETE"),
                                         QStringLiteral("PRAGMA synchronous = FULL"),
                                         QStringLiteral("PRAGMA foreign_keys = OFF")}) {
            if (!pragma.exec(statement))
                return Error{pragma.lastError().databaseText()};
        }
    }
    const Result<QVariant> applicationId =
        pragmaValue(database, QStringLiteral("PRAGMA application_id"));
    const Result<QVariant> userVersion =
        pragmaValue(database, QStringLiteral("PRAGMA user_version"));
    if (!applicationId || !userVersion || applicationId->toLongLong() != cplanApplicationId)
        return Error{Tr::tr("it is no longer the plan file that was read")};
    if (userVersion->toLongLong() < cplanSchemaVersion()) {
        const Status migrated =
            migrateCplanSchema(database, int(userVersion->toLongLong()), cplanSchemaVersion());
        if (!migrated)
            return migrated;
    } else if (userVersion->toLongLong() > cplanSchemaVersion()) {
        return Error{newerSchemaMessage(userVersion->toLongLong())};
    }
    // Nothing the file defines may run while it is written (no trigger, no view): the layout
    // must be exactly ours, as on reading.
    const Status schema = checkCplanSchema(database, cplanSchemaVersion());
    if (!schema)
        return schema;
    SqlTransaction transaction(database);
    if (!transaction.isActive())
        return Error{database.lastError().databaseText()};
    if (const Status head = checkHistoryHead(database, update); !head)
        return head;
    QString error;
    const QStringList tables = planTableNames(database, &error);
    if (!error.isEmpty())
        return Error{error};
    QSqlQuery clear(database);
    for (const QString &table : tables) {
        if (!clear.exec(QStringLiteral("DELETE FROM \"%1\"").arg(table)))
            return Error{clear.lastError().databaseText()};
    }
    Status written = writeVersionedPlanContent(database, *update.plan, cplanSchemaVersion());
    if (written)
        written = appendPlanRecord(database, update.newHistory, update.newVersions);
    if (written)
        written = writeHistoryHead(database);
    if (written) {
        QSqlQuery meta(database);
        meta.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
        meta.addBindValue(QStringLiteral("saved_at"));
        meta.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!meta.exec())
            written = Error{meta.lastError().databaseText()};
    }
    if (written)
        written = rewriteContentHash(database);
    if (!written)
        return written;
    if (!transaction.commit())
        return Error{database.lastError().databaseText()};
    return success();
}

// A new, complete file: the plan, then the record carried in memory and the new rows.
Status writeFresh(const QString &fileName, const CplanUpdate &update)
{
    const Status written = writeCplanDatabase(*update.plan, fileName, cplanSchemaVersion(),
                                              QDateTime::currentDateTimeUtc());
    if (!written)
        return written;
    if (update.record.history.empty() && update.record.versions.empty() &&
        update.newHistory.empty() && update.newVersions.empty())
        return success();
    SqlConnection connection(fileName);
    if (!connection.open())
        return Error{connection.errorText()};
    QSqlDatabase &database = connection.database();
    QSqlQuery pragma(database);
    if (!pragma.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return Error{pragma.lastError().databaseText()};
    SqlTransaction transaction(database);
    if (!transaction.isActive())
        return Error{database.lastError().databaseText()};
    Status appended = appendPlanRecord(database, update.record.history, update.record.versions);
    if (appended)
        appended = appendPlanRecord(database, update.newHistory, update.newVersions);
    if (appended)
        appended = writeHistoryHead(database);
    if (!appended)
        return appended;
    if (!transaction.commit())
        return Error{database.lastError().databaseText()};
    return success();
}

} // namespace

Status writeCplanFile(const Plan &plan, const QString &path)
{
    CplanUpdate update;
    update.plan = &plan;
    return saveCplanUpdate(update, path);
}

Status saveCplanUpdate(const CplanUpdate &update, const QString &path)
{
    const auto cannotSave = [&path](const QString &reason) {
        return located(path, Tr::tr("cannot be saved (%1)").arg(reason));
    };
    // Saving through a symbolic link replaces the file it points to and keeps the link; a
    // read-only file, a device or a link to someone else's file is refused (PlanPaths.h).
    const auto intactText = [](const QFileInfo &file) {
        return file.exists() ? Tr::tr("%1 is unchanged").arg(file.fileName())
                             : Tr::tr("no file was written");
    };
    QString targetPath;
    const Status writable = checkWritableTarget(path, &targetPath);
    if (!writable)
        return cannotSave(Tr::tr("%1; %2").arg(writable.error(), intactText(QFileInfo(path))));
    const QFileInfo target(targetPath);
    const bool replacing = target.exists();
    const QString intact = intactText(target);
    // Nothing is written that could not be read back (TextLimit.h).
    if (const Status fits = checkPlanTextLengths(*update.plan); !fits)
        return cannotSave(Tr::tr("%1; %2").arg(fits.error(), intact));

    // One save at a time per file, whichever program or window makes it: a second writer
    // waits for the first and then writes its own complete file, or fails saying so. Without
    // the lock, two saves removed each other's temporary files and one could rename the
    // other's half-written file into place and report success.
    // A PlanEditLock of this thread (a read → change → save) already holds it.
    SaveLock lock(targetPath);
    QLockFile::LockError lockError = QLockFile::NoError;
    if (!lock.lock(saveLockWaitMilliseconds, &lockError)) {
        if (lockError == QLockFile::LockFailedError)
            return cannotSave(
                Tr::tr("another program or window is saving it right now; %1").arg(intact));
        return cannotSave(Tr::tr("its lock file %1.save-lock cannot be created; %2")
                              .arg(target.fileName(), intact));
    }

    // The file the plan was read from, saved again at this build's schema: the change is
    // written into it in one SQLite transaction, so a save adds the new history rows instead of
    // rewriting the file (MODEL.md §10; SQLite's journal keeps the file whole if the save
    // stops half-way). A journal beside it that is not ours (hot) sends the save the long way.
    if (!update.keepBackup && !update.basePath.isEmpty() && replacing &&
        isSameFile(update.basePath, targetPath) && !hasHotJournal(targetPath)) {
        int version = 0;
        if (checkFileHead(targetPath, &version) && version == cplanSchemaVersion()) {
            const Status updated = updateInPlace(targetPath, update);
            if (!updated)
                return cannotSave(Tr::tr("%1; %2").arg(updated.error(), intact));
            return success();
        }
    }

    // The temporary file lives beside the target, so the final rename stays within one file
    // system and is atomic. Its name is unique; what crashed saves left behind is cleared
    // while the lock is held, so no other save can be using it.
    removeCrashedSaves(targetPath);
    const QString temporaryPath = targetPath + QStringLiteral(".saving-") +
                                  QUuid::createUuid().toString(QUuid::Id128).left(12);
    const auto failed = [&](const QString &reason) {
        QFile::remove(temporaryPath);
        QFile::remove(temporaryPath + QStringLiteral("-journal"));
        return cannotSave(Tr::tr("%1; %2").arg(reason, intact));
    };

    QString error;
    if (!update.basePath.isEmpty()) {
        // Another .cplan holds the record so far (a Save As, or the first save of an older
        // file): its copy is brought to the update and renamed into place.
        if (!copyFile(update.basePath, temporaryPath, largestCplanFile, &error))
            return failed(Tr::tr("the plan's history cannot be copied from %1: %2")
                              .arg(QFileInfo(update.basePath).fileName(), error));
        QFile::setPermissions(temporaryPath, QFile::ReadOwner | QFile::WriteOwner);
        const Status updated = updateInPlace(temporaryPath, update);
        if (!updated)
            return failed(updated.error());
    } else {
        const Status written = writeFresh(temporaryPath, update);
        if (!written)
            return failed(written.error());
    }
    // The saved file keeps the permissions the user gave the previous one (say, private).
    if (replacing)
        QFile::setPermissions(temporaryPath, QFile::permissions(targetPath));
    if (!syncFileToDisk(temporaryPath, &error))
        return failed(Tr::tr("the new file cannot be flushed to the disk: %1").arg(error));
    if (replacing && !keepBackup(targetPath, &error))
        return failed(error);
    if (!replaceFile(temporaryPath, targetPath, &error))
        return failed(Tr::tr("the new file cannot be renamed into place: %1").arg(error));
    // Journals beside the old file belong to it (or to another program); SQLite would merge
    // them into the new one.
    removeSqliteCompanions(targetPath);
    // The rename is only durable once the folder entry is on disk. The file is already saved
    // and intact at this point, and some file systems refuse to sync a folder, so a failure
    // here is not reported as a failed save.
    syncFolderToDisk(target.absolutePath(), &error);
    return success();
}

} // namespace cplan
