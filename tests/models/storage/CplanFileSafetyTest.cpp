// Issue 14, items 1, 2 and 4: journals beside a plan, two saves at once, devices and pipes.

#include "models/storage/CplanFile.h"
#include "models/storage/PlanIo.h"
#include "models/storage/PlanJson.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <thread>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

Plan namedPlan(const QString &name)
{
    Plan plan = samplePlan();
    plan.name = name;
    return plan;
}

// Runs statements on a raw SQLite connection, the way another program would.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
        : m_name(QUuid::createUuid().toString()),
          m_database(QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name))
    {
        m_database.setDatabaseName(path);
        m_database.open();
    }
    ~RawDatabase()
    {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &statement)
    {
        QSqlQuery query(m_database);
        return query.exec(statement);
    }

private:
    QString m_name;
    QSqlDatabase m_database;
};

QStringList companions(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFile::exists(path + QLatin1String(suffix)))
            found << QLatin1String(suffix);
    }
    return found;
}

} // namespace

class CplanFileSafetyTest : public QObject
{
    Q_OBJECT

private slots:
    void foreignWalIsNotMerged();
    void hotJournalBesideThePlanIsNotApplied();
    void hotJournalOfThePlanIsRolledBack();
    void hotJournalOfAFileWithoutChecksumIsRolledBack();
    void saveLeavesNoCompanionsOfTheOldFile();
    void secondWriterFailsClearlyWhileTheFirstHoldsTheLock();
    void concurrentSavesNeverKeepAHalfWrittenFile();
    void crashedSaveLeftoversAreCleared();
    void usersFilesBesideThePlanSurviveASave();
    void killedSaveLeftoversAreClearedAtTheNextOpen();
    void devicesAndPipesAreRefused();
    void hugeFilesAreRefused();
    void hugeTextInACplanIsRefused();
};

void CplanFileSafetyTest::foreignWalIsNotMerged()
{
    QTemporaryDir folder;
    const QString plan = folder.filePath(u"plan.cplan"_s);
    const QString other = folder.filePath(u"other.cplan"_s);
    QVERIFY(writeCplanFile(namedPlan(u"Original"_s), plan).ok());
    QVERIFY(QFile::copy(plan, other));
    {
        // Another program changes a copy in write-ahead-log mode and leaves the change in its
        // -wal; that -wal is then copied beside the plan.
        RawDatabase database(other);
        QVERIFY(database.exec(u"PRAGMA journal_mode=WAL"_s));
        QVERIFY(database.exec(u"PRAGMA wal_autocheckpoint=0"_s));
        QVERIFY(database.exec(u"UPDATE plan SET name = 'Changed by a stray journal'"_s));
        QVERIFY(QFile::copy(other + u"-wal"_s, plan + u"-wal"_s));
    }
    const Result<Plan> read = readCplanFile(plan);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
    QCOMPARE(read->name, u"Original"_s);
    // Reading left nothing beside the file (SQLite would have created a -shm).
    QVERIFY(!QFile::exists(plan + u"-shm"_s));

    // A save leaves no journal of the old file behind: the next read shows what was saved.
    QVERIFY(writeCplanFile(namedPlan(u"Saved"_s), plan).ok());
    QCOMPARE(companions(plan), QStringList());
    QCOMPARE(readCplanFile(plan)->name, u"Saved"_s);
}

void CplanFileSafetyTest::hotJournalBesideThePlanIsNotApplied()
{
    QTemporaryDir folder;
    const QString plan = folder.filePath(u"plan.cplan"_s);
    QVERIFY(writeCplanFile(namedPlan(u"Original"_s), plan).ok());
    // A hot rollback journal of another database, as an interrupted write leaves it: taken
    // in the middle of a transaction, it holds that database's pages from before it.
    const QString other = folder.filePath(u"other.cplan"_s);
    QVERIFY(QFile::copy(plan, other));
    {
        RawDatabase database(other);
        QVERIFY(database.exec(u"UPDATE plan SET name = 'From a stray journal'"_s));
        QVERIFY(database.exec(u"PRAGMA cache_size = 1"_s));
        QVERIFY(database.exec(u"BEGIN"_s));
        QVERIFY(database.exec(u"UPDATE plan SET name = 'Uncommitted'"_s));
        QVERIFY(database.exec(u"UPDATE scenarios SET budget = budget + 1"_s));
        QVERIFY(QFile::exists(other + u"-journal"_s));
        QVERIFY(QFile::copy(other + u"-journal"_s, plan + u"-journal"_s));
        QVERIFY(database.exec(u"ROLLBACK"_s));
    }
    QFile::setPermissions(plan, QFile::ReadOwner | QFile::ReadUser);
    const Result<Plan> read = readCplanFile(plan);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
    QCOMPARE(read->name, u"Original"_s);
    QVERIFY(QFile::exists(plan + u"-journal"_s)); // not ours to remove on reading
}

