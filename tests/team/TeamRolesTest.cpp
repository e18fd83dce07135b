// The server is the authority (MODEL.md §10, §11; issue 26 item 2): raw SQL sent with each
// role's own login, for every role and every table. A pm cannot change a budget, nobody can
// update or delete the history, a signed-off scenario cannot be changed even by the director's
// or the owner's own SQL, and the history is written by the server (author = the session's
// user). Against a real server (PgTestServer.h).

#include "PgTestServer.h"

#include "models/history/JsonPathEdit.h"
#include "models/storage/PlanJson.h"
#include "models/team/TeamSchema.h"
#include "models/team/TeamStore.h"

#include <QTest>

#include <libpq-fe.h>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace cplan;

namespace {

const QString memberPassword = QStringLiteral("member-secret");

QString path(std::initializer_list<PathStep> steps)
{
    return planPathText(PathSteps(steps));
}

PathStep field(const QString &name)
{
    return PathStep{PathStep::Kind::Field, name, 0};
}

PathStep named(const QString &name)
{
    return PathStep{PathStep::Kind::Named, name, 0};
}

} // namespace

class TeamRolesTest : public QObject
{
    Q_OBJECT

private:
    test::PgTestServer m_server;
    Plan m_plan;
    QString m_draftBudget;    // scenarios["<first>"].budget
    QString m_approvedBudget; // scenarios["<second>"].budget, the second scenario approved
    QString m_draftState;     // not a row: a draft never signed off has no "signoff"
    QString m_approvedState;
    QString m_milestone;
    QString m_actual;

    std::unique_ptr<PgConnection> as(const QString &login)
    {
        auto connection = PgConnection::open(login == QLatin1String("owner")
                                                 ? m_server.ownerUrl()
                                                 : m_server.url(login, memberPassword));
        if (!connection) {
            qWarning("%s", test::why(connection));
            return nullptr;
        }
        return std::move(connection.value());
    }

    QString valueOf(const QString &fieldPath)
    {
        auto owner = as(QStringLiteral("owner"));
        auto rows = owner->run(
            QStringLiteral("SELECT value::text FROM cplan.fields WHERE path = $1"), {fieldPath});
        return rows ? rows->text(0, 0) : QString();
    }

private slots:
    void initTestCase()
    {
        CPLAN_REQUIRE_PG_SERVER(m_server);
        auto owner = as(QStringLiteral("owner"));
        QVERIFY(owner);
        auto init = initTeamStore(*owner);
        QVERIFY2(init, test::why(init));
        auto store = TeamStore::open(m_server.ownerUrl());
        QVERIFY2(store, test::why(store));
        for (const QString &role : {QStringLiteral("director"), QStringLiteral("finance"),
                                    QStringLiteral("pm"), QStringLiteral("viewer")}) {
            const Status added =
                (*store)->addMember(role + QStringLiteral("1"), role, memberPassword);
            QVERIFY2(added, test::why(added));
        }
        // A login of the server that is no member of the store.
        QVERIFY(owner->exec(
            QStringLiteral("CREATE ROLE nobody1 LOGIN PASSWORD '%1'").arg(memberPassword)));

        m_plan = samplePlan();
        QVERIFY(m_plan.scenarios.size() >= 2);
        m_plan.scenarios[1].signoff.state = SignoffState::Approved;
        m_plan.scenarios[1].signoff.by = QStringLiteral("finance1");
        m_plan.scenarios[1].signoff.at = QStringLiteral("2026-12-01T10:00:00Z");
        m_plan.scenarios[1].signoff.approvedBy = QStringLiteral("finance1");
        m_plan.scenarios[1].signoff.approvedAt = QStringLiteral("2026-12-01T10:00:00Z");
        const Status published = (*store)->publish(QStringLiteral("Annual"), m_plan, {}, {});
        QVERIFY2(published, test::why(published));

        const QString first = m_plan.scenarios[0].name;
        const QString second = m_plan.scenarios[1].name;
        m_draftBudget = path(
            {field(QStringLiteral("scenarios")), named(first), field(QStringLiteral("budget"))});
        m_approvedBudget = path(
            {field(QStringLiteral("scenarios")), named(second), field(QStringLiteral("budget"))});
        m_approvedState = path({field(QStringLiteral("scenarios")), named(second),
                                field(QStringLiteral("signoff")), field(QStringLiteral("state"))});
        QVERIFY(!m_plan.milestones.empty());
        m_milestone = path({field(QStringLiteral("milestones")), named(m_plan.milestones[0].id),
                            field(QStringLiteral("planned"))});
        QVERIFY(!m_plan.actuals.empty());
        m_actual =
            path({field(QStringLiteral("actuals")),
                  named(m_plan.actuals[0].month + QLatin1Char('/') + m_plan.actuals[0].channel),
                  field(QStringLiteral("spend"))});
        for (const QString &fieldPath : {m_draftBudget, m_approvedBudget, m_approvedState,
                                         m_milestone, m_actual, QStringLiteral("name")})
            QVERIFY2(!valueOf(fieldPath).isEmpty(),
                     qPrintable(fieldPath + QStringLiteral(" is a row")));
    }

