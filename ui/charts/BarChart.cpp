#include "ui/charts/BarChart.h"

namespace cplan {

BarChart::BarChart(Layout layout, Qt::Orientation orientation, QWidget *parent)
    : ChartView(parent), m_layout(layout),
      m_categoryAxis(orientation == Qt::Vertical ? xAxis : yAxis),
      m_valueAxis(orientation == Qt::Vertical ? yAxis : xAxis)
{
    if (layout == Layout::Grouped) {
        m_group = new QCPBarsGroup(this);
        m_group->setSpacingType(QCPBarsGroup::stAbsolute);
        m_group->setSpacing(2);
    }
    if (orientation == Qt::Horizontal)
        m_categoryAxis->setRangeReversed(true); // the first category on top, as in a table
    m_categoryAxis->grid()->setVisible(false);
    placeLegendBelow(3);
    applyPalette();
}

void BarChart::setCategoryZoom(bool on)
{
    m_categoryZoom = on;
    if (on)
        setZoomAxis(m_categoryAxis);
}

void BarChart::setChart(const CategoryChart &chart)
{
    m_chart = chart;
    const std::size_t count = chart.series.size();
    while (m_bars.size() > count) {
        forgetPointText(m_bars.back());
        if (m_group)
            m_group->remove(m_bars.back());
        removePlottable(m_bars.back());
        m_bars.pop_back();
    }
    while (m_bars.size() < count) {
        auto *bars = new QCPBars(m_categoryAxis, m_valueAxis);
        const int series = int(m_bars.size());
        setPointText(bars, [this, series](int index) { return pointText(series, index); });
        if (m_group)
            bars->setBarsGroup(m_group);
        m_bars.push_back(bars);
    }

    const int categories = int(chart.categories.size());
    QVector<double> keys(categories);
    for (int i = 0; i < categories; ++i)
        keys[i] = i + 1;
    const double width = m_layout == Layout::Stacked ? 0.72 : 0.8 / std::max<double>(count, 1);
    for (std::size_t s = 0; s < count; ++s) {
        const ChartSeries &series = chart.series[s];
        QCPBars *bars = m_bars[s];
        bars->setName(series.name);
        bars->setWidth(width);
        bars->setPen(m_layout == Layout::Stacked ? QPen(backgroundColour(), 0.6)
                                                 : QPen(series.colour.darker(115)));
        bars->setBrush(series.colour);
        QVector<double> values(categories, 0.0);
        for (int i = 0; i < categories && i < int(series.values.size()); ++i)
            values[i] = series.values[std::size_t(i)];
        bars->setData(keys, values, true);
    }
    if (m_layout == Layout::Stacked)
        chainStack();

    setCategoryAxis(m_categoryAxis, chart.categories);
    setValueAxis(m_valueAxis, chart.kind, chart.valueTitle);
    const QCPRange home(0.4, categories + 0.6);
    if (m_categoryZoom)
        setHomeRange(home);
    else
        m_categoryAxis->setRange(home);
    rescaleValues();
    applyPalette();
    scheduleReplot();
}

void BarChart::legendToggled(QCPAbstractPlottable *)
{
    if (m_layout == Layout::Stacked)
        chainStack();
    rescaleValues();
}

void BarChart::chainStack()
{
    // A hidden layer leaves the stack, so the layers above it close the gap.
    QCPBars *below = nullptr;
    for (QCPBars *bars : m_bars) {
        bars->moveAbove(nullptr);
        if (!bars->visible())
            continue;
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
}

void BarChart::rescaleValues()
{
    bool found = false;
    QCPRange range(0, 0);
    for (QCPBars *bars : m_bars) {
        if (!bars->visible())
            continue;
        bool ok = false;
        const QCPRange part = bars->getValueRange(ok);
        if (!ok)
            continue;
        range = found
                    ? QCPRange(std::min(range.lower, part.lower), std::max(range.upper, part.upper))
                    : part;
        found = true;
    }
    const double upper = found && range.upper > 0 ? range.upper * 1.08 : 1.0;
    const double lower = found && range.lower < 0 ? range.lower * 1.08 : 0.0;
    m_valueAxis->setRange(lower, upper);
}

QString BarChart::pointText(int series, int index) const
{
    if (series >= int(m_chart.series.size()) || index < 0 || index >= m_chart.categories.size())
        return {};
    const ChartSeries &shown = m_chart.series[std::size_t(series)];
    const double value = index < int(shown.values.size()) ? shown.values[std::size_t(index)] : 0.0;
    return tr("%1 · %2\n%3")
        .arg(shown.name, m_chart.categories.at(index),
             formatFigure(value, m_chart.kind, currency()));
}

} // namespace cplan
