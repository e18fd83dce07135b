// cplan history | verify | version | versions | signoff (MODEL.md §9, §10), run in-process:
// the audit trail as a table and as JSON that can be re-checked, verify naming an entry altered
// outside the app (exit 1) and a damaged file, versions that refuse a name twice, and sign-off
// transitions with their refusals.

#include "HistoryCliSupport.h"
#include "models/history/CanonicalJson.h"
#include "models/storage/PlanIo.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cplan;
using test::planA;
using test::planB;
using test::runCli;
using test::runJson;

namespace {

// Runs `statement` on the .cplan `path` directly, as a program other than Campaign Planner
// would: the way an entry is altered outside the app.
bool alterFile(const QString &path, const QString &statement)
{
    const QString connection = QStringLiteral("alter-%1").arg(statement.size());
    bool done = false;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(path);
        if (database.open()) {
            QSqlQuery query(database);
            done = query.exec(statement) && query.numRowsAffected() > 0;
            if (!done)
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
            database.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return done;
}

// The sample as a .cplan with two history entries (two `cplan set`).
QString planWithHistory(const QTemporaryDir &dir)
{
    const QString plan = test::importSample(dir);
    runCli({QStringLiteral("set"), plan,
            QStringLiteral("scenarios[\"%1\"].budget=25000000").arg(planA),
            QStringLiteral("--reason"), QStringLiteral("CFO asked")});
    runCli({QStringLiteral("set"), plan,
            QStringLiteral("scenarios[\"%1\"].budget=26000000").arg(planB)});
    return plan;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class HistoryCommandsTest : public QObject
{
    Q_OBJECT

private slots:
    // The JSON holds every entry as stored, hash included: anyone can re-check the chain with
    // SHA-256 and RFC 8785 alone (MODEL.md §9, §10).
    void historyJsonCanBeRecheckedByAnyone()
    {
        QTemporaryDir dir;
        const QString plan = planWithHistory(dir);
        const QJsonObject history =
            runJson({QStringLiteral("history"), plan, QStringLiteral("--json")});
        QCOMPARE(history.value(QLatin1String("verified")).toBool(), true);
        QVERIFY(history.value(QLatin1String("altered_at")).isNull());
        const QJsonArray entries = history.value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 2);
        QString previous(64, QLatin1Char('0'));
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QJsonObject entry = entries.at(i).toObject();
            QCOMPARE(entry.value(QLatin1String("seq")).toInteger(), i + 1);
            const QString hash = entry.take(QLatin1String("hash")).toString();
            QCOMPARE(hash, sha256(previous.toLatin1() + canonicalJson(entry)));
            previous = hash;
        }
        QCOMPARE(entries.at(1).toObject().value(QLatin1String("action")).toString(),
                 QStringLiteral("Set scenarios[\"%1\"].budget to 26000000").arg(planB));
    }

    void historyTableListsEachEntry()
    {
        QTemporaryDir dir;
        const QString plan = planWithHistory(dir);
        const auto run = runCli({QStringLiteral("history"), plan});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // header, two entries, the chain's verdict
        QVERIFY(lines.at(0).contains(QLatin1String("Author")));
        QVERIFY(lines.at(1).contains(QLatin1String("CFO asked")));
        QVERIFY(lines.at(1).contains(planA));
        QVERIFY(lines.at(2).contains(planB));
        QCOMPARE(lines.at(3), QStringLiteral("2 entries, the chain verifies"));

        QTemporaryDir empty;
        const auto none = runCli({QStringLiteral("history"), test::importSample(empty)});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out, QStringLiteral("plan.cplan: no history yet\n"));
    }

