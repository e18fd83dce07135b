// Reading a .cplan: the checks of the open database (application id, schema, SQLite's quick
// check, the layout, the content checksum), the migration of an older schema, and the plan read
// from a private copy of the file (rolling back a hot journal when that restores it) or from
// bytes held in memory.

#include "models/storage/CplanFile.h"

#include "models/storage/CplanFileParts.h"
#include "models/storage/CplanReader.h"
#include "models/storage/CplanRecord.h"
#include "models/storage/CplanSchema.h"
#include "models/storage/CplanWriter.h"
#include "models/storage/PlanJson.h"
#include "models/storage/PlanPaths.h"
#include "models/storage/SqlConnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstring>

namespace cplan {

namespace cplanfile {

Error located(const QString &path, const QString &message)
{
    return Error{QFileInfo(path).fileName() + QStringLiteral(": ") + message};
}

Result<QVariant> pragmaValue(QSqlDatabase &database, const QString &pragma)
{
    QSqlQuery query(database);
    if (!query.exec(pragma) || !query.next())
        return Error{query.lastError().databaseText()};
    return query.value(0);
}

Status quickCheckOf(QSqlDatabase &database, const QString &statement)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(statement))
        return Error{query.lastError().databaseText()};
    if (!query.next())
        return Error{query.lastError().isValid() ? query.lastError().databaseText()
                                                 : Tr::tr("no answer")};
    const QString first = query.value(0).toString();
    if (first != QLatin1String("ok"))
        return Error{first.left(200)};
    return success();
}

Result<QString> privateCopyOf(const QString &path, const QTemporaryDir &folder, const QString &name,
                              bool withJournal)
{
    const QString copyPath = folder.filePath(name);
    QString error;
    if (!copyFile(path, copyPath, largestCplanFile, &error) ||
        (withJournal && !copyFile(journalPath(path), copyPath + QStringLiteral("-journal"),
                                  largestCplanFile, &error)))
        return located(path, Tr::tr("cannot be read (%1)").arg(error));
    QFile::setPermissions(copyPath, QFile::ReadOwner | QFile::WriteOwner);
    return copyPath;
}

} // namespace cplanfile

using namespace cplanfile;

namespace {

// SQLite's structural check of the tables a plan is read from. The audit trail and the versions
// (MODEL.md §10), which can be most of a file, are checked by their own hashes when they are
// read (the history chain in the background after opening, a version's content hash when it is
// viewed), so opening a plan with 100,000 entries does not scan them all first.
Status quickCheck(QSqlDatabase &database)
{
    QSqlQuery tables(database);
    tables.setForwardOnly(true);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'")))
        return Error{tables.lastError().databaseText()};
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    if (!names.contains(QLatin1String("history")))
        return quickCheckOf(database, QStringLiteral("PRAGMA quick_check"));
    for (const QString &name : names) {
        if (name == QLatin1String("history") || name == QLatin1String("versions"))
            continue;
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        const Status checked =
            quickCheckOf(database, QStringLiteral("PRAGMA quick_check(\"%1\")").arg(quoted));
        if (!checked)
            return checked;
    }
    return success();
}

// What the content checksum of a file said; Absent also when reading stopped before it.
enum class ContentCheck
{
    Absent,
    Verified,
    Mismatched
};

// A damaged file's message points to the previous save, when there is one.
QString backupHint(const QString &path)
{
    const QFileInfo backup(path + QStringLiteral(".bak"));
    if (!backup.isFile())
        return {};
    return Tr::tr("; the previous save is kept as %1").arg(backup.fileName());
}

// The content checksum of MODEL.md §10: SQLite's own checks see a broken page, not a changed
// byte inside a name or a number; this does. A file written before the checksum existed has
// none and gets one at its next save.
Status checkContentHash(QSqlDatabase &database, const Plan &plan, ContentCheck *checked)
{
    *checked = ContentCheck::Absent;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                                   "name = 'meta'")))
        return Error{Tr::tr("is damaged (%1)").arg(query.lastError().databaseText())};
    if (!query.next())
        return success();
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(QLatin1String(cplanContentHashKey));
    if (!query.exec())
        return Error{Tr::tr("is damaged (%1)").arg(query.lastError().databaseText())};
    if (!query.next())
        return success();
    const QString stored = query.value(0).toString();
    *checked = ContentCheck::Mismatched;
    if (stored != planContentHash(plan))
        return Error{Tr::tr("is damaged: the plan it holds does not match the checksum saved with "
                            "it (SHA-256 of the plan content), so a name or a number in it has "
                            "changed since it was saved")};
    *checked = ContentCheck::Verified;
    return success();
}

