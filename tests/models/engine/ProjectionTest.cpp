// The projection of MODEL.md §3–§4 against the golden files and on edge cases.

#include "EngineChecks.h"
#include "GoldenJson.h"
#include "SamplePlan.h"

#include "models/engine/ChannelResponse.h"
#include "models/engine/ReportJson.h"

#include <QTest>

using namespace cplan;

namespace {

// A small valid plan: 1 channel category, `stages` stages, `channels` channels with the same
// drivers, even phasing.
Plan simplePlan(int months, int channels, int stages = 3)
{
    Plan plan;
    plan.name = QStringLiteral("Edge");
    plan.start = QStringLiteral("2025-01");
    plan.months = months;
    plan.valueHorizonMonths = 12;
    for (int k = 0; k < stages; ++k)
        plan.stages << QStringLiteral("Stage %1").arg(k);
    plan.categories = {{QStringLiteral("Marketing"), CategoryKind::Channel},
                       {QStringLiteral("Staff"), CategoryKind::Overhead}};
    Scenario scenario;
    scenario.name = QStringLiteral("Base");
    scenario.budget = 1'000'000.0;
    scenario.categoryShares = {0.8, 0.2};
    for (int c = 0; c < channels; ++c) {
        plan.channels.push_back({QStringLiteral("Channel %1").arg(c), QString()});
        ChannelDrivers drivers;
        drivers.share = 1.0 / channels;
        drivers.cpl = 20.0;
        drivers.saturationSpend = 50'000.0;
        drivers.conversion = std::vector<double>(static_cast<std::size_t>(stages - 1), 0.5);
        drivers.arpuMonthly = 100.0;
        drivers.margin = 0.5;
        drivers.retentionMonthly = 0.9;
        scenario.channels.push_back(drivers);
    }
    plan.scenarios.push_back(scenario);
    return plan;
}

} // namespace

class ProjectionTest : public QObject
{
    Q_OBJECT

private slots:
    void goldenFiles_data();
    void goldenFiles();
    void structsAgreeWithJson();
    void zeroBudgetGivesNullRatios();
    void zeroShareChannel();
    void fullRetentionWithoutDiscount();
    void noSaturationIsLinear();
    void carryoverNearOne();
    void oneMonthPlan();
    void longPlan();
    void monthlyAndChannelPhasing();
    void metricNames();
    void targetsNullNotMet();
    void sameInputSameBits();
    void comparatorCatchesDifferences();
    void channelOutcomeMatchesProjection();
};

void ProjectionTest::goldenFiles_data()
{
    test::addGoldenScenarioRows();
}

void ProjectionTest::goldenFiles()
{
    QFETCH(QString, scenario);
    QFETCH(QString, slug);
    const Plan plan = test::loadSamplePlan();
    const int index = plan.scenarioIndex(scenario);
    QVERIFY(index >= 0);
    const Projection projection = project(plan, plan.scenarios[static_cast<std::size_t>(index)]);
    QVERIFY(test::allFinite(projection));
    const QJsonObject expected = test::goldenJson(QStringLiteral("project"), slug);
    QVERIFY(!expected.isEmpty());
    const QStringList differences = test::jsonDifferences(projectionJson(projection), expected);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.mid(0, 20).join(u'\n')));
}

