#pragma once

// The Milestones page's timeline: the chart of the active scenario's milestone report,
// redrawn when the plan or projection changes. A click on a milestone is passed on. Dragging a
// milestone's forecast shows what the slip would cost while the mouse moves (MODEL.md §6
// "Gates"; nothing is edited) and sets the forecast when it is let go, as one undo step.

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
    // The text shown beside a dragged forecast: "Forecast 2025-07-20: −1,240 customers, ...".
    QString whatIfText(int milestone, const QDate &forecast) const;

signals:
    // `milestone`: index into the plan's milestones.
    void milestoneClicked(int milestone);

private:
    void refresh();
    void showWhatIf(int shownMilestone, const QDate &forecast);
    void applyDroppedForecast(int shownMilestone, const QDate &forecast);

    PlanDocument *m_document;
    MilestoneTimelineChart *m_chart;
};

} // namespace cplan
