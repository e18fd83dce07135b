// What changed between two plans (MODEL.md §10): one edit is one change at the validator's path;
// an inserted channel, a renamed scenario or channel and an edited actual row change only what
// they touch; the fast domain-level path gives exactly the changes of the plain JSON diff.

#include "models/history/FieldChanges.h"
#include "models/storage/PlanJson.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

const QJsonValue absent(QJsonValue::Undefined);
const QString planA = u"Plan A (CNY 20M)"_s;
const QString planB = u"Plan B (CNY 25M)"_s;
const QString search = u"Search (long-tail keywords)"_s;
const QString video = u"Short video ads"_s;

QString show(const std::vector<FieldChange> &changes)
{
    QStringList lines;
    for (const FieldChange &change : changes)
        lines.append(change.path);
    return lines.join(u'\n');
}

QStringList paths(const std::vector<FieldChange> &changes)
{
    QStringList list;
    for (const FieldChange &change : changes)
        list.append(change.path);
    return list;
}

std::vector<FieldChange> sortedByPath(std::vector<FieldChange> changes)
{
    std::stable_sort(changes.begin(), changes.end(),
                     [](const FieldChange &a, const FieldChange &b) { return a.path < b.path; });
    return changes;
}

// The reference: the plain recursive diff of the whole interchange JSON.
std::vector<FieldChange> reference(const Plan &before, const Plan &after)
{
    return jsonChanges(planContentJson(before), planContentJson(after));
}

} // namespace

class FieldChangesTest : public QObject
{
    Q_OBJECT

private slots:
    void equalPlansHaveNoChanges();
    void oneDriverEditIsOneChange();
    void scenarioAndPlanFieldsAtTheirPaths();
    void channelInsertedInTheMiddleChangesOnlyThatChannel();
    void renamedScenarioIsOneChange();
    void renamedChannelKeepsItsDrivers();
    void actualRowEdits();
    void milestoneEdits();
    void numberListsOfOtherLengthChangeWhole();
    void repeatedRowsAreComparedByPosition();
    void changesFollowTheFileOrder();
    void fastPathEqualsThePlainJsonDiff();
};

void FieldChangesTest::equalPlansHaveNoChanges()
{
    const Plan plan = samplePlan();
    QVERIFY(fieldChanges(plan, plan).empty());
    QVERIFY(jsonChanges(planContentJson(plan), planContentJson(plan)).empty());
}

void FieldChangesTest::oneDriverEditIsOneChange()
{
    const Plan before = samplePlan();
    Plan after = before;
    after.scenarios[0].channels[0].cpl = 50;
    const auto changes = fieldChanges(before, after);
    QCOMPARE(changes.size(), 1u);
    QCOMPARE(changes[0].path, u"scenarios[\"%1\"].channels[\"%2\"].cpl"_s.arg(planA, search));
    QCOMPARE(changes[0].before, QJsonValue(45));
    QCOMPARE(changes[0].after, QJsonValue(50));

    after = before;
    after.scenarios[1].channels[1].conversion[1] = 0.07;
    const auto conversion = fieldChanges(before, after);
    QCOMPARE(conversion.size(), 1u);
    QCOMPARE(conversion[0].path,
             u"scenarios[\"%1\"].channels[\"%2\"].conversion[1]"_s.arg(planB, video));
    QCOMPARE(conversion[0].before, QJsonValue(0.068));
    QCOMPARE(conversion[0].after, QJsonValue(0.07));

    // Saturation removed: the key is absent afterwards, not null.
    after = before;
    after.scenarios[0].channels[0].saturationSpend.reset();
    const auto removed = fieldChanges(before, after);
    QCOMPARE(removed.size(), 1u);
    QCOMPARE(removed[0].path,
             u"scenarios[\"%1\"].channels[\"%2\"].saturation_spend"_s.arg(planA, search));
    QCOMPARE(removed[0].before, QJsonValue(900000));
    QVERIFY(removed[0].after.isUndefined());
}

