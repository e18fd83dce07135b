// Issue 26 item 2 (the server is the authority) for values: a member's own SQL, with every
// right to the field, cannot store a budget that is not a non-negative number, a share outside
// [0, 1], a cpl of 0, a conversion list with a rate above 1 or an actual's negative spend; the
// server refuses with a message naming the field and the value, and nothing of it (no history)
// is written. The app's own edits get the same message as a refusal. Against a real server.

#include "TeamStoreFixture.h"

#include "models/history/JsonPathEdit.h"
#include "models/team/TeamFields.h"

#include <QTest>

using namespace cplan;

namespace {

// The member's own SQL: the field's row changed, or added when the plan has none (a default
// left out, e.g. a carryover of 0).
std::optional<PgRows> write(PgConnection &pg, const QString &path, const QString &value)
{
    auto updated = pg.exec(
        QStringLiteral("UPDATE cplan.fields SET value = $2::jsonb WHERE path = $1"), {path, value});
    if (!updated || updated->affected() == 1)
        return updated;
    return pg.exec(
        QStringLiteral("INSERT INTO cplan.fields (plan_id, path, value) "
                       "SELECT id, $1, $2::jsonb FROM cplan.plans WHERE name = 'Annual'"),
        {path, value});
}

qint64 historyCount(PgConnection &pg)
{
    auto rows = pg.exec(QStringLiteral("SELECT count(*) FROM cplan.history"));
    return rows ? rows->number(0, 0) : -1;
}

} // namespace

class TeamRolesValuesTest : public QObject
{
    Q_OBJECT

private:
    test::TeamStoreFixture m_fixture;
    QString m_scenario; // scenarios["…"]
    QString m_channel;  // .channels["…"]
    QString m_actual;   // actuals["…"]

private slots:
    void initTestCase()
    {
        CPLAN_REQUIRE_TEAM_STORE(m_fixture);
        const Plan plan = samplePlan();
        m_scenario = planPathText({PathStep{PathStep::Kind::Field, QStringLiteral("scenarios"), 0},
                                   PathStep{PathStep::Kind::Named, plan.scenarios[0].name, 0}});
        m_channel = planPathText({PathStep{PathStep::Kind::Field, QStringLiteral("x"), 0},
                                  PathStep{PathStep::Kind::Field, QStringLiteral("channels"), 0},
                                  PathStep{PathStep::Kind::Named, plan.channels[0].name, 0}})
                        .mid(1);
        const TeamFields fields = teamFields(planContentJson(plan));
        for (const auto &[path, field] : fields) {
            if (path.startsWith(QLatin1String("actuals[")) &&
                path.endsWith(QLatin1String(".spend"))) {
                m_actual = path.chopped(int(qstrlen(".spend")));
                break;
            }
        }
        QVERIFY(!m_actual.isEmpty());
        QVERIFY2(fields.contains(m_scenario + QStringLiteral(".budget")), qPrintable(m_scenario));
        QVERIFY2(fields.contains(m_scenario + m_channel + QStringLiteral(".cpl")),
                 qPrintable(m_scenario + m_channel));
    }

