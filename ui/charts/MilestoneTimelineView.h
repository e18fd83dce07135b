#pragma once

// The Milestones page's timeline: the chart of the active scenario's milestone report,
// redrawn when the plan or projection changes. A click on a milestone is passed on.

#include <QWidget>

namespace cplan {

class MilestoneTimelineChart;
class PlanDocument;

class MilestoneTimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit MilestoneTimelineView(PlanDocument *document, QWidget *parent = nullptr);

    MilestoneTimelineChart *chart() const { return m_chart; }

signals:
    // `milestone`: index into the plan's milestones.
    void milestoneClicked(int milestone);

private:
    void refresh();

    PlanDocument *m_document;
    MilestoneTimelineChart *m_chart;
};

} // namespace cplan
