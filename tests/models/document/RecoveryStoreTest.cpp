// The recovery store on its own (PlanDocumentTest drives it through the document): a live
// session's file is not offered, a crashed one's is with its sidecar, adopting takes it over,
// discarding removes it, the timer runs only while modified, and a folder that cannot be made is
// a located error.

#include "models/document/RecoveryStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cplan;

class RecoveryStoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    const QDateTime m_savedAt{QDate(2025, 7, 2), QTime(8, 0), Qt::UTC};

private slots:
    void liveFilesAreHiddenCrashedOnesListed();
    void adoptTakesTheFileOver();
    void timerRunsOnlyWhileModified();
    void unwritableFolderIsALocatedError();
};

void RecoveryStoreTest::liveFilesAreHiddenCrashedOnesListed()
{
    const QString folder = m_folder.filePath(QStringLiteral("list"));
    Plan plan = blankPlan();
    plan.name = QStringLiteral("Unsaved plan");
    QString path;
    {
        RecoveryStore live;
        live.setFolder(folder);
        QVERIFY(live.write(plan, QStringLiteral("/plans/original.cplan"), m_savedAt).ok());
        path = live.filePath();
        QVERIFY(QFile::exists(path));
        QVERIFY(RecoveryStore::list(folder).empty()); // its lock: alive
        // Destroyed without removeOwn(): what a crash leaves behind (the lock goes with it).
    }
    const auto entries = RecoveryStore::list(folder);
    QCOMPARE(entries.size(), std::size_t(1));
    QCOMPARE(entries[0].recoveryPath, path);
    QCOMPARE(entries[0].originalPath, QStringLiteral("/plans/original.cplan"));
    QCOMPARE(entries[0].savedAt, m_savedAt);
    QCOMPARE(entries[0].planName, QStringLiteral("Unsaved plan"));
    QVERIFY(RecoveryStore::discard(entries[0]).ok());
    QVERIFY(!QFile::exists(path));
    QVERIFY(RecoveryStore::list(folder).empty());
}

void RecoveryStoreTest::adoptTakesTheFileOver()
{
    const QString folder = m_folder.filePath(QStringLiteral("adopt"));
    {
        RecoveryStore crashed;
        crashed.setFolder(folder);
        QVERIFY(crashed.write(blankPlan(), {}, m_savedAt).ok());
    }
    RecoveryStore next;
    next.setFolder(m_folder.filePath(QStringLiteral("elsewhere")));
    const auto entries = RecoveryStore::list(folder);
    QCOMPARE(entries.size(), std::size_t(1));
    next.adopt(entries[0]);
    QCOMPARE(next.filePath(), entries[0].recoveryPath);
    QCOMPARE(next.folder(), folder);
    QVERIFY(next.othersThanOwn().empty());
    QVERIFY(RecoveryStore::list(folder).empty()); // held again
    next.removeOwn();
    QVERIFY(!QFile::exists(entries[0].recoveryPath));
}

void RecoveryStoreTest::timerRunsOnlyWhileModified()
{
    RecoveryStore store;
    store.setInterval(std::chrono::milliseconds(0));
    QCOMPARE(store.interval(), std::chrono::milliseconds(1)); // at least 1 ms
    store.setInterval(std::chrono::milliseconds(20));
    QSignalSpy due(&store, &RecoveryStore::due);
    QTest::qWait(80);
    QCOMPARE(due.count(), 0);
    store.setModified(true);
    QTRY_VERIFY_WITH_TIMEOUT(due.count() >= 1, 2000);
    store.setModified(false);
    const auto seen = due.count();
    QTest::qWait(80);
    QCOMPARE(due.count(), seen);
}

void RecoveryStoreTest::unwritableFolderIsALocatedError()
{
    // A file where the folder should be.
    const QString blocker = m_folder.filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    RecoveryStore store;
    store.setFolder(blocker + QStringLiteral("/recovery"));
    const Status written = store.write(blankPlan(), {}, m_savedAt);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(blocker), qPrintable(written.error()));
}

QTEST_GUILESS_MAIN(RecoveryStoreTest)
#include "RecoveryStoreTest.moc"
