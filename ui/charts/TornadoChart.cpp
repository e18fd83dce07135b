#include "ui/charts/TornadoChart.h"

#include "ui/charts/ChartFormat.h"
#include "ui/charts/ChartPalette.h"

#include <algorithm>

namespace cplan {

TornadoChart::TornadoChart(QWidget *parent)
    : ChartView(parent), m_low(new QCPBars(yAxis, xAxis)), m_high(new QCPBars(yAxis, xAxis)),
      m_baseLine(new QCPItemStraightLine(this)), m_baseLabel(new QCPItemText(this))
{
    // The largest swing on top, as the engine sorts them.
    yAxis->setRangeReversed(true);
    yAxis->grid()->setVisible(false);
    for (QCPBars *bars : {m_low, m_high}) {
        bars->setWidth(0.62);
        setPointText(bars, [this](int index) { return barText(index); });
    }
    m_baseLine->setLayer(QStringLiteral("overlay"));
    m_baseLabel->setLayer(QStringLiteral("overlay"));
    m_baseLabel->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m_baseLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_baseLabel->position->setCoords(0, 0);
    m_baseLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_baseLabel->setPadding(QMargins(4, 2, 4, 2));
    placeLegendBelow(2);
    applyPalette();
}

void TornadoChart::setData(const TornadoChartData &data)
{
    m_data = data;
    const double base = data.base.value_or(0.0);
    const int count = int(data.bars.size());
    QVector<double> keys(count), lows(count), highs(count);
    QStringList labels;
    double lower = base, upper = base;
    for (int i = 0; i < count; ++i) {
        const TornadoBar &bar = data.bars[std::size_t(i)];
        keys[i] = i + 1;
        labels << bar.label;
        // QCPBars draw from the base value by the data value: store the distance from base.
        lows[i] = bar.low && data.base ? *bar.low - base : 0.0;
        highs[i] = bar.high && data.base ? *bar.high - base : 0.0;
        for (const auto &end : {bar.low, bar.high}) {
            if (end) {
                lower = std::min(lower, *end);
                upper = std::max(upper, *end);
            }
        }
    }
    for (QCPBars *bars : {m_low, m_high})
        bars->setBaseValue(base);
    m_low->setData(keys, lows, true);
    m_high->setData(keys, highs, true);
    const QString percent = QLocale().toString(data.swing * 100.0, 'f', 0) + QLocale().percent();
    m_low->setName(tr("Driver −%1").arg(percent));
    m_high->setName(tr("Driver +%1").arg(percent));

    setCategoryAxis(yAxis, labels);
    yAxis->setRange(0.4, count + 0.6);
    setValueAxis(xAxis, data.kind,
                 axisTitle(analysisMetricTitle(data.metric), data.kind, currency()));
    const double margin = std::max((upper - lower) * 0.08, std::abs(base) * 0.01 + 1e-9);
    xAxis->setRange(lower - margin, upper + margin);

    m_baseLine->setVisible(data.base.has_value());
    m_baseLabel->setVisible(data.base.has_value());
    m_baseLine->point1->setCoords(base, 0);
    m_baseLine->point2->setCoords(base, 1);
    m_baseLabel->position->setCoords(base, 0);
    m_baseLabel->setText(tr("Base %1").arg(formatFigure(data.base, data.kind, currency())));
    applyPalette();
    scheduleReplot();
}

QString TornadoChart::barText(int index) const
{
    if (index < 0 || index >= int(m_data.bars.size()))
        return {};
    const TornadoBar &bar = m_data.bars[std::size_t(index)];
    const QString percent = QLocale().toString(m_data.swing * 100.0, 'f', 0) + QLocale().percent();
    return tr("%1\nat −%2: %3\nat +%2: %4\nbase: %5")
        .arg(bar.label, percent, formatFigure(bar.low, m_data.kind, currency()),
             formatFigure(bar.high, m_data.kind, currency()),
             formatFigure(m_data.base, m_data.kind, currency()));
}

void TornadoChart::applyPalette()
{
    ChartView::applyPalette();
    // Two colours of the scenario palette, so "lower" and "higher" never read as channels.
    const QColor lowColour = scenarioColour(1);
    const QColor highColour = scenarioColour(0);
    m_low->setBrush(lowColour);
    m_low->setPen(QPen(lowColour.darker(115)));
    m_high->setBrush(highColour);
    m_high->setPen(QPen(highColour.darker(115)));
    m_baseLine->setPen(QPen(textColour(), 1.5, Qt::DashLine));
    m_baseLabel->setColor(textColour());
}

} // namespace cplan