    void wrongValuesAreRefusedForEveryone_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("field"); // after the scenario (or the actual row: "@")
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("budget as text") << "finance1"
                                        << ".budget"
                                        << "\"lots\""
                                        << "must be a number (got \"lots\")";
        QTest::newRow("negative budget") << "director1"
                                         << ".budget"
                                         << "-5"
                                         << "must be a number of 0 or more (got -5)";
        QTest::newRow("budget null") << "owner"
                                     << ".budget"
                                     << "null"
                                     << "must be a number";
        QTest::newRow("share above 1") << "finance1"
                                       << "#.share"
                                       << "1.5"
                                       << "must be between 0 and 1 (got 1.5)";
        QTest::newRow("margin below 0") << "director1"
                                        << "#.margin"
                                        << "-0.1"
                                        << "must be between 0 and 1 (got -0.1)";
        QTest::newRow("cpl of 0") << "finance1"
                                  << "#.cpl"
                                  << "0"
                                  << "must be greater than 0";
        QTest::newRow("carryover of 1") << "finance1"
                                        << "#.carryover"
                                        << "1"
                                        << "at least 0 and less than 1";
        QTest::newRow("conversion above 1") << "director1"
                                            << "#.conversion"
                                            << "[0.5, 1.4]"
                                            << "must be between 0 and 1 (got [0.5, 1.4])";
        QTest::newRow("conversion not a list") << "finance1"
                                               << "#.conversion"
                                               << "0.5"
                                               << "must be a list of numbers";
        QTest::newRow("negative spend") << "finance1"
                                        << "@.spend"
                                        << "-1"
                                        << "must be a number of 0 or more (got -1)";
        QTest::newRow("volumes with text") << "finance1"
                                           << "@.volumes"
                                           << "[1, \"x\"]"
                                           << "must be a number";
    }

    void wrongValuesAreRefusedForEveryone()
    {
        QFETCH(QString, login);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        QString path =
            field.startsWith(QLatin1Char('@'))
                ? m_actual + field.mid(1)
                : m_scenario +
                      (field.startsWith(QLatin1Char('#')) ? m_channel + field.mid(1) : field);
        auto pg = PgConnection::open(m_fixture.url(login));
        QVERIFY2(pg, test::why(pg));
        auto owner = PgConnection::open(m_fixture.url(QStringLiteral("owner")));
        QVERIFY(owner);
        const qint64 entries = historyCount(**owner);
        auto before = (*owner)->exec(
            QStringLiteral("SELECT value::text FROM cplan.fields WHERE path = $1"), {path});
        QVERIFY(before && before->count() <= 1);
        QVERIFY(!write(**pg, path, value));
        QCOMPARE((*pg)->lastError().sqlState, QStringLiteral("CPL05"));
        QVERIFY2((*pg)->lastError().message.startsWith(path + QStringLiteral(": ")),
                 qPrintable((*pg)->lastError().message));
        QVERIFY2((*pg)->lastError().message.contains(message),
                 qPrintable((*pg)->lastError().message));
        auto after = (*owner)->exec(
            QStringLiteral("SELECT value::text FROM cplan.fields WHERE path = $1"), {path});
        QVERIFY(after);
        QCOMPARE(after->count(), before->count());
        QCOMPARE(after->text(0, 0), before->text(0, 0));
        QCOMPARE(historyCount(**owner), entries);
    }

    // Right values of the same fields go through, by the same SQL.
    void rightValuesAreWritten()
    {
        auto pg = PgConnection::open(m_fixture.url(QStringLiteral("finance1")));
        QVERIFY(pg);
        for (const auto &[field, value] : std::vector<std::pair<QString, QString>>{
                 {QStringLiteral(".budget"), QStringLiteral("0")},
                 {m_channel + QStringLiteral(".share"), QStringLiteral("1")},
                 {m_channel + QStringLiteral(".carryover"), QStringLiteral("0.5")},
                 {m_channel + QStringLiteral(".conversion"), QStringLiteral("[0, 1]")}}) {
            auto written = write(**pg, m_scenario + field, value);
            QVERIFY2(written && written->affected() == 1, qPrintable((*pg)->lastError().message));
        }
    }

    // The app's own edit of a wrong value: refused as bad input with the server's message.
    void theAppIsToldTheSame()
    {
        auto store = m_fixture.open(QStringLiteral("finance1"));
        auto loaded = store->load(test::annual);
        QVERIFY(loaded);
        const TeamFields before = teamFields(planContentJson(loaded->plan));
        TeamFieldChanges changes;
        changes.write.push_back(
            TeamField{m_scenario + m_channel + QStringLiteral(".share"), false, QJsonValue(2)});
        const TeamEditResult result = store->editFields(
            test::annual, before, changes, loaded->revision, QStringLiteral("Set"), {});
        QCOMPARE(result.refusal, TeamRefusal::BadInput);
        QVERIFY2(result.message.contains(QLatin1String("must be between 0 and 1 (got 2)")),
                 qPrintable(result.message));
        auto again = store->load(test::annual);
        QVERIFY(again);
        QCOMPARE(again->revision, loaded->revision);
    }
};

QTEST_GUILESS_MAIN(TeamRolesValuesTest)
#include "TeamRolesValuesTest.moc"
