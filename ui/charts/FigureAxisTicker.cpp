#include "ui/charts/FigureAxisTicker.h"

#include "ui/charts/ChartFormat.h"

#include <algorithm>
#include <cmath>

namespace cplan {

QString FigureAxisTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    // QCustomPlot passes its own (C) locale; the planner reads the application's.
    return axisValueText(tick, m_kind, m_chineseUnits, QLocale(), m_largestTick);
}

QVector<QString> FigureAxisTicker::createLabelVector(const QVector<double> &ticks,
                                                     const QLocale &locale, QChar formatChar,
                                                     int precision)
{
    double largest = 0.0;
    for (double tick : ticks)
        largest = std::max(largest, std::abs(tick));
    m_largestTick = largest;
    QVector<QString> labels =
        QCPAxisTicker::createLabelVector(ticks, locale, formatChar, precision);
    m_largestTick.reset();
    return labels;
}

} // namespace cplan
