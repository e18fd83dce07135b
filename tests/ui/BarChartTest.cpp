// BarChart: a stack of many series draws the largest and one "Others" layer that adds up the
// rest, so the stack's height is unchanged; grouped bars keep every series.
#include "ui/charts/BarChart.h"

#include <QApplication>
#include <QTest>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {
CategoryChart manySeries(int count)
{
    CategoryChart chart;
    chart.categories = {u"Jan"_s, u"Feb"_s, u"Mar"_s};
    for (int s = 0; s < count; ++s) {
        // Series s is worth s + 1 in each month, so the largest are the last ones.
        chart.series.push_back(
            {u"Channel %1"_s.arg(s), QColor(Qt::blue), std::vector<double>(3, double(s + 1))});
    }
    return chart;
}
} // namespace

class BarChartTest : public QObject
{
    Q_OBJECT

private slots:
    void aFewSeriesAreDrawnAsTheyAre()
    {
        const CategoryChart chart = manySeries(5);
        QCOMPARE(BarChart::keepLargestSeries(chart, 12).series.size(), std::size_t(5));
    }

    void manySeriesKeepTheLargestAndSumTheRest()
    {
        const CategoryChart chart = manySeries(200);
        const CategoryChart shown = BarChart::keepLargestSeries(chart, 12);
        QCOMPARE(shown.series.size(), std::size_t(12));
        // The 11 largest in their original order: channels 189 … 199.
        for (int i = 0; i < 11; ++i)
            QCOMPARE(shown.series[std::size_t(i)].name, u"Channel %1"_s.arg(189 + i));
        QCOMPARE(shown.series.back().name, u"Others (189)"_s);
        // Others: 1 + 2 + … + 189 in each month; the stack's total is the chart's.
        for (double value : shown.series.back().values)
            QCOMPARE(value, 189.0 * 190.0 / 2.0);
        double total = 0.0;
        for (const ChartSeries &series : shown.series)
            total += series.values[0];
        QCOMPARE(total, 200.0 * 201.0 / 2.0);
    }

    void theStackedChartDrawsAtMostTwelveLayers()
    {
        BarChart stacked(BarChart::Layout::Stacked, Qt::Vertical);
        stacked.setChart(manySeries(200));
        QCOMPARE(stacked.barsCount(), int(BarChart::maxStackedSeries));
        QCOMPARE(stacked.chart().series.back().name, u"Others (189)"_s);
        BarChart grouped(BarChart::Layout::Grouped, Qt::Vertical);
        grouped.setChart(manySeries(20));
        QCOMPARE(grouped.barsCount(), 20);
    }
};

QTEST_MAIN(BarChartTest)
#include "BarChartTest.moc"
