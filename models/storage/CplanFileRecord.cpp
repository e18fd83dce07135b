// The record part of a .cplan (MODEL.md §10) read on its own: the whole history, one version's
// content or all of them, each from a private read-only copy of the file.

#include "models/storage/CplanFileParts.h"

#include "models/storage/CplanRecord.h"
#include "models/storage/CplanSchema.h"
#include "models/storage/SqlConnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <functional>

namespace cplan {

using namespace cplanfile;

namespace {

// Reads the record part of the .cplan `path` on a private read-only copy (as readCplanFile():
// nothing beside the file is applied, the file is not changed), after the layout check; `read`
// gets the open database. A file from before histories answers `noRecord()` without being
// copied. Messages name `path`.
template <typename T>
Result<T> readRecordPart(const QString &path, const std::function<Result<T>()> &noRecord,
                         const std::function<Result<T>(QSqlDatabase &)> &read)
{
    int version = 0;
    const Status head = checkFileHead(path, &version);
    if (!head)
        return Error{head.error()};
    if (version < historySchemaVersion())
        return noRecord();
    QTemporaryDir folder;
    if (!folder.isValid())
        return located(
            path, Tr::tr("cannot be read (no temporary folder: %1)").arg(folder.errorString()));
    const Result<QString> copyPath =
        privateCopyOf(path, folder, QStringLiteral("record.cplan"), false);
    if (!copyPath)
        return Error{copyPath.error()};
    SqlConnection connection(*copyPath);
    if (!connection.open(QStringLiteral("QSQLITE_OPEN_READONLY")))
        return located(path, Tr::tr("cannot be opened (%1)").arg(connection.errorText()));
    QSqlDatabase &database = connection.database();
    {
        QSqlQuery pragma(database);
        if (!pragma.exec(QStringLiteral("PRAGMA trusted_schema = OFF")))
            return located(path,
                           Tr::tr("cannot be opened (%1)").arg(pragma.lastError().databaseText()));
    }
    if (const Status schema = checkCplanSchema(database, version); !schema)
        return located(path, schema.error());
    return read(database);
}

} // namespace

Result<PlanRecord> readCplanHistory(const QString &path)
{
    return readRecordPart<PlanRecord>(
        path, [] { return Result<PlanRecord>(PlanRecord{}); },
        [&path](QSqlDatabase &database) -> Result<PlanRecord> {
            if (const Status checked =
                    quickCheckOf(database, QStringLiteral("PRAGMA quick_check(history)"));
                !checked)
                return located(path,
                               Tr::tr("is damaged (its history fails the integrity check: %1)")
                                   .arg(checked.error()));
            Result<PlanRecord> record = readPlanRecord(database, HistoryPart::All);
            if (!record)
                return located(path, Tr::tr("is damaged (%1)").arg(record.error()));
            return record;
        });
}

Result<QByteArray> readCplanVersionSnapshot(const QString &path, const QString &name)
{
    return readRecordPart<QByteArray>(
        path,
        [&path, &name]() -> Result<QByteArray> {
            return located(path, Tr::tr("has no version named \"%1\"").arg(name));
        },
        [&path, &name](QSqlDatabase &database) -> Result<QByteArray> {
            Result<QByteArray> snapshot = readVersionSnapshot(database, name);
            if (!snapshot)
                return located(path, snapshot.error());
            return snapshot;
        });
}

Result<std::vector<QByteArray>> readCplanVersionSnapshots(const QString &path)
{
    return readRecordPart<std::vector<QByteArray>>(
        path, [] { return Result<std::vector<QByteArray>>(std::vector<QByteArray>{}); },
        [&path](QSqlDatabase &database) -> Result<std::vector<QByteArray>> {
            Result<std::vector<QByteArray>> snapshots = readVersionSnapshots(database);
            if (!snapshots)
                return located(path, snapshots.error());
            return snapshots;
        });
}

} // namespace cplan
