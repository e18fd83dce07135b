// Issue 26 item 4 (nothing applied twice) and item 3 (a window follows the others' edits),
// on a real server: an edit carries an id of its own and a resend of that id writes nothing
// (edit(), editFields(), `cplan team set --edit-id`); the ids table is each member's own and
// nobody rewrites it; changesSince() gives another connection what changed after its revision.

#include "TeamStoreFixture.h"
#include "support/PlanComparison.h"

#include "app/cli/CliCommand.h"
#include "models/history/JsonPathEdit.h"
#include "models/storage/PlanJson.h"
#include "models/team/TeamFields.h"

#include <QTest>
#include <QUuid>

using namespace cplan;

namespace {

QString newEditId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<Plan> withSpend(const Plan &current, std::size_t row, double spend)
{
    Plan next = current;
    next.actuals[row].spend = spend;
    return next;
}

qint64 count(PgConnection &pg, const QString &sql)
{
    auto rows = pg.exec(sql);
    return rows ? rows->number(0, 0) : -1;
}

} // namespace

class TeamStoreResendTest : public QObject
{
    Q_OBJECT

private:
    test::TeamStoreFixture m_fixture;

    qint64 historyCount()
    {
        auto owner = PgConnection::open(m_fixture.url(QStringLiteral("owner")));
        return owner ? count(**owner, QStringLiteral("SELECT count(*) FROM cplan.history")) : -1;
    }

private slots:
    void initTestCase() { CPLAN_REQUIRE_TEAM_STORE(m_fixture); }

    // The same edit sent twice (its answer was lost) is applied once: the second answer is ok,
    // says so, and gives the revision the first one made.
    void anEditSentTwiceIsAppliedOnce()
    {
        auto store = m_fixture.open(QStringLiteral("finance1"));
        QVERIFY(store);
        const QString id = newEditId();
        const qint64 entries = historyCount();
        const auto change = [](const Plan &current) {
            return withSpend(current, 0, 123456.0);
        };
        const TeamEditResult first = store->edit(test::annual, change, std::nullopt,
                                                 QStringLiteral("Set an actual"), {}, {}, id);
        QVERIFY2(first.ok(), qPrintable(first.message));
        QVERIFY(!first.alreadyApplied);
        // Someone else edits in between; the resend must neither apply again nor be stale.
        auto other = m_fixture.open(QStringLiteral("finance1"));
        const TeamEditResult between = other->edit(
            test::annual, [](const Plan &current) { return withSpend(current, 0, 7.0); },
            std::nullopt, QStringLiteral("Set an actual"), {});
        QVERIFY2(between.ok(), qPrintable(between.message));
        const TeamEditResult again = store->edit(test::annual, change, first.revision - 1,
                                                 QStringLiteral("Set an actual"), {}, {}, id);
        QVERIFY2(again.ok(), qPrintable(again.message));
        QVERIFY(again.alreadyApplied);
        QCOMPARE(again.revision, first.revision);
        QCOMPARE(historyCount(), entries + 2);
        auto now = store->load(test::annual);
        QVERIFY(now);
        QCOMPARE(now->revision, between.revision);
        QCOMPARE(now->plan.actuals[0].spend, 7.0);
    }

    // editFields() recognises a resend before it compares revisions (the plan has moved on
    // since: without the id this would be Moved, and a merge would apply it again).
    void aWindowsSaveSentTwiceIsAppliedOnce()
    {
        auto store = m_fixture.open(QStringLiteral("finance1"));
        auto loaded = store->load(test::annual);
        QVERIFY(loaded);
        const TeamFields before = teamFields(planContentJson(loaded->plan));
        Plan wanted = loaded->plan;
        wanted.actuals[1].spend = 4242.0;
        const TeamFieldChanges changes =
            teamFieldChanges(before, teamFields(planContentJson(wanted)));
        QCOMPARE(changes.write.size(), std::size_t(1));
        const QString id = newEditId();
        const TeamEditResult first = store->editFields(
            test::annual, before, changes, loaded->revision, QStringLiteral("Save"), {}, {}, id);
        QVERIFY2(first.ok(), qPrintable(first.message));
        QVERIFY(!first.alreadyApplied);
        const qint64 entries = historyCount();
        const TeamEditResult again = store->editFields(
            test::annual, before, changes, loaded->revision, QStringLiteral("Save"), {}, {}, id);
        QVERIFY2(again.ok(), qPrintable(again.message));
        QVERIFY(again.alreadyApplied);
        QCOMPARE(again.revision, first.revision);
        QCOMPARE(historyCount(), entries);
        // A new id on the old revision is a different edit: the plan moved, so it is Moved.
        const TeamEditResult fresh =
            store->editFields(test::annual, before, changes, loaded->revision,
                              QStringLiteral("Save"), {}, {}, newEditId());
        QCOMPARE(fresh.refusal, TeamRefusal::Moved);
    }

