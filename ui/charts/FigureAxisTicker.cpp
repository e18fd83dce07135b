#include "ui/charts/FigureAxisTicker.h"

#include "ui/charts/ChartFormat.h"

namespace cplan {

QString FigureAxisTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    // QCustomPlot passes its own (C) locale; the planner reads the application's.
    return axisValueText(tick, m_kind, m_chineseUnits, QLocale());
}

} // namespace cplan
