// The tornado of MODEL.md §5.4: swing 0, sorting, share re-normalisation, clipping, metrics.

#include "AnalysisFixtures.h"

#include "models/engine/Projection.h"
#include "models/engine/Sensitivity.h"

#include <QTest>

using namespace cplan;

class SensitivityTest : public QObject
{
    Q_OBJECT

private slots:
    void zeroSwingGivesTheBase();
    void barsSortedBySpan();
    void everyFamilyAndShare();
    void directionsMakeSense();
    void sharesRenormalise();
    void shareOfAnOnlyChannel();
    void ratesAreClipped();
    void otherMetric();
    void badInput();
};

void SensitivityTest::zeroSwingGivesTheBase()
{
    const Plan plan = test::loadSamplePlan();
    const auto result = runSensitivity(plan, plan.scenarios.front(), 0.0);
    QVERIFY(result.ok());
    const auto roi = project(plan, plan.scenarios.front()).totals.roi;
    QCOMPARE(result->base, roi);
    for (const auto &bar : result->bars) {
        QVERIFY2(bar.low && std::abs(*bar.low - *roi) <= 1e-12, qPrintable(bar.driver));
        QVERIFY(bar.high && std::abs(*bar.high - *roi) <= 1e-12);
    }
}

void SensitivityTest::barsSortedBySpan()
{
    const Plan plan = test::loadSamplePlan();
    const auto result = runSensitivity(plan, plan.scenarios.front());
    QVERIFY(result.ok());
    QCOMPARE(result->swing, 0.2);
    QCOMPARE(result->metric, QStringLiteral("roi"));
    for (std::size_t i = 1; i < result->bars.size(); ++i) {
        const auto &before = result->bars[i - 1];
        const auto &after = result->bars[i];
        QVERIFY(std::abs(*before.high - *before.low) >= std::abs(*after.high - *after.low));
    }
    QVERIFY(std::abs(*result->bars.front().high - *result->bars.front().low) > 0.0);
}

void SensitivityTest::everyFamilyAndShare()
{
    const Plan plan = test::loadSamplePlan();
    const auto result = runSensitivity(plan, plan.scenarios.front());
    QVERIFY(result.ok());
    QStringList drivers;
    for (const auto &bar : result->bars)
        drivers << bar.driver;
    QCOMPARE(drivers.size(), 6 + 6);
    for (const QString &family : sensitivityFamilies())
        QVERIFY(drivers.contains(family));
    QVERIFY(drivers.contains(QStringLiteral("share:Short video ads")));
}

void SensitivityTest::directionsMakeSense()
{
    const Plan plan = test::loadSamplePlan();
    const auto result = runSensitivity(plan, plan.scenarios.front());
    QVERIFY(result.ok());
    for (const auto &bar : result->bars) {
        // Dearer leads lower the ROI; more conversion, revenue, margin, retention and room
        // before saturation raise it.
        if (bar.driver == QLatin1String("cpl"))
            QVERIFY(*bar.low > *result->base && *bar.high < *result->base);
        else if (!bar.driver.startsWith(QLatin1String("share:")))
            QVERIFY2(*bar.low<*result->base && * bar.high> * result->base, qPrintable(bar.driver));
    }
    // ROI is linear in arpu and in margin: the same bar.
    const auto find = [&](const QString &driver) {
        return *std::find_if(result->bars.begin(), result->bars.end(),
                             [&](const SensitivityBar &bar) { return bar.driver == driver; });
    };
    QVERIFY(std::abs(*find(QStringLiteral("arpu")).low - *find(QStringLiteral("margin")).low) <
            1e-12);
}

void SensitivityTest::sharesRenormalise()
{
    const Plan plan = test::loadSamplePlan();
    const Scenario &scenario = plan.scenarios.front();
    const Scenario moved = withScaledShare(scenario, 1, 1.2); // 0.3 → 0.36
    double sum = 0.0;
    for (const auto &channel : moved.channels)
        sum += channel.share;
    QVERIFY(std::abs(sum - 1.0) < 1e-12);
    QVERIFY(std::abs(moved.channels[1].share - 0.36) < 1e-12);
    // The others keep their proportions: 0.2 of the remaining 0.7 → 0.2 · 0.64/0.7.
    QVERIFY(std::abs(moved.channels[0].share - 0.2 * 0.64 / 0.7) < 1e-12);
    QVERIFY(std::abs(moved.channels[0].share / moved.channels[3].share - 0.2 / 0.15) < 1e-12);
    // Clipped at 1: the others get nothing.
    const Scenario all = withScaledShare(scenario, 1, 10.0);
    QCOMPARE(all.channels[1].share, 1.0);
    QCOMPARE(all.channels[0].share, 0.0);
    // From nothing, the rest is shared evenly.
    const Scenario back = withScaledShare(all, 1, 0.5);
    QVERIFY(std::abs(back.channels[0].share - 0.1) < 1e-12);
}

void SensitivityTest::shareOfAnOnlyChannel()
{
    Plan plan = test::linearPlan({20.0}, 1.0);
    const auto result = runSensitivity(plan, plan.scenarios.front());
    QVERIFY(result.ok());
    QCOMPARE(result->bars.size(), std::size_t{6});
}

void SensitivityTest::ratesAreClipped()
{
    Plan plan = test::linearPlan({20.0, 30.0}, 1.0);
    for (auto &channel : plan.scenarios.front().channels) {
        channel.conversion = {1.0, 0.9};
        channel.margin = 0.9;
        channel.retentionMonthly = 0.95;
    }
    const auto result =
        runSensitivity(plan, plan.scenarios.front(), 0.5, QStringLiteral("stage_conversion.1"));
    QVERIFY(result.ok());
    const auto conversion =
        *std::find_if(result->bars.begin(), result->bars.end(), [](const SensitivityBar &bar) {
            return bar.driver == QLatin1String("conversion");
        });
    QCOMPARE(*conversion.high, 1.0); // 1.5 clipped to 1
    QCOMPARE(*conversion.low, 0.5);
}

void SensitivityTest::otherMetric()
{
    const Plan plan = test::loadSamplePlan();
    const auto result = runSensitivity(plan, plan.scenarios.front(), 0.1, QStringLiteral("cac"));
    QVERIFY(result.ok());
    QCOMPARE(result->base, project(plan, plan.scenarios.front()).totals.cac);
    // CAC does not depend on revenue: arpu, margin and retention bars have no span.
    for (const auto &bar : result->bars) {
        if (bar.driver == QLatin1String("arpu") || bar.driver == QLatin1String("margin") ||
            bar.driver == QLatin1String("retention"))
            QCOMPARE(*bar.low, *bar.high);
    }
}

void SensitivityTest::badInput()
{
    const Plan plan = test::loadSamplePlan();
    QVERIFY(!runSensitivity(plan, plan.scenarios.front(), 1.0).ok());
    QVERIFY(!runSensitivity(plan, plan.scenarios.front(), -0.1).ok());
    const auto unknown = runSensitivity(plan, plan.scenarios.front(), 0.2, QStringLiteral("joy"));
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().contains(QLatin1String("\"joy\"")));
}

QTEST_GUILESS_MAIN(SensitivityTest)
#include "SensitivityTest.moc"
