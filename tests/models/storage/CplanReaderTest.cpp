#include "models/storage/CplanReader.h"
#include "support/PlanComparison.h"

#include "CplanTestFiles.h"
#include "models/storage/CplanFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cplan;
using namespace cplan::test;

// Rows of a well-formed file changed the way a hostile or broken tool could: each must come
// back as a located error from readCplanFile(), never as a crash or a silently wrong plan.
class CplanReaderTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;

private slots:
    void initTestCase() { QVERIFY(m_folder.isValid()); }

    void readsAnUntouchedFile()
    {
        const QString file = m_folder.filePath(QStringLiteral("clean.cplan"));
        QVERIFY(writeCplanFile(everyOptionalPlan(), file).ok());
        const Result<Plan> read = readCplanFile(file);
        QVERIFY(read.ok());
        QCOMPARE_PLANS(read.value(), everyOptionalPlan());
    }

    void refusesHostileRows_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("message");
        QTest::newRow("text where a number belongs")
            << QStringList{QStringLiteral("UPDATE channel_drivers SET cpl = 'abc' "
                                          "WHERE scenario = 0 AND position = 1")}
            << QStringLiteral("channel_drivers (scenario 0, position 1): cpl must be a number "
                              "(found text)");
        QTest::newRow("text where an optional number belongs")
            << QStringList{QStringLiteral("UPDATE channel_drivers SET saturation_spend = 'lots' "
                                          "WHERE scenario = 2 AND position = 2")}
            << QStringLiteral("channel_drivers (scenario 2, position 2): saturation_spend must "
                              "be a number (found text)");
        QTest::newRow("binary where text belongs")
            << QStringList{QStringLiteral("UPDATE channels SET name = x'00ff' WHERE position = 2")}
            << QStringLiteral("channels (position 2): name must be text (found binary data)");
        QTest::newRow("fraction where a whole number belongs")
            << QStringList{QStringLiteral("UPDATE plan SET months = 12.5")}
            << QStringLiteral("plan (row 1): months must be a whole number (found 12.5)");
        QTest::newRow("whole number out of range")
            << QStringList{QStringLiteral("UPDATE plan SET milestone_level2_days = 9999999999")}
            << QStringLiteral("plan (row 1): milestone_level2_days is out of range "
                              "(found 9999999999)");
        QTest::newRow("gap in positions")
            << QStringList{QStringLiteral("UPDATE stages SET position = 7 WHERE position = 1")}
            << QStringLiteral("stages (position 2): position must continue the list without "
                              "gaps or repeats (found 2 where 1 belongs)");
        QTest::newRow("absurd position")
            << QStringList{QStringLiteral("UPDATE actuals SET position = 9223372036854775807 "
                                          "WHERE position = 2")}
            << QStringLiteral("actuals (position 9223372036854775807): position must continue "
                              "the list without gaps or repeats (found 9223372036854775807 "
                              "where 2 belongs)");
        QTest::newRow("gap in a child list")
            << QStringList{QStringLiteral("UPDATE channel_conversion_rates SET position = 5 "
                                          "WHERE scenario = 1 AND channel = 1 AND position = 0")}
            << QStringLiteral("channel_conversion_rates (scenario 1, channel 1, position 1): "
                              "position must continue the list without gaps or repeats (found "
                              "1 where 0 belongs)");
        QTest::newRow("orphan row")
            << QStringList{QStringLiteral("INSERT INTO actual_volumes VALUES (99, 0, 1.0)")}
            << QStringLiteral("actual_volumes (actual 99, position 0): actual refers to a row "
                              "that does not exist (found 99)");
        QTest::newRow("rate of a missing channel")
            << QStringList{QStringLiteral("INSERT INTO channel_conversion_rates VALUES "
                                          "(1, 3, 0, 0.5)")}
            << QStringLiteral("channel_conversion_rates (scenario 1, channel 3, position 0): "
                              "channel refers to a row that does not exist (found 3)");
        QTest::newRow("weights without a phasing")
            << QStringList{QStringLiteral("INSERT INTO channel_phasing_weights VALUES "
                                          "(1, 0, 0, 1.0)")}
            << QStringLiteral("channel_phasing_weights (scenario 1, channel 0, position 0): "
                              "belongs to a channel that has no phasing of its own");
        QTest::newRow("unknown category kind")
            << QStringList{QStringLiteral("UPDATE categories SET kind = 'bribes' "
                                          "WHERE position = 0")}
            << QStringLiteral("categories (position 0): kind must be one of channel, overhead, "
                              "reserve (found \"bribes\")");
        QTest::newRow("unknown phasing")
            << QStringList{QStringLiteral("UPDATE scenarios SET phasing = 'weekly' "
                                          "WHERE position = 1")}
            << QStringLiteral("scenarios (position 1): phasing must be one of even, quarterly, "
                              "monthly (found \"weekly\")");
        QTest::newRow("unknown comparison")
            << QStringList{QStringLiteral("UPDATE milestone_checks SET op = '==' "
                                          "WHERE milestone = 0 AND position = 1")}
            << QStringLiteral("milestone_checks (milestone 0, position 1): op must be one of "
                              "<=, >= (found \"==\")");
        QTest::newRow("no plan settings") << QStringList{QStringLiteral("DELETE FROM plan")}
                                          << QStringLiteral("plan: the plan settings are missing");
        QTest::newRow("two plan settings")
            << QStringList{QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                           QStringLiteral("INSERT INTO plan SELECT 2, name, name_zh, currency, "
                                          "start_month, months, value_horizon_months, "
                                          "discount_rate_annual, status_date, "
                                          "variance_threshold, milestone_level1_days, "
                                          "milestone_level2_days, baseline_scenario FROM plan")}
            << QStringLiteral("plan (row 2): there must be exactly one row of plan settings");
    }

    void refusesHostileRows()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, message);
        const QString file = m_folder.filePath(QStringLiteral("hostile.cplan"));
        QFile::remove(file);
        QVERIFY(writeCplanFile(everyOptionalPlan(), file).ok());
        QCOMPARE(runSql(file, statements), QString());
        const Result<Plan> read = readCplanFile(file);
        QVERIFY(!read.ok());
        QCOMPARE(read.error(),
                 QStringLiteral("hostile.cplan: is damaged (") + message + QLatin1Char(')'));
    }

    void acceptsWholeNumbersInRealColumns()
    {
        // Another tool may store 3 rather than 3.0 in a column without REAL affinity rules
        // applied (it always reads back as a number either way); the plan value is the same.
        const QString file = m_folder.filePath(QStringLiteral("whole.cplan"));
        QVERIFY(writeCplanFile(everyOptionalPlan(), file).ok());
        // The tool changes the plan, so it also drops the content checksum (as a file from
        // before checksums has none); with it, the change would be refused as damage.
        QCOMPARE(runSql(file, {QStringLiteral("UPDATE scenarios SET budget = 5 "
                                              "WHERE position = 1"),
                               QStringLiteral("DELETE FROM meta WHERE key = 'content_sha256'")}),
                 QString());
        const Result<Plan> read = readCplanFile(file);
        QVERIFY(read.ok());
        QCOMPARE(read->scenarios[1].budget, 5.0);
    }
};

QTEST_GUILESS_MAIN(CplanReaderTest)
#include "CplanReaderTest.moc"
