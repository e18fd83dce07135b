// MODEL.md §10 in the .cplan: sign-off and people round-trip, the history and versions are kept
// beside the plan, a save over the file it was read from appends (the rows already there are
// neither rewritten nor moved, the file is not replaced), a writer whose history is stale is
// refused with nothing written, and a file of the previous schema migrates with an empty history.

#include "models/history/CanonicalJson.h"
#include "models/storage/CplanFile.h"
#include "models/storage/CplanSchema.h"
#include "models/storage/CplanWriter.h"
#include "models/storage/PlanJson.h"
#include "support/PlanComparison.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ino_t inodeOf(const QString &path)
{
    struct stat info
    {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

Plan signedPlan()
{
    Plan plan = samplePlan();
    plan.scenarios[0].signoff = {
        SignoffState::Approved, u"Wang Fang"_s,           u"2026-12-01T09:00:00Z"_s, u"ok"_s,
        u"Wang Fang"_s,         u"2026-12-01T09:00:00Z"_s};
    plan.scenarios[1].signoff.state = SignoffState::Submitted;
    plan.scenarios[1].signoff.by = u"Li Wei"_s;
    plan.people = {{u"Li Wei"_s, PersonRole::Director},
                   {u"Wang Fang"_s, PersonRole::Finance},
                   {u"Zhao Min"_s, PersonRole::Pm}};
    return plan;
}

// `count` entries with made-up texts and hashes (storage does not check the chain).
std::vector<StoredEntry> entries(qint64 from, int count)
{
    std::vector<StoredEntry> rows;
    for (int i = 0; i < count; ++i) {
        const qint64 seq = from + i;
        rows.push_back({seq, QByteArray("{\"action\":\"edit ") + QByteArray::number(seq) + "\"}",
                        sha256Hex(QByteArray::number(seq))});
    }
    return rows;
}

VersionRow version(const QString &name, const Plan &plan)
{
    return {name,
            u"2026-12-02T10:00:00Z"_s,
            u"Li Wei"_s,
            u"board draft"_s,
            planContentHash(plan),
            canonicalJson(planContentJson(plan))};
}

bool sameRows(const std::vector<StoredEntry> &a, const std::vector<StoredEntry> &b,
              std::size_t count)
{
    if (a.size() < count || b.size() < count)
        return false;
    for (std::size_t i = 0; i < count; ++i) {
        if (a[i].seq != b[i].seq || a[i].canonical != b[i].canonical || a[i].hash != b[i].hash)
            return false;
    }
    return true;
}

} // namespace

class CplanHistoryStorageTest : public QObject
{
    Q_OBJECT

private slots:
    void signoffAndPeopleRoundTrip()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"p.cplan"_s);
        const Plan plan = signedPlan();
        QVERIFY(writeCplanFile(plan, path).ok());
        const Result<Plan> back = readCplanFile(path);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error()));
        QCOMPARE_PLANS(*back, plan);
        // And through the interchange JSON.
        const Result<Plan> json = readPlanJson(writePlanJson(plan));
        QVERIFY(json.ok());
        QVERIFY(*json == plan);
    }

    void recordIsKeptAndSavesAppendInPlace()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"p.cplan"_s);
        Plan plan = samplePlan();
        CplanUpdate first;
        first.plan = &plan;
        first.record.history = entries(1, 500);
        first.record.versions = {version(u"Board draft"_s, plan)};
        QVERIFY(saveCplanUpdate(first, path).ok());
        const Result<CplanContents> read = readCplanContents(path);
        QVERIFY(read.ok());
        QCOMPARE(read->record.history.size(), std::size_t(500));
        QVERIFY(sameRows(read->record.history, first.record.history, 500));
        QCOMPARE(read->record.versions.size(), std::size_t(1));
        QVERIFY(read->record.versions[0].snapshot.isEmpty()); // read when asked for
        const Result<QByteArray> snapshot = readCplanVersionSnapshot(path, u"Board draft"_s);
        QVERIFY(snapshot.ok());
        QCOMPARE(*snapshot, first.record.versions[0].snapshot);

        // One edit saved over the same file: written into it, not a new file renamed over it.
        const ino_t inode = inodeOf(path);
        plan.scenarios[0].budget = 25'000'000;
        CplanUpdate next;
        next.plan = &plan;
        next.basePath = path;
        next.baseHeadSeq = 500;
        next.baseHeadHash = first.record.history.back().hash;
        next.newHistory = entries(501, 1);
        next.newVersions = {version(u"After CFO"_s, plan)};
        const Status saved = saveCplanUpdate(next, path);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error()));
        QCOMPARE(inodeOf(path), inode);
        const Result<CplanContents> after = readCplanContents(path);
        QVERIFY(after.ok());
        QCOMPARE(after->plan.scenarios[0].budget, 25'000'000.0);
        QCOMPARE(after->record.history.size(), std::size_t(501));
        QVERIFY(sameRows(after->record.history, first.record.history, 500));
        QCOMPARE(after->record.versions.size(), std::size_t(2));
        QCOMPARE(after->record.versions[1].name, u"After CFO"_s);
    }

    void staleWriterIsRefusedWithNothingWritten()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"p.cplan"_s);
        Plan plan = samplePlan();
        CplanUpdate first;
        first.plan = &plan;
        first.record.history = entries(1, 3);
        QVERIFY(saveCplanUpdate(first, path).ok());
        // A second window read the file when it had 2 entries.
        const QByteArray before = bytesOf(path);
        plan.name = u"Changed"_s;
        CplanUpdate stale;
        stale.plan = &plan;
        stale.basePath = path;
        stale.baseHeadSeq = 2;
        stale.baseHeadHash = first.record.history[1].hash;
        stale.newHistory = entries(3, 1);
        const Status saved = saveCplanUpdate(stale, path);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(u"history changed since it was read"_s),
                 qPrintable(saved.error()));
        QCOMPARE(bytesOf(path), before);
    }

    void saveElsewhereCarriesTheRecord()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"p.cplan"_s);
        const QString other = folder.filePath(u"copy.cplan"_s);
        Plan plan = samplePlan();
        CplanUpdate first;
        first.plan = &plan;
        first.record.history = entries(1, 4);
        first.record.versions = {version(u"V1"_s, plan)};
        QVERIFY(saveCplanUpdate(first, path).ok());
        CplanUpdate moved;
        moved.plan = &plan;
        moved.basePath = path;
        moved.baseHeadSeq = 4;
        moved.baseHeadHash = first.record.history.back().hash;
        moved.newHistory = entries(5, 1);
        QVERIFY(saveCplanUpdate(moved, other).ok());
        const Result<CplanContents> read = readCplanContents(other);
        QVERIFY(read.ok());
        QCOMPARE(read->record.history.size(), std::size_t(5));
        QCOMPARE(read->record.versions.size(), std::size_t(1));
        QVERIFY(readCplanVersionSnapshot(other, u"V1"_s).ok());
        // The source is untouched.
        QCOMPARE(readCplanContents(path)->record.history.size(), std::size_t(4));
    }

    void previousSchemaMigratesWithAnEmptyHistory()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"old.cplan"_s);
        const Plan plan = samplePlan();
        QVERIFY(writeCplanDatabase(plan, path, historySchemaVersion() - 1,
                                   QDateTime::currentDateTimeUtc())
                    .ok());
        const QByteArray before = bytesOf(path);
        const Result<CplanContents> read = readCplanContents(path);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
        QVERIFY(read->record.history.empty());
        QVERIFY(read->record.versions.empty());
        for (const Scenario &scenario : read->plan.scenarios)
            QVERIFY(scenario.signoff.isDraft());
        QCOMPARE(bytesOf(path), before); // reading never changes the file
        // Its first save with a history entry brings it to this schema (by a new file).
        CplanUpdate update;
        update.plan = &read->plan;
        update.basePath = path;
        update.newHistory = entries(1, 1);
        const Status saved = saveCplanUpdate(update, path);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error()));
        const Result<CplanContents> after = readCplanContents(path);
        QVERIFY(after.ok());
        QCOMPARE(after->record.history.size(), std::size_t(1));
        QCOMPARE_PLANS(after->plan, plan);
    }

    void damagedSnapshotIsReportedNotUnpacked()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"p.cplan"_s);
        Plan plan = samplePlan();
        CplanUpdate first;
        first.plan = &plan;
        first.record.versions = {version(u"V1"_s, plan)};
        QVERIFY(saveCplanUpdate(first, path).ok());
        {
            const QString name = QUuid::createUuid().toString();
            {
                QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                database.setDatabaseName(path);
                QVERIFY(database.open());
                QVERIFY(QSqlQuery(database).exec(
                    u"UPDATE versions SET snapshot = x'7fffffff0102030405'"_s));
                database.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        const Result<QByteArray> snapshot = readCplanVersionSnapshot(path, u"V1"_s);
        QVERIFY(!snapshot.ok());
        QVERIFY2(snapshot.error().contains(u"V1"_s), qPrintable(snapshot.error()));
        QVERIFY(!readCplanVersionSnapshot(path, u"Nope"_s).ok());
    }
};

QTEST_GUILESS_MAIN(CplanHistoryStorageTest)
#include "CplanHistoryStorageTest.moc"
