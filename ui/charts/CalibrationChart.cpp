#include "ui/charts/CalibrationChart.h"

#include "ui/charts/ChartFormat.h"

#include <algorithm>
#include <cmath>

namespace cplan {

namespace {
const QColor actualColour(0x2f, 0x7e, 0xd8);
const QColor holdoutColour(0xd9, 0x82, 0x2b);
const QColor fittedColour(0x66, 0x6e, 0x7a);
} // namespace

CalibrationChart::CalibrationChart(QWidget *parent)
    : ChartView(parent), m_actual(addGraph()), m_holdout(addGraph()), m_fitted(addGraph())
{
    m_actual->setName(tr("Actual leads"));
    m_holdout->setName(tr("Actual, hold-out months"));
    m_fitted->setName(tr("Fitted leads"));
    for (QCPGraph *graph : {m_actual, m_holdout})
        graph->setLineStyle(QCPGraph::lsNone);
    for (QCPGraph *graph : {m_actual, m_holdout, m_fitted})
        setPointText(graph, [this, graph](int index) { return pointText(graph, index); });
    xAxis->grid()->setVisible(false);
    setZoomAxis(xAxis);
    placeLegendBelow(3);
    applyPalette();
}

void CalibrationChart::setSeries(const CalibrationSeries &series)
{
    m_series = series;
    const int months = static_cast<int>(series.months.size());
    QVector<double> actualKeys, actual, holdoutKeys, holdout, fittedKeys, fitted;
    double largest = 0.0;
    for (int m = 0; m < months; ++m) {
        const auto i = static_cast<std::size_t>(m);
        if (i < series.actual.size() && series.actual[i]) {
            const bool held = i < series.holdout.size() && series.holdout[i];
            (held ? holdoutKeys : actualKeys) << m + 1;
            (held ? holdout : actual) << *series.actual[i];
            largest = std::max(largest, *series.actual[i]);
        }
        if (i < series.fitted.size()) {
            fittedKeys << m + 1;
            fitted << series.fitted[i];
            largest = std::max(largest, series.fitted[i]);
        }
    }
    m_actual->setData(actualKeys, actual, true);
    m_holdout->setData(holdoutKeys, holdout, true);
    m_fitted->setData(fittedKeys, fitted, true);
    setTitle(series.channel);
    setCategoryAxis(xAxis, series.months);
    setValueAxis(yAxis, FigureKind::Count, tr("Leads"));
    setHomeRange(QCPRange(0.4, std::max(months, 1) + 0.6));
    yAxis->setRange(0, largest > 0 ? largest * 1.2 : 1.0);
    applyPalette();
    scheduleReplot();
}

void CalibrationChart::applyPalette()
{
    ChartView::applyPalette();
    const bool dark = backgroundColour().lightness() < 128;
    const QColor blue = dark ? actualColour.lighter(130) : actualColour;
    const QColor grey = dark ? fittedColour.lighter(170) : fittedColour;
    m_actual->setPen(QPen(blue));
    m_actual->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, blue, blue, 8));
    m_holdout->setPen(QPen(holdoutColour));
    m_holdout->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(holdoutColour, 2), Qt::NoBrush, 11));
    m_fitted->setPen(QPen(grey, 2));
}

QString CalibrationChart::pointText(const QCPGraph *graph, int index) const
{
    if (index < 0 || index >= graph->dataCount())
        return {};
    const int month = static_cast<int>(std::lround(graph->data()->at(index)->key)) - 1;
    if (month < 0 || month >= static_cast<int>(m_series.months.size()))
        return {};
    const auto m = static_cast<std::size_t>(month);
    QString text = tr("%1 · %2").arg(m_series.channel, m_series.months.at(month));
    if (m < m_series.actual.size() && m_series.actual[m])
        text += tr("\nActual leads: %1")
                    .arg(formatFigure(*m_series.actual[m], FigureKind::Count, currency()));
    if (m < m_series.fitted.size())
        text += tr("\nFitted leads: %1")
                    .arg(formatFigure(m_series.fitted[m], FigureKind::Count, currency()));
    if (m < m_series.holdout.size() && m_series.holdout[m])
        text += tr("\nHold-out month: predicted from the other months");
    return text;
}

} // namespace cplan
