// Issue 26's concurrency bar on a real server (loopback): many clients, each a thread with its
// own connection, make random edits of random fields (a few fields shared by everyone, so
// stale refusals happen), each edit with an id of its own and the revision its client last
// knew. In the middle the server is stopped (pg_ctl stop -m fast) and started again: every
// client reconnects and sends its in-flight edit again with the same id, and also its last
// accepted edit (made on an old revision: a client not sure its last answer was kept), which
// the server must recognise as applied before. Then:
//  - every edit has exactly one outcome (accepted or refused as stale), nothing failed;
//  - the accepted edits have distinct revisions, one after another, and replaying them in
//    the server's revision order on the plan as it was gives the plan the store holds;
//  - each accepted edit has exactly one history entry with one change and one recorded id
//    with its revision (zero lost, zero applied twice).
//
// CPLAN_TEAM_LOAD_CLIENTS and CPLAN_TEAM_LOAD_EDITS set the size (default the 20 clients
// x 200 edits, 30-50 s on two cores; CPLAN_TEAM_LOAD_EDITS=60 for a quicker run).

#include "TeamStoreFixture.h"
#include "support/PlanComparison.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <thread>

using namespace cplan;

namespace {

int fromEnvironment(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// One field a client may set: an actual row's spend, a draft scenario's budget, or one of its
// channels' cost per lead.
struct FieldRef
{
    enum class Kind
    {
        ActualSpend,
        Budget,
        Cpl
    } kind;
    std::size_t a = 0; // the actual row, or the scenario
    std::size_t b = 0; // the channel
};

void setField(Plan &plan, const FieldRef &field, double value)
{
    switch (field.kind) {
    case FieldRef::Kind::ActualSpend:
        plan.actuals[field.a].spend = value;
        break;
    case FieldRef::Kind::Budget:
        plan.scenarios[field.a].budget = value;
        break;
    case FieldRef::Kind::Cpl:
        plan.scenarios[field.a].channels[field.b].cpl = value;
        break;
    }
}

struct Edit
{
    QString id;
    FieldRef field;
    double value = 0;
};

} // namespace

class TeamLoadTest : public QObject
{
    Q_OBJECT

private:
    test::TeamStoreFixture m_fixture;

private slots:
    void initTestCase() { CPLAN_REQUIRE_TEAM_STORE(m_fixture); }

