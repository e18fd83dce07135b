#include "models/storage/CplanRecord.h"

#include "models/storage/CplanRowReader.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CplanRecord)
};

// A snapshot is stored compressed; a hostile file cannot make one claim more than the cap of a
// plan's JSON when it is unpacked.
constexpr qsizetype largestSnapshot = qsizetype(64) * 1024 * 1024;

Result<QByteArray> unpackSnapshot(const QByteArray &packed, const QString &name)
{
    if (packed.size() < 4)
        return Error{Tr::tr("versions (\"%1\"): snapshot is damaged").arg(name)};
    const quint32 size = (quint32(quint8(packed[0])) << 24) | (quint32(quint8(packed[1])) << 16) |
                         (quint32(quint8(packed[2])) << 8) | quint32(quint8(packed[3]));
    if (size > quint32(largestSnapshot))
        return Error{Tr::tr("versions (\"%1\"): snapshot is too large").arg(name)};
    QByteArray json = qUncompress(packed);
    if (json.isEmpty())
        return Error{Tr::tr("versions (\"%1\"): snapshot is damaged").arg(name)};
    return json;
}

} // namespace

Result<PlanRecord> readPlanRecord(QSqlDatabase &database, HistoryPart part)
{
    PlanRecord record;
    QString error = forEachRow(
        database, QStringLiteral("history"),
        part == HistoryPart::All
            ? QStringLiteral("SELECT seq, entry, hash FROM history ORDER BY seq")
            : QStringLiteral("SELECT seq, entry, hash FROM history ORDER BY seq DESC LIMIT 1"),
        [&](CplanRowReader &row) {
            StoredEntry entry;
            entry.seq = row.integer(0);
            entry.canonical = row.text(1).toUtf8();
            entry.hash = row.text(2);
            if (!row.failed())
                record.history.push_back(std::move(entry));
        });
    if (error.isEmpty())
        error = forEachRow(
            database, QStringLiteral("versions"),
            QStringLiteral("SELECT position, name, at, author, comment, "
                           "content_hash FROM versions ORDER BY position"),
            [&](CplanRowReader &row) {
                const auto keys = row.readKeys(1);
                if (!row.expectPosition(0, keys[0], static_cast<qint64>(record.versions.size())))
                    return;
                VersionRow version;
                version.name = row.text(1);
                version.at = row.text(2);
                version.author = row.text(3);
                version.comment = row.text(4);
                version.contentHash = row.text(5);
                if (!row.failed())
                    record.versions.push_back(std::move(version));
            });
    if (!error.isEmpty())
        return Error{error};
    QSqlQuery head(database);
    head.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    head.addBindValue(QLatin1String(historyHeadKey));
    if (head.exec() && head.next()) {
        const QStringList parts = head.value(0).toString().split(QLatin1Char(' '));
        bool number = false;
        const qint64 seq = parts.value(0).toLongLong(&number);
        record.recordedHeadSeq = number ? seq : -2; // -2: named, but not readable
        record.recordedHeadHash = parts.value(1);
    }
    return record;
}

Status writeHistoryHead(QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT seq, hash FROM history ORDER BY seq DESC LIMIT 1")))
        return Error{QStringLiteral("history: ") + query.lastError().databaseText()};
    const QString head =
        query.next() ? query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString()
                     : QStringLiteral("0 ");
    QSqlQuery write(database);
    write.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    write.addBindValue(QLatin1String(historyHeadKey));
    write.addBindValue(head);
    if (!write.exec())
        return Error{QStringLiteral("meta: ") + write.lastError().databaseText()};
    return success();
}

Result<QByteArray> readVersionSnapshot(QSqlDatabase &database, const QString &name)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT snapshot FROM versions WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return Error{QStringLiteral("versions: ") + query.lastError().databaseText()};
    if (!query.next())
        return Error{Tr::tr("has no version named \"%1\"").arg(name)};
    return unpackSnapshot(query.value(0).toByteArray(), name);
}

Result<std::vector<QByteArray>> readVersionSnapshots(QSqlDatabase &database)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name, snapshot FROM versions ORDER BY position")))
        return Error{QStringLiteral("versions: ") + query.lastError().databaseText()};
    std::vector<QByteArray> snapshots;
    while (query.next()) {
        Result<QByteArray> json =
            unpackSnapshot(query.value(1).toByteArray(), query.value(0).toString());
        if (!json)
            return Error{json.error()};
        snapshots.push_back(std::move(*json));
    }
    return snapshots;
}

Status appendPlanRecord(QSqlDatabase &database, const std::vector<StoredEntry> &history,
                        const std::vector<VersionRow> &versions)
{
    if (!history.empty()) {
        QSqlQuery insert(database);
        insert.prepare(QStringLiteral("INSERT INTO history (seq, entry, hash) VALUES (?, ?, ?)"));
        for (const StoredEntry &row : history) {
            insert.addBindValue(row.seq);
            insert.addBindValue(QString::fromUtf8(row.canonical));
            insert.addBindValue(row.hash);
            if (!insert.exec())
                return Error{Tr::tr("history (seq %1): %2")
                                 .arg(row.seq)
                                 .arg(insert.lastError().databaseText())};
        }
    }
    if (versions.empty())
        return success();
    QSqlQuery count(database);
    if (!count.exec(QStringLiteral("SELECT count(*) FROM versions")) || !count.next())
        return Error{QStringLiteral("versions: ") + count.lastError().databaseText()};
    qint64 position = count.value(0).toLongLong();
    QSqlQuery insert(database);
    insert.prepare(QStringLiteral("INSERT INTO versions (position, name, at, author, comment, "
                                  "content_hash, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const auto text = [](const QString &value) {
        return value.isNull() ? QString(QLatin1String("")) : value;
    };
    for (const VersionRow &version : versions) {
        if (version.snapshot.isEmpty())
            return Error{Tr::tr("versions (\"%1\"): the snapshot is missing").arg(version.name)};
        insert.addBindValue(position++);
        for (const QString *value :
             {&version.name, &version.at, &version.author, &version.comment, &version.contentHash})
            insert.addBindValue(text(*value));
        insert.addBindValue(qCompress(version.snapshot, 6));
        if (!insert.exec())
            return Error{Tr::tr("versions (\"%1\"): %2")
                             .arg(version.name, insert.lastError().databaseText())};
    }
    return success();
}

} // namespace cplan
