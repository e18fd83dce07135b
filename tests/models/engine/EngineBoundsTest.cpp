// Issue 14, item 7: values that overflowed. A cost per lead of 1e-320 or a budget of 1e308
// validated as "valid" and then produced inf/NaN inside (Monte Carlo printed nan). The validator
// now bounds every driver, saying which bound; at those bounds every figure stays finite.

#include "SamplePlan.h"

#include "models/domain/PlanValidator.h"
#include "models/engine/Finiteness.h"
#include "models/engine/MonteCarlo.h"
#include "models/engine/Projection.h"

#include <QTest>

#include <cmath>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

QString messageAt(const std::vector<Violation> &violations, const QString &suffix)
{
    for (const Violation &violation : violations) {
        if (violation.path.endsWith(suffix))
            return violation.message;
    }
    return {};
}

} // namespace

class EngineBoundsTest : public QObject
{
    Q_OBJECT

private slots:
    void overflowingDriversAreRefused_data();
    void overflowingDriversAreRefused();
    void extremesThatPassGiveFiniteFigures();
};

void EngineBoundsTest::overflowingDriversAreRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("tiny cpl") << u"cpl"_s << 1e-320 << u"must be at least 1e-06 (got 1e-320)"_s;
    QTest::newRow("huge cpl") << u"cpl"_s << 1e300
                              << u"must be at most 1000000000000 (got 1e+300)"_s;
    QTest::newRow("huge budget") << u"budget"_s << 1e308 << u"must be at most 1e+15 (got 1e+308)"_s;
    QTest::newRow("huge arpu") << u"arpu_monthly"_s << 1e200
                               << u"must be at most 1000000000000 (got 1e+200)"_s;
    QTest::newRow("tiny saturation")
        << u"saturation_spend"_s << 1e-300 << u"must be at least 1e-06 (got 1e-300)"_s;
}

void EngineBoundsTest::overflowingDriversAreRefused()
{
    QFETCH(QString, field);
    QFETCH(double, value);
    QFETCH(QString, message);
    Plan plan = test::loadSamplePlan();
    Scenario &scenario = plan.scenarios.front();
    ChannelDrivers &channel = scenario.channels.front();
    if (field == u"cpl"_s)
        channel.cpl = value;
    else if (field == u"budget"_s)
        scenario.budget = value;
    else if (field == u"arpu_monthly"_s)
        channel.arpuMonthly = value;
    else
        channel.saturationSpend = value;
    const auto violations = validatePlan(plan);
    QCOMPARE(violations.size(), std::size_t(1));
    QVERIFY(violations.front().path.endsWith(field));
    QCOMPARE(messageAt(violations, field), message);
}

void EngineBoundsTest::extremesThatPassGiveFiniteFigures()
{
    // Every driver at the edge of its range at once, in the direction that makes figures big.
    Plan plan = test::loadSamplePlan();
    for (Scenario &scenario : plan.scenarios) {
        scenario.budget = 1e15;
        for (ChannelDrivers &channel : scenario.channels) {
            channel.cpl = 1e-6;
            channel.saturationSpend = 1e15;
            channel.arpuMonthly = 1e12;
            channel.retentionMonthly = 1.0;
            channel.margin = 1.0;
            for (double &rate : channel.conversion)
                rate = 1.0;
        }
    }
    plan.valueHorizonMonths = 240;
    const auto violations = validatePlan(plan);
    QVERIFY2(violations.empty(), qPrintable(violationsText(violations)));
    const Projection projection = project(plan, plan.scenarios.front());
    QVERIFY(totalsAreFinite(projection.totals));
    QVERIFY(projection.totals.value > 1e30);

    MonteCarloOptions options;
    options.trials = 2000;
    const auto result = runMonteCarlo(plan, plan.scenarios.front(), options);
    QVERIFY(result.ok());
    for (const MetricDistribution &metric : result->metrics) {
        for (const auto &statistic :
             {metric.mean, metric.p5, metric.p10, metric.p50, metric.p90, metric.p95})
            QVERIFY2(isFiniteOrNull(statistic), qPrintable(metric.metric));
    }
}

QTEST_GUILESS_MAIN(EngineBoundsTest)
#include "EngineBoundsTest.moc"
