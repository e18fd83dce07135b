// `cplan team …` and the team store's home (MODEL.md §9, §11; issue 26 items 1 and 5): publish
// then save is lossless, `team set` applies edits of different fields and refuses a stale edit
// of the same field naming who changed it, when and to what, roles are told what they may not
// change, and bad input (a wrong password, no server, a user with no role, a newer store) says
// so. Against a real server (PgTestServer.h), through the real command table.

#include "PgTestServer.h"
#include "support/PlanComparison.h"

#include "app/cli/CliCommand.h"
#include "models/document/PlanHome.h"
#include "models/history/JsonPathEdit.h"
#include "models/storage/PlanJson.h"
#include "models/team/TeamHome.h"
#include "models/team/TeamSchema.h"
#include "models/team/TeamStore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <mutex>
#include <thread>

using namespace cplan;

namespace {

const QString memberPassword = QStringLiteral("member-secret");

struct Outcome
{
    int status = -1;
    QString out;
    QString err;
};

Outcome cplanRun(const QStringList &args)
{
    Outcome outcome;
    QTextStream out(&outcome.out);
    QTextStream err(&outcome.err);
    outcome.status = cli::run(args, out, err);
    out.flush();
    err.flush();
    return outcome;
}

QString fieldPath(const QString &scenario, const QString &fieldName)
{
    return planPathText({PathStep{PathStep::Kind::Field, QStringLiteral("scenarios"), 0},
                         PathStep{PathStep::Kind::Named, scenario, 0},
                         PathStep{PathStep::Kind::Field, fieldName, 0}});
}

} // namespace

class TeamStoreTest : public QObject
{
    Q_OBJECT

private:
    test::PgTestServer m_server;
    QTemporaryDir m_dir;
    Plan m_published; // the plan as published as "Annual"
    QString m_storeUrl;

    QString as(const QString &login, const QString &database = QStringLiteral("plans")) const
    {
        return login == QLatin1String("owner") ? m_server.ownerUrl(database)
                                               : m_server.url(login, memberPassword, database);
    }

    Plan storePlan()
    {
        auto store = TeamStore::open(as(QStringLiteral("owner")));
        if (!store)
            return {};
        auto loaded = (*store)->load(QStringLiteral("Annual"));
        return loaded ? loaded->plan : Plan{};
    }

private slots:
    void initTestCase()
    {
        CPLAN_REQUIRE_PG_SERVER(m_server);
        auto admin = PgConnection::open(m_server.ownerUrl());
        QVERIFY(admin);
        QVERIFY((*admin)->exec(QStringLiteral("CREATE DATABASE plans")));
        const Outcome init =
            cplanRun({QStringLiteral("team"), QStringLiteral("init"), as(QStringLiteral("owner"))});
        QVERIFY2(init.status == 0, qPrintable(init.err));
        QVERIFY(init.out.contains(QLatin1String("schema version")));
        // Safe to run twice.
        const Outcome again =
            cplanRun({QStringLiteral("team"), QStringLiteral("init"), as(QStringLiteral("owner"))});
        QVERIFY2(again.status == 0, qPrintable(again.err));
        QVERIFY(again.out.contains(QLatin1String("up to date")));

        const QString passwordFile = m_dir.filePath(QStringLiteral("password"));
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(memberPassword.toUtf8() + '\n');
        file.close();
        for (const QString &role : {QStringLiteral("director"), QStringLiteral("finance"),
                                    QStringLiteral("pm"), QStringLiteral("viewer")}) {
            const Outcome added = cplanRun({QStringLiteral("team"), QStringLiteral("people"),
                                            as(QStringLiteral("owner")), QStringLiteral("--add"),
                                            role + QStringLiteral("1"), QStringLiteral("--role"),
                                            role, QStringLiteral("--password-file"), passwordFile});
            QVERIFY2(added.status == 0, qPrintable(added.err));
        }
        const Outcome people = cplanRun(
            {QStringLiteral("team"), QStringLiteral("people"), as(QStringLiteral("viewer1"))});
        QVERIFY2(people.status == 0, qPrintable(people.err));
        QVERIFY2(people.out.contains(QLatin1String("pm1\tpm")), qPrintable(people.out));
        const Outcome badRole =
            cplanRun({QStringLiteral("team"), QStringLiteral("people"), as(QStringLiteral("owner")),
                      QStringLiteral("--add"), QStringLiteral("x"), QStringLiteral("--role"),
                      QStringLiteral("boss")});
        QCOMPARE(badRole.status, 2);
        QVERIFY(badRole.err.contains(QLatin1String("not a role")));
        const Outcome notOwner =
            cplanRun({QStringLiteral("team"), QStringLiteral("people"),
                      as(QStringLiteral("director1")), QStringLiteral("--add"), QStringLiteral("x"),
                      QStringLiteral("--role"), QStringLiteral("pm")});
        QCOMPARE(notOwner.status, 1);
        QVERIFY2(notOwner.err.contains(QLatin1String("may not create members")),
                 qPrintable(notOwner.err));
    }

