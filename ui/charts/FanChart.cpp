#include "ui/charts/FanChart.h"

#include "models/domain/Months.h"
#include "models/domain/NumberText.h"
#include "ui/charts/ChartFormat.h"
#include "ui/charts/ChartPalette.h"

namespace cplan {

namespace {
std::vector<double> toVector(const Eigen::ArrayXd &values)
{
    return std::vector<double>(values.data(), values.data() + values.size());
}
} // namespace

FanData monthlyCustomersFan(const MonteCarloResult &result, const Plan &plan)
{
    FanData data;
    data.p10 = toVector(result.monthlyCustomersP10);
    data.p50 = toVector(result.monthlyCustomersP50);
    data.p90 = toVector(result.monthlyCustomersP90);
    for (int m = 0; m < int(data.p50.size()); ++m)
        data.months << NumberText::formatMonth(monthLabel(plan.start, m));
    return data;
}

FanChart::FanChart(QWidget *parent)
    : ChartView(parent), m_p10(addGraph()), m_p90(addGraph()), m_p50(addGraph())
{
    m_p90->setChannelFillGraph(m_p10);
    m_p90->setName(tr("P10 to P90 of the trials"));
    m_p50->setName(tr("P50 (median)"));
    m_p10->removeFromLegend();
    setPointText(m_p50, [this](int index) { return monthText(index); });
    setPointText(m_p90, [this](int index) { return monthText(index); });
    setPointText(m_p10, [this](int index) { return monthText(index); });
    xAxis->grid()->setVisible(false);
    placeLegendBelow(2);
    applyPalette();
}

void FanChart::setData(const FanData &data)
{
    m_data = data;
    const int count = int(data.p50.size());
    QVector<double> keys(count);
    for (int i = 0; i < count; ++i)
        keys[i] = i + 1;
    const auto values = [](const std::vector<double> &from) {
        return QVector<double>(from.begin(), from.end());
    };
    m_p10->setData(keys, values(data.p10), true);
    m_p90->setData(keys, values(data.p90), true);
    m_p50->setData(keys, values(data.p50), true);
    labelMonths();
    xAxis->setRange(0.6, count + 0.4);
    setValueAxis(yAxis, FigureKind::Count, tr("Customers per month"));
    double highest = 0.0;
    for (const double value : data.p90)
        highest = std::max(highest, value);
    yAxis->setRange(0, highest > 0 ? highest * 1.1 : 1.0);
    scheduleReplot();
}

void FanChart::labelMonths()
{
    const int count = int(m_data.months.size());
    const QFontMetrics metrics(xAxis->tickLabelFont());
    int widest = 1;
    for (const QString &month : m_data.months)
        widest = std::max(widest, metrics.horizontalAdvance(month));
    // The room under the band: the axis rect as last laid out, but never more than the chart
    // less its value axis (the rect is stale right after a shrink).
    int room = width() - 90;
    if (axisRect()->width() > 10)
        room = std::min(room, axisRect()->width());
    // Two labels `step` months apart are step * room / count pixels apart.
    const int needed = widest + metrics.horizontalAdvance(QStringLiteral("M"));
    const int apart = room > 0 ? (needed * count + room - 1) / room : count;
    // At most about four labels, every step-th month; the tooltip names every month.
    const int step = std::max({1, (count + 3) / 4, apart});
    QStringList labels;
    for (int i = 0; i < count; ++i)
        labels << (i % step == 0 ? m_data.months.at(i) : QString());
    setCategoryAxis(xAxis, labels);
}

void FanChart::resizeEvent(QResizeEvent *event)
{
    labelMonths();
    ChartView::resizeEvent(event);
}

QString FanChart::monthText(int index) const
{
    if (index < 0 || index >= int(m_data.p50.size()))
        return {};
    const auto count = [](double value) {
        return formatFigure(value, FigureKind::Count, {});
    };
    const auto i = std::size_t(index);
    return tr("%1: customers\nP10 %2 · P50 %3 · P90 %4")
        .arg(m_data.months.value(index), count(m_data.p10[i]), count(m_data.p50[i]),
             count(m_data.p90[i]));
}

void FanChart::changeEvent(QEvent *event)
{
    ChartView::changeEvent(event);
    if (event->type() == QEvent::EnabledChange) {
        applyPalette();
        scheduleReplot();
    }
}

void FanChart::applyPalette()
{
    ChartView::applyPalette();
    QColor band = scenarioColour(0);
    m_p50->setPen(QPen(band, 2.4));
    m_p10->setPen(QPen(band.lighter(130), 1.0));
    m_p90->setPen(QPen(band.lighter(130), 1.0));
    band.setAlpha(70);
    m_p90->setBrush(QBrush(band));
}

} // namespace cplan
