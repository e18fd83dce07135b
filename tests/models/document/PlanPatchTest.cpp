// PlanPatch: forward turns the plan before into the plan after and backward returns it, for
// edits of every part of a plan (scalar settings, list elements, inserted and removed rows,
// scenario fields and one channel's drivers), and an unchanged plan gives an empty patch.

#include "models/document/PlanPatch.h"
#include "models/storage/PlanJson.h"

#include <QTest>

#include <functional>

using namespace cplan;

class PlanPatchTest : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips_data();
    void roundTrips();
    void unchangedPlanGivesAnEmptyPatch();
};

void PlanPatchTest::roundTrips_data()
{
    QTest::addColumn<int>("edit");
    const char *names[] = {"settings",        "stage added",       "category renamed",
                           "channel removed", "target changed",    "milestone added",
                           "budget",          "one channel's cpl", "scenario removed",
                           "scenario moved",  "actual added",      "actual removed",
                           "everything"};
    for (int i = 0; i < int(std::size(names)); ++i)
        QTest::newRow(names[i]) << i;
}

void PlanPatchTest::roundTrips()
{
    QFETCH(int, edit);
    const std::function<void(Plan &)> edits[] = {
        [](Plan &p) {
            p.name += QStringLiteral("!");
            p.months = 13;
            p.milestoneThresholdsDays = {2, 9};
            p.varianceThreshold = 0.2;
        },
        [](Plan &p) { p.stages.insert(1, QStringLiteral("Visitors")); },
        [](Plan &p) { p.categories[1].name = QStringLiteral("Tech"); },
        [](Plan &p) {
            p.channels.erase(p.channels.begin() + 2);
            for (Scenario &s : p.scenarios)
                s.channels.erase(s.channels.begin() + 2);
        },
        [](Plan &p) { p.targets.back().value = 12.0; },
        [](Plan &p) {
            Milestone m = p.milestones.front();
            m.id = QStringLiteral("M9");
            p.milestones.insert(p.milestones.begin() + 1, m);
        },
        [](Plan &p) { p.scenarios[1].budget *= 1.5; },
        [](Plan &p) { p.scenarios[2].channels[3].cpl = 77.0; },
        [](Plan &p) { p.scenarios.erase(p.scenarios.begin()); },
        [](Plan &p) { std::swap(p.scenarios[0], p.scenarios[2]); },
        [](Plan &p) {
            p.actuals.push_back({QStringLiteral("2025-06"), p.channels[0].name, 5.0, {}});
        },
        [](Plan &p) { p.actuals.erase(p.actuals.begin() + 4); },
        [](Plan &p) { p = blankPlan(); },
    };
    const Plan before = samplePlan();
    Plan after = before;
    edits[edit](after);
    QVERIFY(!(after == before));
    const PlanPatch patch = PlanPatch::between(before, after);
    QVERIFY(!patch.isEmpty());
    Plan plan = before;
    patch.applyForward(plan);
    QVERIFY(plan == after);
    patch.applyBackward(plan);
    QVERIFY(plan == before);
}

void PlanPatchTest::unchangedPlanGivesAnEmptyPatch()
{
    const Plan plan = samplePlan();
    QVERIFY(PlanPatch::between(plan, plan).isEmpty());
}

QTEST_GUILESS_MAIN(PlanPatchTest)
#include "PlanPatchTest.moc"