void ProjectionTest::structsAgreeWithJson()
{
    // The structs themselves, not only their JSON: a few golden numbers read back directly.
    const Plan plan = test::loadSamplePlan();
    const Projection projection = project(plan, plan.scenarios.front());
    const QJsonObject expected =
        test::goldenJson(QStringLiteral("project"), QStringLiteral("plan-a-cny-20m"));
    const QJsonObject totals = expected.value(QStringLiteral("totals")).toObject();
    QVERIFY(test::numbersAgree(projection.totals.customers,
                               totals.value(QStringLiteral("customers")).toDouble()));
    QVERIFY(test::numbersAgree(*projection.totals.cacLoaded,
                               totals.value(QStringLiteral("cac_loaded")).toDouble()));
    QCOMPARE(projection.totals.paybackMonth, 15);
    QCOMPARE(projection.spend.rows(), 6);
    QCOMPARE(projection.spend.cols(), 12);
    QCOMPARE(projection.volumes.size(), std::size_t(3));
    QCOMPARE(projection.cumulativeSpend.size(), 12 + 36 - 1);
    const QJsonArray channels = expected.value(QStringLiteral("channels")).toArray();
    for (qsizetype c = 0; c < channels.size(); ++c) {
        const auto &result = projection.channels[static_cast<std::size_t>(c)];
        const QJsonObject channel = channels.at(c).toObject();
        QCOMPARE(result.name, channel.value(QStringLiteral("name")).toString());
        QVERIFY(
            test::numbersAgree(result.value, channel.value(QStringLiteral("value")).toDouble()));
        QVERIFY(test::numbersAgree(*result.ltvCac,
                                   channel.value(QStringLiteral("ltv_cac")).toDouble()));
    }
    QCOMPARE(projection.targets.size(), std::size_t(5));
    QVERIFY(projection.targets[0].met);
    QVERIFY(!projection.targets[1].met);
    QCOMPARE(projection.targets[3].label, QStringLiteral("Channel ROI 1:3"));
}

void ProjectionTest::zeroBudgetGivesNullRatios()
{
    Plan plan = simplePlan(12, 3);
    plan.scenarios[0].budget = 0.0;
    const Projection projection = project(plan, plan.scenarios[0]);
    QVERIFY(test::allFinite(projection));
    QCOMPARE(projection.totals.channelSpend, 0.0);
    QCOMPARE(projection.totals.customers, 0.0);
    QVERIFY(!projection.totals.cac);
    QVERIFY(!projection.totals.cacLoaded);
    QVERIFY(!projection.totals.costPerLead);
    QVERIFY(!projection.totals.conversion);
    QVERIFY(!projection.totals.ltv);
    QVERIFY(!projection.totals.roi);
    QVERIFY(!projection.totals.roiLoaded);
    QVERIFY(!projection.totals.returnRatio);
    QVERIFY(!projection.totals.ltvCac);
    QVERIFY(!projection.totals.paybackMonth);
    for (const auto &channel : projection.channels) {
        QVERIFY(!channel.cac);
        QVERIFY(!channel.roi);
        QVERIFY(!channel.ltvCac);
        QVERIFY(channel.ltv > 0.0); // LTV does not depend on spend
    }
    const QJsonObject totals =
        projectionJson(projection).value(QStringLiteral("totals")).toObject();
    QVERIFY(totals.value(QStringLiteral("cac")).isNull());
    QVERIFY(totals.value(QStringLiteral("payback_month")).isNull());
    QVERIFY(totals.value(QStringLiteral("cost_per_stage")).toArray().at(0).isNull());
}

