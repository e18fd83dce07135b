#include "ui/charts/MilestoneTimelineView.h"

#include "models/document/PlanDocument.h"
#include "models/engine/Milestones.h"
#include "models/reports/PlanReports.h"
#include "ui/charts/MilestoneTimelineChart.h"
#include "ui/widgets/DelayCostText.h"
#include "ui/widgets/RefreshWhenShown.h"

#include "models/domain/NumberText.h"

#include <QVBoxLayout>

namespace cplan {

MilestoneTimelineView::MilestoneTimelineView(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_chart(new MilestoneTimelineChart(this))
{
    m_chart->setObjectName(QStringLiteral("milestoneTimeline"));
    m_chart->setTitle(tr("Milestone timeline"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart);
    connect(m_chart, &MilestoneTimelineChart::milestoneClicked, this, [this](int index) {
        const auto &milestones = m_chart->timeline().milestones;
        if (index >= 0 && index < int(milestones.size()))
            emit milestoneClicked(
                m_document->plan().milestoneIndex(milestones[std::size_t(index)].id));
    });
    connect(m_chart, &MilestoneTimelineChart::forecastDragged, this,
            &MilestoneTimelineView::showWhatIf);
    connect(m_chart, &MilestoneTimelineChart::forecastDropped, this,
            &MilestoneTimelineView::applyDroppedForecast);
    // One refresh per change (projectionChanged ends every change, also a new active scenario),
    // and none while hidden: the page catches up when it is shown (RefreshWhenShown.h).
    auto *deferred = new RefreshWhenShown(this, [this] { refresh(); });
    connect(document, &PlanDocument::projectionChanged, deferred, &RefreshWhenShown::request);
    refresh();
}

void MilestoneTimelineView::refresh()
{
    const MilestoneReport *report = m_document->reports().milestones();
    setEnabled(report != nullptr);
    if (!report)
        return;
    const Plan &plan = m_document->plan();
    m_chart->setCurrency(plan.currency);
    m_chart->setTimeline(milestoneTimeline(plan, *report, m_document->reports().delayCosts()));
}

QString MilestoneTimelineView::whatIfText(int milestone, const QDate &forecast) const
{
    const Plan &plan = m_document->plan();
    if (milestone < 0 || milestone >= int(plan.milestones.size()))
        return {};
    const Milestone &edited = plan.milestones[std::size_t(milestone)];
    const QString date = tr("Forecast %1").arg(NumberText::formatDate(forecast));
    if (edited.gates.isEmpty())
        return tr("%1 (gates no channel)").arg(date);
    const auto costs = m_document->reports().delayCostsIf(milestone, forecast);
    if (costs) {
        for (const DelayCost &cost : costs->milestones) {
            if (cost.id == edited.id)
                return tr("%1: %2").arg(date, delayCostSummary(cost, plan.currency));
        }
    }
    return tr("%1: on time, no cost").arg(date);
}

void MilestoneTimelineView::showWhatIf(int shownMilestone, const QDate &forecast)
{
    const auto &shown = m_chart->timeline().milestones;
    if (shownMilestone < 0 || shownMilestone >= int(shown.size()))
        return;
    const int milestone = m_document->plan().milestoneIndex(shown[std::size_t(shownMilestone)].id);
    m_chart->setDragPreview(shownMilestone, forecast, whatIfText(milestone, forecast));
}

void MilestoneTimelineView::applyDroppedForecast(int shownMilestone, const QDate &forecast)
{
    const auto &shown = m_chart->timeline().milestones;
    if (shownMilestone < 0 || shownMilestone >= int(shown.size()))
        return;
    const int index = m_document->plan().milestoneIndex(shown[std::size_t(shownMilestone)].id);
    if (index < 0)
        return;
    Milestone milestone = m_document->plan().milestones[std::size_t(index)];
    milestone.forecast = forecast.toString(Qt::ISODate);
    // One undo step per drop; a refused edit (it cannot be, a date is always valid) is dropped.
    const Status applied = m_document->setMilestone(index, milestone);
    Q_UNUSED(applied);
}

} // namespace cplan
