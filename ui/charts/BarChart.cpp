#include "ui/charts/BarChart.h"

#include <algorithm>
#include <cmath>

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

CategoryChart BarChart::keepLargestSeries(const CategoryChart &chart, std::size_t most)
{
    if (most < 2 || chart.series.size() <= most)
        return chart;
    std::vector<std::pair<double, std::size_t>> totals;
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
        double total = 0.0;
        for (double value : chart.series[s].values)
            total += std::abs(value);
        totals.emplace_back(total, s);
    }
    // The largest first; equal totals keep their order.
    std::stable_sort(totals.begin(), totals.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    std::vector<bool> kept(chart.series.size(), false);
    for (std::size_t i = 0; i + 1 < most; ++i)
        kept[totals[i].second] = true;
    CategoryChart shown = chart;
    shown.series.clear();
    ChartSeries others{tr("Others (%n)", nullptr, int(chart.series.size() - (most - 1))),
                       QColor(0x9e, 0x9e, 0x9e),
                       std::vector<double>(std::size_t(chart.categories.size()), 0.0)};
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
        if (kept[s]) {
            shown.series.push_back(chart.series[s]);
            continue;
        }
        const std::vector<double> &values = chart.series[s].values;
        for (std::size_t i = 0; i < values.size() && i < others.values.size(); ++i)
            others.values[i] += values[i];
    }
    shown.series.push_back(std::move(others));
    return shown;
}

void BarChart::setChart(const CategoryChart &given)
{
    m_chart = m_layout == Layout::Stacked ? keepLargestSeries(given, maxStackedSeries) : given;
    const CategoryChart &chart = m_chart;
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