    // A .cplan with a history entry and a version, published and saved back: the same plan,
    // the same versions, its history followed by the store's "Published" entry.
    void publishThenSaveIsLossless()
    {
        Plan plan = samplePlan();
        const QString file = m_dir.filePath(QStringLiteral("annual.cplan"));
        {
            auto home = FileHome::relocated(nullptr, file, PlanFormat::Cplan);
            QVERIFY(home->save(plan, {}));
            Plan edited = plan;
            edited.scenarios[0].budget += 1000;
            HistoryEntry entry;
            entry.at = QStringLiteral("2026-12-01T09:30:00Z");
            entry.author = QStringLiteral("Li Wei");
            entry.action = QStringLiteral("Set budget");
            entry.reason = QStringLiteral("CFO asked");
            entry.changes.push_back(
                FieldChange{fieldPath(plan.scenarios[0].name, QStringLiteral("budget")),
                            plan.scenarios[0].budget, edited.scenarios[0].budget});
            PlanCommit commit;
            commit.entries.push_back(entry);
            commit.versions.push_back(
                NewVersion{QStringLiteral("Board draft"), QStringLiteral("for the board"),
                           QStringLiteral("Li Wei"), QStringLiteral("2026-12-01T09:31:00Z"), plan});
            const Status saved = home->save(edited, commit);
            QVERIFY2(saved, test::why(saved));
            plan = edited;
        }
        const Outcome published = cplanRun({QStringLiteral("team"), QStringLiteral("publish"), file,
                                            as(QStringLiteral("owner")), QStringLiteral("--as"),
                                            QStringLiteral("Annual")});
        QVERIFY2(published.status == 0, qPrintable(published.err));
        m_published = plan;
        const Outcome twice = cplanRun({QStringLiteral("team"), QStringLiteral("publish"), file,
                                        as(QStringLiteral("owner")), QStringLiteral("--as"),
                                        QStringLiteral("Annual")});
        QCOMPARE(twice.status, 1);
        QVERIFY2(twice.err.contains(QLatin1String("already in the team store")),
                 qPrintable(twice.err));

        const QString out = m_dir.filePath(QStringLiteral("saved.cplan"));
        const Outcome saved =
            cplanRun({QStringLiteral("team"), QStringLiteral("save"), as(QStringLiteral("viewer1")),
                      QStringLiteral("Annual"), out});
        QVERIFY2(saved.status == 0, qPrintable(saved.err));
        FileHome reread(out);
        auto back = reread.open();
        QVERIFY2(back, test::why(back));
        QCOMPARE_PLANS(*back, plan);
        QCOMPARE(reread.versions().size(), std::size_t(1));
        QCOMPARE(reread.versions()[0].name, QStringLiteral("Board draft"));
        QCOMPARE(reread.versions()[0].author, QStringLiteral("Li Wei"));
        QCOMPARE(reread.versions()[0].at, QStringLiteral("2026-12-01T09:31:00Z"));
        auto version = reread.versionContent(QStringLiteral("Board draft"));
        QVERIFY(version);
        QCOMPARE_PLANS(*version, samplePlan());
        const auto entries = reread.historyEntries();
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(entries[0].author, QStringLiteral("Li Wei"));
        QCOMPARE(entries[0].at, QStringLiteral("2026-12-01T09:30:00Z"));
        QCOMPARE(entries[0].reason, QStringLiteral("CFO asked"));
        QCOMPARE(entries[0].changes.size(), std::size_t(1));
        QCOMPARE(entries[0].changes[0].after.toDouble(), plan.scenarios[0].budget);
        QCOMPARE(entries[1].author, QStringLiteral("owner"));
        QVERIFY(reread.chainCheck().verified);

        const Outcome list =
            cplanRun({QStringLiteral("team"), QStringLiteral("list"), as(QStringLiteral("pm1"))});
        QVERIFY2(list.status == 0, qPrintable(list.err));
        QVERIFY2(list.out.startsWith(QLatin1String("Annual\trevision 1")), qPrintable(list.out));
    }