void FieldChangesTest::scenarioAndPlanFieldsAtTheirPaths()
{
    const Plan before = samplePlan();
    Plan after = before;
    after.months = 24;
    after.scenarios[0].budget = 25000000;
    after.scenarios[0].categoryShares[3] = 0.06;
    after.scenarios[0].categoryShares[2] = 0.14;
    after.scenarios[1].phasing.weights[3] = 0.4;
    after.channels[0].group = u"Search"_s;
    after.stages[2] = u"Accounts"_s;
    after.targets[1].value = 0.2;
    after.milestoneThresholdsDays[1] = 10;
    const auto changes = fieldChanges(before, after);
    QCOMPARE(paths(changes),
             (QStringList{u"months"_s, u"stages[2]"_s, u"channels[\"%1\"].group"_s.arg(search),
                          u"targets[1].value"_s, u"milestone_thresholds_days[1]"_s,
                          u"scenarios[\"%1\"].budget"_s.arg(planA),
                          u"scenarios[\"%1\"].category_shares[\"Personnel\"]"_s.arg(planA),
                          u"scenarios[\"%1\"].category_shares[\"Reserve\"]"_s.arg(planA),
                          u"scenarios[\"%1\"].phasing.quarterly[3]"_s.arg(planB)}));
    QCOMPARE(changes[0].before, QJsonValue(12));
    QCOMPARE(changes[0].after, QJsonValue(24));
}

void FieldChangesTest::channelInsertedInTheMiddleChangesOnlyThatChannel()
{
    const Plan before = samplePlan();
    Plan after = before;
    after.channels.insert(after.channels.begin() + 2, Channel{u"Radio"_s, u"Offline"_s});
    for (Scenario &scenario : after.scenarios) {
        ChannelDrivers drivers = scenario.channels[0];
        drivers.share = 0;
        scenario.channels.insert(scenario.channels.begin() + 2, drivers);
    }
    const auto changes = fieldChanges(before, after);
    QCOMPARE(paths(changes), (QStringList{u"channels[\"Radio\"]"_s,
                                          u"scenarios[\"%1\"].channels[\"Radio\"]"_s.arg(planA),
                                          u"scenarios[\"%1\"].channels[\"Radio\"]"_s.arg(planB),
                                          u"scenarios[\"Plan A + conversion programme\"]"
                                          u".channels[\"Radio\"]"_s}));
    QVERIFY(changes[0].before.isUndefined());
    QCOMPARE(changes[0].after.toObject().value(u"name"_s), QJsonValue(u"Radio"_s));
    QCOMPARE(changes[1].after.toObject().value(u"share"_s), QJsonValue(0));

    // And removed again: the same places, the other way round.
    const auto back = fieldChanges(after, before);
    QCOMPARE(back.size(), 4u);
    QVERIFY(back[0].after.isUndefined());
    QCOMPARE(back[0].path, u"channels[\"Radio\"]"_s);
}

void FieldChangesTest::renamedScenarioIsOneChange()
{
    const Plan before = samplePlan();
    Plan after = before;
    after.scenarios[1].name = u"Plan B final"_s;
    const auto changes = fieldChanges(before, after);
    QCOMPARE(changes.size(), 1u);
    QCOMPARE(changes[0].path, u"scenarios[\"%1\"].name"_s.arg(planB));
    QCOMPARE(changes[0].before, QJsonValue(planB));
    QCOMPARE(changes[0].after, QJsonValue(u"Plan B final"_s));

    // Renamed and edited: still one element.
    after.scenarios[1].budget = 26000000;
    QCOMPARE(paths(fieldChanges(before, after)),
             (QStringList{u"scenarios[\"%1\"].name"_s.arg(planB),
                          u"scenarios[\"%1\"].budget"_s.arg(planB)}));

    // A scenario added at the end and one removed elsewhere are not a rename.
    after = before;
    after.scenarios.erase(after.scenarios.begin());
    Scenario copy = before.scenarios[0];
    copy.name = u"Plan C"_s;
    after.scenarios.push_back(copy);
    QCOMPARE(paths(fieldChanges(before, after)),
             (QStringList{u"scenarios[\"Plan C\"]"_s, u"scenarios[\"%1\"]"_s.arg(planA)}));
}

void FieldChangesTest::renamedChannelKeepsItsDrivers()
{
    const Plan before = samplePlan();
    Plan after = before;
    after.channels[1].name = u"Video"_s;
    for (Actual &row : after.actuals) {
        if (row.channel == video)
            row.channel = u"Video"_s;
    }
    const auto changes = fieldChanges(before, after);
    QCOMPARE(paths(changes), (QStringList{u"channels[\"%1\"].name"_s.arg(video),
                                          u"actuals[\"2025-01/%1\"].channel"_s.arg(video),
                                          u"actuals[\"2025-02/%1\"].channel"_s.arg(video),
                                          u"actuals[\"2025-03/%1\"].channel"_s.arg(video)}));
    // With the drivers edited too, the edit is under the old name, like the rename itself.
    after.scenarios[0].channels[1].cpl = 13;
    const auto edited = fieldChanges(before, after);
    QVERIFY2(paths(edited).contains(u"scenarios[\"%1\"].channels[\"%2\"].cpl"_s.arg(planA, video)),
             qPrintable(show(edited)));
    QCOMPARE(edited.size(), 5u);
}