// Issue 21, A.8: another SQLite program stopped in the middle of a transaction on the plan
// itself. Its file holds half of the change (pages written before the commit) and its hot
// journal the pages from before; SQLite rolls the journal back, and so must we.
namespace {

// The plan and its journal as a crash in the middle of `statements` leaves them, copied into
// `crashed` (the live transaction is rolled back afterwards). False when the half-transaction
// did not reach the file, which would make the test meaningless.
bool crashMidTransaction(const QString &plan, const QString &crashed, const QStringList &statements)
{
    const QByteArray before = [&] {
        QFile file(plan);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    RawDatabase database(plan);
    // A one-page cache makes SQLite write changed pages into the file before the commit.
    if (!database.exec(u"PRAGMA cache_size = 1"_s) || !database.exec(u"BEGIN"_s))
        return false;
    for (const QString &statement : statements) {
        if (!database.exec(statement))
            return false;
    }
    if (!QFile::copy(plan, crashed) || !QFile::copy(plan + u"-journal"_s, crashed + u"-journal"_s))
        return false;
    database.exec(u"ROLLBACK"_s);
    QFile file(crashed);
    return file.open(QIODevice::ReadOnly) && file.readAll() != before;
}

} // namespace

void CplanFileSafetyTest::hotJournalOfThePlanIsRolledBack()
{
    QTemporaryDir folder;
    const QString plan = folder.filePath(u"plan.cplan"_s);
    const Plan original = samplePlan();
    QVERIFY(writeCplanFile(original, plan).ok());
    const QString crashed = folder.filePath(u"crashed.cplan"_s);
    QVERIFY(crashMidTransaction(plan, crashed,
                                {u"UPDATE actuals SET spend = spend * 1000"_s,
                                 u"UPDATE scenarios SET budget = budget * 1000"_s,
                                 u"UPDATE plan SET name = 'Half a transaction'"_s}));
    const QByteArray journal = [&] {
        QFile file(crashed + u"-journal"_s);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    const Result<Plan> read = readCplanFile(crashed);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
    QVERIFY(*read == original); // the spend is not ×1000, the name not the new one
    // Rolled back on a private copy: the user's file and journal stay as they were, so the
    // program that left them (or sqlite3) still finds them.
    QFile journalFile(crashed + u"-journal"_s);
    QVERIFY(journalFile.open(QIODevice::ReadOnly));
    QCOMPARE(journalFile.readAll(), journal);
    // A save replaces the half-written file with a whole one and removes the journal.
    QVERIFY(writeCplanFile(*read, crashed).ok());
    QCOMPARE(companions(crashed), QStringList());
    QVERIFY(*readCplanFile(crashed) == original);
}

void CplanFileSafetyTest::hotJournalOfAFileWithoutChecksumIsRolledBack()
{
    // A file written before the content checksum: the journal is applied as SQLite would.
    QTemporaryDir folder;
    const QString plan = folder.filePath(u"plan.cplan"_s);
    const Plan original = samplePlan();
    QVERIFY(writeCplanFile(original, plan).ok());
    {
        RawDatabase database(plan);
        QVERIFY(database.exec(u"DELETE FROM meta WHERE key = 'content_sha256'"_s));
    }
    const QString crashed = folder.filePath(u"crashed.cplan"_s);
    QVERIFY(crashMidTransaction(plan, crashed,
                                {u"UPDATE actuals SET spend = spend * 1000"_s,
                                 u"UPDATE scenarios SET budget = budget * 1000"_s}));
    const Result<Plan> read = readCplanFile(crashed);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
    QVERIFY(*read == original);
}

void CplanFileSafetyTest::saveLeavesNoCompanionsOfTheOldFile()
{
    QTemporaryDir folder;
    const QString plan = folder.filePath(u"plan.cplan"_s);
    QVERIFY(writeCplanFile(namedPlan(u"First"_s), plan).ok());
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        QFile stray(plan + QLatin1String(suffix));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.write("stale");
    }
    QVERIFY(writeCplanFile(namedPlan(u"Second"_s), plan).ok());
    QCOMPARE(companions(plan), QStringList());
    QCOMPARE(readCplanFile(plan)->name, u"Second"_s);
}

void CplanFileSafetyTest::secondWriterFailsClearlyWhileTheFirstHoldsTheLock()
{
    QTemporaryDir folder;
    const QString plan = folder.filePath(u"plan.cplan"_s);
    QVERIFY(writeCplanFile(namedPlan(u"First"_s), plan).ok());
    QLockFile otherSave(plan + u".save-lock"_s);
    QVERIFY(otherSave.tryLock(0));
    const Status saved = writeCplanFile(namedPlan(u"Second"_s), plan);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(u"saving it right now"_s), qPrintable(saved.error()));
    QVERIFY2(saved.error().contains(u"plan.cplan is unchanged"_s), qPrintable(saved.error()));
    otherSave.unlock();
    QCOMPARE(readCplanFile(plan)->name, u"First"_s);
    QVERIFY(writeCplanFile(namedPlan(u"Second"_s), plan).ok());
    QCOMPARE(readCplanFile(plan)->name, u"Second"_s);
}

