#include "ui/charts/MilestoneTimelineChart.h"

#include "models/domain/NumberText.h"
#include "ui/charts/ChartPalette.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace cplan {

MilestoneTimelineChart::MilestoneTimelineChart(QWidget *parent)
    : ChartView(parent), m_planned(new QCPCurve(xAxis, yAxis)),
      m_statusLine(new QCPItemStraightLine(this)), m_statusLabel(new QCPItemText(this)),
      m_dragLine(new QCPItemLine(this)), m_dragLabel(new QCPItemText(this))
{
    m_planned->setName(tr("Planned date"));
    m_planned->setLineStyle(QCPCurve::lsNone);
    setPointText(m_planned, [this](int index) {
        return index >= 0 && index < int(m_timeline.milestones.size())
                   ? m_timeline.milestones[std::size_t(index)].details
                   : QString();
    });
    for (int level = 0; level < 4; ++level) {
        auto *curve = new QCPCurve(xAxis, yAxis);
        curve->setLineStyle(QCPCurve::lsNone);
        curve->setName(escalationText(level));
        curve->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssDisc, escalationColour(level), 12));
        setPointText(curve, [this, level](int index) {
            const std::vector<int> &milestones = m_referenceMilestones[std::size_t(level)];
            return index >= 0 && index < int(milestones.size())
                       ? m_timeline.milestones[std::size_t(milestones[std::size_t(index)])].details
                       : QString();
        });
        m_references[std::size_t(level)] = curve;
    }

    auto dates = QSharedPointer<QCPAxisTickerDateTime>::create();
    dates->setDateTimeFormat(QLocale().language() == QLocale::Chinese ? QStringLiteral("yyyy年M月")
                                                                      : QStringLiteral("yyyy-MM"));
    dates->setDateTimeSpec(Qt::UTC);
    dates->setTickCount(8);
    xAxis->setTicker(dates);
    yAxis->setRangeReversed(true);
    yAxis->grid()->setVisible(false);
    setZoomAxis(xAxis);

    m_statusLine->setLayer(QStringLiteral("axes"));
    m_statusLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_statusLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_statusLabel->setPadding(QMargins(4, 0, 4, 2));
    placeLegendBelow(5);
    m_dragLine->setVisible(false);
    m_dragLine->setHead(QCPLineEnding(QCPLineEnding::esDisc, 12));
    m_dragLabel->setVisible(false);
    m_dragLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_dragLabel->setPadding(QMargins(6, 3, 6, 3));

    connect(this, &QCustomPlot::plottableClick, this,
            [this](QCPAbstractPlottable *, int, QMouseEvent *event) {
                const int milestone = milestoneAt(event->pos());
                if (milestone >= 0)
                    emit milestoneClicked(milestone);
            });
    applyPalette();
}

