// The diff of two plan contents with its effect on each scenario's totals (MODEL.md §10, the
// `diff` JSON of §9): totals as `cplan project` has them (the golden files), null where a
// scenario is absent or a ratio undefined, labels from the plan.

#include "models/history/PlanDiff.h"
#include "TestPaths.h"
#include "models/engine/Projection.h"
#include "models/storage/PlanJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

const QString planA = u"Plan A (CNY 20M)"_s;
const QString planB = u"Plan B (CNY 25M)"_s;
const QString programme = u"Plan A + conversion programme"_s;

QJsonObject goldenTotals(const QString &slug)
{
    QFile file(test::dataPath(u"golden/brokerage-2025.project.%1.json"_s.arg(slug)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(u"totals"_s).toObject();
}

bool near(std::optional<double> value, double expected)
{
    return value && std::abs(*value - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

const TotalsEffect *effect(const PlanDiff &diff, const QString &scenario, const QString &metric)
{
    for (const TotalsEffect &item : diff.totals) {
        if (item.scenario == scenario && item.metric == metric)
            return &item;
    }
    return nullptr;
}

} // namespace

class PlanDiffTest : public QObject
{
    Q_OBJECT

private slots:
    void totalsMatchTheProjectGoldenFiles();
    void totalsFollowTheEdit();
    void absentScenariosAndUndefinedRatiosAreNull();
    void diffJsonHasTheContractKeys();
};

void PlanDiffTest::totalsMatchTheProjectGoldenFiles()
{
    const Plan from = samplePlan();
    Plan to = from;
    to.scenarios[1].budget = 30000000;
    const PlanDiff diff = diffPlans(from, to);
    QCOMPARE(diff.changes.size(), 1u);
    QCOMPARE(diff.totals.size(), 12u); // 3 scenarios x customers, cac, roi, value
    const struct
    {
        QString scenario;
        QString slug;
    } scenarios[] = {{planA, u"plan-a-cny-20m"_s},
                     {planB, u"plan-b-cny-25m"_s},
                     {programme, u"plan-a-conversion-programme"_s}};
    for (const auto &scenario : scenarios) {
        const QJsonObject golden = goldenTotals(scenario.slug);
        QVERIFY(!golden.isEmpty());
        for (const QString &metric : totalsEffectMetrics()) {
            const TotalsEffect *item = effect(diff, scenario.scenario, metric);
            QVERIFY(item);
            QVERIFY2(near(item->before, golden.value(metric).toDouble()),
                     qPrintable(scenario.scenario + u" "_s + metric));
            if (scenario.scenario != planB)
                QCOMPARE(item->after, item->before);
        }
    }
    // The order: the scenarios of `to`, each with the four metrics in order.
    QCOMPARE(diff.totals[0].scenario, planA);
    QCOMPARE(diff.totals[0].metric, u"customers"_s);
    QCOMPARE(diff.totals[3].metric, u"value"_s);
    QCOMPARE(diff.totals[4].scenario, planB);
}

void PlanDiffTest::totalsFollowTheEdit()
{
    const Plan from = samplePlan();
    Plan to = from;
    to.scenarios[1].budget = 30000000;
    const PlanDiff diff = diffPlans(from, to);
    const Projection projected = project(to, to.scenarios[1]);
    for (const QString &metric : totalsEffectMetrics()) {
        const TotalsEffect *item = effect(diff, planB, metric);
        QVERIFY(item);
        QCOMPARE(item->after, metricValue(projected, metric));
        QVERIFY(item->after != item->before);
    }
    // More budget: more customers at a higher cost each (saturation).
    QVERIFY(*effect(diff, planB, u"customers"_s)->after >
            *effect(diff, planB, u"customers"_s)->before);
    QVERIFY(*effect(diff, planB, u"cac"_s)->after > *effect(diff, planB, u"cac"_s)->before);
}

void PlanDiffTest::absentScenariosAndUndefinedRatiosAreNull()
{
    const Plan from = samplePlan();
    Plan to = from;
    to.scenarios.erase(to.scenarios.begin() + 1); // Plan B only in `from`
    Scenario idle = from.scenarios[0];
    idle.name = u"Idle"_s;
    idle.budget = 0; // no spend, no customers: CAC and ROI undefined
    to.scenarios.push_back(idle);
    const PlanDiff diff = diffPlans(from, to);
    QCOMPARE(diff.totals.size(), 16u);
    // `to`'s scenarios first (Plan A, programme, Idle), then Plan B.
    QCOMPARE(diff.totals[8].scenario, u"Idle"_s);
    QCOMPARE(diff.totals[12].scenario, planB);
    for (const QString &metric : totalsEffectMetrics()) {
        QVERIFY(!effect(diff, planB, metric)->after);
        QVERIFY(effect(diff, planB, metric)->before);
        QVERIFY(!effect(diff, u"Idle"_s, metric)->before);
    }
    QCOMPARE(effect(diff, u"Idle"_s, u"customers"_s)->after, 0.0);
    QCOMPARE(effect(diff, u"Idle"_s, u"value"_s)->after, 0.0);
    QVERIFY(!effect(diff, u"Idle"_s, u"cac"_s)->after);
    QVERIFY(!effect(diff, u"Idle"_s, u"roi"_s)->after);
}

void PlanDiffTest::diffJsonHasTheContractKeys()
{
    const Plan from = samplePlan();
    Plan to = from;
    to.scenarios[0].channels[0].cpl = 50;
    to.milestones[2].forecast = u"2025-10-10"_s;
    to.scenarios.pop_back();
    const PlanDiff diff = diffPlans(from, to);
    const QJsonObject json = diffJson(diff, u"board draft"_s, u"now"_s, to);
    QCOMPARE(json.keys(), (QStringList{u"changes"_s, u"from"_s, u"to"_s, u"totals"_s}));
    QCOMPARE(json.value(u"from"_s), QJsonValue(u"board draft"_s));
    QCOMPARE(json.value(u"to"_s), QJsonValue(u"now"_s));
    const QJsonArray changes = json.value(u"changes"_s).toArray();
    QCOMPARE(changes.size(), 3);
    for (const QJsonValue &change : changes)
        QCOMPARE(change.toObject().keys(),
                 (QStringList{u"after"_s, u"before"_s, u"label"_s, u"path"_s}));
    const QJsonObject cpl = changes.at(1).toObject();
    QCOMPARE(cpl.value(u"path"_s),
             QJsonValue(
                 u"scenarios[\"%1\"].channels[\"Search (long-tail keywords)\"].cpl"_s.arg(planA)));
    QCOMPARE(cpl.value(u"label"_s),
             QJsonValue(u"%1 ▸ Search (long-tail keywords) ▸ Cost per lead"_s.arg(planA)));
    QCOMPARE(cpl.value(u"before"_s), QJsonValue(45));
    QCOMPARE(cpl.value(u"after"_s), QJsonValue(50));
    const QJsonObject forecast = changes.at(0).toObject();
    QCOMPARE(forecast.value(u"label"_s), QJsonValue(u"Milestone M3 ▸ Forecast date"_s));
    QVERIFY(forecast.value(u"before"_s).isNull()); // absent before: null in the diff JSON
    const QJsonObject removed = changes.at(2).toObject();
    QCOMPARE(removed.value(u"path"_s), QJsonValue(u"scenarios[\"%1\"]"_s.arg(programme)));
    QVERIFY(removed.value(u"after"_s).isNull());

    const QJsonObject totals = json.value(u"totals"_s).toObject();
    QStringList scenarios{planA, planB, programme};
    scenarios.sort(); // a JSON object's keys
    QCOMPARE(totals.keys(), scenarios);
    const QJsonObject removedTotals = totals.value(programme).toObject();
    QCOMPARE(removedTotals.keys(), (QStringList{u"cac"_s, u"customers"_s, u"roi"_s, u"value"_s}));
    QVERIFY(removedTotals.value(u"cac"_s).toObject().value(u"after"_s).isNull());
    QVERIFY(removedTotals.value(u"cac"_s).toObject().value(u"before"_s).isDouble());
}

QTEST_GUILESS_MAIN(PlanDiffTest)
#include "PlanDiffTest.moc"