    // Another member's id is not theirs to resend: refused, nothing written.
    void anotherMembersIdIsRefused()
    {
        auto finance = m_fixture.open(QStringLiteral("finance1"));
        auto director = m_fixture.open(QStringLiteral("director1"));
        const QString id = newEditId();
        const TeamEditResult mine = finance->edit(
            test::annual, [](const Plan &current) { return withSpend(current, 0, 11.0); },
            std::nullopt, QStringLiteral("Set an actual"), {}, {}, id);
        QVERIFY2(mine.ok(), qPrintable(mine.message));
        const qint64 entries = historyCount();
        const TeamEditResult theirs = director->edit(
            test::annual,
            [](const Plan &current) -> Result<Plan> {
                Plan next = current;
                next.scenarios[0].budget += 1;
                return next;
            },
            std::nullopt, QStringLiteral("Set the budget"), {}, {}, id);
        QCOMPARE(theirs.refusal, TeamRefusal::BadInput);
        QVERIFY2(theirs.message.contains(QLatin1String("used before")), qPrintable(theirs.message));
        QCOMPARE(historyCount(), entries);
    }

    // The ids table through raw SQL: a member reads and adds only their own (the server sets
    // the author and the revision); nobody, not even the owner, changes or deletes one; a
    // viewer adds none.
    void theIdsAreEachMembersOwnAndAppendOnly()
    {
        auto finance = PgConnection::open(m_fixture.url(QStringLiteral("finance1")));
        auto director = PgConnection::open(m_fixture.url(QStringLiteral("director1")));
        auto viewer = PgConnection::open(m_fixture.url(QStringLiteral("viewer1")));
        auto owner = PgConnection::open(m_fixture.url(QStringLiteral("owner")));
        QVERIFY(finance && director && viewer && owner);
        const qint64 all =
            count(**owner, QStringLiteral("SELECT count(*) FROM cplan.applied_edits"));
        QVERIFY(all >= 3);
        const qint64 financeSees =
            count(**finance, QStringLiteral("SELECT count(*) FROM cplan.applied_edits"));
        QVERIFY(financeSees >= 3);
        QCOMPARE(count(**director, QStringLiteral("SELECT count(*) FROM cplan.applied_edits")),
                 all - financeSees);
        // Claimed for someone else at a made-up revision: the server writes the truth.
        QVERIFY((*finance)->exec(QStringLiteral(
            "INSERT INTO cplan.applied_edits (plan_id, edit_id, revision, author) "
            "SELECT id, 'by-hand', 999, 'director1' FROM cplan.plans WHERE name = 'Annual'")));
        auto row = (*owner)->exec(
            QStringLiteral("SELECT e.author, e.revision = p.revision FROM cplan.applied_edits e "
                           "JOIN cplan.plans p ON p.id = e.plan_id WHERE e.edit_id = 'by-hand'"));
        QVERIFY(row && row->count() == 1);
        QCOMPARE(row->text(0, 0), QStringLiteral("finance1"));
        QCOMPARE(row->text(0, 1), QStringLiteral("t"));
        for (PgConnection *who : {finance->get(), owner->get()}) {
            QVERIFY(!who->exec(QStringLiteral("UPDATE cplan.applied_edits SET revision = 1")));
            QVERIFY(!who->exec(QStringLiteral("DELETE FROM cplan.applied_edits")));
            QVERIFY(!who->exec(QStringLiteral("TRUNCATE cplan.applied_edits")));
        }
        QVERIFY(!(*viewer)->exec(
            QStringLiteral("INSERT INTO cplan.applied_edits (plan_id, edit_id) "
                           "SELECT id, 'viewer' FROM cplan.plans WHERE name = 'Annual'")));
        QCOMPARE((*viewer)->lastError().sqlState, QStringLiteral("42501"));
        QCOMPARE(count(**owner, QStringLiteral("SELECT count(*) FROM cplan.applied_edits")),
                 all + 1);
    }

