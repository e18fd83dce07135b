#include "models/storage/CplanFile.h"
#include "support/PlanComparison.h"

#include "CplanTestFiles.h"
#include "TestPaths.h"
#include "models/storage/CplanSchema.h"
#include "models/storage/CplanWriter.h"
#include "models/storage/PlanJson.h"

#include "cplan/Version.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <cmath>
#include <limits>
#include <thread>

using namespace cplan;
using namespace cplan::test;

class CplanFileTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    QString path(const QString &name) const { return m_folder.filePath(name); }
    // A freshly saved sample plan at `name`.
    QString savedSample(const QString &name)
    {
        const QString file = path(name);
        QFile::remove(file);
        const Status saved = writeCplanFile(samplePlan(), file);
        if (!saved)
            qWarning("%s", qPrintable(saved.error()));
        return file;
    }

private slots:
    void initTestCase() { QVERIFY(m_folder.isValid()); }

    void roundTripsTheSample()
    {
        const Plan sample = samplePlan();
        QCOMPARE(sample.channels.size(), std::size_t(6));
        const QString file = path(QStringLiteral("sample.cplan"));
        const Status saved = writeCplanFile(sample, file);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error()));
        const Result<Plan> read = readCplanFile(file);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
        QCOMPARE_PLANS(read.value(), sample);
        // And the plan survives a second trip unchanged (what the file holds is stable).
        QVERIFY(writeCplanFile(read.value(), file).ok());
        QCOMPARE_PLANS(readCplanFile(file).value(), sample);
    }

    void roundTripsEveryOptional()
    {
        const Plan plan = everyOptionalPlan();
        const QString file = path(QStringLiteral("全部.cplan"));
        const Status saved = writeCplanFile(plan, file);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error()));
        const Result<Plan> read = readCplanFile(file);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
        QVERIFY(read->scenarios[0].channels[2].phasing.has_value());
        QVERIFY(!read->scenarios[0].channels[0].saturationSpend.has_value());
        QVERIFY(!read->scenarios[1].channels[0].phasing.has_value());
        QCOMPARE(read->scenarios[0].uncertainty.cpl, std::optional<double>(0.1));
        QVERIFY(!read->scenarios[0].uncertainty.arpu.has_value());
        QCOMPARE(read->channels[1].name, QStringLiteral("直播带货"));
        QVERIFY(read->actuals[1].volumes.empty());
        QCOMPARE_PLANS(read.value(), plan);
    }

    void roundTripsTheBlankPlan()
    {
        Plan plan = blankPlan();
        plan.targets.clear();
        plan.milestones.clear();
        plan.actuals.clear();
        const QString file = path(QStringLiteral("blank.cplan"));
        QVERIFY(writeCplanFile(plan, file).ok());
        QCOMPARE_PLANS(readCplanFile(file).value(), plan);
    }

    void roundTripsDoublesBitExactly()
    {
        const std::vector<double> values{0.1 + 0.2,
                                         1.0 / 3.0,
                                         5e-324,
                                         -2.2250738585072014e-308,
                                         std::numeric_limits<double>::max(),
                                         std::numeric_limits<double>::infinity(),
                                         -std::numeric_limits<double>::infinity(),
                                         9007199254740993.0,
                                         4611686018427387904.0,
                                         -123456789.000000001,
                                         2e-310};
        Plan plan = everyOptionalPlan();
        plan.scenarios[0].phasing.weights = values;
        const QString file = path(QStringLiteral("doubles.cplan"));
        QVERIFY(writeCplanFile(plan, file).ok());
        const std::vector<double> read = readCplanFile(file).value().scenarios[0].phasing.weights;
        QCOMPARE(read.size(), values.size());
        for (std::size_t i = 0; i < values.size(); ++i)
            QCOMPARE(std::bit_cast<quint64>(read[i]), std::bit_cast<quint64>(values[i]));
    }

    void refusesToSaveNotANumber()
    {
        Plan plan = everyOptionalPlan();
        plan.scenarios[1].channels[2].cpl = std::numeric_limits<double>::quiet_NaN();
        const QString file = path(QStringLiteral("nan.cplan"));
        const Status saved = writeCplanFile(plan, file);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error(), QStringLiteral("nan.cplan: cannot be saved (channel_drivers.cpl: "
                                               "the value is not a number; no file was written)"));
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".saving")));
    }

    void savedFileIdentifiesItself()
    {
        const QString file = savedSample(QStringLiteral("identity.cplan"));
        QCOMPARE(sqlValue(file, QStringLiteral("PRAGMA application_id")).toInt(),
                 cplanApplicationId);
        QCOMPARE(sqlValue(file, QStringLiteral("PRAGMA user_version")).toInt(),
                 cplanSchemaVersion());
        QCOMPARE(sqlValue(file, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("delete"));
        QCOMPARE(sqlValue(file, QStringLiteral("SELECT value FROM meta WHERE key = 'written_by'"))
                     .toString(),
                 QStringLiteral("Campaign Planner ") + QLatin1String(versionString));
        const QDateTime savedAt = QDateTime::fromString(
            sqlValue(file, QStringLiteral("SELECT value FROM meta WHERE key = 'saved_at'"))
                .toString(),
            Qt::ISODateWithMs);
        QVERIFY(savedAt.isValid());
        QVERIFY(qAbs(savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        // Normalised tables, not one blob: every channel is a row.
        QCOMPARE(sqlValue(file, QStringLiteral("SELECT count(*) FROM channel_drivers")).toInt(),
                 int(samplePlan().scenarios.size() * samplePlan().channels.size()));
        QVERIFY(looksLikeSqlite(fileBytes(file).left(16)));
        QVERIFY(!looksLikeSqlite(QByteArray("SQLite format 3")));
    }

    void refusesAMissingFile()
    {
        const Result<Plan> read = readCplanFile(path(QStringLiteral("nowhere.cplan")));
        QCOMPARE(read.error(), QStringLiteral("nowhere.cplan: no such file"));
    }

    void refusesAnEmptyFile()
    {
        const QString file = path(QStringLiteral("empty.cplan"));
        QVERIFY(writeBytes(file, {}));
        QCOMPARE(readCplanFile(file).error(), QStringLiteral("empty.cplan: is empty (0 bytes)"));
    }

    void refusesAFolder()
    {
        QVERIFY(QDir(m_folder.path()).mkdir(QStringLiteral("folder.cplan")));
        QCOMPARE(readCplanFile(path(QStringLiteral("folder.cplan"))).error(),
                 QStringLiteral("folder.cplan: is a folder, not a plan file"));
    }

    void refusesRandomBytes()
    {
        QRandomGenerator random(20250101);
        QByteArray bytes(8192, Qt::Uninitialized);
        for (char &byte : bytes)
            byte = static_cast<char>(random.bounded(256));
        const QString file = path(QStringLiteral("noise.cplan"));
        QVERIFY(writeBytes(file, bytes));
        QCOMPARE(
            readCplanFile(file).error(),
            QStringLiteral("noise.cplan: not a Campaign Planner file (not an SQLite database)"));
    }

    void refusesAPngRenamed()
    {
        const QByteArray png = QByteArray::fromHex(
            "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
            "0000000d49444154789c6360f8cfc0f01f0005000201e2215bc90000000049454e44ae426082");
        const QString file = path(QStringLiteral("picture.cplan"));
        QVERIFY(writeBytes(file, png));
        QCOMPARE(readCplanFile(file).error(),
                 QStringLiteral("picture.cplan: not a Campaign Planner file (not an SQLite "
                                "database)"));
    }

    void refusesAForeignApplicationId()
    {
        const QString file = path(QStringLiteral("foreign.cplan"));
        QCOMPARE(runSql(file, {QStringLiteral("PRAGMA application_id = 4660"),
                               QStringLiteral("CREATE TABLE notes (text TEXT)")}),
                 QString());
        QCOMPARE(readCplanFile(file).error(),
                 QStringLiteral("foreign.cplan: not a Campaign Planner file (application id "
                                "0x1234)"));
        const QString plain = path(QStringLiteral("plain.cplan"));
        QCOMPARE(runSql(plain, {QStringLiteral("CREATE TABLE notes (text TEXT)")}), QString());
        QCOMPARE(readCplanFile(plain).error(),
                 QStringLiteral("plain.cplan: not a Campaign Planner file (application id 0x0)"));
    }

    void refusesAFileFromTheFuture()
    {
        const QString file = savedSample(QStringLiteral("future.cplan"));
        QCOMPARE(runSql(file, {QStringLiteral("PRAGMA user_version = 7")}), QString());
        QCOMPARE(readCplanFile(file).error(),
                 QStringLiteral("future.cplan: was made by a newer Campaign Planner (schema 7, "
                                "this version reads up to %1)")
                     .arg(cplanSchemaVersion()));
    }

    void refusesATruncatedFile()
    {
        const QString file = savedSample(QStringLiteral("whole.cplan"));
        const QByteArray bytes = fileBytes(file);
        QVERIFY(bytes.size() > 3 * 4096);
        const QString cut = path(QStringLiteral("cut.cplan"));
        QVERIFY(writeBytes(cut, bytes.left(2 * 4096)));
        QCOMPARE(readCplanFile(cut).error(),
                 QStringLiteral("cut.cplan: is truncated (8192 of %1 bytes)").arg(bytes.size()));
        QVERIFY(writeBytes(cut, bytes.left(5000)));
        QCOMPARE(readCplanFile(cut).error(),
                 QStringLiteral("cut.cplan: is truncated (5000 of %1 bytes)").arg(bytes.size()));
        QVERIFY(writeBytes(cut, bytes.left(50)));
        QCOMPARE(readCplanFile(cut).error(),
                 QStringLiteral("cut.cplan: is truncated (50 of at least 100 bytes)"));
    }

    void refusesAWriteAheadLogFile()
    {
        const QString file = savedSample(QStringLiteral("wal.cplan"));
        QCOMPARE(runSql(file, {QStringLiteral("PRAGMA journal_mode = WAL")}), QString());
        QCOMPARE(readCplanFile(file).error(),
                 QStringLiteral("wal.cplan: is not a file Campaign Planner writes (it uses "
                                "write-ahead logging)"));
    }

    void refusesADamagedHeader()
    {
        const QString file = savedSample(QStringLiteral("header.cplan"));
        QByteArray bytes = fileBytes(file);
        bytes[16] = 0x03; // page size 0x0300 = 768: not a power of two
        QVERIFY(writeBytes(file, bytes));
        QCOMPARE(readCplanFile(file).error(),
                 QStringLiteral("header.cplan: is damaged (its header is invalid)"));
    }

    void refusesInjectedSchemaObjects_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("message");
        QTest::newRow("trigger")
            << QStringLiteral("CREATE TRIGGER evil AFTER INSERT ON stages BEGIN "
                              "DELETE FROM channels; END")
            << QStringLiteral("holds a trigger \"evil\" that Campaign Planner does not create "
                              "(refused as unsafe)");
        QTest::newRow("view") << QStringLiteral("CREATE VIEW peek AS SELECT * FROM channels")
                              << QStringLiteral("holds a view \"peek\" that Campaign Planner "
                                                "does not create (refused as unsafe)");
        QTest::newRow("table") << QStringLiteral("CREATE TABLE extra (x)")
                               << QStringLiteral("holds a table \"extra\" that Campaign Planner "
                                                 "does not create (refused as unsafe)");
        QTest::newRow("index") << QStringLiteral("CREATE INDEX by_name ON channels (name)")
                               << QStringLiteral("holds an index \"by_name\" that Campaign "
                                                 "Planner does not create (refused as unsafe)");
        QTest::newRow("changed table")
            << QStringLiteral("ALTER TABLE channels ADD COLUMN note TEXT DEFAULT 'x'")
            << QStringLiteral("holds a table \"channels\" whose definition Campaign Planner did "
                              "not write (refused as unsafe)");
        QTest::newRow("missing table") << QStringLiteral("DROP TABLE actual_volumes")
                                       << QStringLiteral("is damaged (missing a table "
                                                         "\"actual_volumes\")");
    }

    void refusesInjectedSchemaObjects()
    {
        QFETCH(QString, statement);
        QFETCH(QString, message);
        const QString file = savedSample(QStringLiteral("injected.cplan"));
        QCOMPARE(runSql(file, {statement}), QString());
        QCOMPARE(readCplanFile(file).error(), QStringLiteral("injected.cplan: ") + message);
    }

    void refusesAFileThatFailsTheIntegrityCheck()
    {
        const QString file = savedSample(QStringLiteral("corrupt.cplan"));
        const int page =
            sqlValue(file, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = "
                                          "'channel_drivers'"))
                .toInt();
        QVERIFY(page > 1);
        QByteArray bytes = fileBytes(file);
        // Scramble the cells of the table's page but keep the file's size and header.
        const qsizetype start = qsizetype(page - 1) * 4096;
        for (qsizetype i = start + 8; i < start + 4096; i += 7)
            bytes[i] = static_cast<char>(0xA5);
        QVERIFY(writeBytes(file, bytes));
        const QString error = readCplanFile(file).error();
        QVERIFY2(error.startsWith(QStringLiteral("corrupt.cplan: is damaged (it fails the "
                                                 "integrity check: ")),
                 qPrintable(error));
    }

    void readingLeavesTheFileAlone()
    {
        const QString file = savedSample(QStringLiteral("untouched.cplan"));
        const QByteArray before = fileBytes(file);
        const QDateTime modified = QFileInfo(file).lastModified();
        const QStringList listing = QDir(m_folder.path()).entryList(QDir::Files);
        for (int i = 0; i < 3; ++i)
            QVERIFY(readCplanFile(file).ok());
        QCOMPARE(fileBytes(file), before);
        QCOMPARE(QFileInfo(file).lastModified(), modified);
        QCOMPARE(QDir(m_folder.path()).entryList(QDir::Files), listing);
    }

    void migratesAVersion1FileOnACopy()
    {
        const Plan plan = everyOptionalPlan();
        const QString file = path(QStringLiteral("old.cplan"));
        QFile::remove(file);
        const Status written = writeCplanDatabase(plan, file, 1, QDateTime::currentDateTimeUtc());
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error()));
        QCOMPARE(sqlValue(file, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QVERIFY(!sqlValue(file, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                               "'meta'"))
                     .toBool());
        const QByteArray before = fileBytes(file);
        const Result<Plan> read = readCplanFile(file);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
        QCOMPARE_PLANS(read.value(), plan);
        QCOMPARE(fileBytes(file), before);
        // Saving writes the current schema.
        QVERIFY(writeCplanFile(read.value(), file).ok());
        QCOMPARE(sqlValue(file, QStringLiteral("PRAGMA user_version")).toInt(),
                 cplanSchemaVersion());
        QCOMPARE_PLANS(readCplanFile(file).value(), plan);
    }

    void migratesAVersion2FileOnACopy()
    {
        Plan plan = everyOptionalPlan();
        const QString file = path(QStringLiteral("v2.cplan"));
        QFile::remove(file);
        const Status written = writeCplanDatabase(plan, file, 2, QDateTime::currentDateTimeUtc());
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error()));
        QCOMPARE(sqlValue(file, QStringLiteral("PRAGMA user_version")).toInt(), 2);
        const QByteArray before = fileBytes(file);
        const Result<Plan> read = readCplanFile(file);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
        // A version 2 file has no baseline: actuals compare with the first scenario.
        QVERIFY(read.value().baselineScenario.isEmpty());
        QVERIFY(read.value() == plan);
        QCOMPARE(fileBytes(file), before); // migrated on a private copy
        QCOMPARE(sqlValue(file, QStringLiteral("PRAGMA user_version")).toInt(), 2);
        // Saved again, it is a current file that keeps a baseline.
        plan.baselineScenario = plan.scenarios.back().name;
        QVERIFY(writeCplanFile(plan, file).ok());
        QCOMPARE(sqlValue(file, QStringLiteral("PRAGMA user_version")).toInt(),
                 cplanSchemaVersion());
        QCOMPARE(sqlValue(file, QStringLiteral("SELECT baseline_scenario FROM plan")).toString(),
                 plan.scenarios.back().name);
        QVERIFY(readCplanFile(file).value() == plan);
    }

    void roundTripsMilestoneGates()
    {
        Plan plan = samplePlan();
        plan.milestones[1].gates = {plan.channels[1].name, plan.channels[4].name};
        plan.milestones[3].gates = {QStringLiteral("不是渠道")}; // kept even when invalid
        const QString file = path(QStringLiteral("gates.cplan"));
        QVERIFY(writeCplanFile(plan, file).ok());
        QCOMPARE(sqlValue(file, QStringLiteral("SELECT count(*) FROM milestone_gates")).toInt(), 3);
        const Result<Plan> read = readCplanFile(file);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
        QCOMPARE_PLANS(read.value(), plan);
    }

    void aFileBeforeGatesOpensWithNone()
    {
        Plan plan = samplePlan();
        const QString file = path(QStringLiteral("before-gates.cplan"));
        QFile::remove(file);
        const int before = milestoneGatesSchemaVersion() - 1;
        const Status written =
            writeCplanDatabase(plan, file, before, QDateTime::currentDateTimeUtc());
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error()));
        const Result<Plan> read = readCplanFile(file);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
        for (const Milestone &milestone : read->milestones)
            QVERIFY(milestone.gates.isEmpty());
        QCOMPARE_PLANS(read.value(), plan);
        QCOMPARE(sqlValue(file, QStringLiteral("PRAGMA user_version")).toInt(), before);
    }

    // Past actuals (MODEL.md §5.6) came with their own schema step: a file from the step before
    // reads with none and, saved again, keeps them; months before the plan are kept as they are.
    void keepsPastActualsAndMigratesAnOlderFile()
    {
        Plan plan = everyOptionalPlan();
        const QString file = path(QStringLiteral("before-past.cplan"));
        QFile::remove(file);
        const Status written = writeCplanDatabase(plan, file, pastActualsSchemaVersion() - 1,
                                                  QDateTime::currentDateTimeUtc());
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error()));
        const QByteArray before = fileBytes(file);
        const Result<Plan> read = readCplanFile(file);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
        QVERIFY(read.value().pastActuals.empty());
        QVERIFY(read.value() == plan);
        QCOMPARE(fileBytes(file), before);

        plan.pastActuals = {
            {QStringLiteral("2024-01"), QStringLiteral("直播带货"), 1000.5, {300.0, 30.0}},
            {QStringLiteral("2024-02"), QStringLiteral("直播带货"), 0.0, {}},
            {QStringLiteral("2023-12"), QStringLiteral("Search"), 2e6 / 3.0, {1.0, 1.0, 0.5, 0.25}},
        };
        QVERIFY(writeCplanFile(plan, file).ok());
        QCOMPARE(sqlValue(file, QStringLiteral("PRAGMA user_version")).toInt(),
                 cplanSchemaVersion());
        QCOMPARE(sqlValue(file, QStringLiteral("SELECT count(*) FROM past_actual_volumes")).toInt(),
                 6);
        const Result<Plan> reread = readCplanFile(file);
        QVERIFY2(reread.ok(), qPrintable(reread.ok() ? QString() : reread.error()));
        QCOMPARE(reread.value().pastActuals, plan.pastActuals);
        QVERIFY(reread.value() == plan);
    }

    void keepsThePreviousVersionAsBackup()
    {
        const QString file = path(QStringLiteral("versions.cplan"));
        const QString backup = file + QStringLiteral(".bak");
        Plan first = everyOptionalPlan();
        Plan second = first;
        second.name = QStringLiteral("Second save");
        Plan third = first;
        third.name = QStringLiteral("Third save");
        QVERIFY(writeCplanFile(first, file).ok());
        QVERIFY(!QFileInfo::exists(backup));
        QVERIFY(writeCplanFile(second, file).ok());
        QCOMPARE_PLANS(readCplanFile(backup).value(), first);
        QCOMPARE_PLANS(readCplanFile(file).value(), second);
        QVERIFY(writeCplanFile(third, file).ok());
        QCOMPARE_PLANS(readCplanFile(backup).value(), second);
        QCOMPARE_PLANS(readCplanFile(file).value(), third);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".saving")));
        QVERIFY(!QFileInfo::exists(backup + QStringLiteral(".saving")));
    }

    void failedSaveLeavesTheOldFile_data()
    {
        QTest::addColumn<QString>("blocked");
        QTest::addColumn<QString>("message");
        // (A folder named like the old fixed temporary file no longer blocks a save: each save
        // now writes a temporary file of its own name, issue 14 item 2.)
        QTest::newRow("backup") << QStringLiteral(".bak")
                                << QStringLiteral("atomic.cplan: cannot be saved (the backup "
                                                  "atomic.cplan.bak cannot be written: ");
    }

    void failedSaveLeavesTheOldFile()
    {
        QFETCH(QString, blocked);
        QFETCH(QString, message);
        const QString file = path(QStringLiteral("atomic.cplan"));
        QFile::remove(file);
        QFile::remove(file + QStringLiteral(".bak"));
        QVERIFY(writeCplanFile(everyOptionalPlan(), file).ok());
        const QByteArray before = fileBytes(file);
        // As root a read-only folder does not stop a write; a folder where a file must go does.
        QDir folder(m_folder.path());
        QVERIFY(folder.mkpath(QStringLiteral("atomic.cplan") + blocked + QStringLiteral("/x")));
        Plan changed = everyOptionalPlan();
        changed.name = QStringLiteral("Never saved");
        const Status saved = writeCplanFile(changed, file);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().startsWith(message), qPrintable(saved.error()));
        QCOMPARE(fileBytes(file), before);
        QVERIFY(QFileInfo(file + QStringLiteral(".saving")).isDir() ==
                (blocked == QLatin1String(".saving")));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".saving-journal")));
        QVERIFY(QDir(path(QStringLiteral("atomic.cplan") + blocked)).removeRecursively());
        QVERIFY(writeCplanFile(changed, file).ok());
        QCOMPARE(readCplanFile(file).value().name, QStringLiteral("Never saved"));
    }

    void clearsTheLeftoverOfAnInterruptedSave()
    {
        const QString file = path(QStringLiteral("interrupted.cplan"));
        QVERIFY(writeBytes(file + QStringLiteral(".saving"), QByteArray("half a file")));
        QVERIFY(writeBytes(file + QStringLiteral(".saving-journal"), QByteArray("stale")));
        QVERIFY(writeCplanFile(everyOptionalPlan(), file).ok());
        QCOMPARE_PLANS(readCplanFile(file).value(), everyOptionalPlan());
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".saving")));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".saving-journal")));
    }

    void savingKeepsTheLinkAndThePermissions()
    {
        const QString real = path(QStringLiteral("real.cplan"));
        const QString link = path(QStringLiteral("link.cplan"));
        QVERIFY(writeCplanFile(everyOptionalPlan(), real).ok());
        const auto privateFile =
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
        QVERIFY(QFile::setPermissions(real, privateFile));
        QVERIFY(QFile::link(real, link));
        Plan changed = everyOptionalPlan();
        changed.name = QStringLiteral("Saved through a link");
        QVERIFY(writeCplanFile(changed, link).ok());
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(readCplanFile(real).value().name, changed.name);
        QCOMPARE_PLANS(readCplanFile(real + QStringLiteral(".bak")).value(), everyOptionalPlan());
        QCOMPARE(QFile::permissions(real), privateFile);
    }

    void refusesToSaveIntoAMissingFolder()
    {
        const QString file = path(QStringLiteral("no/such/folder/plan.cplan"));
        const Status saved = writeCplanFile(everyOptionalPlan(), file);
        QVERIFY(!saved.ok());
        QVERIFY2(
            saved.error().startsWith(QStringLiteral("plan.cplan: cannot be saved (the folder ")),
            qPrintable(saved.error()));
    }

    void readsOnWorkerThreads()
    {
        const QString file = savedSample(QStringLiteral("threads.cplan"));
        const Plan sample = samplePlan();
        std::vector<int> matches(4, 0);
        std::vector<std::thread> workers;
        for (std::size_t t = 0; t < matches.size(); ++t) {
            workers.emplace_back([&, t] {
                for (int i = 0; i < 5; ++i) {
                    const Result<Plan> read = readCplanFile(file);
                    if (read.ok() && read.value() == sample)
                        ++matches[t];
                }
            });
        }
        for (std::thread &worker : workers)
            worker.join();
        for (int count : matches)
            QCOMPARE(count, 5);
        QVERIFY(QSqlDatabase::connectionNames().isEmpty());
    }
};

QTEST_GUILESS_MAIN(CplanFileTest)
#include "CplanFileTest.moc"