void ProjectionTest::zeroShareChannel()
{
    Plan plan = simplePlan(12, 3);
    auto &channels = plan.scenarios[0].channels;
    channels[0].share = 0.0;
    channels[1].share = 0.5;
    channels[2].share = 0.5;
    const Projection projection = project(plan, plan.scenarios[0]);
    QVERIFY(test::allFinite(projection));
    QCOMPARE(projection.channels[0].spend, 0.0);
    QCOMPARE(projection.channels[0].customers, 0.0);
    QVERIFY(!projection.channels[0].cac);
    QVERIFY(!projection.channels[0].roi);
    QVERIFY(!projection.channels[0].returnRatio);
    QVERIFY(!projection.channels[0].ltvCac);
    QCOMPARE(projection.channels[0].value, 0.0);
    QVERIFY(projection.totals.cac.has_value());
    QVERIFY(qFuzzyCompare(projection.totals.channelSpend, 800'000.0));
}

void ProjectionTest::fullRetentionWithoutDiscount()
{
    // MODEL.md §3.7: ρ/(1+δ) = 1 → the sum is H, so LTV = g·H.
    Plan plan = simplePlan(12, 2);
    plan.discountRateAnnual = 0.0;
    plan.valueHorizonMonths = 36;
    for (auto &channel : plan.scenarios[0].channels)
        channel.retentionMonthly = 1.0;
    const Projection projection = project(plan, plan.scenarios[0]);
    for (const auto &channel : projection.channels)
        QCOMPARE(channel.ltv, 100.0 * 0.5 * 36);
    // Cumulative margin at the end: every customer pays g for H months.
    const double expected = projection.totals.customers * 100.0 * 0.5 * 36;
    QVERIFY(test::numbersAgree(projection.cumulativeMargin[projection.cumulativeMargin.size() - 1],
                               expected));

    // Retention 1 with a discount: q < 1, the closed form.
    plan.discountRateAnnual = 0.1;
    const double delta = std::pow(1.1, 1.0 / 12.0) - 1.0;
    const double q = 1.0 / (1.0 + delta);
    double sum = 0.0;
    for (int t = 0; t < 36; ++t)
        sum += std::pow(q, t);
    const Projection discounted = project(plan, plan.scenarios[0]);
    QVERIFY(test::numbersAgree(discounted.channels[0].ltv, 50.0 * sum));
}

void ProjectionTest::noSaturationIsLinear()
{
    Plan plan = simplePlan(12, 2);
    for (auto &channel : plan.scenarios[0].channels) {
        channel.saturationSpend.reset();
        channel.carryover = 0.4;
    }
    const Projection projection = project(plan, plan.scenarios[0]);
    // Without saturation leads = A/p and carryover only moves response later; the response
    // still inside the horizon is S_total/p minus what carries past the last month.
    QVERIFY(test::allFinite(projection));
    const double spend = projection.channels[0].spend;
    QVERIFY(projection.channels[0].leads < spend / 20.0);
    QVERIFY(projection.channels[0].leads > 0.9 * spend / 20.0);
    plan.scenarios[0].channels[0].carryover = 0.0;
    const Projection immediate = project(plan, plan.scenarios[0]);
    QVERIFY(test::numbersAgree(immediate.channels[0].leads, spend / 20.0));
    QVERIFY(test::numbersAgree(*immediate.channels[0].cac, 20.0 / 0.25));
}

void ProjectionTest::carryoverNearOne()
{
    Plan plan = simplePlan(12, 2);
    plan.scenarios[0].channels[0].carryover = 0.999;
    const Projection projection = project(plan, plan.scenarios[0]);
    QVERIFY(test::allFinite(projection));
    // Nearly all response lands after the horizon: few leads, a very high CAC, still finite.
    QVERIFY(projection.channels[0].leads > 0.0);
    QVERIFY(projection.channels[0].leads < 0.02 * projection.channels[1].leads);
    QVERIFY(*projection.channels[0].cac > 50.0 * *projection.channels[1].cac);
}

void ProjectionTest::oneMonthPlan()
{
    Plan plan = simplePlan(1, 2);
    plan.scenarios[0].phasing = {Phasing::Kind::Quarterly, {0.1, 0.2, 0.3, 0.4}};
    const Projection projection = project(plan, plan.scenarios[0]);
    QVERIFY(test::allFinite(projection));
    QCOMPARE(projection.months, QStringList{QStringLiteral("2025-01")});
    QCOMPARE(projection.spend.cols(), 1);
    QVERIFY(test::numbersAgree(projection.spend(0, 0), 400'000.0));
    QCOMPARE(projection.cumulativeSpend.size(), 1 + 12 - 1);
    // One month of saturation: A = 400,000, κ = 50,000 → leads = A/(p(1+8)).
    QVERIFY(test::numbersAgree(projection.channels[0].leads, 400'000.0 / (20.0 * 9.0)));
}

void ProjectionTest::longPlan()
{
    Plan plan = simplePlan(120, 5);
    plan.valueHorizonMonths = 240;
    plan.scenarios[0].phasing = {Phasing::Kind::Quarterly, {0.35, 0.15, 0.15, 0.35}};
    const Projection projection = project(plan, plan.scenarios[0]);
    QVERIFY(test::allFinite(projection));
    QCOMPARE(projection.months.size(), 120);
    QCOMPARE(projection.months.last(), QStringLiteral("2034-12"));
    QCOMPARE(projection.cumulativeMargin.size(), 120 + 240 - 1);
    QVERIFY(test::numbersAgree(projection.cumulativeSpend[119], 800'000.0));
    QCOMPARE(projection.cumulativeSpend[358], projection.cumulativeSpend[119]);
    // Quarterly phasing repeats every year: month 0 and month 12 spend the same.
    QVERIFY(test::numbersAgree(projection.spend(0, 12), projection.spend(0, 0)));
    // The recursive cash curve equals the double sum of MODEL.md §3.10.
    const auto &customers = projection.volumes.back();
    double margin = 0.0;
    double cumulative = 0.0;
    for (int t = 0; t < 359; ++t) {
        margin = 0.0;
        for (int c = 0; c < 5; ++c) {
            for (int m = std::max(0, t - 239); m <= std::min(t, 119); ++m)
                margin += 50.0 * customers(c, m) * std::pow(0.9, t - m);
        }
        cumulative += margin;
    }
    QVERIFY(test::numbersAgree(projection.cumulativeMargin[358], cumulative));
}

void ProjectionTest::monthlyAndChannelPhasing()
{
    Plan plan = simplePlan(4, 2);
    plan.scenarios[0].phasing = {Phasing::Kind::Monthly, {1.0, 0.0, 1.0, 2.0}};
    plan.scenarios[0].channels[1].phasing = Phasing{Phasing::Kind::Monthly, {0.0, 0.0, 0.0, 5.0}};
    const Projection projection = project(plan, plan.scenarios[0]);
    QVERIFY(test::numbersAgree(projection.spend(0, 0), 100'000.0));
    QCOMPARE(projection.spend(0, 1), 0.0);
    QVERIFY(test::numbersAgree(projection.spend(0, 3), 200'000.0));
    QCOMPARE(projection.spend(1, 0), 0.0);
    QVERIFY(test::numbersAgree(projection.spend(1, 3), 400'000.0));
    // Payback needs spend > 0 first; no spend in month 1 for channel 1 changes nothing there.
    QVERIFY(test::allFinite(projection));
}

void ProjectionTest::metricNames()
{
    const Plan plan = test::loadSamplePlan();
    const Projection projection = project(plan, plan.scenarios.front());
    const Totals &totals = projection.totals;
    QCOMPARE(metricValue(projection, QStringLiteral("leads")), totals.leads);
    QCOMPARE(metricValue(projection, QStringLiteral("cost_per_stage.1")), totals.costPerStage[1]);
    QCOMPARE(metricValue(projection, QStringLiteral("stage_conversion.1")),
             totals.stageVolumes[1] / totals.stageVolumes[0]);
    QCOMPARE(metricValue(projection, QStringLiteral("payback_month")), 15.0);
    QCOMPARE(metricValue(projection, QStringLiteral("channel_spend")), totals.channelSpend);
    QVERIFY(!metricValue(projection, QStringLiteral("stage_conversion.0")));
    QVERIFY(!metricValue(projection, QStringLiteral("cost_per_stage.3")));
    QVERIFY(!metricValue(projection, QStringLiteral("cost_per_stage.x")));
    QVERIFY(!metricValue(projection, QStringLiteral("happiness")));
    QVERIFY(isKnownMetric(QStringLiteral("roi_loaded"), 3));
    QVERIFY(isKnownMetric(QStringLiteral("cost_per_stage.2"), 3));
    QVERIFY(!isKnownMetric(QStringLiteral("cost_per_stage.3"), 3));
    QVERIFY(!isKnownMetric(QStringLiteral("stage_conversion.0"), 3));
}

void ProjectionTest::targetsNullNotMet()
{
    Plan plan = simplePlan(12, 1);
    plan.scenarios[0].budget = 0.0;
    plan.targets = {
        {QStringLiteral("cac"), Comparison::LessOrEqual, 1e9, QStringLiteral("CAC")},
        {QStringLiteral("leads"), Comparison::GreaterOrEqual, 0.0, QStringLiteral("Leads")}};
    const Projection projection = project(plan, plan.scenarios[0]);
    QVERIFY(!projection.targets[0].projected);
    QVERIFY(!projection.targets[0].met);
    QCOMPARE(projection.targets[1].projected, 0.0);
    QVERIFY(projection.targets[1].met);
}

void ProjectionTest::sameInputSameBits()
{
    const Plan plan = test::loadSamplePlan();
    const Projection first = project(plan, plan.scenarios[1]);
    const Projection second = project(plan, plan.scenarios[1]);
    QCOMPARE(QJsonDocument(projectionJson(first)).toJson(),
             QJsonDocument(projectionJson(second)).toJson());
    // Projecting into a projection that held another plan and scenario gives the same bits.
    Projection reused = project(simplePlan(30, 9, 5), simplePlan(30, 9, 5).scenarios[0]);
    projectInto(plan, plan.scenarios[1], prepareScenario(plan, plan.scenarios[1]), reused);
    QCOMPARE(QJsonDocument(projectionJson(reused)).toJson(),
             QJsonDocument(projectionJson(first)).toJson());
    QCOMPARE(reused.volumes.size(), std::size_t(3));
}

void ProjectionTest::comparatorCatchesDifferences()
{
    // The golden comparison must be able to fail, on each kind of difference.
    const auto parse = [](const char *text) {
        return QJsonDocument::fromJson(QByteArray(text)).object();
    };
    const QJsonObject expected = parse(R"({"a": 1000.0, "b": [1, 2], "c": null, "d": {"e": 0}})");
    QVERIFY(test::jsonDifferences(expected, expected).isEmpty());
    QVERIFY(test::jsonDifferences(parse(R"({"a": 1000.0000001, "b": [1, 2], "c": null,
                                          "d": {"e": 1e-14}})"),
                                  expected)
                .isEmpty());
    QCOMPARE(test::jsonDifferences(parse(R"({"a": 1000.00001, "b": [1, 2], "c": null,
                                           "d": {"e": 0}})"),
                                   expected)
                 .size(),
             1);
    QCOMPARE(
        test::jsonDifferences(parse(R"({"b": [1, 2], "c": null, "d": {"e": 0}})"), expected).size(),
        1);
    QCOMPARE(test::jsonDifferences(parse(R"({"a": 1000, "b": [1, 2], "c": null, "d": {"e": 0},
                                           "x": 1})"),
                                   expected)
                 .size(),
             1);
    QCOMPARE(
        test::jsonDifferences(parse(R"({"a": 1000, "b": [1], "c": null, "d": {"e": 0}})"), expected)
            .size(),
        1);
    QCOMPARE(
        test::jsonDifferences(parse(R"({"a": 1000, "b": [1, 2], "c": 0, "d": {"e": 0}})"), expected)
            .size(),
        1);
    QCOMPARE(test::jsonDifferences(parse(R"({"a": null, "b": [1, 2], "c": null, "d": {"e": 0}})"),
                                   expected)
                 .size(),
             1);
}

void ProjectionTest::channelOutcomeMatchesProjection()
{
    // The optimizer's one-channel curve gives the projection's numbers for x_c = P·s_c, and is
    // increasing and concave in x (MODEL.md §5.2).
    const Plan plan = test::loadSamplePlan();
    const ScenarioInputs inputs = prepareScenario(plan, plan.scenarios.front());
    const Projection projection = project(plan, plan.scenarios.front(), inputs);
    for (int c = 0; c < inputs.channelCount; ++c) {
        const auto &channel = projection.channels[static_cast<std::size_t>(c)];
        const ChannelOutcome outcome = channelOutcome(inputs, c, inputs.pool * inputs.shares[c]);
        QVERIFY(test::numbersAgree(outcome.spend, channel.spend));
        QVERIFY(test::numbersAgree(outcome.leads, channel.leads));
        QVERIFY(test::numbersAgree(outcome.customers, channel.customers));
        QVERIFY(test::numbersAgree(outcome.value, channel.value));
        const double low = channelOutcome(inputs, c, 1e6).value;
        const double middle = channelOutcome(inputs, c, 2e6).value;
        const double high = channelOutcome(inputs, c, 3e6).value;
        QVERIFY(low < middle && middle < high);
        QVERIFY(middle - low >= high - middle);
    }
    QCOMPARE(channelOutcome(inputs, 0, 0.0).value, 0.0);
}

QTEST_GUILESS_MAIN(ProjectionTest)
#include "ProjectionTest.moc"
