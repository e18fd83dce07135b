#include "models/storage/CplanFile.h"
#include "support/PlanComparison.h"

#include "CplanTestFiles.h"
#include "TestPaths.h"
#include "models/storage/CplanSchema.h"
#include "models/storage/CplanWriter.h"
#include "models/storage/PlanJson.h"
#include "models/storage/PlanPaths.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace cplan;
using namespace cplan::test;

// readCplanBytes(): a .cplan held in memory (what the fuzzer feeds it) is read by the same code
// as a file, with the same outcome: the same plan, or the same message word for word.
class CplanMemoryReadTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    QString path(const QString &name) const { return m_folder.filePath(name); }
    QString saved(const Plan &plan, const QString &name)
    {
        const QString file = path(name);
        QFile::remove(file);
        QFile::remove(file + QStringLiteral(".bak"));
        const Status written = writeCplanFile(plan, file);
        if (!written)
            qWarning("%s", qPrintable(written.error()));
        return file;
    }
    // Both readers on `file`: the same plan or the same message. Returns the message ("" for a
    // plan).
    static QString sameOutcome(const QString &file)
    {
        const Result<Plan> fromFile = readCplanFile(file);
        const Result<Plan> fromMemory = readCplanBytes(fileBytes(file), QFileInfo(file).fileName());
        if (fromFile.ok() != fromMemory.ok()) {
            qWarning("%s: file %s, memory %s", qPrintable(file),
                     qPrintable(fromFile ? QStringLiteral("plan") : fromFile.error()),
                     qPrintable(fromMemory ? QStringLiteral("plan") : fromMemory.error()));
            return QStringLiteral("(the readers disagree)");
        }
        if (!fromFile.ok()) {
            if (fromFile.error() != fromMemory.error()) {
                qWarning("file: %s\nmemory: %s", qPrintable(fromFile.error()),
                         qPrintable(fromMemory.error()));
                return QStringLiteral("(the messages differ)");
            }
            return fromFile.error();
        }
        if (!(fromFile.value() == fromMemory.value()))
            return QStringLiteral("(the plans differ)");
        return QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_folder.isValid()); }

    void readsThePlanAFileHolds()
    {
        const Plan plan = everyOptionalPlan();
        const QString file = saved(plan, QStringLiteral("every.cplan"));
        const Result<Plan> read = readCplanBytes(fileBytes(file), QStringLiteral("every.cplan"));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
        QCOMPARE_PLANS(read.value(), plan);
        QCOMPARE(sameOutcome(file), QString());
        QCOMPARE(sameOutcome(saved(samplePlan(), QStringLiteral("sample.cplan"))), QString());
    }

    void migratesAnOlderSchemaInMemory()
    {
        const Plan plan = everyOptionalPlan();
        for (int version = 1; version < cplanSchemaVersion(); ++version) {
            const QString file = path(QStringLiteral("v%1.cplan").arg(version));
            QFile::remove(file);
            const Status written =
                writeCplanDatabase(plan, file, version, QDateTime::currentDateTimeUtc());
            QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error()));
            const QByteArray bytes = fileBytes(file);
            const Result<Plan> read = readCplanBytes(bytes, QFileInfo(file).fileName());
            QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
            QCOMPARE(sameOutcome(file), QString());
            QCOMPARE(fileBytes(file), bytes);
        }
    }

    // Every refusal of the file reader, from memory: the same words.
    void refusesWhatTheFileReaderRefuses_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("message");
        const QString header = QStringLiteral("x.cplan: ");
        QTest::newRow("empty") << QStringLiteral("empty")
                               << header + QStringLiteral("is empty (0 bytes)");
        QTest::newRow("text") << QStringLiteral("text")
                              << header +
                                     QStringLiteral(
                                         "not a Campaign Planner file (not an SQLite database)");
        QTest::newRow("50 bytes") << QStringLiteral("cut50")
                                  << header +
                                         QStringLiteral("is truncated (50 of at least 100 bytes)");
        QTest::newRow("two pages")
            << QStringLiteral("cut8192") << header + QStringLiteral("is truncated (8192 of ");
        QTest::newRow("page size") << QStringLiteral("pagesize")
                                   << header + QStringLiteral("is damaged (its header is invalid)");
        QTest::newRow("application id")
            << QStringLiteral("appid")
            << header + QStringLiteral("not a Campaign Planner file (application id 0x");
        QTest::newRow("newer schema")
            << QStringLiteral("newer")
            << header + QStringLiteral("was made by a newer Campaign Planner");
        QTest::newRow("write-ahead log")
            << QStringLiteral("PRAGMA journal_mode = WAL")
            << header + QStringLiteral(
                            "is not a file Campaign Planner writes (it uses write-ahead logging)");
        QTest::newRow("trigger") << QStringLiteral("CREATE TRIGGER evil AFTER INSERT ON stages "
                                                   "BEGIN DELETE FROM channels; END")
                                 << header + QStringLiteral("holds a trigger \"evil\"");
        QTest::newRow("view") << QStringLiteral("CREATE VIEW peek AS SELECT * FROM channels")
                              << header + QStringLiteral("holds a view \"peek\"");
        QTest::newRow("changed table")
            << QStringLiteral("ALTER TABLE channels ADD COLUMN note TEXT DEFAULT 'x'")
            << header + QStringLiteral("holds a table \"channels\" whose definition");
        QTest::newRow("changed name")
            << QStringLiteral("UPDATE plan SET name = 'Every optionaL'")
            << header + QStringLiteral("is damaged: the plan it holds does not match");
        QTest::newRow("integrity")
            << QStringLiteral("scramble")
            << header + QStringLiteral("is damaged (it fails the integrity check: ");
    }

    void refusesWhatTheFileReaderRefuses()
    {
        QFETCH(QString, damage);
        QFETCH(QString, message);
        const QString file = saved(everyOptionalPlan(), QStringLiteral("x.cplan"));
        QByteArray bytes = fileBytes(file);
        if (damage == QLatin1String("empty")) {
            bytes.clear();
        } else if (damage == QLatin1String("text")) {
            bytes = "month,channel,spend\n2025-01,Search,100\n";
        } else if (damage.startsWith(QLatin1String("cut"))) {
            bytes = bytes.left(damage.mid(3).toInt());
        } else if (damage == QLatin1String("pagesize")) {
            bytes[16] = 0x03;
        } else if (damage == QLatin1String("appid")) {
            bytes[71] = static_cast<char>(bytes[71] ^ 1);
        } else if (damage == QLatin1String("newer")) {
            bytes[63] = static_cast<char>(bytes[63] + 100);
        } else if (damage == QLatin1String("scramble")) {
            const int page = sqlValue(file, QStringLiteral("SELECT rootpage FROM sqlite_master "
                                                           "WHERE name = 'channel_drivers'"))
                                 .toInt();
            QVERIFY(page > 1);
            const qsizetype start = qsizetype(page - 1) * 4096;
            for (qsizetype i = start + 8; i < start + 4096; i += 7)
                bytes[i] = static_cast<char>(0xA5);
        } else {
            QCOMPARE(runSql(file, {damage}), QString());
            bytes = fileBytes(file);
        }
        QVERIFY(writeBytes(file, bytes));
        const Result<Plan> read = readCplanBytes(bytes, QStringLiteral("x.cplan"));
        QVERIFY(!read.ok());
        QVERIFY2(read.error().startsWith(message), qPrintable(read.error()));
        QCOMPARE(sameOutcome(file), read.error());
    }

    // No .bak is beside bytes: the hint the file reader gives is not made up from the folder
    // the program happens to run in.
    void pointsToNoBackup()
    {
        const QString file = saved(everyOptionalPlan(), QStringLiteral("hint.cplan"));
        QCOMPARE(runSql(file, {QStringLiteral("UPDATE plan SET name = 'changed'")}), QString());
        QVERIFY(QFile::copy(file, file + QStringLiteral(".bak")));
        QVERIFY(readCplanFile(file).error().endsWith(
            QStringLiteral("; the previous save is kept as hint.cplan.bak")));
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_folder.path()));
        const QString error = readCplanBytes(fileBytes(file), QStringLiteral("hint.cplan")).error();
        QVERIFY(QDir::setCurrent(previous));
        QVERIFY2(error.startsWith(QStringLiteral("hint.cplan: is damaged: the plan it holds")),
                 qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral(".bak")), qPrintable(error));
    }

    void refusesMoreThanTheFileLimit()
    {
        QByteArray bytes = fileBytes(saved(samplePlan(), QStringLiteral("big.cplan")));
        bytes.append(QByteArray(largestCplanFile + 1 - bytes.size(), '\0'));
        QCOMPARE(readCplanBytes(bytes, QStringLiteral("big.cplan")).error(),
                 QStringLiteral("big.cplan: is too large to be a plan (%1 bytes; the limit is %2)")
                     .arg(largestCplanFile + 1)
                     .arg(largestCplanFile));
    }

    // The fuzzer's corpus (seeds and every input it kept): each reads the same from memory as
    // from a file, so what the fuzzer reaches is the file reader.
    void readsTheFuzzCorpusAsTheFileReaderDoes()
    {
        QDirIterator it(dataDir() + QStringLiteral("/../fuzz/corpus/cplan"), QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        int plans = 0;
        while (it.hasNext()) {
            const QString source = it.next();
            const QString file = path(QStringLiteral("corpus.cplan"));
            QVERIFY(writeBytes(file, fileBytes(source)));
            const QString outcome = sameOutcome(file);
            QVERIFY2(!outcome.startsWith(QLatin1Char('(')),
                     qPrintable(source + QStringLiteral(": ") + outcome));
            plans += outcome.isEmpty() ? 1 : 0;
            ++files;
        }
        QVERIFY(files >= 3);
        QVERIFY(plans >= 1);
        qInfo("%d corpus files, %d of them plans, read alike", files, plans);
    }
};

QTEST_GUILESS_MAIN(CplanMemoryReadTest)
#include "CplanMemoryReadTest.moc"
