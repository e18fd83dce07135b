// The team store's schema (MODEL.md §11): numbered migrations, each in a transaction, safe to
// run twice; a newer store, an older store and a server older than 15 are refused with a clear
// message. Against a real server (PgTestServer.h).

#include "PgTestServer.h"

#include "models/team/PgConnection.h"
#include "models/team/TeamSchema.h"

#include <QTest>

using namespace cplan;

class TeamSchemaTest : public QObject
{
    Q_OBJECT

private:
    test::PgTestServer m_server;

    std::unique_ptr<PgConnection> connect(const QString &database)
    {
        auto connection = PgConnection::open(m_server.ownerUrl(database));
        if (!connection) {
            qWarning("%s", test::why(connection));
            return nullptr;
        }
        return std::move(connection.value());
    }

    // A fresh database for one test.
    std::unique_ptr<PgConnection> freshDatabase(const QString &name)
    {
        auto admin = connect(QStringLiteral("postgres"));
        if (!admin || !admin->exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            return nullptr;
        return connect(name);
    }

private slots:
    void initTestCase() { CPLAN_REQUIRE_PG_SERVER(m_server); }

    void initAppliesEveryMigrationOnceAndIsSafeToRunAgain()
    {
        auto pg = freshDatabase(QStringLiteral("twice"));
        QVERIFY(pg);
        QVERIFY2(!checkTeamStore(*pg), "an empty database is not a store");
        QVERIFY(checkTeamStore(*pg).error().contains(QLatin1String("cplan team init")));
        auto first = initTeamStore(*pg);
        QVERIFY2(first, test::why(first));
        QCOMPARE(*first, teamSchemaVersion());
        QVERIFY(teamSchemaVersion() >= 2);
        auto second = initTeamStore(*pg);
        QVERIFY2(second, test::why(second));
        QCOMPARE(*second, 0);
        auto versions = pg->run(QStringLiteral(
            "SELECT string_agg(version::text, ',' ORDER BY version) FROM cplan.schema_version"));
        QVERIFY(versions);
        QStringList expected;
        for (int number = 1; number <= teamSchemaVersion(); ++number)
            expected.append(QString::number(number));
        QCOMPARE(versions->text(0, 0), expected.join(QLatin1Char(',')));
        const Status store = checkTeamStore(*pg);
        QVERIFY2(store, test::why(store));
    }

    void aFailedMigrationLeavesNothingOfIt()
    {
        auto pg = freshDatabase(QStringLiteral("halfway"));
        QVERIFY(pg);
        QVERIFY(initTeamStore(*pg));
        // Pretend migration 2 was never recorded and its first object is gone: running it again
        // creates that object, then fails on the next one that still exists, and the whole
        // migration rolls back (the store stays at version 1).
        QVERIFY(pg->exec(QStringLiteral("DELETE FROM cplan.schema_version WHERE version >= 2")));
        QVERIFY(pg->exec(QStringLiteral("DROP FUNCTION cplan.may_edit(text) CASCADE")));
        const Status older = checkTeamStore(*pg);
        QVERIFY(!older);
        QVERIFY2(older.error().contains(QLatin1String("older")), test::why(older));
        auto again = initTeamStore(*pg);
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QLatin1String("migration 2")), test::why(again));
        QVERIFY(storeSchemaVersion(*pg));
        QCOMPARE(*storeSchemaVersion(*pg), 1);
        // Nothing of the failed migration 2 stayed: the function it created first is not there.
        auto policy = pg->run(QStringLiteral(
            "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'cplan' AND p.proname = 'may_edit'"));
        QVERIFY(policy);
        QCOMPARE(policy->number(0, 0), qint64(0));
    }

    void aStoreOfANewerSchemaIsRefused()
    {
        auto pg = freshDatabase(QStringLiteral("newer"));
        QVERIFY(pg);
        QVERIFY(initTeamStore(*pg));
        QVERIFY(pg->exec(QStringLiteral("INSERT INTO cplan.schema_version (version) VALUES (%1)")
                             .arg(teamSchemaVersion() + 1)));
        const Status opened = checkTeamStore(*pg);
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(QLatin1String("newer")), test::why(opened));
        QVERIFY(opened.error().contains(QLatin1String("update Campaign Planner")));
        auto init = initTeamStore(*pg);
        QVERIFY(!init);
        QVERIFY2(init.error().contains(QLatin1String("newer")), test::why(init));
    }

    void aServerOlderThan15IsRefused()
    {
        const Status old = checkServerVersion(140011, QStringLiteral("postgresql://x@h:5432/d"));
        QVERIFY(!old);
        QVERIFY2(old.error().contains(QLatin1String("PostgreSQL 14")), test::why(old));
        QVERIFY(old.error().contains(QLatin1String("15 or later")));
        QVERIFY(!checkServerVersion(90624, QString()));
        QVERIFY(checkServerVersion(90624, QString()).error().contains(QLatin1String("9.6")));
        QVERIFY(checkServerVersion(150000, QString()));
        auto pg = connect(QStringLiteral("postgres"));
        QVERIFY(pg);
        QVERIFY2(pg->serverVersion() >= 150000, "the test server is 15 or later");
        QVERIFY(checkServerVersion(pg->serverVersion(), pg->address()));
    }

    void connectionFailuresSayWhy()
    {
        auto wrongPassword =
            PgConnection::open(m_server.url(QStringLiteral("owner"), QStringLiteral("wrong")));
        QVERIFY(!wrongPassword);
        QVERIFY2(wrongPassword.error().contains(QLatin1String("refused the password")),
                 test::why(wrongPassword));
        QVERIFY(!wrongPassword.error().contains(QLatin1String("wrong")));
        auto noPassword = PgConnection::open(m_server.url(QStringLiteral("owner")));
        QVERIFY(!noPassword);
        QVERIFY2(noPassword.error().contains(QLatin1String("PGPASSWORD")), test::why(noPassword));
        auto nobody = PgConnection::open(QStringLiteral("postgresql://x:y@127.0.0.1:1/plans"));
        QVERIFY(!nobody);
        QVERIFY2(nobody.error().contains(QLatin1String("could not connect")), test::why(nobody));
        QVERIFY(nobody.error().contains(QLatin1String("127.0.0.1")));
        QVERIFY(!nobody.error().contains(QLatin1String(":y@")));
        auto notAnAddress = PgConnection::open(QStringLiteral("postgresql://[bad"));
        QVERIFY(!notAnAddress);
        QVERIFY(!PgConnection::open(QString()));
    }
};

QTEST_GUILESS_MAIN(TeamSchemaTest)
#include "TeamSchemaTest.moc"
