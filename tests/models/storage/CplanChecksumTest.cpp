// Issue 21, A.11 and MODEL.md §10 "Checksum": a .cplan keeps the SHA-256 of its canonical plan
// content in its meta table, and a file whose content no longer matches is refused as damaged —
// a flipped byte in a name or a number is never shown as if the file were fine.

#include "CplanTestFiles.h"
#include "models/history/CanonicalJson.h"
#include "models/storage/CplanFile.h"
#include "models/storage/CplanWriter.h"
#include "models/storage/PlanJson.h"
#include "support/PlanComparison.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Runs one statement on the file as another program would.
bool runSql(const QString &path, const QString &statement)
{
    const QString name = QUuid::createUuid().toString();
    bool ran = false;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        database.setDatabaseName(path);
        if (database.open()) {
            QSqlQuery query(database);
            ran = query.exec(statement);
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ran;
}

// Where `needle` starts in `haystack`, every occurrence.
QList<qsizetype> positionsOf(const QByteArray &haystack, const QByteArray &needle)
{
    QList<qsizetype> found;
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
        found << at;
    return found;
}

} // namespace

class CplanChecksumTest : public QObject
{
    Q_OBJECT

private slots:
    void savedFileCarriesTheContentHash();
    void changedNameIsReportedAsDamaged();
    void fileWithoutChecksumOpensAndGetsOneOnSave();
    void flippedBytesNeverOpenAsChangedContent();
    void awkwardTextStillOpens();
};

void CplanChecksumTest::savedFileCarriesTheContentHash()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"plan.cplan"_s);
    const Plan plan = test::everyOptionalPlan();
    QVERIFY(writeCplanFile(plan, path).ok());
    const QString name = QUuid::createUuid().toString();
    QString stored;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        database.setDatabaseName(path);
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(u"SELECT value FROM meta WHERE key = 'content_sha256'"_s));
        QVERIFY(query.next());
        stored = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    // The contract: SHA-256 of the RFC 8785 form of the interchange JSON's "plan" object.
    QCOMPARE(stored, sha256Hex(canonicalJson(planContentJson(plan))));
    QCOMPARE(stored.size(), 64);
    QCOMPARE_PLANS(*readCplanFile(path), plan);
}

void CplanChecksumTest::changedNameIsReportedAsDamaged()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"plan.cplan"_s);
    QVERIFY(writeCplanFile(test::everyOptionalPlan(), path).ok());
    // Another program changes a number without knowing of the checksum.
    QVERIFY(runSql(path, u"UPDATE plan SET name = 'Every optionaL'"_s));
    Result<Plan> read = readCplanFile(path);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().startsWith(u"plan.cplan: is damaged"_s), qPrintable(read.error()));
    QVERIFY2(read.error().contains(u"SHA-256 of the plan content"_s), qPrintable(read.error()));
    QVERIFY2(!read.error().contains(u".bak"_s), qPrintable(read.error()));
    // With a previous save beside it, the message points to it.
    QVERIFY(QFile::copy(path, path + u".bak"_s));
    read = readCplanFile(path);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(u"the previous save is kept as plan.cplan.bak"_s),
             qPrintable(read.error()));
}

void CplanChecksumTest::fileWithoutChecksumOpensAndGetsOneOnSave()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"plan.cplan"_s);
    const Plan plan = test::everyOptionalPlan();
    QVERIFY(writeCplanFile(plan, path).ok());
    // As a build from before the checksum wrote it.
    QVERIFY(runSql(path, u"DELETE FROM meta WHERE key = 'content_sha256'"_s));
    const Result<Plan> read = readCplanFile(path);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
    QCOMPARE_PLANS(*read, plan);
    QVERIFY(writeCplanFile(*read, path).ok());
    QVERIFY(runSql(path, u"UPDATE plan SET name = 'Changed'"_s));
    QVERIFY(!readCplanFile(path).ok());
}

void CplanChecksumTest::flippedBytesNeverOpenAsChangedContent()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"plan.cplan"_s);
    const Plan plan = test::everyOptionalPlan();
    QVERIFY(writeCplanFile(plan, path).ok());
    const QByteArray original = bytesOf(path);
    QVERIFY(!original.isEmpty());

    // 500 damaged copies: every byte of the plan's name and of a stage name (text a flip turns
    // into other valid text), then positions spread over the file by a fixed seed.
    QList<qsizetype> positions;
    for (const QByteArray &text : {QByteArray("Every optional"), QByteArray("Accounts")}) {
        for (const qsizetype start : positionsOf(original, text)) {
            for (qsizetype i = 0; i < text.size(); ++i)
                positions << start + i;
        }
    }
    QVERIFY(positions.size() >= 22);
    QRandomGenerator random(20261206);
    while (positions.size() < 500)
        positions << qsizetype(random.bounded(quint32(original.size())));

    const QString copy = folder.filePath(u"copy.cplan"_s);
    int openedChanged = 0;
    int refused = 0;
    QStringList changedAt;
    for (const qsizetype position : positions) {
        QByteArray damaged = original;
        // A flip of one bit, or of a whole byte; never a no-op.
        const auto mask = static_cast<char>(1u << random.bounded(8u));
        damaged[position] = char(damaged[position] ^ (random.bounded(2u) ? mask : char(0xFF)));
        QVERIFY(writeBytes(copy, damaged));
        const Result<Plan> read = readCplanFile(copy);
        if (!read.ok()) {
            ++refused;
            continue;
        }
        if (!(*read == plan)) {
            ++openedChanged;
            changedAt << QString::number(position);
        }
    }
    qInfo("%lld damaged copies: %d refused, %d opened unchanged, %d opened changed",
          qlonglong(positions.size()), refused, int(positions.size()) - refused - openedChanged,
          openedChanged);
    QVERIFY2(openedChanged == 0, qPrintable(u"opened with changed content, flipped at byte "_s +
                                            changedAt.join(u", "_s)));
    QVERIFY(refused > 0);
}

void CplanChecksumTest::awkwardTextStillOpens()
{
    // Text that does not survive the trip through SQLite unchanged must not make the program's
    // own files look damaged: the checksum is of what the file holds. (A checksum of the plan as
    // given refused the first of these as damaged.)
    QTemporaryDir folder;
    const QString path = folder.filePath(u"plan.cplan"_s);
    const QChar lone[] = {QChar(0xD800)};
    const QChar nul[] = {u'a', QChar(0), u'b'};
    for (const QString &text : {QString(lone, 1) + u"x"_s, QString(nul, 3), u"\uffff\ufffe"_s,
                                QString::fromUtf8("\xf0\x9f\x98\x80 \x01\x1f\x7f")}) {
        Plan plan = test::everyOptionalPlan();
        plan.channels[1].group = text;
        QVERIFY(writeCplanFile(plan, path).ok());
        const Result<Plan> read = readCplanFile(path);
        // (A lone surrogate and U+FFFF come back as other characters, as they always did.)
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
    }
}

QTEST_GUILESS_MAIN(CplanChecksumTest)
#include "CplanChecksumTest.moc"