// What readDatabase() (below) does once the database is open: every check, the migration of an
// older schema, the plan, the content checksum and, when asked, the record. Shared by the file
// reader and the reader of a file held in memory (readCplanBytes()).
Result<Plan> readOpenDatabase(const QString &path, QSqlDatabase &database, int fileVersion,
                              ContentCheck *contentCheck, PlanRecord *record, HistoryPart part)
{
    {
        // Before anything reads the schema: functions with side effects may not run from
        // anything the file defines (views, triggers, defaults, generated columns).
        QSqlQuery pragma(database);
        for (const QString &statement : {QStringLiteral("PRAGMA trusted_schema = OFF"),
                                         QStringLiteral("PRAGMA cell_size_check = ON")}) {
            if (!pragma.exec(statement))
                return located(
                    path, Tr::tr("cannot be opened (%1)").arg(pragma.lastError().databaseText()));
        }
    }
    const Result<QVariant> applicationId =
        pragmaValue(database, QStringLiteral("PRAGMA application_id"));
    if (!applicationId)
        return located(path, Tr::tr("is damaged (%1)").arg(applicationId.error()));
    if (applicationId->toLongLong() != cplanApplicationId)
        return located(path, foreignIdMessage(static_cast<quint32>(applicationId->toLongLong())));
    const Result<QVariant> userVersion =
        pragmaValue(database, QStringLiteral("PRAGMA user_version"));
    if (!userVersion)
        return located(path, Tr::tr("is damaged (%1)").arg(userVersion.error()));
    if (userVersion->toLongLong() > cplanSchemaVersion())
        return located(path, newerSchemaMessage(userVersion->toLongLong()));
    if (userVersion->toLongLong() != fileVersion)
        return located(path, Tr::tr("changed while it was being read"));

    const Status checked = quickCheck(database);
    if (!checked)
        return located(
            path, Tr::tr("is damaged (it fails the integrity check: %1)").arg(checked.error()));
    const Status schema = checkCplanSchema(database, fileVersion);
    if (!schema)
        return located(path, schema.error());
    if (fileVersion < cplanSchemaVersion()) {
        const Status migrated = migrateCplanSchema(database, fileVersion, cplanSchemaVersion());
        if (!migrated)
            return located(path, Tr::tr("cannot be brought up to date (%1)").arg(migrated.error()));
    }
    Result<Plan> plan = readPlanTables(database);
    if (!plan)
        return located(path, Tr::tr("is damaged (%1)").arg(plan.error()));
    const Status matches = checkContentHash(database, *plan, contentCheck);
    if (!matches)
        return located(path, matches.error());
    if (record) {
        Result<PlanRecord> read = readPlanRecord(database, part);
        if (!read)
            return located(path, Tr::tr("is damaged (%1)").arg(read.error()));
        *record = std::move(*read);
    }
    return plan;
}

// Opens `fileName` (the user's file, or a temporary copy of an older one) and reads the plan;
// messages name `path`, the file the user chose. `fileVersion` is the schema the header
// records; a file older than this build is migrated, which `writable` must then allow (and so
// must rolling back a journal beside `fileName`). `contentCheck` tells what the content checksum
// said (a mismatch is also an error).
Result<Plan> readDatabase(const QString &path, const QString &fileName, int fileVersion,
                          bool writable, ContentCheck *contentCheck, PlanRecord *record,
                          HistoryPart part)
{
    SqlConnection connection(fileName);
    if (!connection.open(writable ? QString() : QStringLiteral("QSQLITE_OPEN_READONLY")))
        return located(path, Tr::tr("cannot be opened (%1)").arg(connection.errorText()));
    Result<Plan> plan =
        readOpenDatabase(path, connection.database(), fileVersion, contentCheck, record, part);
    if (!plan && *contentCheck == ContentCheck::Mismatched)
        return Error{plan.error() + backupHint(path)};
    return plan;
}

} // namespace

Result<Plan> readCplanFile(const QString &path)
{
    Result<CplanContents> contents = readCplanContents(path, false);
    if (!contents)
        return Error{contents.error()};
    return std::move(contents->plan);
}

namespace {

// The sqlite3 connection under a QSQLITE connection, or null when the driver does not use the
// SQLite library linked here (its sqlite_source_id() differs: a driver with its own copy of
// SQLite, whose handle the functions here must not be given). Checked once per process.
sqlite3 *sqliteHandle(QSqlDatabase &database)
{
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return nullptr;
    static const bool sameLibrary = [&database] {
        QSqlQuery query(database);
        return query.exec(QStringLiteral("SELECT sqlite_source_id()")) && query.next() &&
               query.value(0).toString() == QLatin1String(sqlite3_sourceid());
    }();
    return sameLibrary ? connection : nullptr;
}

} // namespace

