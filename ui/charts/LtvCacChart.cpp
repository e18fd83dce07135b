#include "ui/charts/LtvCacChart.h"

#include "ui/charts/ChartFormat.h"

namespace cplan {

LtvCacChart::LtvCacChart(QWidget *parent)
    : ChartView(parent), m_breakEven(new QCPItemStraightLine(this)),
      m_threeTimes(new QCPItemStraightLine(this)), m_breakEvenLabel(new QCPItemText(this)),
      m_threeTimesLabel(new QCPItemText(this))
{
    // Lines through the origin with slope 1 and 3: LTV = CAC and LTV = 3 × CAC.
    m_breakEven->point1->setCoords(0, 0);
    m_breakEven->point2->setCoords(1, 1);
    m_threeTimes->point1->setCoords(0, 0);
    m_threeTimes->point2->setCoords(1, 3);
    m_breakEvenLabel->setText(tr("LTV = CAC"));
    m_threeTimesLabel->setText(tr("LTV = 3 × CAC"));
    // "LTV = CAC" leaves through the right edge, "3 ×" through the top: each label sits
    // inside the plot next to where its line leaves.
    m_breakEvenLabel->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_breakEvenLabel->setPadding(QMargins(2, 0, 4, 2));
    // Right-aligned at the exit point so the label stays inside the plot even when the line
    // leaves near the top-right corner.
    m_threeTimesLabel->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    m_threeTimesLabel->setPadding(QMargins(2, 2, 8, 0));
    placeLegendBelow(3);
    applyPalette();
}

void LtvCacChart::setChannels(const std::vector<ChannelEconomics> &channels)
{
    m_channels = channels;
    const std::size_t count = channels.size();
    while (m_points.size() > count) {
        forgetPointText(m_points.back());
        removeGraph(m_points.back());
        m_points.pop_back();
    }
    while (m_points.size() < count) {
        const int channel = int(m_points.size());
        QCPGraph *graph = addGraph();
        graph->setLineStyle(QCPGraph::lsNone);
        setPointText(graph, [this, channel](int) { return pointText(channel); });
        m_points.push_back(graph);
    }
    double maxCac = 0.0;
    double maxLtv = 0.0;
    for (std::size_t c = 0; c < count; ++c) {
        const ChannelEconomics &channel = channels[c];
        QCPGraph *graph = m_points[c];
        graph->setName(channel.name);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, channel.colour, 11));
        graph->setPen(QPen(channel.colour));
        // A channel without customers has no CAC and no point.
        if (channel.cac) {
            graph->setData({*channel.cac}, {channel.ltv}, true);
            maxCac = std::max(maxCac, *channel.cac);
        } else {
            graph->data()->clear();
        }
        maxLtv = std::max(maxLtv, channel.ltv);
    }
    setValueAxis(xAxis, FigureKind::Money,
                 axisTitle(tr("Customer acquisition cost (CAC)"), FigureKind::Money, currency()));
    setValueAxis(yAxis, FigureKind::Money,
                 axisTitle(tr("Lifetime value (LTV)"), FigureKind::Money, currency()));
    const double xUpper = maxCac > 0 ? maxCac * 1.2 : 1.0;
    const double yUpper = std::max(maxLtv, maxCac) > 0 ? std::max(maxLtv, maxCac) * 1.2 : 1.0;
    xAxis->setRange(0, xUpper);
    yAxis->setRange(0, yUpper);
    // Each line's label where it leaves the plot (top or right edge).
    m_breakEvenLabel->position->setCoords(std::min(xUpper, yUpper), std::min(xUpper, yUpper));
    m_threeTimesLabel->position->setCoords(std::min(xUpper, yUpper / 3.0),
                                           std::min(xUpper * 3.0, yUpper));
    applyPalette();
    scheduleReplot();
}

void LtvCacChart::applyPalette()
{
    ChartView::applyPalette();
    m_breakEven->setPen(QPen(axisColour(), 1.2, Qt::DashLine));
    m_threeTimes->setPen(QPen(axisColour(), 1.2, Qt::DotLine));
    m_breakEvenLabel->setColor(axisColour());
    m_threeTimesLabel->setColor(axisColour());
}

QString LtvCacChart::pointText(int channel) const
{
    if (channel < 0 || channel >= int(m_channels.size()))
        return {};
    const ChannelEconomics &economics = m_channels[std::size_t(channel)];
    return tr("%1\nLTV: %2\nCAC: %3\nLTV : CAC = %4\nCustomers: %5")
        .arg(economics.name, formatFigure(economics.ltv, FigureKind::Money, currency()),
             formatFigure(economics.cac, FigureKind::Money, currency()),
             formatFigure(economics.ltvCac, FigureKind::Ratio, {}),
             formatFigure(economics.customers, FigureKind::Count, {}));
}

} // namespace cplan