    // The history is the server's: the session's user, the server's clock, one entry per
    // transaction with every changed field, and the plan's next revision.
    void theServerWritesTheHistory()
    {
        auto pm = as(QStringLiteral("pm1"));
        QVERIFY(pm);
        auto revisionBefore = pm->run(QStringLiteral("SELECT revision FROM cplan.plans"));
        QVERIFY(revisionBefore);
        QVERIFY(pm->exec(QStringLiteral("BEGIN")));
        QVERIFY(pm->exec(QStringLiteral("SELECT set_config('cplan.action', 'Move M1', true)")));
        auto moved = pm->exec(
            QStringLiteral("UPDATE cplan.fields SET value = '\"2025-04-15\"' WHERE path = $1"),
            {m_milestone});
        QVERIFY2(moved, qPrintable(pm->lastError().message));
        QVERIFY(pm->exec(QStringLiteral("COMMIT")));
        auto entry = pm->run(QStringLiteral(
            "SELECT h.author, h.action, h.revision, p.revision, "
            "abs(extract(epoch FROM now() - h.at)) < 5, "
            "(SELECT string_agg(path || ':' || before::text || '>' || after::text, ';') "
            "FROM cplan.history_changes c WHERE c.revision = h.revision) "
            "FROM cplan.history h JOIN cplan.plans p ON p.id = h.plan_id "
            "ORDER BY h.seq DESC LIMIT 1"));
        QVERIFY2(entry, test::why(entry));
        QCOMPARE(entry->text(0, 0), QStringLiteral("pm1"));
        QCOMPARE(entry->text(0, 1), QStringLiteral("Move M1"));
        QCOMPARE(entry->number(0, 2), revisionBefore->number(0, 0) + 1);
        QCOMPARE(entry->number(0, 3), entry->number(0, 2));
        QCOMPARE(entry->text(0, 4), QStringLiteral("t"));
        QVERIFY2(entry->text(0, 5).startsWith(m_milestone + QLatin1Char(':')),
                 qPrintable(entry->text(0, 5)));
        QVERIFY(entry->text(0, 5).endsWith(QLatin1String(">\"2025-04-15\"")));
        auto row = pm->run(QStringLiteral("SELECT changed_by, revision FROM cplan.fields "
                                          "WHERE path = $1"),
                           {m_milestone});
        QVERIFY(row);
        QCOMPARE(row->text(0, 0), QStringLiteral("pm1"));
        QCOMPARE(row->number(0, 1), entry->number(0, 2));
        // A member cannot pass as someone else: the author comes from the session, and the row's
        // own changed_by is overwritten by the server.
        QVERIFY(pm->exec(QStringLiteral("UPDATE cplan.fields SET value = '\"2025-04-16\"', "
                                        "changed_by = 'director1' WHERE path = $1"),
                         {m_milestone}));
        auto after = pm->run(QStringLiteral("SELECT changed_by FROM cplan.fields WHERE path = $1"),
                             {m_milestone});
        QVERIFY(after);
        QCOMPARE(after->text(0, 0), QStringLiteral("pm1"));
    }