void CplanFileSafetyTest::concurrentSavesNeverKeepAHalfWrittenFile()
{
    // Two writers at once, many rounds: a save that reports success must have kept a complete
    // file (one of the two plans). With one shared temporary name this failed most rounds.
    QTemporaryDir folder;
    const QString plan = folder.filePath(u"plan.cplan"_s);
    QVERIFY(writeCplanFile(namedPlan(u"Start"_s), plan).ok());
    const Plan first = namedPlan(u"Writer A"_s);
    const Plan second = namedPlan(u"Writer B"_s);
    for (int round = 0; round < 12; ++round) {
        std::atomic<bool> go{false};
        bool savedA = false;
        bool savedB = false;
        std::thread a([&] {
            while (!go) {
            }
            savedA = writeCplanFile(first, plan).ok();
        });
        std::thread b([&] {
            while (!go) {
            }
            savedB = writeCplanFile(second, plan).ok();
        });
        go = true;
        a.join();
        b.join();
        QVERIFY(savedA && savedB); // the second waits for the first
        const Result<Plan> read = readCplanFile(plan);
        QVERIFY2(read.ok(), qPrintable(u"round %1: %2"_s.arg(round).arg(read.ok() ? QString()
                                                                                  : read.error())));
        QVERIFY(read->name == first.name || read->name == second.name);
        const QStringList leftovers =
            QDir(folder.path()).entryList({u"plan.cplan.saving*"_s, u"*.save-lock"_s});
        QCOMPARE(leftovers, QStringList());
    }
}

void CplanFileSafetyTest::crashedSaveLeftoversAreCleared()
{
    QTemporaryDir folder;
    const QString plan = folder.filePath(u"plan.cplan"_s);
    for (const QString &name : {u"plan.cplan.saving"_s, u"plan.cplan.saving-0123456789ab"_s,
                                u"plan.cplan.saving-0123456789ab-journal"_s}) {
        QFile leftover(folder.filePath(name));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("half a plan");
    }
    QVERIFY(writeCplanFile(namedPlan(u"Saved"_s), plan).ok());
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files), QStringList{u"plan.cplan"_s});
}

// Issue 21, A.14: a save removed every `PLAN.saving*` file, a user's notes included. Only the
// app's own temporary files go, by their exact names.
void CplanFileSafetyTest::usersFilesBesideThePlanSurviveASave()
{
    QTemporaryDir folder;
    const QString plan = folder.filePath(u"budget.cplan"_s);
    const QStringList users = {u"budget.cplan.savings-analysis.txt"_s,
                               u"budget.cplan.saving-notes"_s,
                               u"budget.cplan.saving-0123456789ab.txt"_s,
                               u"budget.cplan.saving-0123456789abc"_s,
                               u"budget.cplan.bak.savings"_s,
                               u"other.cplan.saving-0123456789ab"_s};
    const QStringList own = {u"budget.cplan.saving-0123456789ab"_s,
                             u"budget.cplan.saving-0123456789ab-journal"_s,
                             u"budget.cplan.bak.saving"_s};
    for (const QString &name : users + own) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("someone's text");
    }
    QVERIFY(writeCplanFile(namedPlan(u"Saved"_s), plan).ok());
    QVERIFY(writeCplanFile(namedPlan(u"Saved again"_s), plan).ok()); // with a .bak now
    QStringList expected = users;
    expected << u"budget.cplan"_s << u"budget.cplan.bak"_s;
    expected.sort();
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name), expected);
}

