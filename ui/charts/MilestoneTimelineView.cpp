#include "ui/charts/MilestoneTimelineView.h"

#include "models/document/PlanDocument.h"
#include "models/engine/Milestones.h"
#include "models/reports/PlanReports.h"
#include "ui/charts/MilestoneTimelineChart.h"
#include "ui/widgets/RefreshWhenShown.h"

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
    m_chart->setTimeline(milestoneTimeline(plan, *report));
}

} // namespace cplan
