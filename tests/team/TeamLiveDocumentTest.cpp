// The document live on the team store (issue 26 item 3, MODEL.md §11): two windows (two
// PlanDocuments on their own connections) on one plan of a real server (PgTestServer.h).
// Edits of different fields both apply; a stale edit of the same field is refused naming who
// changed it, and the window then shows the current value; the others' changes come in as value
// changes, keeping my undo steps; undo is an inverse edit of my own step, refused when someone
// changed its field since; an edit made while the server is down is kept (unsent, in the
// recovery file) and sent once when it is back. A window's save finds the rows it changed
// without turning the whole plan into rows, and finds the same rows as the whole diff.

#include "TeamStoreFixture.h"
#include "support/PlanComparison.h"

#include "models/document/PlanDocument.h"
#include "models/history/JsonPathEdit.h"
#include "models/storage/PlanJson.h"
#include "models/team/TeamHome.h"

#include <QFile>
#include <QJsonValue>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <memory>

using namespace cplan;

namespace {

std::vector<QString> sorted(std::vector<QString> paths)
{
    std::sort(paths.begin(), paths.end());
    return paths;
}

std::vector<QString> writtenPaths(const TeamFieldChanges &changes)
{
    std::vector<QString> paths;
    for (const TeamField &field : changes.write)
        paths.push_back(field.path);
    return sorted(paths);
}

} // namespace

class TeamLiveDocumentTest : public QObject
{
    Q_OBJECT

private:
    test::TeamStoreFixture m_fixture;
    QTemporaryDir m_recovery;

    std::unique_ptr<PlanDocument> window(const QString &login)
    {
        auto document = std::make_unique<PlanDocument>();
        document->setRecoveryFolder(m_recovery.filePath(login));
        auto store = m_fixture.open(login);
        if (!store)
            return nullptr;
        const Status opened = document->openHome(
            std::make_unique<TeamHome>(std::shared_ptr<TeamStore>(std::move(store)), test::annual));
        if (!opened) {
            qWarning("%s", qPrintable(opened.error()));
            return nullptr;
        }
        return document;
    }

    Plan storePlan()
    {
        auto store = m_fixture.open(QStringLiteral("owner"));
        if (!store)
            return {};
        auto loaded = store->load(test::annual);
        return loaded ? loaded->plan : Plan{};
    }

    qint64 storeRevision()
    {
        auto store = m_fixture.open(QStringLiteral("owner"));
        auto loaded = store ? store->load(test::annual) : Result<TeamPlan>(Error{QString()});
        return loaded ? loaded->revision : -1;
    }

private slots:
    void initTestCase() { CPLAN_REQUIRE_TEAM_STORE(m_fixture); }

    // The window's save takes only the parts that differ; the rows are those of the whole diff.
    void changedRowsAreThoseOfTheWholeDiff()
    {
        const Plan base = samplePlan();
        const TeamFields baseRows = teamFields(planContentJson(base));
        const std::vector<std::function<void(Plan &)>> edits{
            [](Plan &p) { p.scenarios[0].budget += 1; },
            [](Plan &p) { p.scenarios[1].channels[2].cpl = 99; },
            [](Plan &p) { p.scenarios[0].channels[0].conversion[0] = 0.5; },
            [](Plan &p) { p.name = QStringLiteral("Other name"); },
            [](Plan &p) { p.channels[1].name = QStringLiteral("Renamed channel"); },
            [](Plan &p) {
                p.scenarios.push_back(p.scenarios[0]);
                p.scenarios.back().name = QStringLiteral("New");
            },
            [](Plan &p) { p.scenarios.erase(p.scenarios.begin()); },
            [](Plan &p) { p.scenarios[0].name = QStringLiteral("Renamed scenario"); },
            [](Plan &p) { std::swap(p.scenarios[0], p.scenarios[1]); },
            [](Plan &p) {
                if (!p.actuals.empty())
                    p.actuals[0].spend += 5;
            },
            [](Plan &p) {
                if (!p.actuals.empty())
                    p.actuals.pop_back();
            },
            [](Plan &p) { p.actuals.clear(); },
            [](Plan &p) {
                Actual extra = p.actuals.empty() ? Actual{} : p.actuals.front();
                extra.month = QStringLiteral("2099-01");
                p.pastActuals.push_back(extra);
            },
            [](Plan &p) {
                if (!p.milestones.empty())
                    p.milestones[0].owner = QStringLiteral("Someone else");
            },
            [](Plan &p) { p.months += 1; },
        };
        int index = 0;
        for (const auto &edit : edits) {
            Plan after = base;
            edit(after);
            const TeamFieldChanges whole =
                teamFieldChanges(baseRows, teamFields(planContentJson(after)));
            const TeamFieldChanges fast = TeamHome::changedRows(base, baseRows, after);
            QVERIFY2(!whole.isEmpty(), qPrintable(QString::number(index)));
            QCOMPARE(writtenPaths(fast), writtenPaths(whole));
            QCOMPARE(sorted(fast.remove), sorted(whole.remove));
            for (const TeamField &field : fast.write) {
                const auto same =
                    std::find_if(whole.write.begin(), whole.write.end(),
                                 [&](const TeamField &f) { return f.path == field.path; });
                QVERIFY(same != whole.write.end() && *same == field);
            }
            ++index;
        }
    }

