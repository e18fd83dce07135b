#include "ui/charts/OverviewCharts.h"

#include "models/document/PlanDocument.h"
#include "models/engine/Projection.h"
#include "ui/charts/BarChart.h"
#include "ui/charts/CashCurveChart.h"
#include "ui/charts/ChannelSplitChart.h"
#include "ui/charts/FunnelChart.h"
#include "ui/charts/LtvCacChart.h"
#include "ui/charts/OverviewChartAdapter.h"
#include "ui/widgets/RefreshWhenShown.h"

#include <QGridLayout>

namespace cplan {

OverviewCharts::OverviewCharts(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document),
      m_monthlySpend(new BarChart(BarChart::Layout::Stacked, Qt::Vertical, this)),
      m_channelSplit(new ChannelSplitChart(this)), m_funnel(new FunnelChart(this)),
      m_cashCurve(new CashCurveChart(this)), m_ltvCac(new LtvCacChart(this))
{
    m_monthlySpend->setObjectName(QStringLiteral("monthlySpendChart"));
    m_channelSplit->setObjectName(QStringLiteral("channelSplitChart"));
    m_funnel->setObjectName(QStringLiteral("funnelChart"));
    m_cashCurve->setObjectName(QStringLiteral("cashCurveChart"));
    m_ltvCac->setObjectName(QStringLiteral("ltvCacChart"));
    m_monthlySpend->setTitle(tr("Monthly spend by channel"));
    m_monthlySpend->setCategoryZoom(true);
    m_channelSplit->setTitle(tr("Channel split"));
    m_funnel->setTitle(tr("Funnel by stage"));
    m_cashCurve->setTitle(tr("Cumulative spend and margin"));
    m_ltvCac->setTitle(tr("Lifetime value against acquisition cost"));
    m_monthlySpend->setMinimumHeight(340);
    m_cashCurve->setMinimumHeight(320);
    m_ltvCac->setMinimumHeight(340);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(10);
    grid->addWidget(m_monthlySpend, 0, 0, 1, 2);
    grid->addWidget(m_channelSplit, 1, 0);
    grid->addWidget(m_funnel, 1, 1);
    grid->addWidget(m_cashCurve, 2, 0);
    grid->addWidget(m_ltvCac, 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    // One refresh per change (projectionChanged ends every change, also a new active scenario),
    // and none while hidden: the page catches up when it is shown (RefreshWhenShown.h).
    auto *deferred = new RefreshWhenShown(this, [this] { refresh(); });
    connect(document, &PlanDocument::projectionChanged, deferred, &RefreshWhenShown::request);
    refresh();
}

void OverviewCharts::refresh()
{
    const Plan &plan = m_document->plan();
    const Projection *projection = m_document->projection();
    setEnabled(projection != nullptr);
    if (!projection)
        return; // the last drawing stays, greyed, until the plan can be projected again
    for (ChartView *chart : std::initializer_list<ChartView *>{m_monthlySpend, m_channelSplit,
                                                               m_funnel, m_cashCurve, m_ltvCac})
        chart->setCurrency(plan.currency);
    m_monthlySpend->setChart(monthlySpendByChannel(plan, *projection));
    m_channelSplit->setSlices(channelSplit(plan, *projection));
    m_funnel->setStages(funnelByStage(plan, *projection));
    m_cashCurve->setCurve(cashCurve(*projection));
    m_ltvCac->setChannels(channelEconomics(*projection));
}

} // namespace cplan