    void verifyPassesAnUntouchedPlan()
    {
        QTemporaryDir dir;
        const QString plan = planWithHistory(dir);
        const auto run = runCli({QStringLiteral("verify"), plan});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("verified: 2 entries, content checksum ok\n"));
    }

    // An entry altered outside the app (its reason edited in the file's history table): verify
    // fails and names that entry; history says so too, and still lists the entries.
    void verifyNamesAnAlteredEntry()
    {
        QTemporaryDir dir;
        const QString plan = planWithHistory(dir);
        QVERIFY(alterFile(plan, QStringLiteral("UPDATE history SET entry = "
                                               "replace(entry, 'CFO asked', 'CEO asked') "
                                               "WHERE seq = 1")));
        const auto run = runCli({QStringLiteral("verify"), plan});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QLatin1String("history entry 1")), qPrintable(run.err));

        const QJsonObject history =
            runJson({QStringLiteral("history"), plan, QStringLiteral("--json")});
        QCOMPARE(history.value(QLatin1String("verified")).toBool(), false);
        QCOMPARE(history.value(QLatin1String("altered_at")).toInteger(), 1);
        QCOMPARE(history.value(QLatin1String("entries")).toArray().size(), 2);
        const auto table = runCli({QStringLiteral("history"), plan});
        QVERIFY2(table.out.contains(QLatin1String("history entry 1")), qPrintable(table.out));
    }

    // A deleted entry breaks the chain at the entry after it.
    void verifyNamesTheEntryAfterADeletedOne()
    {
        QTemporaryDir dir;
        const QString plan = planWithHistory(dir);
        QVERIFY(alterFile(plan, QStringLiteral("DELETE FROM history WHERE seq = 1")));
        const auto run = runCli({QStringLiteral("verify"), plan});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("history entry ")), qPrintable(run.err));
    }

    // A plan whose content no longer matches its checksum is damaged: verify fails with the
    // reader's message.
    void verifyReportsADamagedFile()
    {
        QTemporaryDir dir;
        const QString plan = planWithHistory(dir);
        QVERIFY(alterFile(plan, QStringLiteral("UPDATE scenarios SET budget = 25000001 "
                                               "WHERE budget = 25000000")));
        const auto run = runCli({QStringLiteral("verify"), plan});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("damaged")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void versionsAreSavedListedAndNeverReplaced()
    {
        QTemporaryDir dir;
        const QString plan = test::importSample(dir);
        const auto saved = runCli({QStringLiteral("version"), plan, QStringLiteral("--save"),
                                   QStringLiteral("Board draft"), QStringLiteral("--comment"),
                                   QStringLiteral("as sent to the board")});
        QCOMPARE(saved.exitCode, 0);
        QVERIFY(saved.out.startsWith(QLatin1String("plan.cplan: saved version \"Board draft\"")));

        const QByteArray before = test::readBytes(plan);
        const auto again = runCli({QStringLiteral("version"), plan, QStringLiteral("--save"),
                                   QStringLiteral("Board draft")});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QLatin1String("\"Board draft\"")), qPrintable(again.err));
        QVERIFY(again.err.contains(QLatin1String("nothing was written")));
        QCOMPARE(test::readBytes(plan), before);

        const auto unnamed =
            runCli({QStringLiteral("version"), plan, QStringLiteral("--save"), QString()});
        QCOMPARE(unnamed.exitCode, 2);
        const auto noSave = runCli({QStringLiteral("version"), plan});
        QCOMPARE(noSave.exitCode, 2);
        QCOMPARE(test::readBytes(plan), before);

        const QJsonArray versions =
            runJson({QStringLiteral("versions"), plan, QStringLiteral("--json")})
                .value(QLatin1String("versions"))
                .toArray();
        QCOMPARE(versions.size(), 1);
        const QJsonObject version = versions.at(0).toObject();
        QCOMPARE(version.value(QLatin1String("name")).toString(), QStringLiteral("Board draft"));
        QCOMPARE(version.value(QLatin1String("comment")).toString(),
                 QStringLiteral("as sent to the board"));
        QVERIFY(!version.value(QLatin1String("author")).toString().isEmpty());
        QVERIFY(version.value(QLatin1String("at")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(version.value(QLatin1String("content_hash")).toString().size(), 64);

        const auto table = runCli({QStringLiteral("versions"), plan});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(QLatin1String("as sent to the board")));

        const auto verified = runCli({QStringLiteral("verify"), plan});
        QCOMPARE(verified.out,
                 QStringLiteral("verified: 1 entry, 1 version, content checksum ok\n"));
    }

    // A version whose row was altered outside the app no longer matches its content hash:
    // verify fails and names the version.
    void verifyNamesAnAlteredVersion()
    {
        QTemporaryDir dir;
        const QString plan = test::importSample(dir);
        QCOMPARE(runCli({QStringLiteral("version"), plan, QStringLiteral("--save"),
                         QStringLiteral("Board draft")})
                     .exitCode,
                 0);
        QVERIFY(alterFile(plan, QStringLiteral("UPDATE versions SET content_hash = '%1'")
                                    .arg(QString(64, QLatin1Char('0')))));
        const auto run = runCli({QStringLiteral("verify"), plan});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QLatin1String("version \"Board draft\"")), qPrintable(run.err));
    }

    // A version against now and against another version: each changed field with its path,
    // human name and values, and the effect on every scenario's key totals (MODEL.md §9).
    void diffShowsChangesAndTheirEffect()
    {
        QTemporaryDir dir;
        const QString plan = test::importSample(dir);
        QCOMPARE(runCli({QStringLiteral("version"), plan, QStringLiteral("--save"),
                         QStringLiteral("Board draft")})
                     .exitCode,
                 0);
        const QString budget = QStringLiteral("scenarios[\"%1\"].budget").arg(planA);
        QCOMPARE(
            runCli({QStringLiteral("set"), plan, budget + QStringLiteral("=25000000")}).exitCode,
            0);
        QCOMPARE(runCli({QStringLiteral("version"), plan, QStringLiteral("--save"),
                         QStringLiteral("After CFO")})
                     .exitCode,
                 0);

        const QJsonObject diff = runJson({QStringLiteral("diff"), plan, QStringLiteral("--from"),
                                          QStringLiteral("Board draft"), QStringLiteral("--json")});
        QCOMPARE(diff.value(QLatin1String("from")).toString(), QStringLiteral("Board draft"));
        QCOMPARE(diff.value(QLatin1String("to")).toString(), QStringLiteral("now"));
        const QJsonArray changes = diff.value(QLatin1String("changes")).toArray();
        QCOMPARE(changes.size(), 1);
        const QJsonObject change = changes.at(0).toObject();
        QCOMPARE(change.value(QLatin1String("path")).toString(), budget);
        QVERIFY(!change.value(QLatin1String("label")).toString().contains(QLatin1Char('[')));
        QCOMPARE(change.value(QLatin1String("before")).toDouble(), 20e6);
        QCOMPARE(change.value(QLatin1String("after")).toDouble(), 25e6);
        const QJsonObject customers = diff.value(QLatin1String("totals"))
                                          .toObject()
                                          .value(planA)
                                          .toObject()
                                          .value(QLatin1String("customers"))
                                          .toObject();
        QVERIFY(customers.value(QLatin1String("after")).toDouble() >
                customers.value(QLatin1String("before")).toDouble());
        const QJsonObject other = diff.value(QLatin1String("totals"))
                                      .toObject()
                                      .value(planB)
                                      .toObject()
                                      .value(QLatin1String("value"))
                                      .toObject();
        QCOMPARE(other.value(QLatin1String("after")), other.value(QLatin1String("before")));

        // Between two versions: the same change.
        const QJsonObject between = runJson(
            {QStringLiteral("diff"), plan, QStringLiteral("--from"), QStringLiteral("Board draft"),
             QStringLiteral("--to"), QStringLiteral("After CFO"), QStringLiteral("--json")});
        QCOMPARE(between.value(QLatin1String("to")).toString(), QStringLiteral("After CFO"));
        QCOMPARE(between.value(QLatin1String("changes")), diff.value(QLatin1String("changes")));

        // Readable: the scenario's group, the amounts in the plan's currency, the totals effect
        // of the changed scenario only.
        const auto text = runCli({QStringLiteral("diff"), plan, QStringLiteral("--from"),
                                  QStringLiteral("Board draft")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith(QLatin1String("Changes from \"Board draft\" to now (CNY)")),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("25,000,000")), qPrintable(text.out));
        QVERIFY(!text.out.contains(budget));
        QVERIFY(text.out.contains(QLatin1String("Effect on the totals")));
        QVERIFY(text.out.contains(QLatin1String("Customers")));
        QVERIFY(!text.out.contains(planB));
    }

    void diffRefusesAnUnknownVersion()
    {
        QTemporaryDir dir;
        const QString plan = test::importSample(dir);
        runCli({QStringLiteral("version"), plan, QStringLiteral("--save"),
                QStringLiteral("Board draft")});
        const auto run = runCli({QStringLiteral("diff"), plan, QStringLiteral("--from"),
                                 QStringLiteral("Bored draft")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QStringLiteral("--from: no version named \"Bored draft\" (the plan has "
                                         "\"Board draft\")\n"));
        const auto to =
            runCli({QStringLiteral("diff"), plan, QStringLiteral("--from"),
                    QStringLiteral("Board draft"), QStringLiteral("--to"), QStringLiteral("x")});
        QCOMPARE(to.exitCode, 2);
        QVERIFY(to.err.startsWith(QLatin1String("--to: no version named \"x\"")));
        const auto missing = runCli({QStringLiteral("diff"), plan});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QLatin1String("--from")));
    }

    // draft → submitted → approved → locked, each saved with its entry; the refusals exit 2 and
    // write nothing.
    void signoffMovesAScenarioThroughItsStates()
    {
        QTemporaryDir dir;
        const QString plan = test::importSample(dir);
        const auto submit = runCli({QStringLiteral("signoff"), plan, QStringLiteral("submit"),
                                    QStringLiteral("--scenario"), planA});
        QCOMPARE(submit.exitCode, 0);
        QVERIFY2(submit.out.contains(QStringLiteral("draft → submitted")), qPrintable(submit.out));

        QByteArray before = test::readBytes(plan);
        // A return needs a comment.
        const auto bare = runCli({QStringLiteral("signoff"), plan, QStringLiteral("return"),
                                  QStringLiteral("--scenario"), planA});
        QCOMPARE(bare.exitCode, 2);
        QVERIFY(bare.err.contains(QLatin1String("nothing was written")));
        QCOMPARE(test::readBytes(plan), before);

        const auto returned = runCli({QStringLiteral("signoff"), plan, QStringLiteral("return"),
                                      QStringLiteral("--scenario"), planA,
                                      QStringLiteral("--comment"), QStringLiteral("cut TV")});
        QCOMPARE(returned.exitCode, 0);
        QVERIFY(returned.out.contains(QStringLiteral("submitted → draft")));
        for (const char *action : {"submit", "approve", "lock"}) {
            const auto run = runCli({QStringLiteral("signoff"), plan, QLatin1String(action),
                                     QStringLiteral("--scenario"), planA});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        const auto loaded = loadPlan(plan);
        QVERIFY(loaded.ok());
        QVERIFY(loaded->scenarios.at(0).signoff.state == SignoffState::Locked);
        QVERIFY(loaded->scenarios.at(1).signoff.state == SignoffState::Draft);

        const QJsonArray entries =
            runJson({QStringLiteral("history"), plan, QStringLiteral("--json")})
                .value(QLatin1String("entries"))
                .toArray();
        QCOMPARE(entries.size(), 5);
        QVERIFY(entries.at(1).toObject().value(QLatin1String("action")).toString().contains(planA));

        // Locked is the end: nothing moves it.
        before = test::readBytes(plan);
        const auto again = runCli({QStringLiteral("signoff"), plan, QStringLiteral("submit"),
                                   QStringLiteral("--scenario"), planA});
        QCOMPARE(again.exitCode, 2);
        QCOMPARE(test::readBytes(plan), before);
    }

    void signoffRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown scenario")
            << QStringList{QStringLiteral("submit"), QStringLiteral("--scenario"),
                           QStringLiteral("Plan Z")}
            << QStringLiteral("no scenario named \"Plan Z\"");
        QTest::newRow("unknown action")
            << QStringList{QStringLiteral("bless"), QStringLiteral("--scenario"), planA}
            << QStringLiteral("unknown action \"bless\"");
        QTest::newRow("no scenario")
            << QStringList{QStringLiteral("submit")} << QStringLiteral("--scenario");
        QTest::newRow("approve a draft")
            << QStringList{QStringLiteral("approve"), QStringLiteral("--scenario"), planB}
            << QStringLiteral("nothing was written");
    }

    void signoffRefusesBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString plan = test::importSample(dir);
        const QByteArray before = test::readBytes(plan);
        const auto run = runCli(QStringList{QStringLiteral("signoff"), plan} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(test::readBytes(plan), before);
    }

    void everyCommandHasHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("usage");
        QTest::newRow("history") << QStringLiteral("history")
                                 << QStringLiteral("usage: cplan history PLAN [--json]\n");
        QTest::newRow("verify") << QStringLiteral("verify")
                                << QStringLiteral("usage: cplan verify PLAN\n");
        QTest::newRow("version") << QStringLiteral("version")
                                 << QStringLiteral(
                                        "usage: cplan version PLAN --save NAME [--comment TEXT]\n");
        QTest::newRow("versions") << QStringLiteral("versions")
                                  << QStringLiteral("usage: cplan versions PLAN [--json]\n");
        QTest::newRow("diff")
            << QStringLiteral("diff")
            << QStringLiteral("usage: cplan diff PLAN --from VERSION [--to VERSION] [--json]\n");
        QTest::newRow("signoff") << QStringLiteral("signoff")
                                 << QStringLiteral("usage: cplan signoff PLAN --scenario NAME "
                                                   "submit|approve|return|lock [--comment TEXT]\n");
    }

    void everyCommandHasHelp()
    {
        QFETCH(QString, command);
        QFETCH(QString, usage);
        const auto run = runCli({command, QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(usage), qPrintable(run.out));
        const auto overview = runCli({QStringLiteral("--help")});
        QVERIFY(overview.out.contains(usage.mid(7, usage.size() - 8)));
    }
};

QTEST_GUILESS_MAIN(HistoryCommandsTest)
#include "HistoryCommandsTest.moc"