    // Edits of different fields made on the same revision both apply; a stale edit of the same
    // field is refused, naming who changed it, when and to what, and changes nothing.
    void setAppliesDifferentFieldsAndRefusesAStaleEditOfTheSameField()
    {
        const QString scenario = m_published.scenarios[0].name;
        const QString budget = fieldPath(scenario, QStringLiteral("budget"));
        const Outcome first =
            cplanRun({QStringLiteral("team"), QStringLiteral("set"), as(QStringLiteral("finance1")),
                      QStringLiteral("Annual"), budget + QStringLiteral("=21500000"),
                      QStringLiteral("--revision"), QStringLiteral("1"), QStringLiteral("--reason"),
                      QStringLiteral("CFO asked")});
        QVERIFY2(first.status == 0, qPrintable(first.err));
        QCOMPARE(first.out, QStringLiteral("2\n"));
        // The director, also on revision 1, sets the scenario's name_zh-free other field: its
        // phasing is not the budget, so both apply.
        const QString other =
            planPathText({PathStep{PathStep::Kind::Field, QStringLiteral("scenarios"), 0},
                          PathStep{PathStep::Kind::Named, scenario, 0},
                          PathStep{PathStep::Kind::Field, QStringLiteral("channels"), 0},
                          PathStep{PathStep::Kind::Named, m_published.channels[0].name, 0},
                          PathStep{PathStep::Kind::Field, QStringLiteral("cpl"), 0}});
        const Outcome second = cplanRun({QStringLiteral("team"), QStringLiteral("set"),
                                         as(QStringLiteral("director1")), QStringLiteral("Annual"),
                                         other + QStringLiteral("=47"),
                                         QStringLiteral("--revision"), QStringLiteral("1")});
        QVERIFY2(second.status == 0, qPrintable(second.err));
        QCOMPARE(second.out, QStringLiteral("3\n"));
        // The director's stale edit of the budget (made on revision 1) is refused.
        const Outcome stale = cplanRun({QStringLiteral("team"), QStringLiteral("set"),
                                        as(QStringLiteral("director1")), QStringLiteral("Annual"),
                                        budget + QStringLiteral("=19000000"),
                                        QStringLiteral("--revision"), QStringLiteral("1")});
        QCOMPARE(stale.status, 2);
        QVERIFY2(stale.err.contains(QLatin1String("finance1")), qPrintable(stale.err));
        QVERIFY2(stale.err.contains(QLatin1String("21500000")), qPrintable(stale.err));
        QVERIFY2(stale.err.contains(QLatin1String("revision 2")), qPrintable(stale.err));
        QVERIFY2(stale.err.contains(QRegularExpression(QStringLiteral("at \\d{4}-\\d\\d-\\d\\dT"))),
                 qPrintable(stale.err));
        const Plan now = storePlan();
        QCOMPARE(now.scenarios[0].budget, 21500000.0);
        QCOMPARE(now.scenarios[0].channels[0].cpl, 47.0);
        // Made on the latest revision, the same edit applies.
        const Outcome fresh = cplanRun({QStringLiteral("team"), QStringLiteral("set"),
                                        as(QStringLiteral("director1")), QStringLiteral("Annual"),
                                        budget + QStringLiteral("=19000000"),
                                        QStringLiteral("--revision"), QStringLiteral("3")});
        QVERIFY2(fresh.status == 0, qPrintable(fresh.err));
        QCOMPARE(fresh.out, QStringLiteral("4\n"));
        QCOMPARE(storePlan().scenarios[0].budget, 19000000.0);
        // The history the server wrote: author, reason, the field before and after.
        auto store = TeamStore::open(as(QStringLiteral("viewer1")));
        QVERIFY(store);
        auto loaded = (*store)->load(QStringLiteral("Annual"));
        QVERIFY(loaded);
        auto history = (*store)->history(loaded->id);
        QVERIFY(history);
        const HistoryEntry &byFinance = (*history)[history->size() - 3];
        QCOMPARE(byFinance.author, QStringLiteral("finance1"));
        QCOMPARE(byFinance.reason, QStringLiteral("CFO asked"));
        QVERIFY2(byFinance.action.contains(budget), qPrintable(byFinance.action));
        QStringList changedPaths;
        for (const FieldChange &change : byFinance.changes)
            changedPaths.append(change.path);
        QVERIFY2(byFinance.changes.size() == 1, qPrintable(changedPaths.join(QLatin1Char(' '))));
        QCOMPARE(byFinance.changes[0].path, budget);
        QCOMPARE(byFinance.changes[0].before.toDouble(), m_published.scenarios[0].budget);
        QCOMPARE(byFinance.changes[0].after.toDouble(), 21500000.0);
    }