    void differentFieldsBothApplyAndAStaleEditIsRefused()
    {
        auto finance = window(QStringLiteral("finance1"));
        auto director = window(QStringLiteral("director1"));
        QVERIFY(finance && director);
        QVERIFY(finance->isLive() && finance->isOnline());
        QCOMPARE(finance->home().storeUser(), QStringLiteral("finance1"));
        QCOMPARE(finance->home().storeRole(), QStringLiteral("finance"));
        QVERIFY(!finance->isModified());

        QVERIFY(finance->setBudget(0, 20500000));
        QVERIFY(!finance->isModified()); // in the store already
        QCOMPARE(storePlan().scenarios[0].budget, 20500000.0);
        // The director, who has not seen it, changes another field: both stay.
        const Status cpl = director->setChannelDriver(0, 1, ChannelDriver::Cpl, 13);
        QVERIFY2(cpl, test::why(cpl));
        Plan both = storePlan();
        QCOMPARE(both.scenarios[0].budget, 20500000.0);
        QCOMPARE(both.scenarios[0].channels[1].cpl, 13.0);
        // The director's window now shows finance's budget too (its save merged them).
        QCOMPARE(director->plan().scenarios[0].budget, 20500000.0);

        // Finance has not seen the cpl: changing it is refused, naming the director, and the
        // window then shows the director's value.
        const Status stale = finance->setChannelDriver(0, 1, ChannelDriver::Cpl, 14);
        QVERIFY(!stale);
        QVERIFY2(stale.error().contains(QLatin1String("director1")), test::why(stale));
        QVERIFY2(stale.error().contains(QLatin1String("13")), test::why(stale));
        QCOMPARE(finance->plan().scenarios[0].channels[1].cpl, 13.0);
        QCOMPARE(storePlan().scenarios[0].channels[1].cpl, 13.0);
        // The refused edit is no undo step.
        QCOMPARE(finance->undoStack()->count(), 1);
    }

    // Another member's value change reaches the window as a value change, my undo steps stay.
    void othersChangesComeInAsValueChanges()
    {
        auto finance = window(QStringLiteral("finance1"));
        auto director = window(QStringLiteral("director1"));
        QVERIFY(finance && director);
        QVERIFY(finance->setChannelDriver(1, 0, ChannelDriver::Cpl, 21));
        QCOMPARE(finance->undoStack()->count(), 1);
        QVERIFY(director->setBudget(1, 31000000));

        QSignalSpy changed(finance.get(), &PlanDocument::planChanged);
        const Status refreshed = finance->refreshFromHome();
        QVERIFY2(refreshed, test::why(refreshed));
        QCOMPARE(changed.count(), 1);
        const auto change = changed.at(0).at(0).value<PlanChange>();
        QVERIFY(!change.isStructural());
        QVERIFY(change.touches(PlanChange::Area::Scenarios));
        QCOMPARE(finance->plan().scenarios[1].budget, 31000000.0);
        QCOMPARE(finance->plan().scenarios[1].channels[0].cpl, 21.0);
        QCOMPARE(finance->undoStack()->count(), 1);
        QVERIFY(!finance->isModified());
        // Nothing new: no signal.
        QVERIFY(finance->refreshFromHome());
        QCOMPARE(changed.count(), 1);

        // Undo of my step: only my field goes back, the director's budget stays.
        const Status undone = finance->undo();
        QVERIFY2(undone, test::why(undone));
        const Plan after = storePlan();
        QCOMPARE(after.scenarios[1].budget, 31000000.0);
        QCOMPARE(after.scenarios[1].channels[0].cpl, samplePlan().scenarios[1].channels[0].cpl);
        QCOMPARE_PLANS(finance->plan(), after);
        // And redo sends it again.
        const Status redone = finance->redo();
        QVERIFY2(redone, test::why(redone));
        QCOMPARE(storePlan().scenarios[1].channels[0].cpl, 21.0);
    }