Result<Plan> readCplanBytes(const QByteArray &bytes, const QString &name)
{
    if (bytes.size() > largestCplanFile)
        return located(name,
                       QCoreApplication::translate(
                           "PlanPaths", "is too large to be a plan (%1 bytes; the limit is %2)")
                           .arg(bytes.size())
                           .arg(largestCplanFile));
    int version = 0;
    const Status head =
        checkHead(name, bytes.size(), bytes.left(qsizetype(sqliteHeaderSize)), &version);
    if (!head)
        return Error{head.error()};

    SqlConnection connection(QStringLiteral(":memory:"));
    if (!connection.open())
        return located(name, Tr::tr("cannot be opened (%1)").arg(connection.errorText()));
    sqlite3 *handle = sqliteHandle(connection.database());
    if (!handle)
        return located(name, Tr::tr("cannot be read from memory (Qt's SQLite driver does not use "
                                    "the SQLite library this program was built with)"));
    // SQLite owns the copy from here (freed when the connection closes, or on failure); a file
    // of an older schema is migrated in it, so it may grow.
    const auto size = static_cast<sqlite3_uint64>(bytes.size());
    auto *copy = static_cast<unsigned char *>(sqlite3_malloc64(size));
    if (!copy)
        return located(
            name,
            Tr::tr("cannot be read (%1)").arg(QString::fromUtf8(sqlite3_errstr(SQLITE_NOMEM))));
    std::memcpy(copy, bytes.constData(), size);
    const bool migrates = version < cplanSchemaVersion();
    const unsigned flags = SQLITE_DESERIALIZE_FREEONCLOSE |
                           (migrates ? SQLITE_DESERIALIZE_RESIZEABLE : SQLITE_DESERIALIZE_READONLY);
    const int status =
        sqlite3_deserialize(handle, "main", copy, sqlite3_int64(size), sqlite3_int64(size), flags);
    if (status != SQLITE_OK)
        return located(
            name, Tr::tr("cannot be opened (%1)").arg(QString::fromUtf8(sqlite3_errstr(status))));
    ContentCheck checked = ContentCheck::Absent;
    return readOpenDatabase(name, connection.database(), version, &checked, nullptr,
                            HistoryPart::All);
}

Result<CplanContents> readCplanContents(const QString &path, bool withRecord, HistoryPart part)
{
    removeCrashedSaveLeftovers(path);
    int version = 0;
    const Status head = checkFileHead(path, &version);
    if (!head)
        return Error{head.error()};

    // Always read a private copy. SQLite treats a `-wal` or `-journal` beside a database as part
    // of it: one copied there by another program (or left by one) would be merged into the plan,
    // and reading in place leaves a `-shm` behind or rolls a journal back into the user's file.
    // The copy also lets an older schema be migrated without changing the user's file.
    QTemporaryDir folder;
    if (!folder.isValid())
        return located(
            path, Tr::tr("cannot be read (no temporary folder: %1)").arg(folder.errorString()));
    const bool migrates = version < cplanSchemaVersion();
    const Result<QString> alone =
        privateCopyOf(path, folder, QStringLiteral("reading.cplan"), false);
    if (!alone)
        return Error{alone.error()};
    CplanContents contents;
    PlanRecord *record = withRecord ? &contents.record : nullptr;
    const auto withPlan = [&contents](Result<Plan> &read) -> Result<CplanContents> {
        if (!read)
            return Error{read.error()};
        contents.plan = std::move(*read);
        return std::move(contents);
    };
    ContentCheck checked = ContentCheck::Absent;
    Result<Plan> plan = readDatabase(path, *alone, version, migrates, &checked, record, part);
    if (checked == ContentCheck::Verified || !hasHotJournal(path))
        return withPlan(plan);

    // A hot rollback journal beside the file: another SQLite program stopped in the middle of a
    // transaction, and the file may hold half of it (issue 21, A.8). SQLite rolls such a journal
    // back before anything reads the file; so do we, on a private copy. But SQLite cannot tell
    // its own journal from one that belongs to another file (copied or left there), and applying
    // that one would graft another plan's pages onto this one (issue 14). The content checksum
    // tells them apart: the file alone did not verify, so the journal is taken when the
    // rolled-back copy verifies — or, for a file from before checksums, when it gives a sound
    // plan, as SQLite itself would.
    const Result<QString> withJournal =
        privateCopyOf(path, folder, QStringLiteral("rolled-back.cplan"), true);
    if (!withJournal)
        return Error{withJournal.error()};
    ContentCheck rolledBackChecked = ContentCheck::Absent;
    PlanRecord rolledBackRecord;
    Result<Plan> rolledBack = readDatabase(path, *withJournal, version, true, &rolledBackChecked,
                                           withRecord ? &rolledBackRecord : nullptr, part);
    if (rolledBack &&
        (rolledBackChecked == ContentCheck::Verified ||
         (checked == ContentCheck::Absent && rolledBackChecked == ContentCheck::Absent))) {
        contents.record = std::move(rolledBackRecord);
        return withPlan(rolledBack);
    }
    if (plan)
        return withPlan(plan); // no checksum, and the journal makes no sound plan of it
    return Error{plan.error() +
                 Tr::tr("; the unfinished change of another program in %1 does not restore it "
                        "either")
                     .arg(QFileInfo(journalPath(path)).fileName())};
}

} // namespace cplan