    // `cplan team set --edit-id` run twice (a script that did not hear the first answer):
    // the same revision printed, one change.
    void teamSetWithAnEditIdCanBeSentAgain()
    {
        const QString path =
            planPathText({PathStep{PathStep::Kind::Field, QStringLiteral("actuals"), 0},
                          PathStep{PathStep::Kind::Index, QString(), 2},
                          PathStep{PathStep::Kind::Field, QStringLiteral("spend"), 0}});
        const QString id = newEditId();
        const qint64 entries = historyCount();
        QStringList outputs;
        for (int i = 0; i < 2; ++i) {
            QString out;
            QString err;
            QTextStream outStream(&out);
            QTextStream errStream(&err);
            const int status = cli::run({QStringLiteral("team"), QStringLiteral("set"),
                                         m_fixture.url(QStringLiteral("finance1")), test::annual,
                                         path + QStringLiteral("=%1").arg(5000 + i),
                                         QStringLiteral("--edit-id"), id},
                                        outStream, errStream);
            outStream.flush();
            errStream.flush();
            QVERIFY2(status == 0, qPrintable(err));
            outputs.append(out);
        }
        QCOMPARE(outputs[1], outputs[0]);
        QCOMPARE(historyCount(), entries + 1);
        auto store = m_fixture.open(QStringLiteral("viewer1"));
        auto now = store->load(test::annual);
        QVERIFY(now);
        QCOMPARE(now->plan.actuals[2].spend, 5000.0);
    }

    // Names with quotes and backslashes travel in the statements' path arrays as they are:
    // a window's save, a stale check and a removal all find their rows.
    void oddNamesAreFoundByEveryEdit()
    {
        Plan plan = samplePlan();
        const QString oddChannel = QStringLiteral("Search \"brand\" \\ x");
        const QString oldChannel = plan.channels[0].name;
        plan.channels[0].name = oddChannel;
        for (Actual &actual : plan.actuals)
            if (actual.channel == oldChannel)
                actual.channel = oddChannel;
        const QString oddMilestone = QStringLiteral("M \"9\" \\");
        const QString oldMilestone = plan.milestones.back().id;
        plan.milestones.back().id = oddMilestone;
        for (Milestone &milestone : plan.milestones)
            milestone.dependsOn.replaceInStrings(oldMilestone, oddMilestone);
        auto owner = m_fixture.open(QStringLiteral("owner"));
        const QString name = QStringLiteral("Odd");
        const Status published = owner->publish(name, plan, {}, {});
        QVERIFY2(published, test::why(published));

        auto director = m_fixture.open(QStringLiteral("director1"));
        auto loaded = director->load(name);
        QVERIFY(loaded);
        const TeamFields before = teamFields(planContentJson(loaded->plan));
        Plan wanted = loaded->plan;
        wanted.scenarios[0].channels[0].cpl = 77.0;
        const TeamFieldChanges changes =
            teamFieldChanges(before, teamFields(planContentJson(wanted)));
        QCOMPARE(changes.write.size(), std::size_t(1));
        QVERIFY2(changes.write[0].path.contains(QLatin1String("\\\"brand\\\"")),
                 qPrintable(changes.write[0].path));
        const TeamEditResult saved = director->editFields(name, before, changes, loaded->revision,
                                                          QStringLiteral("Set cpl"), {});
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        const TeamEditResult stale =
            director->edit(name,
                           [](const Plan &current) -> Result<Plan> {
                               Plan next = current;
                               next.scenarios[0].channels[0].cpl = 5.0;
                               return next;
                           },
                           loaded->revision, QStringLiteral("Set cpl"), {});
        QCOMPARE(stale.refusal, TeamRefusal::Stale);
        QVERIFY2(stale.message.contains(QLatin1String("77")), qPrintable(stale.message));

        auto pm = m_fixture.open(QStringLiteral("pm1"));
        const TeamEditResult removed =
            pm->edit(name,
                     [&](const Plan &current) -> Result<Plan> {
                         Plan next = current;
                         next.milestones.pop_back();
                         for (Milestone &milestone : next.milestones)
                             milestone.dependsOn.removeAll(oddMilestone);
                         return next;
                     },
                     std::nullopt, QStringLiteral("Remove a milestone"), {});
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        auto now = owner->load(name);
        QVERIFY(now);
        QCOMPARE(now->plan.scenarios[0].channels[0].cpl, 77.0);
        QCOMPARE(now->plan.milestones.size(), plan.milestones.size() - 1);
        QCOMPARE(now->plan.channels[0].name, oddChannel);
    }