void FieldChangesTest::actualRowEdits()
{
    const Plan before = samplePlan();
    Plan after = before;
    const int row = 12; // 2025-03, Search
    QCOMPARE(after.actuals[row].month, u"2025-03"_s);
    QCOMPARE(after.actuals[row].channel, search);
    after.actuals[row].spend = 280000;
    after.actuals[row].volumes[1] = 1600;
    auto changes = fieldChanges(before, after);
    const QString rowPath = u"actuals[\"2025-03/%1\"]"_s.arg(search);
    QCOMPARE(paths(changes), (QStringList{rowPath + u".spend"_s, rowPath + u".volumes[1]"_s}));
    QCOMPARE(changes[0].before, QJsonValue(272815.53));

    // A row inserted in the middle is one added row.
    after = before;
    after.actuals.insert(after.actuals.begin() + 7, Actual{u"2025-04"_s, video, 1000, {}});
    changes = fieldChanges(before, after);
    QCOMPARE(paths(changes), (QStringList{u"actuals[\"2025-04/%1\"]"_s.arg(video)}));
    QCOMPARE(changes[0].after.toObject().value(u"spend"_s), QJsonValue(1000));

    // A row moved to another month: the same row, its month changed.
    after = before;
    after.actuals[row].month = u"2025-04"_s;
    changes = fieldChanges(before, after);
    QCOMPARE(paths(changes), (QStringList{rowPath + u".month"_s}));

    // Rows removed from the end, and past actuals.
    after = before;
    after.actuals.pop_back();
    after.pastActuals.push_back(Actual{u"2024-12"_s, search, 5, {1}});
    changes = fieldChanges(before, after);
    QCOMPARE(paths(changes),
             (QStringList{u"actuals[\"2025-03/Offline events & partners\"]"_s, u"past_actuals"_s}));
    QVERIFY(changes[1].before.isUndefined());
}

void FieldChangesTest::milestoneEdits()
{
    const Plan before = samplePlan();
    Plan after = before;
    after.milestones[1].planned = u"2025-07-15"_s;
    after.milestones[2].forecast = u"2025-10-10"_s;
    after.milestones[3].checks[1].value = 1100;
    auto changes = fieldChanges(before, after);
    QCOMPARE(paths(changes),
             (QStringList{u"milestones[\"M2\"].planned"_s, u"milestones[\"M3\"].forecast"_s,
                          u"milestones[\"M4\"].checks[1].value"_s}));
    QVERIFY(changes[1].before.isUndefined());

    // A milestone renamed keeps its id, so it is matched by id.
    after = before;
    after.milestones[0].name = u"Foundation"_s;
    changes = fieldChanges(before, after);
    QCOMPARE(paths(changes), (QStringList{u"milestones[\"M1\"].name"_s}));
}

void FieldChangesTest::numberListsOfOtherLengthChangeWhole()
{
    const Plan before = samplePlan();
    Plan after = before;
    after.scenarios[0].phasing.kind = Phasing::Kind::Monthly;
    after.scenarios[0].phasing.weights.assign(12, 1.0);
    after.milestones[1].dependsOn.append(u"M3"_s);
    const auto changes = fieldChanges(before, after);
    QCOMPARE(paths(changes), (QStringList{u"milestones[\"M2\"].depends_on"_s,
                                          u"scenarios[\"%1\"].phasing.monthly"_s.arg(planA),
                                          u"scenarios[\"%1\"].phasing.quarterly"_s.arg(planA)}));
    QCOMPARE(changes[0].before, QJsonValue(QJsonArray{u"M1"_s}));
    QCOMPARE(changes[0].after, QJsonValue(QJsonArray{u"M1"_s, u"M3"_s}));
    QVERIFY(changes[1].before.isUndefined());
    QVERIFY(changes[2].after.isUndefined());
}

void FieldChangesTest::repeatedRowsAreComparedByPosition()
{
    // Two rows for one month x channel (the validator refuses such a plan): they cannot be told
    // apart by name, so the rows are compared by position, as the plain JSON diff does.
    // (Only the changed part of the list is checked for repeats, to keep one edit cheap; a
    // row repeating an unchanged one is matched by name.)
    const Plan before = samplePlan();
    Plan after = before;
    after.actuals[4].spend += 1;
    after.actuals[5] = after.actuals[4];
    const auto changes = fieldChanges(before, after);
    QCOMPARE(paths(changes), (QStringList{u"actuals[4].spend"_s, u"actuals[5].channel"_s,
                                          u"actuals[5].spend"_s, u"actuals[5].volumes[0]"_s,
                                          u"actuals[5].volumes[1]"_s, u"actuals[5].volumes[2]"_s}));
    QVERIFY(sortedByPath(changes) == sortedByPath(reference(before, after)));
}

