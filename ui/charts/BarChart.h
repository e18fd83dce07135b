#pragma once

// Bars over categories (months, channels): layers stacked on one another (monthly spend by
// channel) or side by side in groups (a figure per scenario). Columns or, for long category
// names such as channels, horizontal bars. The plottables are kept between updates.

#include "ui/charts/ChartSeries.h"
#include "ui/charts/ChartView.h"

#include <vector>

namespace cplan {

class BarChart : public ChartView
{
    Q_OBJECT

public:
    enum class Layout
    {
        Stacked,
        Grouped
    };

    // `orientation`: Qt::Vertical draws columns over a horizontal category axis (months),
    // Qt::Horizontal draws bars along a vertical category axis, first category on top.
    BarChart(Layout layout, Qt::Orientation orientation, QWidget *parent = nullptr);

    // A stacked chart draws at most maxStackedSeries layers (keepLargestSeries()).
    void setChart(const CategoryChart &chart);
    // What is drawn (for a stack of many series, the largest and "Others").
    const CategoryChart &chart() const { return m_chart; }

    static constexpr std::size_t maxStackedSeries = 12;
    // At most `most` series: the largest by total (in their order) and one more, "Others (n)",
    // the sum of the rest; a stack of 200 channels stays readable and quick to draw.
    static CategoryChart keepLargestSeries(const CategoryChart &chart, std::size_t most);
    // Lets the user zoom and pan the category axis (a time axis).
    void setCategoryZoom(bool on);

    int barsCount() const { return int(m_bars.size()); }
    QCPBars *bars(int series) const { return m_bars.at(std::size_t(series)); }
    QCPAxis *categoryAxis() const { return m_categoryAxis; }
    QCPAxis *valueAxis() const { return m_valueAxis; }

protected:
    void legendToggled(QCPAbstractPlottable *plottable) override;

private:
    void chainStack();
    void rescaleValues();
    QString pointText(int series, int index) const;

    Layout m_layout;
    CategoryChart m_chart;
    QCPAxis *m_categoryAxis;
    QCPAxis *m_valueAxis;
    QCPBarsGroup *m_group = nullptr;
    std::vector<QCPBars *> m_bars;
    bool m_categoryZoom = false;
};

} // namespace cplan