    // Another connection follows the edits after its revision without reading the whole plan:
    // a changed value, a removed milestone (its rows gone, the list's names row changed), the
    // entries with their authors; applied to the rows it had, they give the plan as it is.
    void changesSinceGivesWhatOthersChanged()
    {
        auto window = m_fixture.open(QStringLiteral("viewer1"));
        auto seen = window->load(test::annual);
        QVERIFY(seen);
        QVERIFY(seen->plan.milestones.size() >= 2);
        auto nothing = window->changesSince(seen->id, seen->revision);
        QVERIFY(nothing);
        QCOMPARE(nothing->revision, seen->revision);
        QVERIFY(nothing->written.empty() && nothing->removed.empty() && nothing->entries.empty());

        auto finance = m_fixture.open(QStringLiteral("finance1"));
        const TeamEditResult spend = finance->edit(
            test::annual, [](const Plan &current) { return withSpend(current, 1, 98765.0); },
            std::nullopt, QStringLiteral("Set an actual"), {});
        QVERIFY2(spend.ok(), qPrintable(spend.message));
        auto pm = m_fixture.open(QStringLiteral("pm1"));
        const QString removedId = seen->plan.milestones.back().id;
        const TeamEditResult removal =
            pm->edit(test::annual,
                     [](const Plan &current) -> Result<Plan> {
                         Plan next = current;
                         next.milestones.pop_back();
                         for (Milestone &milestone : next.milestones)
                             milestone.dependsOn.removeAll(current.milestones.back().id);
                         return next;
                     },
                     std::nullopt, QStringLiteral("Remove a milestone"), {});
        QVERIFY2(removal.ok(), qPrintable(removal.message));

        auto changes = window->changesSince(seen->id, seen->revision);
        QVERIFY2(changes, test::why(changes));
        QCOMPARE(changes->revision, removal.revision);
        QCOMPARE(changes->entries.size(), std::size_t(2));
        QCOMPARE(changes->entries[0].author, QStringLiteral("finance1"));
        QCOMPARE(changes->entries[1].author, QStringLiteral("pm1"));
        QCOMPARE(changes->entries[1].action, QStringLiteral("Remove a milestone"));
        QVERIFY(!changes->removed.empty());
        for (const QString &path : changes->removed)
            QVERIFY2(path.contains(removedId), qPrintable(path));
        bool spendWritten = false;
        for (const TeamField &field : changes->written)
            spendWritten = spendWritten || (field.path.startsWith(QLatin1String("actuals")) &&
                                            field.value.toDouble() == 98765.0);
        QVERIFY(spendWritten);

        TeamFields fields = teamFields(planContentJson(seen->plan));
        for (const TeamField &field : changes->written)
            fields[field.path] = field;
        for (const QString &path : changes->removed)
            fields.erase(path);
        auto object = planFromTeamFields(fields);
        QVERIFY2(object, test::why(object));
        auto followed = readPlanContentJson(*object);
        QVERIFY2(followed, test::why(followed));
        auto now = window->load(test::annual);
        QVERIFY(now);
        QCOMPARE_PLANS(*followed, now->plan);
        // Followed from the new revision: nothing more.
        auto after = window->changesSince(seen->id, changes->revision);
        QVERIFY(after && after->written.empty() && after->entries.empty());
    }
};

QTEST_GUILESS_MAIN(TeamStoreResendTest)
#include "TeamStoreResendTest.moc"