double MilestoneTimelineChart::dateKey(const QDate &date)
{
    return double(QDateTime(date, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch());
}

void MilestoneTimelineChart::clearItems()
{
    for (QCPAbstractItem *item : m_items)
        removeItem(item);
    m_items.clear();
    m_bands.clear();
    m_bandLabels.clear();
}

namespace {

// True when `a` and `b` draw the same chart: everything but the hover texts and what dragging
// reads (those are taken from the kept timeline when asked).
bool sameDrawing(const MilestoneTimeline &a, const MilestoneTimeline &b)
{
    if (a.start != b.start || a.end != b.end || a.statusDate != b.statusDate ||
        a.phases.size() != b.phases.size() || a.milestones.size() != b.milestones.size() ||
        a.dependencies.size() != b.dependencies.size())
        return false;
    for (std::size_t i = 0; i < a.phases.size(); ++i) {
        const TimelinePhase &p = a.phases[i], &q = b.phases[i];
        if (p.name != q.name || p.start != q.start || p.end != q.end)
            return false;
    }
    for (std::size_t i = 0; i < a.milestones.size(); ++i) {
        const TimelineMilestone &m = a.milestones[i], &n = b.milestones[i];
        if (m.id != n.id || m.name != n.name || m.planned != n.planned ||
            m.reference != n.reference || m.delayDays != n.delayDays || m.level != n.level ||
            m.colour != n.colour || m.blockedBy != n.blockedBy)
            return false;
    }
    for (std::size_t i = 0; i < a.dependencies.size(); ++i) {
        if (a.dependencies[i].from != b.dependencies[i].from ||
            a.dependencies[i].to != b.dependencies[i].to)
            return false;
    }
    return true;
}

} // namespace

void MilestoneTimelineChart::setTimeline(const MilestoneTimeline &timeline)
{
    // Most edits (a budget, a driver) move no milestone: the chart keeps its items and is not
    // drawn again; only the hover texts are new (issue 21 C: rebuilding and redrawing 108
    // milestones with their arrows was a third of an edit on the Milestones page).
    if (m_drawn && m_drawnFont == font() && sameDrawing(m_timeline, timeline)) {
        m_timeline = timeline;
        return;
    }
    m_timeline = timeline;
    m_drawnFont = font();
    m_drawn = true;
    clearItems();
    const int count = int(timeline.milestones.size());

    // Phase bands behind everything, named at the top.
    for (const TimelinePhase &phase : timeline.phases) {
        auto *band = new QCPItemRect(this);
        band->setLayer(QStringLiteral("background"));
        band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        band->topLeft->setCoords(dateKey(phase.start), 0);
        band->bottomRight->setCoords(dateKey(phase.end), 1);
        auto *label = new QCPItemText(this);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords((dateKey(phase.start) + dateKey(phase.end)) / 2.0, 0.0);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
        label->setPadding(QMargins(4, 3, 4, 0));
        label->setText(phase.name);
        m_bands.push_back(band);
        m_bandLabels.push_back(label);
        m_items.push_back(band);
        m_items.push_back(label);
    }

    QVector<double> plannedT, plannedX, plannedY;
    std::array<QVector<double>, 4> refT, refX, refY;
    for (auto &milestones : m_referenceMilestones)
        milestones.clear();
    QStringList rows;
    // QCustomPlot adds and removes an item in time proportional to the items it holds, so a
    // plan with 100,000 milestones in a chain (as many arrows) kept the window busy for minutes
    // (issue 21, A.4). Past this many milestones the timeline shows the planned and reference
    // dates only, without delay bars and dependency arrows, which could not be told apart anyway.
    const bool detailed = count <= largestDetailedTimeline;
    for (int i = 0; i < count; ++i) {
        const TimelineMilestone &milestone = timeline.milestones[std::size_t(i)];
        const double row = i + 1;
        rows << milestone.id + QStringLiteral(" · ") +
                    fontMetrics().elidedText(milestone.name, Qt::ElideRight, 190);
        plannedT << i;
        plannedX << dateKey(milestone.planned);
        plannedY << row;
        const std::size_t level = std::size_t(std::clamp(milestone.level, 0, 3));
        refT[level] << double(m_referenceMilestones[level].size());
        refX[level] << dateKey(milestone.reference);
        refY[level] << row;
        m_referenceMilestones[level].push_back(i);
        if (detailed && milestone.delayDays != 0) {
            // The delay (or the time gained) as a bar in the level's colour.
            auto *delay = new QCPItemLine(this);
            delay->start->setCoords(dateKey(milestone.planned), row);
            delay->end->setCoords(dateKey(milestone.reference), row);
            delay->setPen(QPen(milestone.colour, 5, Qt::SolidLine, Qt::FlatCap));
            delay->setLayer(QStringLiteral("grid"));
            m_items.push_back(delay);
            auto *days = new QCPItemText(this);
            days->position->setCoords(dateKey(milestone.reference), row);
            days->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            days->setPadding(QMargins(10, 0, 0, 0));
            const int magnitude = std::abs(milestone.delayDays);
            const QString late = magnitude == 1 ? tr("+1 day") : tr("+%1 days").arg(magnitude);
            const QString early = magnitude == 1 ? tr("−1 day") : tr("−%1 days").arg(magnitude);
            days->setText(milestone.delayDays > 0 ? late : early);
            days->setColor(milestone.colour);
            QFont bold = font();
            bold.setBold(true);
            days->setFont(bold);
            m_items.push_back(days);
        }
    }
    m_planned->setData(plannedT, plannedX, plannedY);
    for (std::size_t level = 0; level < 4; ++level) {
        m_references[level]->setData(refT[level], refX[level], refY[level]);
        // Only the levels that occur are listed in the legend.
        if (QCPAbstractLegendItem *item = legendItemOf(m_references[level]);
            item && refT[level].isEmpty())
            legend->removeItem(legend->itemWithPlottable(m_references[level]));
        else if (!item && !refT[level].isEmpty())
            m_references[level]->addToLegend();
    }

    // Dependency arrows: predecessor's reference date → the dependent's planned date.
    const auto &arrows = timeline.dependencies;
    for (std::size_t a = 0; detailed && a < arrows.size(); ++a) {
        const TimelineDependency &dependency = arrows[a];
        const TimelineMilestone &from = timeline.milestones[std::size_t(dependency.from)];
        const TimelineMilestone &to = timeline.milestones[std::size_t(dependency.to)];
        auto *arrow = new QCPItemCurve(this);
        const double fromX = dateKey(from.reference), toX = dateKey(to.planned);
        const double fromY = dependency.from + 1, toY = dependency.to + 1;
        arrow->start->setCoords(fromX, fromY + 0.12);
        arrow->startDir->setCoords(fromX, (fromY + toY) / 2.0 + 0.2);
        arrow->endDir->setCoords(toX, (fromY + toY) / 2.0);
        arrow->end->setCoords(toX, toY - 0.16);
        arrow->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 9, 11));
        arrow->setLayer(QStringLiteral("grid"));
        const bool blocking = to.blockedBy.contains(from.id);
        arrow->setPen(QPen(blocking ? escalationColour(3) : axisColour(), blocking ? 1.8 : 1.2,
                           blocking ? Qt::SolidLine : Qt::DashLine));
        m_items.push_back(arrow);
    }

    const bool statusShown = timeline.statusDate.isValid();
    m_statusLine->setVisible(statusShown);
    m_statusLabel->setVisible(statusShown);
    if (statusShown) {
        const double status = dateKey(timeline.statusDate);
        m_statusLine->point1->setCoords(status, 0);
        m_statusLine->point2->setCoords(status, 1);
        m_statusLabel->position->setCoords(status, 1.0);
        m_statusLabel->setText(
            tr("Status date %1").arg(NumberText::formatDate(timeline.statusDate)));
    }

    setCategoryAxis(yAxis, rows);
    yAxis->setRange(0.4, count + 0.6);
    xAxis->setLabel(QString());
    if (timeline.start.isValid() && timeline.end.isValid())
        setHomeRange(
            QCPRange(dateKey(timeline.start.addDays(-10)), dateKey(timeline.end.addDays(30))));
    applyPalette();
    scheduleReplot();
}

