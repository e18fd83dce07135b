// collectAlerts() (ui/mainwindow/Alerts.h) compares the actuals with the plan's baseline
// scenario, so editing another scenario neither hides nor multiplies the variance alerts.

#include "models/document/PlanDocument.h"
#include "models/engine/Projection.h"
#include "models/engine/Variance.h"
#include "ui/mainwindow/Alerts.h"

#include <QTest>

using namespace cplan;

namespace {

int varianceAlerts(const PlanDocument &document)
{
    int count = 0;
    for (const Alert &alert : collectAlerts(document))
        count += alert.kind == Alert::Kind::Variance ? 1 : 0;
    return count;
}

// Flagged rows, flagged stages and channels over benchmark of one scenario (MODEL.md §7).
int expectedAlerts(const Plan &plan, int scenario)
{
    const Scenario &compared = plan.scenarios[std::size_t(scenario)];
    const VarianceReport report = computeVariance(plan, compared, project(plan, compared));
    int count = 0;
    for (const VarianceRow &row : report.rows) {
        count += row.spendFlag ? 1 : 0;
        for (const StageVariance &stage : row.stages)
            count += stage.flag ? 1 : 0;
    }
    for (const ChannelVariance &channel : report.byChannel)
        count += channel.overBenchmark ? 1 : 0;
    return count;
}

} // namespace

class AlertsBaselineTest : public QObject
{
    Q_OBJECT

private slots:
    void varianceAlertsFollowTheBaseline()
    {
        PlanDocument document;
        document.newFromSample();
        const Plan &plan = document.plan();
        QVERIFY(expectedAlerts(plan, 0) != expectedAlerts(plan, 1));
        QCOMPARE(varianceAlerts(document), expectedAlerts(plan, 0));
        document.setActiveScenarioIndex(1);
        QCOMPARE(varianceAlerts(document), expectedAlerts(plan, 0));
        QVERIFY(
            document.setSetting(PlanSetting::BaselineScenario, QStringLiteral("Plan B (CNY 25M)"))
                .ok());
        document.setActiveScenarioIndex(0);
        QCOMPARE(varianceAlerts(document), expectedAlerts(document.plan(), 1));
    }
};

QTEST_MAIN(AlertsBaselineTest)
#include "AlertsBaselineTest.moc"
