#include "models/storage/CplanFile.h"

#include "models/domain/TextLimit.h"
#include "models/storage/CplanDiskFile.h"
#include "models/storage/CplanReader.h"
#include "models/storage/CplanRecord.h"
#include "models/storage/CplanSchema.h"
#include "models/storage/CplanWriter.h"
#include "models/storage/PlanJson.h"
#include "models/storage/PlanPaths.h"
#include "models/storage/SqlConnection.h"
#include "models/storage/SqlTransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <functional>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CplanFile)
};

// Messages start with the file's name, as everywhere in storage (PlanIo.cpp).
Error located(const QString &path, const QString &message)
{
    return Error{QFileInfo(path).fileName() + QStringLiteral(": ") + message};
}

// The fixed 100-byte header at the start of every SQLite file
// (https://www.sqlite.org/fileformat.html#the_database_header).
constexpr qint64 sqliteHeaderSize = 100;
const char sqliteMagic[] = "SQLite format 3";

// A rollback journal starts with these eight bytes, and its header is 28 bytes long
// (https://www.sqlite.org/fileformat.html#the_rollback_journal).
const char journalMagic[] = {'\xd9', '\xd5', '\x05', '\xf9', '\x20', '\xa1', '\x63', '\xd7'};
constexpr qint64 journalHeaderSize = 28;

struct SqliteHeader
{
    qint64 pageSize = 0;  // 0 when the header holds an impossible page size
    qint64 pageCount = 0; // 0 when the header's count is not valid (older writers)
    int writeVersion = 0; // 1 = rollback journal, 2 = write-ahead log
    int readVersion = 0;
    quint32 applicationId = 0;
    qint32 userVersion = 0;
};

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

SqliteHeader parseHeader(const QByteArray &head)
{
    SqliteHeader header;
    const quint32 rawPageSize = qFromBigEndian<quint16>(head.constData() + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0)
        header.pageSize = pageSize;
    header.writeVersion = static_cast<unsigned char>(head[18]);
    header.readVersion = static_cast<unsigned char>(head[19]);
    // The page count is valid only when "version-valid-for" matches the change counter.
    if (bigEndian32(head, 24) == bigEndian32(head, 92))
        header.pageCount = bigEndian32(head, 28);
    header.userVersion = static_cast<qint32>(bigEndian32(head, 60));
    header.applicationId = bigEndian32(head, 68);
    return header;
}

QString newerSchemaMessage(qint64 version)
{
    return Tr::tr("was made by a newer Campaign Planner (schema %1, this version reads up to %2)")
        .arg(version)
        .arg(cplanSchemaVersion());
}

QString foreignIdMessage(quint32 applicationId)
{
    return Tr::tr("not a Campaign Planner file (application id 0x%1)")
        .arg(QString::number(applicationId, 16));
}

// Checks made on the raw bytes before SQLite sees them (`size` bytes in all, `head` the first
// sqliteHeaderSize of them). They are cheap and each says what is wrong instead of SQLite's
// generic "file is not a database"; messages name `path`. On success `schemaVersion` is the
// file's schema.
Status checkHead(const QString &path, qint64 size, const QByteArray &head, int *schemaVersion)
{
    if (size == 0)
        return located(path, Tr::tr("is empty (0 bytes)"));
    if (!looksLikeSqlite(head))
        return located(path, Tr::tr("not a Campaign Planner file (not an SQLite database)"));
    if (head.size() < sqliteHeaderSize)
        return located(
            path, Tr::tr("is truncated (%1 of at least %2 bytes)").arg(size).arg(sqliteHeaderSize));

    const SqliteHeader header = parseHeader(head);
    if (header.applicationId != static_cast<quint32>(cplanApplicationId))
        return located(path, foreignIdMessage(header.applicationId));
    if (header.userVersion > cplanSchemaVersion())
        return located(path, newerSchemaMessage(header.userVersion));
    if (header.userVersion < 1)
        return located(path, Tr::tr("is damaged (it records no schema version)"));
    if (header.pageSize == 0)
        return located(path, Tr::tr("is damaged (its header is invalid)"));
    // SQLite files are whole pages; fewer bytes than the pages the header counts means the end
    // of the file is missing (an interrupted copy or download).
    const qint64 wholePages = (size + header.pageSize - 1) / header.pageSize * header.pageSize;
    const qint64 expectedSize = std::max(header.pageCount * header.pageSize, wholePages);
    if (size < expectedSize)
        return located(path, Tr::tr("is truncated (%1 of %2 bytes)").arg(size).arg(expectedSize));
    // A write-ahead-log file needs its -wal and -shm companions, which reading would create;
    // Campaign Planner always writes a rollback-journal file.
    if (header.writeVersion == 2 || header.readVersion == 2)
        return located(
            path, Tr::tr("is not a file Campaign Planner writes (it uses write-ahead logging)"));
    if (header.writeVersion != 1 || header.readVersion != 1)
        return located(path, Tr::tr("is damaged (its header is invalid)"));
    *schemaVersion = header.userVersion;
    return success();
}