int MilestoneTimelineChart::milestoneAt(const QPoint &position)
{
    double best = std::numeric_limits<double>::max();
    int found = -1;
    for (int i = 0; i < int(m_timeline.milestones.size()); ++i) {
        const TimelineMilestone &milestone = m_timeline.milestones[std::size_t(i)];
        const double y = yAxis->coordToPixel(i + 1);
        for (const QDate &date : {milestone.planned, milestone.reference}) {
            const double distance =
                QLineF(QPointF(xAxis->coordToPixel(dateKey(date)), y), position).length();
            if (distance < best) {
                best = distance;
                found = i;
            }
        }
    }
    return best <= 12.0 ? found : -1;
}

QString MilestoneTimelineChart::toolTipAt(const QPoint &position)
{
    const int milestone = milestoneAt(position);
    if (milestone >= 0)
        return m_timeline.milestones[std::size_t(milestone)].details;
    return ChartView::toolTipAt(position);
}

QPoint MilestoneTimelineChart::referencePixel(int milestone) const
{
    const TimelineMilestone &shown = m_timeline.milestones.at(std::size_t(milestone));
    return QPointF(xAxis->coordToPixel(dateKey(shown.reference)),
                   yAxis->coordToPixel(milestone + 1))
        .toPoint();
}

QDate MilestoneTimelineChart::dateAtPixel(double x) const
{
    const double key = xAxis->pixelToCoord(x);
    return QDateTime::fromSecsSinceEpoch(qint64(std::llround(key)), QTimeZone::utc()).date();
}

