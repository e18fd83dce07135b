#include "ui/charts/ReplanChart.h"

#include "ui/charts/ChartFormat.h"

#include <algorithm>
#include <cmath>

namespace cplan {

namespace {
constexpr double barWidth = 0.38;
constexpr double barOffset = 0.2;
const QColor plannedColour(0x66, 0x6e, 0x7a);
const QColor replannedColour(0x2f, 0x7e, 0xd8);
const QColor statusColour(0xd9, 0x82, 0x2b);

// The month (0-based) of a bar: its key is month + 1 ± the offset.
int monthOf(const QCPBars *bars, int index)
{
    if (index < 0 || index >= bars->dataCount())
        return -1;
    return static_cast<int>(std::lround(bars->data()->at(index)->key)) - 1;
}
} // namespace

ReplanChart::ReplanChart(QWidget *parent)
    : ChartView(parent), m_planned(new QCPBars(xAxis, yAxis)),
      m_replanned(new QCPBars(xAxis, yAxis)), m_statusLine(new QCPItemStraightLine(this)),
      m_statusText(new QCPItemText(this))
{
    m_planned->setName(tr("Planned"));
    m_replanned->setName(tr("Spent, then re-planned"));
    for (QCPBars *bars : {m_planned, m_replanned})
        bars->setWidth(barWidth);
    setPointText(m_planned, [this](int index) { return pointText(monthOf(m_planned, index)); });
    setPointText(m_replanned, [this](int index) { return pointText(monthOf(m_replanned, index)); });
    m_statusText->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_statusText->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_statusText->setPadding(QMargins(4, 2, 4, 2));
    xAxis->grid()->setVisible(false);
    setZoomAxis(xAxis);
    placeLegendBelow(2);
    applyPalette();
}

double ReplanChart::statusLinePosition() const
{
    // Months sit at 1..M; the line falls between the last closed (s) and first open (s + 1).
    return m_series.statusMonth + 0.5;
}

void ReplanChart::setSeries(const ReplanSpendSeries &series)
{
    m_series = series;
    const int months = static_cast<int>(series.months.size());
    QVector<double> plannedKeys, planned, replannedKeys, replanned;
    double largest = 0.0;
    for (int m = 0; m < months; ++m) {
        const auto i = static_cast<std::size_t>(m);
        plannedKeys << m + 1 - barOffset;
        planned << series.planned[i];
        replannedKeys << m + 1 + barOffset;
        replanned << series.replanned[i];
        largest = std::max({largest, series.planned[i], series.replanned[i]});
    }
    m_planned->setData(plannedKeys, planned, true);
    m_replanned->setData(replannedKeys, replanned, true);
    m_statusLine->point1->setCoords(statusLinePosition(), 0.0);
    m_statusLine->point2->setCoords(statusLinePosition(), 1.0);
    m_statusText->position->setCoords(statusLinePosition(), 0.02);
    m_statusText->setText(series.statusLabel);

    setCategoryAxis(xAxis, series.months);
    setValueAxis(yAxis, FigureKind::Money, axisTitle(tr("Spend"), FigureKind::Money, currency()));
    setHomeRange(QCPRange(0.4, months + 0.6));
    yAxis->setRange(0, largest > 0 ? largest * 1.2 : 1.0);
    applyPalette();
    scheduleReplot();
}

void ReplanChart::applyPalette()
{
    ChartView::applyPalette();
    const bool dark = backgroundColour().lightness() < 128;
    const QColor grey = dark ? plannedColour.lighter(170) : plannedColour;
    QColor light = grey;
    light.setAlphaF(0.25f);
    m_planned->setBrush(light);
    m_planned->setPen(QPen(grey, 1.2));
    const QColor blue = dark ? replannedColour.lighter(130) : replannedColour;
    m_replanned->setBrush(blue);
    m_replanned->setPen(QPen(blue.darker(120)));
    m_statusLine->setPen(QPen(statusColour, 1.5, Qt::DashLine));
    m_statusText->setColor(statusColour);
}

QString ReplanChart::pointText(int month) const
{
    if (month < 0 || month >= static_cast<int>(m_series.months.size()))
        return {};
    const auto m = static_cast<std::size_t>(month);
    const bool open = month >= m_series.statusMonth;
    QString text = tr("All channels · %1 (%2)")
                       .arg(m_series.months.at(month), open ? tr("open") : tr("closed"));
    text +=
        tr("\nPlanned: %1").arg(formatFigure(m_series.planned[m], FigureKind::Money, currency()));
    text += (open ? tr("\nRe-planned: %1") : tr("\nSpent: %1"))
                .arg(formatFigure(m_series.replanned[m], FigureKind::Money, currency()));
    return text;
}

} // namespace cplan