// Issue 21: what a save killed half-way left (its temporary file, its journal, its lock) stayed
// until the next save; it goes when the plan is next opened. A lock some save holds is left
// alone, and so is everything while it is held.
void CplanFileSafetyTest::killedSaveLeftoversAreClearedAtTheNextOpen()
{
#ifdef Q_OS_WIN
    QSKIP("fork() is POSIX");
#else
    QTemporaryDir folder;
    const QString plan = folder.filePath(u"plan.cplan"_s);
    QVERIFY(writeCplanFile(namedPlan(u"Saved"_s), plan).ok());
    const QStringList leftovers = {u"plan.cplan.saving-0123456789ab"_s,
                                   u"plan.cplan.saving-0123456789ab-journal"_s};
    for (const QString &name : leftovers) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("half a plan");
    }
    // A lock whose process is gone: a child takes it and dies without unlocking.
    const pid_t child = fork();
    if (child == 0) {
        QLockFile lock(plan + u".save-lock"_s);
        _exit(lock.tryLock(0) ? 0 : 1);
    }
    int childStatus = 0;
    QCOMPARE(waitpid(child, &childStatus, 0), child);
    QVERIFY(WIFEXITED(childStatus) && WEXITSTATUS(childStatus) == 0);
    QVERIFY(QFile::exists(plan + u".save-lock"_s));

    // While another save holds the lock, opening leaves everything alone.
    {
        QFile::rename(plan + u".save-lock"_s, plan + u".stale"_s);
        QLockFile held(plan + u".save-lock"_s);
        QVERIFY(held.tryLock(0));
        QCOMPARE(readCplanFile(plan)->name, u"Saved"_s);
        for (const QString &name : leftovers)
            QVERIFY2(QFile::exists(folder.filePath(name)), qPrintable(name));
        held.unlock();
        QFile::rename(plan + u".stale"_s, plan + u".save-lock"_s);
    }
    const Result<Plan> read = readCplanFile(plan);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
    QCOMPARE(read->name, u"Saved"_s);
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"plan.cplan"_s});
#endif
}

void CplanFileSafetyTest::devicesAndPipesAreRefused()
{
#ifdef Q_OS_WIN
    QSKIP("no devices or FIFOs by path on Windows");
#else
    for (const QString &device : {u"/dev/zero"_s, u"/dev/urandom"_s}) {
        const Result<Plan> loaded = loadPlan(device);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(u"it is a device"_s), qPrintable(loaded.error()));
        QVERIFY(!readCplanFile(device).ok());
    }
    QTemporaryDir folder;
    const QString fifo = folder.filePath(u"plan.cplan"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // Reading a FIFO nobody writes to blocked forever.
    const Result<Plan> loaded = loadPlan(fifo);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(u"it is a pipe"_s), qPrintable(loaded.error()));
    // Saving onto one is refused too (it would have been replaced by a file).
    const Status saved = writeCplanFile(samplePlan(), fifo);
    QVERIFY(!saved.ok());
#endif
}

void CplanFileSafetyTest::hugeFilesAreRefused()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"big.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(100) * 1024 * 1024)); // sparse: no disk used
    file.close();
    const Result<Plan> loaded = loadPlan(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(u"too large to be a plan"_s), qPrintable(loaded.error()));
}

void CplanFileSafetyTest::hugeTextInACplanIsRefused()
{
    QTemporaryDir folder;
    const QString plan = folder.filePath(u"plan.cplan"_s);
    QVERIFY(writeCplanFile(samplePlan(), plan).ok());
    {
        RawDatabase database(plan);
        QVERIFY(database.exec(u"UPDATE plan SET name = printf('%.*c', 2000000, 'x')"_s));
    }
    const Result<Plan> read = readCplanFile(plan);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(u"is a text of 2000000 characters, longer than the 10000"_s),
             qPrintable(read.error()));
}

QTEST_GUILESS_MAIN(CplanFileSafetyTest)
#include "CplanFileSafetyTest.moc"