void FieldChangesTest::changesFollowTheFileOrder()
{
    const Plan before = samplePlan();
    Plan after = before;
    after.scenarios[0].channels[0].maxShare = 0.5;
    after.scenarios[0].channels[0].share = 0.25;
    after.scenarios[0].channels[5].cpl = 85;
    after.scenarios[0].budget = 1;
    after.actuals[0].spend = 1;
    after.name = u"Renamed"_s;
    const auto changes = fieldChanges(before, after);
    const QString channel0 = u"scenarios[\"%1\"].channels[\"%2\"]"_s.arg(planA, search);
    QCOMPARE(
        paths(changes),
        (QStringList{u"name"_s, u"scenarios[\"%1\"].budget"_s.arg(planA), channel0 + u".share"_s,
                     channel0 + u".max_share"_s,
                     u"scenarios[\"%1\"].channels[\"Offline events & partners\"].cpl"_s.arg(planA),
                     u"actuals[\"2025-01/%1\"].spend"_s.arg(search)}));
}

void FieldChangesTest::fastPathEqualsThePlainJsonDiff()
{
    // Random edits of every kind; the domain-level shortcuts must not change the answer.
    QRandomGenerator random(23);
    const Plan base = samplePlan();
    for (int round = 0; round < 400; ++round) {
        Plan after = base;
        const int edits = 1 + random.bounded(4);
        for (int e = 0; e < edits; ++e) {
            Scenario &scenario =
                after.scenarios[std::size_t(random.bounded(int(after.scenarios.size())))];
            const std::size_t c = std::size_t(random.bounded(int(after.channels.size())));
            switch (random.bounded(15)) {
            case 0:
                scenario.channels[c].cpl += 1;
                break;
            case 1:
                scenario.budget *= 1.1;
                break;
            case 2:
                scenario.name += u"'"_s;
                break;
            case 3:
                after.channels[c].name += u" 2"_s;
                break;
            case 4: {
                after.channels.insert(after.channels.begin() + std::ptrdiff_t(c),
                                      Channel{u"New %1"_s.arg(e), QString()});
                for (Scenario &each : after.scenarios)
                    each.channels.insert(each.channels.begin() + std::ptrdiff_t(c),
                                         each.channels[c]);
                break;
            }
            case 5:
                if (!after.actuals.empty())
                    after.actuals[std::size_t(random.bounded(int(after.actuals.size())))].spend +=
                        5;
                break;
            case 6:
                if (!after.actuals.empty())
                    after.actuals.erase(after.actuals.begin() +
                                        random.bounded(int(after.actuals.size())));
                break;
            case 7:
                after.actuals.insert(
                    after.actuals.begin() + random.bounded(int(after.actuals.size()) + 1),
                    Actual{u"2025-0%1"_s.arg(4 + e), after.channels[c].name, 9, {1, 2}});
                break;
            case 8:
                after.milestones[std::size_t(random.bounded(4))].owner += u"!"_s;
                break;
            case 9:
                after.scenarios.erase(after.scenarios.begin());
                if (after.scenarios.empty())
                    after.scenarios.push_back(base.scenarios[1]);
                break;
            case 10:
                after.categories[1].name = u"Tech"_s;
                break;
            case 11:
                after.statusDate.clear();
                after.months += 1;
                break;
            case 12: // two channels swap names: every scenario's table changes, not its drivers
                std::swap(after.channels[c].name,
                          after.channels[(c + 1) % after.channels.size()].name);
                break;
            case 13: // a row moved to another month: paired by position
                if (!after.actuals.empty())
                    after.actuals[std::size_t(random.bounded(int(after.actuals.size())))].month =
                        u"2025-1%1"_s.arg(e);
                break;
            case 14: // two rows swap places: matched by name, nothing changed
                if (after.actuals.size() > 2)
                    std::swap(after.actuals[1], after.actuals[after.actuals.size() - 2]);
                break;
            }
        }
        const auto fast = sortedByPath(fieldChanges(base, after));
        const auto plain = sortedByPath(reference(base, after));
        QVERIFY2(fast == plain, qPrintable(u"round %1:\nfast:\n%2\nplain:\n%3"_s.arg(round).arg(
                                    show(fast), show(plain))));
        const auto back = sortedByPath(fieldChanges(after, base));
        QVERIFY(back == sortedByPath(reference(after, base)));
    }
}

QTEST_GUILESS_MAIN(FieldChangesTest)
#include "FieldChangesTest.moc"