    // Undo of my edit after someone changed that field since: refused, naming who, what, when.
    void undoIsRefusedWhenSomeoneChangedTheFieldSince()
    {
        auto finance = window(QStringLiteral("finance1"));
        auto director = window(QStringLiteral("director1"));
        QVERIFY(finance && director);
        QVERIFY(finance->setBudget(2, 7000000));
        QVERIFY(director->refreshFromHome());
        QCOMPARE(director->plan().scenarios[2].budget, 7000000.0);
        QVERIFY(director->setBudget(2, 7500000));
        // Finance has not refreshed yet (the store refuses) ...
        const Status refused = finance->undo();
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("director1")), test::why(refused));
        QCOMPARE(storePlan().scenarios[2].budget, 7500000.0);
        QCOMPARE(finance->plan().scenarios[2].budget, 7500000.0); // the window shows it
        QCOMPARE(finance->undoStack()->index(), 1);               // my step is still there
        // ... and after a refresh it knows who changed it since my step.
        QVERIFY(finance->refreshFromHome());
        const Status again = finance->undo();
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QLatin1String("director1")), test::why(again));
        QVERIFY2(again.error().contains(QLatin1String("7500000")), test::why(again));
        QCOMPARE(storePlan().scenarios[2].budget, 7500000.0);
    }

    // The server goes down: the edit is kept (unsent, recovery file), then sent once.
    void anEditMadeOfflineIsSentOnceWhenTheServerIsBack()
    {
        auto finance = window(QStringLiteral("finance1"));
        QVERIFY(finance);
        const qint64 before = storeRevision();
        QSignalSpy live(finance.get(), &PlanDocument::liveStateChanged);
        QVERIFY(m_fixture.server.stop());
        const Status kept = finance->setBudget(1, 4440000);
        QVERIFY2(kept, test::why(kept));
        QCOMPARE(finance->plan().scenarios[1].budget, 4440000.0);
        QCOMPARE(finance->unsentEdits(), 1);
        QVERIFY(!finance->isOnline());
        QVERIFY(finance->isModified());
        QVERIFY(live.count() >= 1);
        QVERIFY(QFile::exists(finance->recoveryFilePath()));
        // A second edit while offline joins it; sending while still down keeps both.
        QVERIFY(finance->setChannelDriver(1, 2, ChannelDriver::Cpl, 55));
        QCOMPARE(finance->unsentEdits(), 2);
        QVERIFY(!finance->sendPending());
        QCOMPARE(finance->unsentEdits(), 2);

        QVERIFY(m_fixture.server.start());
        const Status sent = finance->sendPending();
        QVERIFY2(sent, test::why(sent));
        QCOMPARE(finance->unsentEdits(), 0);
        QVERIFY(finance->isOnline());
        QVERIFY(!finance->isModified());
        QVERIFY(!QFile::exists(finance->recoveryFilePath()));
        const Plan stored = storePlan();
        QCOMPARE(stored.scenarios[1].budget, 4440000.0);
        QCOMPARE(stored.scenarios[1].channels[2].cpl, 55.0);
        // Each change is in the store's history once (the first edit, whose sending failed, went
        // again under its id; the second with it or after it).
        const qint64 sentAt = storeRevision();
        QVERIFY(sentAt > before && sentAt <= before + 2);
        auto owner = m_fixture.open(QStringLiteral("owner"));
        QVERIFY(owner);
        auto loaded = owner->load(test::annual);
        QVERIFY(loaded);
        auto history = owner->history(loaded->id);
        QVERIFY(history);
        const QString budgetPath =
            planPathText({PathStep{PathStep::Kind::Field, QStringLiteral("scenarios"), 0},
                          PathStep{PathStep::Kind::Named, stored.scenarios[1].name, 0},
                          PathStep{PathStep::Kind::Field, QStringLiteral("budget"), 0}});
        int budgetChanges = 0;
        for (const HistoryEntry &entry : *history) {
            for (const FieldChange &change : entry.changes)
                budgetChanges += change.path == budgetPath && change.after.toDouble() == 4440000.0;
        }
        QCOMPARE(budgetChanges, 1);
        // Sending again sends nothing.
        QVERIFY(finance->sendPending());
        QVERIFY(finance->setChannelDriver(1, 2, ChannelDriver::Cpl, 55)); // unchanged: no edit
        QCOMPARE(storeRevision(), sentAt);
    }

    // The answer to an edit was lost with the connection, but the edit had been committed: when
    // the connection is back it is sent again under its id, the store recognises it, and it is
    // not applied a second time over what another member changed after it.
    void aResendAfterAnUnknownOutcomeIsNotAppliedTwice()
    {
        auto finance = window(QStringLiteral("finance1"));
        QVERIFY(finance);
        const auto *home = dynamic_cast<const TeamHome *>(&finance->home());
        QVERIFY(home);
        QVERIFY(m_fixture.server.stop());
        QVERIFY(finance->setBudget(2, 1110000));
        QCOMPARE(finance->unsentEdits(), 1);
        const QString editId = home->unconfirmedEditId();
        QVERIFY(!editId.isEmpty());
        QVERIFY(m_fixture.server.start());

        // The edit reached the server after all, under its id ...
        auto sameMember = m_fixture.open(QStringLiteral("finance1"));
        QVERIFY(sameMember);
        const auto setBudget = [](double budget) {
            return [budget](const Plan &current) -> Result<Plan> {
                Plan next = current;
                next.scenarios[2].budget = budget;
                return next;
            };
        };
        const TeamEditResult reached =
            sameMember->edit(test::annual, setBudget(1110000), std::nullopt,
                             QStringLiteral("Set budget"), {}, {}, editId);
        QVERIFY2(reached.ok(), qPrintable(reached.message));
        // ... and the director changed that budget after it.
        auto director = m_fixture.open(QStringLiteral("director1"));
        QVERIFY(director);
        const TeamEditResult later = director->edit(test::annual, setBudget(2220000), std::nullopt,
                                                    QStringLiteral("Set budget"), {});
        QVERIFY2(later.ok(), qPrintable(later.message));
        const qint64 revision = storeRevision();

        const Status sent = finance->sendPending();
        QVERIFY2(sent, test::why(sent));
        QCOMPARE(finance->unsentEdits(), 0);
        QCOMPARE(storePlan().scenarios[2].budget, 2220000.0);
        QCOMPARE(storeRevision(), revision);
        QCOMPARE(finance->plan().scenarios[2].budget, 2220000.0);
        QVERIFY(home->unconfirmedEditId().isEmpty());
    }

    // After another member changed a list's length, my earlier steps (which find their places
    // by position) are not undone on the wrong element: refused, saying why.
    void undoAfterAnotherMembersStructuralChangeIsRefused()
    {
        auto finance = window(QStringLiteral("finance1"));
        auto director = window(QStringLiteral("director1"));
        QVERIFY(finance && director);
        QVERIFY(finance->setChannelDriver(2, 3, ChannelDriver::Cpl, 61));
        const Status removed = director->addChannel(QStringLiteral("Podcasts"));
        QVERIFY2(removed, test::why(removed));
        QSignalSpy changed(finance.get(), &PlanDocument::planChanged);
        QVERIFY(finance->refreshFromHome());
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.at(0).at(0).value<PlanChange>().isStructural());
        const Plan before = storePlan();
        QCOMPARE(finance->plan().channels.size(), before.channels.size());
        const Status undone = finance->undo();
        QVERIFY(!undone);
        QVERIFY2(undone.error().contains(QLatin1String("Another member")), test::why(undone));
        QCOMPARE_PLANS(storePlan(), before);
        QCOMPARE_PLANS(finance->plan(), before);
        // New steps after it undo as usual.
        QVERIFY(finance->setBudget(2, 6100000));
        const Status mine = finance->undo();
        QVERIFY2(mine, test::why(mine));
        QCOMPARE(storePlan().scenarios[2].budget, before.scenarios[2].budget);
    }

    // File ▸ Close leaves the store: the blank plan after it is not live, and its edits stay here.
    void closeLeavesTheStore()
    {
        auto finance = window(QStringLiteral("finance1"));
        QVERIFY(finance && finance->isLive());
        const qint64 revision = storeRevision();
        finance->close();
        QVERIFY(!finance->isLive());
        QVERIFY(finance->home().storeUser().isEmpty());
        QVERIFY(finance->setBudget(0, 1234));
        QCOMPARE(storeRevision(), revision);
        QVERIFY(finance->isModified());
    }
};

QTEST_GUILESS_MAIN(TeamLiveDocumentTest)
#include "TeamLiveDocumentTest.moc"