    void manyClientsAndAServerRestartLoseAndDuplicateNothing()
    {
        const int clients = fromEnvironment("CPLAN_TEAM_LOAD_CLIENTS", 20);
        const int editsEach = fromEnvironment("CPLAN_TEAM_LOAD_EDITS", 200);
        const int total = clients * editsEach;
        auto owner = m_fixture.open(QStringLiteral("owner"));
        QVERIFY(owner);
        auto start = owner->load(test::annual);
        QVERIFY2(start, test::why(start));
        const qint64 historyBefore = owner->connection()
                                         .run(QStringLiteral("SELECT count(*) FROM cplan.history"))
                                         .value()
                                         .number(0, 0);

        // The fields: every actual row's spend, and the budget and channel cpls of the draft
        // scenarios; the first few are "shared" (picked often by everyone).
        std::vector<FieldRef> fields;
        for (std::size_t row = 0; row < start->plan.actuals.size(); ++row)
            fields.push_back({FieldRef::Kind::ActualSpend, row, 0});
        for (std::size_t s = 0; s < start->plan.scenarios.size(); ++s) {
            if (start->plan.scenarios[s].signoff.state != SignoffState::Draft)
                continue;
            fields.push_back({FieldRef::Kind::Budget, s, 0});
            for (std::size_t c = 0; c < start->plan.scenarios[s].channels.size(); ++c)
                fields.push_back({FieldRef::Kind::Cpl, s, c});
        }
        QVERIFY(fields.size() >= 10);
        const quint32 shared = 4;

        std::mutex mutex;
        std::map<qint64, Edit> accepted;    // by the revision it made
        std::map<QString, qint64> outcomes; // id -> revision (0: refused as stale)
        int duplicates = 0;
        int stale = 0;
        int resent = 0;
        int recognised = 0; // sent again and recognised as applied before
        QStringList failures;
        std::atomic<int> done{0};

        const auto client = [&](int number) {
            auto store = m_fixture.open(QStringLiteral("finance1"));
            if (!store) {
                std::lock_guard lock(mutex);
                failures.append(QStringLiteral("client %1 could not connect").arg(number));
                return;
            }
            QRandomGenerator random(quint32(number) * 7919u + 17u);
            qint64 known = start->revision;
            // The client's last accepted edit: after a reconnection it is sent again too, as a
            // client does that cannot be sure its last answer was kept (its recovery file
            // still holds it); the server must recognise it.
            std::optional<std::pair<Edit, qint64>> last;
            const auto send = [&](const Edit &edit, qint64 base) {
                return store->edit(
                    test::annual,
                    [&](const Plan &current) -> Result<Plan> {
                        Plan next = current;
                        setField(next, edit.field, edit.value);
                        return next;
                    },
                    base, QStringLiteral("Load test"), {}, {}, edit.id);
            };
            for (int i = 0; i < editsEach; ++i) {
                const FieldRef field =
                    fields[random.bounded(4) == 0 ? random.bounded(shared)
                                                  : random.bounded(quint32(fields.size()))];
                const Edit edit{QUuid::createUuid().toString(QUuid::WithoutBraces), field,
                                1000.0 * (number + 1) + i + 0.5};
                TeamEditResult result;
                for (int attempt = 0;; ++attempt) {
                    result = send(edit, known);
                    if (result.refusal != TeamRefusal::Failed || store->isConnected())
                        break;
                    // The server went away: connect again, then send the same edit again.
                    QElapsedTimer waited;
                    waited.start();
                    while (!store->reconnect() && waited.elapsed() < 60000)
                        std::this_thread::sleep_for(std::chrono::milliseconds(100));
                    if (last) {
                        const TeamEditResult again = send(last->first, start->revision);
                        std::lock_guard lock(mutex);
                        if (!again.ok() || !again.alreadyApplied || again.revision != last->second)
                            failures.append(
                                QStringLiteral("the resend of %1 (revision %2): %3 %4")
                                    .arg(last->first.id)
                                    .arg(last->second)
                                    .arg(again.revision)
                                    .arg(again.alreadyApplied ? QString() : again.message));
                        else
                            ++recognised;
                    }
                    std::lock_guard lock(mutex);
                    ++resent;
                }
                std::lock_guard lock(mutex);
                if (result.refusal == TeamRefusal::Stale) {
                    ++stale;
                    outcomes[edit.id] = 0;
                    // A window would follow the others' edits now.
                    if (auto now = store->connection().run(
                            QStringLiteral("SELECT revision FROM cplan.plans WHERE name = $1"),
                            {test::annual}))
                        known = now->number(0, 0);
                } else if (!result.ok()) {
                    failures.append(result.message);
                } else {
                    if (result.alreadyApplied)
                        ++recognised;
                    known = std::max(known, result.revision);
                    last = std::make_pair(edit, result.revision);
                    outcomes[edit.id] = result.revision;
                    if (!accepted.emplace(result.revision, edit).second)
                        ++duplicates;
                }
                ++done;
            }
        };

        QElapsedTimer timer;
        timer.start();
        std::vector<std::thread> threads;
        for (int number = 0; number < clients; ++number)
            threads.emplace_back(client, number);
        // The restart, halfway through.
        while (done.load() < total / 2)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        const int doneAtStop = done.load();
        const bool stopped = m_fixture.server.stop();
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        const bool started = m_fixture.server.start();
        for (std::thread &thread : threads)
            thread.join();
        const double seconds = double(timer.elapsed()) / 1000.0;
        QVERIFY(stopped && started);

        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 5).join(QLatin1Char('\n'))));
        QCOMPARE(duplicates, 0);
        QCOMPARE(int(outcomes.size()), total);
        QCOMPARE(int(accepted.size()) + stale, total);
        QVERIFY(!accepted.empty());
        QVERIFY2(resent > 0, "the restart interrupted no edit in flight");
        QVERIFY(recognised > 0);
        // One revision per accepted edit, none skipped.
        QCOMPARE(accepted.begin()->first, start->revision + 1);
        QCOMPARE(accepted.rbegin()->first, start->revision + qint64(accepted.size()));
        Plan replayed = start->plan;
        for (const auto &[revision, edit] : accepted)
            setField(replayed, edit.field, edit.value);

        auto after = m_fixture.open(QStringLiteral("owner"));
        QVERIFY(after);
        auto end = after->load(test::annual);
        QVERIFY2(end, test::why(end));
        QCOMPARE(end->revision, accepted.rbegin()->first);
        QCOMPARE_PLANS(end->plan, replayed);
        // One history entry with exactly one change per accepted edit.
        auto entries = after->connection().run(
            QStringLiteral("SELECT count(*), count(DISTINCT h.revision), "
                           "coalesce(sum((SELECT count(*) FROM cplan.history_changes c "
                           "WHERE c.plan_id = h.plan_id AND c.revision = h.revision)), 0) "
                           "FROM cplan.history h WHERE h.action = 'Load test'"));
        QVERIFY(entries);
        QCOMPARE(entries->number(0, 0), qint64(accepted.size()));
        QCOMPARE(entries->number(0, 1), qint64(accepted.size()));
        QCOMPARE(entries->number(0, 2), qint64(accepted.size()));
        QCOMPARE(after->connection()
                     .run(QStringLiteral("SELECT count(*) FROM cplan.history"))
                     .value()
                     .number(0, 0),
                 historyBefore + qint64(accepted.size()));
        // Each accepted edit's id recorded once, with the revision it made; no refused one.
        auto ids = after->connection().run(
            QStringLiteral("SELECT e.edit_id, e.revision FROM cplan.applied_edits e "
                           "JOIN cplan.plans p ON p.id = e.plan_id WHERE p.name = $1"),
            {test::annual});
        QVERIFY(ids);
        std::map<QString, qint64> recorded;
        for (int i = 0; i < ids->count(); ++i)
            recorded[ids->text(i, 0)] = ids->number(i, 1);
        QCOMPARE(recorded.size(), accepted.size());
        for (const auto &[revision, edit] : accepted) {
            const auto found = recorded.find(edit.id);
            QVERIFY(found != recorded.end());
            QCOMPARE(found->second, revision);
        }
        qInfo("%d clients x %d edits in %.1f s (server restarted after %d): %zu accepted, %d "
              "refused as stale, %d in flight sent again after the restart, %d sent again and "
              "recognised as applied before",
              clients, editsEach, seconds, doneAtStop, accepted.size(), stale, resent, recognised);
    }
};

QTEST_GUILESS_MAIN(TeamLoadTest)
#include "TeamLoadTest.moc"
