#include "models/storage/CplanSchema.h"

#include "models/storage/CplanFile.h"
#include "models/storage/SqlConnection.h"

#include <QSqlQuery>
#include <QTest>

using namespace cplan;

namespace {

QVariant valueOf(QSqlDatabase &database, const QString &statement)
{
    QSqlQuery query(database);
    if (!query.exec(statement) || !query.next())
        return {};
    return query.value(0);
}

bool hasTable(QSqlDatabase &database, const QString &name)
{
    return valueOf(database,
                   QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(name))
               .toInt() == 1;
}

} // namespace

class CplanSchemaTest : public QObject
{
    Q_OBJECT

private slots:
    void stepsUpOneVersionAtATime()
    {
        QCOMPARE(cplanSchemaVersion(), 6);
        SqlConnection connection(QStringLiteral(":memory:"));
        QVERIFY(connection.open());
        QSqlDatabase &database = connection.database();
        QVERIFY(migrateCplanSchema(database, 0, 1).ok());
        QCOMPARE(valueOf(database, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QVERIFY(hasTable(database, QStringLiteral("channel_drivers")));
        QVERIFY(!hasTable(database, QStringLiteral("meta")));
        QVERIFY(checkCplanSchema(database, 1).ok());
        QVERIFY(migrateCplanSchema(database, 1, 2).ok());
        QCOMPARE(valueOf(database, QStringLiteral("PRAGMA user_version")).toInt(), 2);
        QVERIFY(hasTable(database, QStringLiteral("meta")));
        QVERIFY(checkCplanSchema(database, 2).ok());
        QCOMPARE(checkCplanSchema(database, 1).error(),
                 QStringLiteral("holds a table \"meta\" that Campaign Planner does not create "
                                "(refused as unsafe)"));
    }

    void step3AddsTheBaselineScenarioKeepingTheRow()
    {
        SqlConnection connection(QStringLiteral(":memory:"));
        QVERIFY(connection.open());
        QSqlDatabase &database = connection.database();
        QVERIFY(migrateCplanSchema(database, 0, 2).ok());
        QVERIFY(QSqlQuery(database).exec(
            QStringLiteral("INSERT INTO plan VALUES (1, 'P', '', 'CNY', '2025-01', 12, 36, 0, "
                           "'', 0.1, 3, 7)")));
        QVERIFY(checkCplanSchema(database, 2).ok());
        QVERIFY(migrateCplanSchema(database, 2, 3).ok());
        QCOMPARE(valueOf(database, QStringLiteral("PRAGMA user_version")).toInt(), 3);
        // The existing row gets the default: compare with the first scenario, as before.
        QCOMPARE(valueOf(database, QStringLiteral("SELECT baseline_scenario FROM plan")).toString(),
                 QString());
        QCOMPARE(valueOf(database, QStringLiteral("SELECT name FROM plan")).toString(),
                 QStringLiteral("P"));
        QVERIFY(checkCplanSchema(database, 3).ok());
        QCOMPARE(checkCplanSchema(database, 2).error(),
                 QStringLiteral("holds a table \"plan\" whose definition Campaign Planner did not "
                                "write (refused as unsafe)"));
    }

    void gatesStepAddsAnEmptyTableKeepingTheMilestones()
    {
        const int gates = milestoneGatesSchemaVersion();
        QVERIFY(gates >= 4 && gates <= cplanSchemaVersion());
        SqlConnection connection(QStringLiteral(":memory:"));
        QVERIFY(connection.open());
        QSqlDatabase &database = connection.database();
        QVERIFY(migrateCplanSchema(database, 0, gates - 1).ok());
        QVERIFY(!hasTable(database, QStringLiteral("milestone_gates")));
        QVERIFY(QSqlQuery(database).exec(
            QStringLiteral("INSERT INTO milestones VALUES (0, 'M1', 'Launch', '', '', "
                           "'2025-03-31', '', '', 'planned')")));
        QVERIFY(migrateCplanSchema(database, gates - 1, gates).ok());
        QCOMPARE(valueOf(database, QStringLiteral("PRAGMA user_version")).toInt(), gates);
        QVERIFY(hasTable(database, QStringLiteral("milestone_gates")));
        QCOMPARE(valueOf(database, QStringLiteral("SELECT count(*) FROM milestone_gates")).toInt(),
                 0);
        QCOMPARE(
            valueOf(database, QStringLiteral("SELECT milestone_id FROM milestones")).toString(),
            QStringLiteral("M1"));
        QVERIFY(checkCplanSchema(database, gates).ok());
        QCOMPARE(checkCplanSchema(database, gates - 1).error(),
                 QStringLiteral("holds a table \"milestone_gates\" that Campaign Planner does "
                                "not create (refused as unsafe)"));
    }

    void pastActualsStepAddsItsTables()
    {
        const int past = pastActualsSchemaVersion();
        QCOMPARE(past, milestoneGatesSchemaVersion() + 1);
        SqlConnection connection(QStringLiteral(":memory:"));
        QVERIFY(connection.open());
        QSqlDatabase &database = connection.database();
        QVERIFY(migrateCplanSchema(database, 0, past - 1).ok());
        QVERIFY(!hasTable(database, QStringLiteral("past_actuals")));
        QVERIFY(migrateCplanSchema(database, past - 1, past).ok());
        QCOMPARE(valueOf(database, QStringLiteral("PRAGMA user_version")).toInt(), past);
        QVERIFY(hasTable(database, QStringLiteral("past_actuals")));
        QVERIFY(hasTable(database, QStringLiteral("past_actual_volumes")));
        QVERIFY(checkCplanSchema(database, past).ok());
        QCOMPARE(checkCplanSchema(database, past - 1).error(),
                 QStringLiteral("holds a table \"past_actual_volumes\" that Campaign Planner does "
                                "not create (refused as unsafe)"));
    }

    void aFailedStepLeavesNoTrace()
    {
        SqlConnection connection(QStringLiteral(":memory:"));
        QVERIFY(connection.open());
        QSqlDatabase &database = connection.database();
        // The last table of step 1 already exists, so the step fails after creating the others.
        QSqlQuery(database).exec(QStringLiteral("CREATE TABLE actual_volumes (x)"));
        const Status migrated = migrateCplanSchema(database, 0, 2);
        QVERIFY(!migrated.ok());
        QCOMPARE(migrated.error(), QStringLiteral("schema step 1 (the plan tables) failed: table "
                                                  "actual_volumes already exists"));
        QCOMPARE(valueOf(database, QStringLiteral("PRAGMA user_version")).toInt(), 0);
        QVERIFY(!hasTable(database, QStringLiteral("plan")));
        QVERIFY(!hasTable(database, QStringLiteral("channels")));
    }

    void aFailedLaterStepKeepsTheEarlierOnes()
    {
        SqlConnection connection(QStringLiteral(":memory:"));
        QVERIFY(connection.open());
        QSqlDatabase &database = connection.database();
        QVERIFY(migrateCplanSchema(database, 0, 1).ok());
        QSqlQuery(database).exec(QStringLiteral("CREATE TABLE meta (x)"));
        const Status migrated = migrateCplanSchema(database, 1, 2);
        QVERIFY(!migrated.ok());
        QVERIFY2(migrated.error().startsWith(QStringLiteral("schema step 2 (the file information "
                                                            "table) failed: ")),
                 qPrintable(migrated.error()));
        QCOMPARE(valueOf(database, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QVERIFY(hasTable(database, QStringLiteral("plan")));
    }

    void refusesImpossibleSteps()
    {
        SqlConnection connection(QStringLiteral(":memory:"));
        QVERIFY(connection.open());
        QCOMPARE(migrateCplanSchema(connection.database(), 2, 1).error(),
                 QStringLiteral("cannot go from schema 2 to schema 1"));
        const int beyond = cplanSchemaVersion() + 1;
        QCOMPARE(migrateCplanSchema(connection.database(), 0, beyond).error(),
                 QStringLiteral("cannot go from schema 0 to schema %1").arg(beyond));
        QCOMPARE(checkCplanSchema(connection.database(), 0).error(),
                 QStringLiteral("is damaged (unknown schema 0)"));
    }

    void aConnectionLeavesNoRegistryEntry()
    {
        {
            SqlConnection connection(QStringLiteral(":memory:"));
            QVERIFY(connection.open());
            QCOMPARE(QSqlDatabase::connectionNames().size(), 1);
        }
        QVERIFY(QSqlDatabase::connectionNames().isEmpty());
    }
};

QTEST_GUILESS_MAIN(CplanSchemaTest)
#include "CplanSchemaTest.moc"