    // A client killed (SIGKILL) in the middle of its transaction leaves no partial edit: not
    // the field, not the revision, not a history entry.
    void aClientKilledMidTransactionLeavesNothing()
    {
        auto owner = as(QStringLiteral("owner"));
        QVERIFY(owner);
        const QString query = QStringLiteral(
            "SELECT p.revision, (SELECT count(*) FROM cplan.history), "
            "(SELECT value::text FROM cplan.fields WHERE path = $1) FROM cplan.plans p");
        auto before = owner->run(query, {m_milestone});
        QVERIFY(before);
        const QByteArray url = m_server.url(QStringLiteral("pm1"), memberPassword).toUtf8();
        const QByteArray update =
            QStringLiteral("UPDATE cplan.fields SET value = '\"2025-05-01\"' WHERE path = '%1'")
                .arg(QString(m_milestone).replace(QLatin1Char('\''), QLatin1String("''")))
                .toUtf8();
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            PGconn *connection = PQconnectdb(url.constData());
            PQclear(PQexec(connection, "BEGIN"));
            PGresult *result = PQexec(connection, update.constData());
            // Killed with the row changed, the history written, the revision moved: uncommitted.
            if (PQresultStatus(result) == PGRES_COMMAND_OK &&
                QByteArray(PQcmdTuples(result)) == "1")
                raise(SIGKILL);
            _exit(3);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
                 "the child made its change and was killed");
        auto after = owner->run(query, {m_milestone});
        QVERIFY(after);
        QCOMPARE(after->number(0, 0), before->number(0, 0));
        QCOMPARE(after->number(0, 1), before->number(0, 1));
        QCOMPARE(after->text(0, 2), before->text(0, 2));
    }

    // Each role's own UPDATE of one field of each part of the plan (rolled back after).
    void rightsPerRoleAndPart_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("part");
        QTest::addColumn<bool>("allowed");
        const QStringList parts{QStringLiteral("structure"), QStringLiteral("scenario"),
                                QStringLiteral("milestone"), QStringLiteral("actual")};
        const QMap<QString, QStringList> rights{
            {QStringLiteral("director1"),
             {QStringLiteral("structure"), QStringLiteral("scenario")}},
            {QStringLiteral("finance1"), {QStringLiteral("scenario"), QStringLiteral("actual")}},
            {QStringLiteral("pm1"), {QStringLiteral("milestone")}},
            {QStringLiteral("viewer1"), {}},
            {QStringLiteral("nobody1"), {}}};
        for (auto it = rights.begin(); it != rights.end(); ++it) {
            for (const QString &part : parts)
                QTest::newRow(qPrintable(it.key() + QLatin1Char('/') + part))
                    << it.key() << part << it.value().contains(part);
        }
    }

    void rightsPerRoleAndPart()
    {
        QFETCH(QString, login);
        QFETCH(QString, part);
        QFETCH(bool, allowed);
        const QMap<QString, std::pair<QString, QString>> fields{
            {QStringLiteral("structure"), {QStringLiteral("name"), QStringLiteral("\"Renamed\"")}},
            {QStringLiteral("scenario"), {m_draftBudget, QStringLiteral("1")}},
            {QStringLiteral("milestone"), {m_milestone, QStringLiteral("\"2025-04-30\"")}},
            {QStringLiteral("actual"), {m_actual, QStringLiteral("1")}}};
        const auto [fieldPath, value] = fields.value(part);
        const QString before = valueOf(fieldPath);
        auto pg = as(login);
        QVERIFY(pg);
        QVERIFY(pg->exec(QStringLiteral("BEGIN")));
        auto updated =
            pg->exec(QStringLiteral("UPDATE cplan.fields SET value = $2::jsonb WHERE path = $1"),
                     {fieldPath, value});
        if (allowed) {
            QVERIFY2(updated, qPrintable(pg->lastError().message));
            QCOMPARE(updated->affected(), qint64(1));
        } else if (updated) {
            // Row-level security: the row is not there for this role.
            QCOMPARE(updated->affected(), qint64(0));
        } else {
            QCOMPARE(pg->lastError().sqlState, QStringLiteral("42501"));
        }
        // Inserting a row of that part is refused the same way.
        pg->exec(QStringLiteral("ROLLBACK"));
        QVERIFY(pg->exec(QStringLiteral("BEGIN")));
        auto inserted = pg->exec(QStringLiteral("INSERT INTO cplan.fields (plan_id, path, value) "
                                                "SELECT id, $1 || '.x_test', '1' FROM cplan.plans"),
                                 {part == QLatin1String("structure")
                                      ? QStringLiteral("x_test")
                                      : fieldPath.left(fieldPath.lastIndexOf(QLatin1Char('.')))});
        QCOMPARE(bool(inserted), allowed);
        if (!inserted)
            QCOMPARE(pg->lastError().sqlState, QStringLiteral("42501"));
        pg->exec(QStringLiteral("ROLLBACK"));
        QCOMPARE(valueOf(fieldPath), before);
    }

    // Every table but the plan's fields: no member may change or delete a row of it.
    void noMemberChangesAnyOtherTable_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("statement");
        const QStringList statements{
            QStringLiteral("UPDATE cplan.plans SET revision = revision + 1"),
            QStringLiteral("DELETE FROM cplan.plans"),
            QStringLiteral("INSERT INTO cplan.plans (name) VALUES ('Mine')"),
            QStringLiteral("UPDATE cplan.history SET author = 'someone else'"),
            QStringLiteral("DELETE FROM cplan.history"),
            QStringLiteral("INSERT INTO cplan.history (plan_id, seq, at, author, action) "
                           "SELECT id, 99, now(), 'forged', 'forged' FROM cplan.plans"),
            QStringLiteral("TRUNCATE cplan.history"),
            QStringLiteral("UPDATE cplan.history_changes SET after = '0'"),
            QStringLiteral("DELETE FROM cplan.history_changes"),
            QStringLiteral("UPDATE cplan.versions SET comment = 'x'"),
            QStringLiteral("DELETE FROM cplan.versions"),
            QStringLiteral("UPDATE cplan.people SET role = 'director'"),
            QStringLiteral("INSERT INTO cplan.people (login, role) VALUES ('x', 'director')"),
            QStringLiteral("UPDATE cplan.schema_version SET version = 99"),
            QStringLiteral("DELETE FROM cplan.schema_version"),
            QStringLiteral("GRANT cplan_director TO CURRENT_USER")};
        for (const QString &login :
             {QStringLiteral("director1"), QStringLiteral("finance1"), QStringLiteral("pm1"),
              QStringLiteral("viewer1"), QStringLiteral("nobody1")}) {
            for (const QString &statement : statements)
                QTest::newRow(qPrintable(login + QLatin1Char(' ') + statement))
                    << login << statement;
        }
    }

    void noMemberChangesAnyOtherTable()
    {
        QFETCH(QString, login);
        QFETCH(QString, statement);
        auto pg = as(login);
        QVERIFY(pg);
        QVERIFY(pg->exec(QStringLiteral("BEGIN")));
        const auto done = pg->exec(statement);
        pg->exec(QStringLiteral("ROLLBACK"));
        QVERIFY2(!done, "refused");
        QVERIFY2(pg->lastError().sqlState == QLatin1String("42501") ||
                     pg->lastError().sqlState == QLatin1String("0LP01"),
                 qPrintable(pg->lastError().sqlState + QLatin1Char(' ') + pg->lastError().message));
    }

    // Not even the store's owner rewrites the audit trail or a saved version.
    void theHistoryIsAppendOnlyForTheOwnerToo_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("update history") << QStringLiteral("UPDATE cplan.history SET author = 'x'");
        QTest::newRow("delete history") << QStringLiteral("DELETE FROM cplan.history");
        QTest::newRow("truncate history") << QStringLiteral("TRUNCATE cplan.history");
        QTest::newRow("update changes")
            << QStringLiteral("UPDATE cplan.history_changes SET after = '0'");
        QTest::newRow("delete changes") << QStringLiteral("DELETE FROM cplan.history_changes");
        QTest::newRow("update versions")
            << QStringLiteral("UPDATE cplan.versions SET comment = 'x'");
        QTest::newRow("delete versions") << QStringLiteral("DELETE FROM cplan.versions");
    }

    void theHistoryIsAppendOnlyForTheOwnerToo()
    {
        QFETCH(QString, statement);
        auto owner = as(QStringLiteral("owner"));
        QVERIFY(owner);
        // One history entry and one version, so UPDATE/DELETE have rows to refuse.
        QVERIFY(owner->exec(QStringLiteral(
            "INSERT INTO cplan.versions (plan_id, name, content, content_hash) SELECT id, "
            "'v-' || md5(random()::text), '{}', 'x' FROM cplan.plans")));
        auto count = owner->run(QStringLiteral("SELECT count(*) FROM cplan.history"));
        QVERIFY(count);
        QVERIFY(count->number(0, 0) >= 1);
        QVERIFY(owner->exec(QStringLiteral("BEGIN")));
        const auto done = owner->exec(statement);
        owner->exec(QStringLiteral("ROLLBACK"));
        QVERIFY2(!done, "refused");
        QCOMPARE(owner->lastError().sqlState, QStringLiteral("CPL04"));
    }

    // An approved scenario is immutable in the database itself: the director's, finance's and
    // the owner's own SQL are refused, and the value stays.
    void anApprovedScenarioCannotBeChanged_data()
    {
        QTest::addColumn<QString>("login");
        QTest::newRow("director") << QStringLiteral("director1");
        QTest::newRow("finance") << QStringLiteral("finance1");
        QTest::newRow("owner") << QStringLiteral("owner");
    }

    void anApprovedScenarioCannotBeChanged()
    {
        QFETCH(QString, login);
        const QString before = valueOf(m_approvedBudget);
        auto pg = as(login);
        QVERIFY(pg);
        QVERIFY(!pg->exec(QStringLiteral("UPDATE cplan.fields SET value = '1' WHERE path = $1"),
                          {m_approvedBudget}));
        QCOMPARE(pg->lastError().sqlState, QStringLiteral("CPL02"));
        QVERIFY2(pg->lastError().message.contains(QLatin1String("approved")),
                 qPrintable(pg->lastError().message));
        // Removing the scenario (its rows) is refused as well.
        QVERIFY(!pg->exec(QStringLiteral("DELETE FROM cplan.fields WHERE scenario = $1"),
                          {QStringLiteral("\"%1\"").arg(m_plan.scenarios[1].name)}));
        QCOMPARE(pg->lastError().sqlState, QStringLiteral("CPL02"));
        QCOMPARE(valueOf(m_approvedBudget), before);
    }

    void aLockedScenarioCannotBeReopened()
    {
        auto finance = as(QStringLiteral("finance1"));
        QVERIFY(finance);
        QVERIFY(finance->exec(QStringLiteral("BEGIN")));
        auto locked = finance->exec(
            QStringLiteral("UPDATE cplan.fields SET value = '\"locked\"' WHERE path = $1"),
            {m_approvedState});
        QVERIFY2(locked, qPrintable(finance->lastError().message));
        QCOMPARE(locked->affected(), qint64(1));
        QVERIFY(!finance->exec(
            QStringLiteral("UPDATE cplan.fields SET value = '\"draft\"' WHERE path = $1"),
            {m_approvedState}));
        QCOMPARE(finance->lastError().sqlState, QStringLiteral("CPL02"));
        finance->exec(QStringLiteral("ROLLBACK"));
    }
};

QTEST_GUILESS_MAIN(TeamRolesTest)
#include "TeamRolesTest.moc"
