#include "ui/charts/HistogramChart.h"

#include "ui/charts/ChartFormat.h"
#include "ui/charts/ChartPalette.h"
#include "ui/charts/TornadoAdapter.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace cplan {

double HistogramData::binWidth() const
{
    return counts.empty() ? 0.0 : (upper - lower) / double(counts.size());
}

HistogramData histogramData(const MonteCarloResult &result)
{
    HistogramData data;
    data.metric = result.histogram.metric;
    data.kind = figureKindOf(data.metric);
    data.lower = result.histogram.lower;
    data.upper = result.histogram.upper;
    data.counts = result.histogram.counts;
    for (const MetricDistribution &distribution : result.metrics) {
        if (distribution.metric != data.metric)
            continue;
        data.definedTrials = distribution.definedTrials;
        data.p10 = distribution.p10;
        data.p50 = distribution.p50;
        data.p90 = distribution.p90;
    }
    return data;
}

HistogramChart::HistogramChart(QWidget *parent)
    : ChartView(parent), m_bars(new QCPBars(xAxis, yAxis))
{
    setPointText(m_bars, [this](int index) { return binText(index); });
    xAxis->grid()->setVisible(false);
    for (int i = 0; i < 3; ++i) {
        auto *line = new QCPItemStraightLine(this);
        line->setLayer(QStringLiteral("overlay"));
        auto *label = new QCPItemText(this);
        label->setLayer(QStringLiteral("overlay"));
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
        label->setPadding(QMargins(3, 1, 3, 1));
        m_markers.push_back(line);
        m_markerLabels.push_back(label);
    }
    legend->setVisible(false);
    applyPalette();
}

void HistogramChart::setData(const HistogramData &data)
{
    m_data = data;
    const int bins = int(data.counts.size());
    // One bin of equal values still needs a visible width.
    const double width =
        data.binWidth() > 0 ? data.binWidth() : std::max(std::abs(data.lower) * 0.02, 1e-6);
    QVector<double> keys(bins), values(bins);
    int highest = 0;
    for (int i = 0; i < bins; ++i) {
        keys[i] = data.lower + (i + 0.5) * data.binWidth();
        values[i] = data.counts[std::size_t(i)];
        highest = std::max(highest, data.counts[std::size_t(i)]);
    }
    m_bars->setWidth(width);
    m_bars->setData(keys, values, true);
    m_bars->setName(analysisMetricTitle(data.metric));
    setValueAxis(xAxis, data.kind,
                 axisTitle(analysisMetricTitle(data.metric), data.kind, currency()));
    setValueAxis(yAxis, FigureKind::Count, tr("Trials"));
    xAxis->setRange(data.lower - width, data.upper + width);
    yAxis->setRange(0, std::max(highest, 1) * 1.15);

    const std::optional<double> ends[] = {data.p10, data.p50, data.p90};
    const QString names[] = {tr("P10"), tr("P50"), tr("P90")};
    for (std::size_t i = 0; i < 3; ++i) {
        m_markers[i]->setVisible(ends[i].has_value());
        m_markerLabels[i]->setVisible(ends[i].has_value());
        if (!ends[i])
            continue;
        m_markers[i]->point1->setCoords(*ends[i], 0);
        m_markers[i]->point2->setCoords(*ends[i], 1);
        // P10 left of its line, P90 right of it, P50 a little lower: close percentiles do not
        // write over each other.
        m_markerLabels[i]->setPositionAlignment((i == 0   ? Qt::AlignRight
                                                 : i == 1 ? Qt::AlignHCenter
                                                          : Qt::AlignLeft) |
                                                Qt::AlignTop);
        m_markerLabels[i]->position->setCoords(*ends[i], i == 1 ? 0.12 : 0.0);
        m_markerLabels[i]->setText(
            QStringLiteral("%1\n%2").arg(names[i], formatFigure(ends[i], data.kind, currency())));
    }
    applyPalette();
    scheduleReplot();
}

QString HistogramChart::binText(int index) const
{
    if (index < 0 || index >= int(m_data.counts.size()))
        return {};
    const double from = m_data.lower + index * m_data.binWidth();
    const double to = from + m_data.binWidth();
    const int count = m_data.counts[std::size_t(index)];
    const std::optional<double> share =
        m_data.definedTrials > 0 ? std::optional<double>(double(count) / m_data.definedTrials)
                                 : std::nullopt;
    return tr("%1 to %2\n%3 trials (%4)")
        .arg(formatFigure(from, m_data.kind, currency()), formatFigure(to, m_data.kind, currency()),
             QLocale().toString(count), formatFigure(share, FigureKind::Percent, {}));
}

void HistogramChart::changeEvent(QEvent *event)
{
    ChartView::changeEvent(event);
    if (event->type() == QEvent::EnabledChange) {
        applyPalette();
        scheduleReplot();
    }
}

void HistogramChart::applyPalette()
{
    ChartView::applyPalette();
    const QColor fill = scenarioColour(0);
    m_bars->setBrush(fill);
    m_bars->setPen(QPen(backgroundColour(), 0.6));
    // The median stands out; P10/P90 are dashed.
    for (std::size_t i = 0; i < m_markers.size(); ++i) {
        m_markers[i]->setPen(
            QPen(textColour(), i == 1 ? 2.0 : 1.2, i == 1 ? Qt::SolidLine : Qt::DashLine));
        m_markerLabels[i]->setColor(textColour());
        m_markerLabels[i]->setBrush(QBrush(backgroundColour()));
    }
}

} // namespace cplan