    void setRefusesWhatTheRoleMayNotChangeAndBadEdits_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QString>("message");
        const QString scenario = samplePlan().scenarios[0].name;
        const QString approved = samplePlan().scenarios[1].name;
        QTest::newRow("pm sets a budget")
            << QStringLiteral("pm1")
            << fieldPath(scenario, QStringLiteral("budget")) + QStringLiteral("=1")
            << QStringLiteral("pm1 (pm) may not change");
        QTest::newRow("viewer sets a budget")
            << QStringLiteral("viewer1")
            << fieldPath(scenario, QStringLiteral("budget")) + QStringLiteral("=1")
            << QStringLiteral("may only read");
        QTest::newRow("director sets an actual")
            << QStringLiteral("director1")
            << QStringLiteral("actuals[\"%1/%2\"].spend=5")
                   .arg(samplePlan().actuals[0].month, samplePlan().actuals[0].channel)
            << QStringLiteral("may not change");
        QTest::newRow("unknown path")
            << QStringLiteral("finance1")
            << fieldPath(scenario, QStringLiteral("budgte")) + QStringLiteral("=1")
            << QStringLiteral("unknown field");
        QTest::newRow("invalid value")
            << QStringLiteral("finance1")
            << fieldPath(scenario, QStringLiteral("budget")) + QStringLiteral("=-5")
            << QStringLiteral("not valid");
        QTest::newRow("revision from the future")
            << QStringLiteral("finance1")
            << fieldPath(scenario, QStringLiteral("budget")) + QStringLiteral("=1|--revision|999")
            << QStringLiteral("is not a revision");
        Q_UNUSED(approved);
    }

    void setRefusesWhatTheRoleMayNotChangeAndBadEdits()
    {
        QFETCH(QString, login);
        QFETCH(QString, assignment);
        QFETCH(QString, message);
        const Plan before = storePlan();
        QStringList args{QStringLiteral("team"), QStringLiteral("set"), as(login),
                         QStringLiteral("Annual")};
        args += assignment.split(QLatin1Char('|'));
        const Outcome refused = cplanRun(args);
        QCOMPARE(refused.status, 2);
        QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
        QCOMPARE_PLANS(storePlan(), before);
    }

    // A signed-off scenario: `team set` says so (the app's message), and the server would have
    // refused it anyway (TeamRolesTest).
    void setRefusesASignedOffScenario()
    {
        const QString scenario = m_published.scenarios[1].name;
        auto financeStore = TeamStore::open(as(QStringLiteral("finance1")));
        QVERIFY(financeStore);
        TeamHome finance(std::shared_ptr<TeamStore>(std::move(financeStore.value())),
                         QStringLiteral("Annual"));
        auto plan = finance.open();
        QVERIFY2(plan, test::why(plan));
        Plan approved = *plan;
        approved.scenarios[1].signoff.state = SignoffState::Approved;
        approved.scenarios[1].signoff.by = QStringLiteral("finance1");
        approved.scenarios[1].signoff.at = QStringLiteral("2026-12-07T00:00:00Z");
        approved.scenarios[1].signoff.approvedBy = QStringLiteral("finance1");
        approved.scenarios[1].signoff.approvedAt = QStringLiteral("2026-12-07T00:00:00Z");
        const Status signedOff = finance.save(approved, {});
        QVERIFY2(signedOff, test::why(signedOff));
        const Outcome refused =
            cplanRun({QStringLiteral("team"), QStringLiteral("set"),
                      as(QStringLiteral("director1")), QStringLiteral("Annual"),
                      fieldPath(scenario, QStringLiteral("budget")) + QStringLiteral("=1")});
        QCOMPARE(refused.status, 2);
        QVERIFY2(refused.err.contains(QLatin1String("pproved")), qPrintable(refused.err));
    }

    // The team home (the document's seam): two windows opened on the same revision; changes of
    // different fields both apply, the same field is refused for the later one.
    void teamHomesKeepEachOthersEdits()
    {
        auto financeStore = TeamStore::open(as(QStringLiteral("finance1")));
        auto directorStore = TeamStore::open(as(QStringLiteral("director1")));
        QVERIFY(financeStore && directorStore);
        TeamHome finance(std::shared_ptr<TeamStore>(std::move(financeStore.value())),
                         QStringLiteral("Annual"));
        TeamHome director(std::shared_ptr<TeamStore>(std::move(directorStore.value())),
                          QStringLiteral("Annual"));
        auto financePlan = finance.open();
        auto directorPlan = director.open();
        QVERIFY2(financePlan && directorPlan, "both open");
        QCOMPARE(finance.revision(), director.revision());
        const qint64 opened = finance.revision();

        Plan mine = *financePlan;
        mine.scenarios[0].budget = 20500000;
        PlanCommit commit;
        HistoryEntry entry;
        entry.action = QStringLiteral("Set budget of the first scenario");
        commit.entries.push_back(entry);
        const Status first = finance.save(mine, commit);
        QVERIFY2(first, test::why(first));
        QCOMPARE(finance.revision(), opened + 1);
        QCOMPARE(finance.storedPlan().scenarios[0].budget, 20500000.0);

        // The director's window, opened before finance's change, sets the same budget: refused.
        Plan stale = *directorPlan;
        stale.scenarios[0].budget = 18000000;
        const Status refused = director.save(stale, {});
        QVERIFY(!refused);
        QCOMPARE(director.lastRefusal(), TeamRefusal::Stale);
        QVERIFY2(refused.error().contains(QLatin1String("finance1")), test::why(refused));
        QCOMPARE(storePlan().scenarios[0].budget, 20500000.0);

        // Another field from the same window applies, and finance's budget stays.
        Plan theirs = *directorPlan;
        theirs.scenarios[0].channels[1].cpl = 13;
        const Status second = director.save(theirs, {});
        QVERIFY2(second, test::why(second));
        const Plan both = storePlan();
        QCOMPARE(both.scenarios[0].budget, 20500000.0);
        QCOMPARE(both.scenarios[0].channels[1].cpl, 13.0);
        QCOMPARE(director.storedPlan().scenarios[0].budget, 20500000.0);

        // The home knows the history's length before reading it, and reads it from the server,
        // chained as a file's.
        const qint64 counted = director.historyCount();
        QCOMPARE(qint64(director.historyEntries().size()), counted);
        QVERIFY(finance.chainCheck().verified);
        const auto entries = finance.historyEntries();
        QVERIFY(!entries.empty());
        QCOMPARE(entries.back().author, QStringLiteral("director1"));
    }

    // Other members hear of an edit when it commits (LISTEN/NOTIFY), never of one refused.
    // Prints the median round trip of one edit and of its notification on loopback (issue 26's
    // bars are 20 ms and 500 ms; measured here, not asserted).
    void otherMembersHearOfEachEditWhenItCommits()
    {
        auto listener = PgConnection::open(as(QStringLiteral("viewer1")));
        QVERIFY2(listener, test::why(listener));
        QVERIFY((*listener)->exec(QStringLiteral("LISTEN cplan_changes")));
        auto store = TeamStore::open(as(QStringLiteral("finance1")));
        QVERIFY2(store, test::why(store));
        std::vector<qint64> edits;
        std::vector<qint64> heard;
        for (int i = 0; i < 21; ++i) {
            QElapsedTimer timer;
            timer.start();
            const TeamEditResult result = (*store)->edit(
                QStringLiteral("Annual"),
                [i](const Plan &current) -> Result<Plan> {
                    Plan next = current;
                    next.actuals[0].spend = 1000.0 + i;
                    return next;
                },
                std::nullopt, QStringLiteral("Set an actual"), QString());
            QVERIFY2(result.ok(), qPrintable(result.message));
            edits.push_back(timer.nsecsElapsed() / 1000);
            const auto received = (*listener)->notifications(1000);
            heard.push_back(timer.nsecsElapsed() / 1000);
            QCOMPARE(received.size(), std::size_t(1));
            const QJsonObject payload =
                QJsonDocument::fromJson(received[0].payload.toUtf8()).object();
            QCOMPARE(payload.value(QLatin1String("plan")).toString(), QStringLiteral("Annual"));
            QCOMPARE(payload.value(QLatin1String("revision")).toInteger(), result.revision);
            QCOMPARE(payload.value(QLatin1String("author")).toString(), QStringLiteral("finance1"));
        }
        std::sort(edits.begin(), edits.end());
        std::sort(heard.begin(), heard.end());
        qInfo("one edit on loopback: median %.2f ms; another connection has heard of it: median "
              "%.2f ms (%zu edits)",
              double(edits[edits.size() / 2]) / 1000.0, double(heard[heard.size() / 2]) / 1000.0,
              edits.size());
        // A refused (stale) edit changes nothing and tells nobody.
        const TeamEditResult stale = (*store)->edit(
            QStringLiteral("Annual"),
            [](const Plan &current) -> Result<Plan> {
                Plan next = current;
                next.actuals[0].spend = 7.0;
                return next;
            },
            qint64(1), QStringLiteral("Set an actual"), QString());
        QCOMPARE(stale.refusal, TeamRefusal::Stale);
        QVERIFY((*listener)->notifications(300).empty());
    }

    // Many members at once (issue 26: nothing lost or applied twice): clients edit random
    // actual rows, half of the edits carrying the revision they read just before. Every
    // accepted edit has its own revision, one after another, and replaying the accepted edits
    // in the server's order on the plan as it was gives the plan the store holds.
    void concurrentEditsAreNeitherLostNorDuplicated()
    {
        const int clients = 8;
        const int editsEach = 25;
        auto owner = TeamStore::open(as(QStringLiteral("owner")));
        QVERIFY2(owner, test::why(owner));
        auto start = (*owner)->load(QStringLiteral("Annual"));
        QVERIFY2(start, test::why(start));
        auto historyBefore = (*owner)->history(start->id);
        QVERIFY(historyBefore);
        const std::size_t rows = start->plan.actuals.size();
        QVERIFY(rows >= 2);

        struct Accepted
        {
            std::size_t row;
            double spend;
        };
        std::mutex mutex;
        std::map<qint64, Accepted> accepted; // by revision
        int duplicates = 0;
        int stale = 0;
        QStringList failures;
        std::vector<std::thread> threads;
        for (int client = 0; client < clients; ++client) {
            threads.emplace_back([&, client] {
                auto store = TeamStore::open(as(QStringLiteral("finance1")));
                if (!store) {
                    std::lock_guard lock(mutex);
                    failures.append(store.error());
                    return;
                }
                QRandomGenerator random(quint32(client + 1));
                for (int i = 0; i < editsEach; ++i) {
                    const std::size_t row = random.bounded(quint32(rows));
                    const double spend = 10000.0 * (client + 1) + i + 0.25;
                    std::optional<qint64> base;
                    if (i % 2 == 1) {
                        auto read = (*store)->load(QStringLiteral("Annual"));
                        if (read)
                            base = read->revision;
                    }
                    const TeamEditResult result = (*store)->edit(
                        QStringLiteral("Annual"),
                        [&](const Plan &current) -> Result<Plan> {
                            Plan next = current;
                            next.actuals[row].spend = spend;
                            return next;
                        },
                        base, QStringLiteral("Set an actual"), QString());
                    std::lock_guard lock(mutex);
                    if (result.refusal == TeamRefusal::Stale) {
                        ++stale;
                    } else if (!result.ok()) {
                        failures.append(result.message);
                    } else if (!accepted.emplace(result.revision, Accepted{row, spend}).second) {
                        ++duplicates;
                    }
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QCOMPARE(duplicates, 0);
        QCOMPARE(int(accepted.size()) + stale, clients * editsEach);
        QVERIFY(!accepted.empty());
        // One revision per accepted edit, none skipped.
        QCOMPARE(accepted.begin()->first, start->revision + 1);
        QCOMPARE(accepted.rbegin()->first, start->revision + qint64(accepted.size()));
        Plan replayed = start->plan;
        for (const auto &[revision, edit] : accepted)
            replayed.actuals[edit.row].spend = edit.spend;
        auto end = (*owner)->load(QStringLiteral("Annual"));
        QVERIFY(end);
        QCOMPARE(end->revision, accepted.rbegin()->first);
        QCOMPARE_PLANS(end->plan, replayed);
        auto historyAfter = (*owner)->history(start->id);
        QVERIFY(historyAfter);
        QCOMPARE(historyAfter->size(), historyBefore->size() + accepted.size());
        qInfo("%d clients x %d edits: %zu accepted, %d refused as stale", clients, editsEach,
              accepted.size(), stale);
    }

    void badInputSaysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong password")
            << m_server.url(QStringLiteral("pm1"), QStringLiteral("wrong"), QStringLiteral("plans"))
            << 1 << QStringLiteral("refused the password");
        QTest::newRow("unreachable host") << QStringLiteral("postgresql://pm1:x@127.0.0.1:1/plans")
                                          << 1 << QStringLiteral("could not connect");
        QTest::newRow("sslmode honoured")
            << m_server.url(QStringLiteral("pm1"), memberPassword, QStringLiteral("plans")) +
                   QStringLiteral("?sslmode=require")
            << 1 << QStringLiteral("SSL");
        QTest::newRow("not a store") << m_server.ownerUrl(QStringLiteral("postgres")) << 1
                                     << QStringLiteral("not a Campaign Planner team store");
    }

    void badInputSaysWhatIsWrong()
    {
        QFETCH(QString, url);
        QFETCH(int, status);
        QFETCH(QString, message);
        const Outcome listed = cplanRun({QStringLiteral("team"), QStringLiteral("list"), url});
        QCOMPARE(listed.status, status);
        QVERIFY2(listed.err.contains(message), qPrintable(listed.err));
        QVERIFY(!listed.err.contains(QLatin1String("wrong")));
    }

    void aUserWithoutARoleAndANewerStoreAreRefused()
    {
        auto owner = PgConnection::open(as(QStringLiteral("owner")));
        QVERIFY(owner);
        QVERIFY((*owner)->exec(
            QStringLiteral("CREATE ROLE stranger LOGIN PASSWORD '%1'").arg(memberPassword)));
        const Outcome stranger = cplanRun(
            {QStringLiteral("team"), QStringLiteral("list"), as(QStringLiteral("stranger"))});
        QCOMPARE(stranger.status, 1);
        QVERIFY2(stranger.err.contains(QLatin1String("has no role in this team store")),
                 qPrintable(stranger.err));

        QVERIFY((*owner)->exec(QStringLiteral("CREATE DATABASE newer")));
        auto newer = PgConnection::open(as(QStringLiteral("owner"), QStringLiteral("newer")));
        QVERIFY(newer);
        QVERIFY(initTeamStore(**newer));
        QVERIFY((*newer)->exec(QStringLiteral("INSERT INTO cplan.schema_version (version) "
                                              "VALUES (%1)")
                                   .arg(teamSchemaVersion() + 1)));
        const Outcome refused = cplanRun({QStringLiteral("team"), QStringLiteral("list"),
                                          as(QStringLiteral("owner"), QStringLiteral("newer"))});
        QCOMPARE(refused.status, 1);
        QVERIFY2(refused.err.contains(QLatin1String("newer than this Campaign Planner")),
                 qPrintable(refused.err));
        const Outcome publish = cplanRun({QStringLiteral("team"), QStringLiteral("publish"),
                                          m_dir.filePath(QStringLiteral("annual.cplan")),
                                          as(QStringLiteral("owner"), QStringLiteral("newer"))});
        QCOMPARE(publish.status, 1);
        auto plans = (*newer)->run(QStringLiteral("SELECT count(*) FROM cplan.plans"));
        QVERIFY(plans);
        QCOMPARE(plans->number(0, 0), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TeamStoreTest)
#include "TeamStoreTest.moc"