// checkHead() on the file `path`, which must first be a regular file within the size cap: a
// device or a pipe would read without end. The file is not changed.
Status checkFileHead(const QString &path, int *schemaVersion)
{
    const Status readable = checkReadableFile(path, largestCplanFile);
    if (!readable)
        return Error{readable.error()};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return located(path, Tr::tr("cannot be read (%1)").arg(file.errorString()));
    const qint64 size = file.size();
    return checkHead(path, size, size == 0 ? QByteArray() : file.read(sqliteHeaderSize),
                     schemaVersion);
}

// Runs a PRAGMA that returns one value.
Result<QVariant> pragmaValue(QSqlDatabase &database, const QString &pragma)
{
    QSqlQuery query(database);
    if (!query.exec(pragma) || !query.next())
        return Error{query.lastError().databaseText()};
    return query.value(0);
}

// PRAGMA quick_check: the b-tree pages, cell sizes, NOT NULL and the like, without the full
// index cross-check (which would be slow on large files for no gain in safety).
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

// Copies at most `maxBytes` of `from` into the new file `to`, without syncing (a private copy).
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

// Keeps the previous version as `path.bak`: copied (so `path` never goes missing), synced, then
// renamed over the old backup in one step.
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

// Temporary files of saves that crashed. Called with the save lock held, so none of them
// belongs to a save in progress.
void removeCrashedSaves(const QString &targetPath)
{
    for (const QString &path : crashedSaveFiles(targetPath))
        QFile::remove(path);
}

// What a save killed half-way (SIGKILL, power loss) left beside `path`: its temporary files and
// its lock file. Cleared when the plan is next opened, not only at its next save (issue 21);
// only when no save holds the lock, and only the app's own files by their exact names.
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

QString journalPath(const QString &path)
{
    return path + QStringLiteral("-journal");
}

// A rollback journal SQLite would call hot: a regular file beside the database that starts with
// a journal header (a zeroed or missing header means the transaction was finished).
bool hasHotJournal(const QString &path)
{
    const QFileInfo info(journalPath(path));
    if (!info.isFile() || info.size() < journalHeaderSize || info.size() > largestCplanFile)
        return false;
    QFile journal(info.filePath());
    if (!journal.open(QIODevice::ReadOnly))
        return false;
    return journal.read(sizeof journalMagic) == QByteArray(journalMagic, sizeof journalMagic);
}

} // namespace

bool looksLikeSqlite(const QByteArray &head)
{
    // "SQLite format 3" and its terminating zero byte.
    return head.size() >= qsizetype(sizeof sqliteMagic) &&
           head.startsWith(QByteArrayView(sqliteMagic, sizeof sqliteMagic));
}

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

namespace {

// A private copy of the .cplan `path` (and, `withJournal`, of the journal beside it) named `name`
// in `folder`, for reading without touching the user's file. The error names `path`.
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

} // namespace

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

Status writeCplanFile(const Plan &plan, const QString &path)
{
    CplanUpdate update;
    update.plan = &plan;
    return saveCplanUpdate(update, path);
}

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
