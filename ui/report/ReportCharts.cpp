#include "ui/report/ReportCharts.h"

#include "models/engine/ComparisonReport.h"
#include "models/engine/Milestones.h"
#include "models/engine/Projection.h"
#include "models/engine/Variance.h"
#include "ui/charts/ActualsChart.h"
#include "ui/charts/ActualsChartAdapter.h"
#include "ui/charts/BarChart.h"
#include "ui/charts/CashCurveChart.h"
#include "ui/charts/ChannelSplitChart.h"
#include "ui/charts/ComparisonAdapter.h"
#include "ui/charts/FanChart.h"
#include "ui/charts/FunnelChart.h"
#include "ui/charts/HistogramChart.h"
#include "ui/charts/LtvCacChart.h"
#include "ui/charts/MilestoneTimelineAdapter.h"
#include "ui/charts/MilestoneTimelineChart.h"
#include "ui/charts/OverviewChartAdapter.h"
#include "ui/charts/TornadoAdapter.h"
#include "ui/charts/TornadoChart.h"

#include <QCoreApplication>
#include <QDate>
#include <QWidget>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
};

} // namespace

ReportCharts::ReportCharts(const Plan &plan, const QString &scenarioName, QDate statusDate,
                           const ReportAnalysis &analysis)
    : m_owner(std::make_unique<QWidget>())
{
    const int index = std::max(0, plan.scenarioIndex(scenarioName));
    if (plan.scenarios.empty())
        return;
    const Scenario &scenario = plan.scenarios[std::size_t(index)];
    const Projection projection = project(plan, scenario);
    QWidget *owner = m_owner.get();
    const auto add = [&](ReportPageKind kind, ChartView *chart, const QString &title, double left,
                         double width, double height, bool newRow) {
        chart->setCurrency(plan.currency);
        chart->setTitle(title);
        m_charts.push_back({kind, {chart, left, width, height, newRow}});
    };

    auto *monthly = new BarChart(BarChart::Layout::Stacked, Qt::Vertical, owner);
    monthly->setChart(monthlySpendByChannel(plan, projection));
    add(ReportPageKind::Dashboard, monthly, Tr::tr("Monthly spend by channel"), 0, 1, 260, true);
    auto *split = new ChannelSplitChart(owner);
    split->setSlices(channelSplit(plan, projection));
    add(ReportPageKind::Dashboard, split, Tr::tr("Channel split"), 0, 1, 180, true);
    auto *funnel = new FunnelChart(owner);
    funnel->setStages(funnelByStage(plan, projection));
    add(ReportPageKind::Dashboard, funnel, Tr::tr("Funnel by stage"), 0, 1, 160, true);
    auto *cash = new CashCurveChart(owner);
    cash->setCurve(cashCurve(projection));
    add(ReportPageKind::Dashboard, cash, Tr::tr("Cumulative spend and margin"), 0, 0.5, 240, true);
    auto *ltvCac = new LtvCacChart(owner);
    ltvCac->setChannels(channelEconomics(projection));
    add(ReportPageKind::Dashboard, ltvCac, Tr::tr("Lifetime value against acquisition cost"), 0.5,
        0.5, 240, false);

    if (const auto comparison = compareScenarios(plan)) {
        QStringList all;
        for (const Scenario &each : plan.scenarios)
            all << each.name;
        auto *bars = new BarChart(BarChart::Layout::Grouped, Qt::Vertical, owner);
        bars->setChart(channelSpendByScenario(plan, *comparison, all));
        add(ReportPageKind::Comparison, bars, Tr::tr("Spend per channel by scenario"), 0, 1, 260,
            true);
    }

    const MilestoneReport milestones = evaluateMilestones(plan, scenario, projection, statusDate);
    auto *timeline = new MilestoneTimelineChart(owner);
    timeline->setTimeline(milestoneTimeline(plan, milestones));
    add(ReportPageKind::Milestones, timeline, Tr::tr("Milestone timeline"), 0, 1, 260, true);

    const VarianceReport variance = computeVariance(plan, scenario, projection);
    auto *actuals = new ActualsChart(owner);
    actuals->setComparison(actualsAgainstPlan(plan, projection, variance, -1));
    add(ReportPageKind::Actuals, actuals, Tr::tr("Spend: actuals against plan, all channels"), 0, 1,
        260, true);

    if (analysis.monteCarlo) {
        auto *histogram = new HistogramChart(owner);
        histogram->setData(histogramData(*analysis.monteCarlo));
        add(ReportPageKind::MonteCarlo, histogram, Tr::tr("Distribution"), 0, 1, 280, true);
        auto *fan = new FanChart(owner);
        fan->setData(monthlyCustomersFan(*analysis.monteCarlo, plan));
        add(ReportPageKind::MonteCarlo, fan, Tr::tr("Customers per month (P10, P50, P90)"), 0, 1,
            280, true);
    }
    if (analysis.sensitivity) {
        auto *tornado = new TornadoChart(owner);
        tornado->setData(tornadoChartData(*analysis.sensitivity));
        add(ReportPageKind::Tornado, tornado, Tr::tr("Tornado"), 0, 1, 420, true);
    }
}

ReportCharts::~ReportCharts() = default;

std::vector<ReportChart> ReportCharts::chartsFor(ReportPageKind kind) const
{
    std::vector<ReportChart> charts;
    for (const auto &[page, chart] : m_charts) {
        if (page == kind)
            charts.push_back(chart);
    }
    return charts;
}

} // namespace cplan
