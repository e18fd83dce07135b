#include "ui/charts/ActualsChartView.h"

#include "models/document/PlanDocument.h"
#include "models/engine/Variance.h"
#include "models/reports/PlanReports.h"
#include "ui/charts/ActualsChart.h"
#include "ui/charts/ChartPalette.h"
#include "ui/widgets/RefreshWhenShown.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cplan {

ActualsChartView::ActualsChartView(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_channel(new QComboBox(this)),
      m_chart(new ActualsChart(this))
{
    m_channel->setObjectName(QStringLiteral("actualsChannel"));
    m_channel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chart->setObjectName(QStringLiteral("actualsChart"));
    m_chart->setTitle(tr("Spend: planned against actual"));
    auto *picker = new QHBoxLayout;
    picker->addWidget(new QLabel(tr("Channel:"), this));
    picker->addWidget(m_channel);
    picker->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(picker);
    layout->addWidget(m_chart, 1);

    connect(m_channel, &QComboBox::currentIndexChanged, this, &ActualsChartView::refresh);
    connect(document, &PlanDocument::planChanged, this, [this](const PlanChange &change) {
        if (change.touches(PlanChange::Area::Channels) && change.isStructural())
            rebuildPicker();
    });
    // One refresh per change (projectionChanged ends every change, also a new active scenario),
    // and none while hidden: the page catches up when it is shown (RefreshWhenShown.h).
    auto *deferred = new RefreshWhenShown(this, [this] { refresh(); });
    connect(document, &PlanDocument::projectionChanged, deferred, &RefreshWhenShown::request);
    rebuildPicker();
}

void ActualsChartView::showChannel(int channel)
{
    m_channel->setCurrentIndex(channel + 1);
}

void ActualsChartView::rebuildPicker()
{
    const int previous = m_channel->currentIndex();
    {
        const QSignalBlocker blocker(m_channel);
        m_channel->clear();
        m_channel->addItem(tr("All channels"));
        const Plan &plan = m_document->plan();
        for (std::size_t c = 0; c < plan.channels.size(); ++c) {
            QPixmap swatch(12, 12);
            swatch.fill(channelColour(int(c)));
            m_channel->addItem(QIcon(swatch), plan.channels[c].name);
        }
        m_channel->setCurrentIndex(previous > 0 && previous < m_channel->count() ? previous : 0);
    }
    refresh();
}

void ActualsChartView::setScenario(int scenario)
{
    if (scenario == m_scenario)
        return;
    m_scenario = scenario;
    refresh();
}

void ActualsChartView::refresh()
{
    const Plan &plan = m_document->plan();
    const int scenario = m_scenario >= 0 && m_scenario < int(plan.scenarios.size())
                             ? m_scenario
                             : m_document->baselineScenarioIndex();
    const Projection *projection = m_document->projectionOf(scenario);
    setEnabled(projection != nullptr);
    if (!projection)
        return;
    const VarianceReport *report = m_document->reports().variance(scenario);
    m_chart->setCurrency(plan.currency);
    m_chart->setComparison(
        actualsAgainstPlan(plan, *projection, *report, m_channel->currentIndex() - 1));
}

} // namespace cplan
