#pragma once

// The milestone timeline, Gantt style (MODEL.md §6): phases as bands, each milestone on its
// own row with a hollow diamond at the planned date and a dot at the reference date, the delay
// between them drawn in the escalation level's colour, dependency arrows from a predecessor's
// reference date to the planned date it holds up, and the status date as a vertical line.
// Hovering a milestone shows its checkpoint status; clicking it emits milestoneClicked.
// Dragging the reference dot of a milestone that is planned or in progress is a what-if of its
// forecast (MODEL.md §6 "Gates"): forecastDragged while the mouse moves (the view shows the cost
// with setDragPreview), forecastDropped once when it is let go.

#include "ui/charts/ChartView.h"
#include "ui/charts/MilestoneTimelineAdapter.h"

#include <array>
#include <vector>

namespace cplan {

class MilestoneTimelineChart : public ChartView
{
    Q_OBJECT

public:
    explicit MilestoneTimelineChart(QWidget *parent = nullptr);

    // Timelines with more milestones are drawn without delay bars and dependency arrows.
    static constexpr int largestDetailedTimeline = 2000;

    void setTimeline(const MilestoneTimeline &timeline);
    const MilestoneTimeline &timeline() const { return m_timeline; }

    // The milestone (index into timeline().milestones) drawn nearest `position`, or -1.
    int milestoneAt(const QPoint &position);
    QString toolTipAt(const QPoint &position) override;
    // The pixel of a milestone's reference-date dot (tests click there).
    QPoint referencePixel(int milestone) const;

    // The plot key of a date (seconds since the epoch, UTC, as QCPAxisTickerDateTime wants).
    static double dateKey(const QDate &date);
    // The day under pixel column `x`.
    QDate dateAtPixel(double x) const;

    // The dragged forecast as a line from the planned date and a label (e.g. its cost).
    void setDragPreview(int milestone, const QDate &date, const QString &text);
    void clearDragPreview();
    // The milestone being dragged (index into timeline().milestones), or -1.
    int draggedMilestone() const { return m_dragged; }
    // The label beside the dragged forecast; empty when no drag is shown.
    QString dragPreviewText() const;

signals:
    void milestoneClicked(int milestone);
    // `milestone`: index into timeline().milestones; `forecast`: the day under the mouse.
    void forecastDragged(int milestone, const QDate &forecast);
    void forecastDropped(int milestone, const QDate &forecast);

protected:
    void applyPalette() override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void clearItems();

    MilestoneTimeline m_timeline;
    QFont m_drawnFont;    // the font the row labels were elided with
    bool m_drawn = false; // the items show m_timeline
    QCPCurve *m_planned;
    std::array<QCPCurve *, 4> m_references{}; // one per escalation level (legend entries)
    std::array<std::vector<int>, 4> m_referenceMilestones;
    std::vector<QCPAbstractItem *> m_items; // bands, delay lines, arrows, labels
    std::vector<QCPItemRect *> m_bands;
    std::vector<QCPItemText *> m_bandLabels;
    QCPItemStraightLine *m_statusLine;
    QCPItemText *m_statusLabel;
    QCPItemLine *m_dragLine;
    QCPItemText *m_dragLabel;
    int m_dragged = -1;
    QDate m_dragDate;
    bool m_dragMoved = false;
};

} // namespace cplan