void MilestoneTimelineChart::setDragPreview(int milestone, const QDate &date, const QString &text)
{
    if (milestone < 0 || milestone >= int(m_timeline.milestones.size()) || !date.isValid())
        return clearDragPreview();
    const TimelineMilestone &shown = m_timeline.milestones[std::size_t(milestone)];
    const double row = milestone + 1;
    m_dragLine->start->setCoords(dateKey(shown.planned), row);
    m_dragLine->end->setCoords(dateKey(date), row);
    m_dragLine->setVisible(true);
    m_dragLabel->position->setCoords(dateKey(date), row - 0.2);
    m_dragLabel->setText(text);
    m_dragLabel->setVisible(true);
    scheduleReplot();
}

QString MilestoneTimelineChart::dragPreviewText() const
{
    return m_dragLabel->visible() ? m_dragLabel->text() : QString();
}

void MilestoneTimelineChart::clearDragPreview()
{
    if (!m_dragLine->visible() && !m_dragLabel->visible())
        return;
    m_dragLine->setVisible(false);
    m_dragLabel->setVisible(false);
    scheduleReplot();
}

void MilestoneTimelineChart::mousePressEvent(QMouseEvent *event)
{
    // A press on the reference dot of a milestone whose forecast counts starts a what-if drag
    // instead of panning the timeline.
    if (event->button() == Qt::LeftButton) {
        for (int i = 0; i < int(m_timeline.milestones.size()); ++i) {
            if (!m_timeline.milestones[std::size_t(i)].forecastEditable)
                continue;
            if (QLineF(referencePixel(i), event->position()).length() <= 8.0) {
                m_dragged = i;
                m_dragDate = m_timeline.milestones[std::size_t(i)].reference;
                m_dragMoved = false;
                event->accept();
                return;
            }
        }
    }
    ChartView::mousePressEvent(event);
}

void MilestoneTimelineChart::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragged < 0)
        return ChartView::mouseMoveEvent(event);
    const QDate date = dateAtPixel(event->position().x());
    if (date.isValid() && date != m_dragDate) {
        m_dragDate = date;
        m_dragMoved = true;
        emit forecastDragged(m_dragged, date);
    }
    event->accept();
}

void MilestoneTimelineChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragged < 0)
        return ChartView::mouseReleaseEvent(event);
    const int milestone = m_dragged;
    const bool moved = m_dragMoved;
    m_dragged = -1;
    m_dragMoved = false;
    clearDragPreview();
    event->accept();
    if (moved)
        emit forecastDropped(milestone, m_dragDate);
    else
        emit milestoneClicked(milestone);
}

void MilestoneTimelineChart::applyPalette()
{
    ChartView::applyPalette();
    const QColor text = textColour();
    m_planned->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(text, 1.6), backgroundColour(), 12));
    QColor tint = textColour();
    for (std::size_t i = 0; i < m_bands.size(); ++i) {
        tint.setAlphaF(i % 2 == 0 ? 0.05f : 0.10f);
        m_bands[i]->setBrush(tint);
        m_bands[i]->setPen(Qt::NoPen);
        m_bandLabels[i]->setColor(axisColour());
    }
    m_statusLine->setPen(QPen(QColor(0x35, 0x74, 0xf0), 1.5, Qt::DashDotLine));
    m_statusLabel->setColor(text);
    m_dragLine->setPen(QPen(text, 2, Qt::DashLine));
    m_dragLabel->setColor(text);
    m_dragLabel->setBrush(backgroundColour());
    m_dragLabel->setPen(QPen(axisColour()));
}

} // namespace cplan
