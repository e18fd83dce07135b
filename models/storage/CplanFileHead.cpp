// The raw bytes of a .cplan before SQLite sees them: the 100-byte SQLite header (application id,
// schema version, page size and count, journal mode) and a hot rollback journal beside the file.

#include "models/storage/CplanFileParts.h"

#include "models/storage/PlanPaths.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>

namespace cplan {

namespace cplanfile {

namespace {

// The SQLite header (sqliteHeaderSize bytes) starts with this text and a zero byte.
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

} // namespace

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

QString journalPath(const QString &path)
{
    return path + QStringLiteral("-journal");
}

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

} // namespace cplanfile

using namespace cplanfile;

bool looksLikeSqlite(const QByteArray &head)
{
    // "SQLite format 3" and its terminating zero byte.
    return head.size() >= qsizetype(sizeof sqliteMagic) &&
           head.startsWith(QByteArrayView(sqliteMagic, sizeof sqliteMagic));
}

} // namespace cplan
