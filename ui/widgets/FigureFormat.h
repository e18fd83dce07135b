#pragma once

// How the pages and the status bar write the engine's figures: the locale's separators, the
// plan's currency for money, percentages as percentages, "—" for a null ratio (MODEL.md §3).

#include "models/domain/Plan.h"

#include <QString>

#include <optional>
#include <vector>

namespace cplan {

enum class FigureKind
{
    Money,
    Count,
    Percent,
    Ratio,
    Month
};

// The kind of a MODEL.md §4 metric name ("cac" → Money, "stage_conversion.2" → Percent, ...).
FigureKind figureKindOf(const QString &metric);

// "≤" or "≥", as people write a comparison.
QString comparisonSymbol(Comparison op);

// `decimals` (Money only): the number figureDecimals() chose for the figure's row or column of a
// table, so the cells of one quantity show the same number of decimals (issue 22 B.7); -1 lets
// the value choose: cents below 10,000 (Grouped), two decimals of the unit at most (¥602.53万).
QString formatFigure(std::optional<double> value, FigureKind kind, const QString &currency,
                     int decimals = -1);
// The decimals a row or column of figures of one kind shows (Money; -1 for the other kinds, which
// have fixed decimals): Grouped 2 when any amount but 0 is below 10,000 (unit costs need their
// cents), else 0; ChineseUnits the most any amount needs of its unit (NumberText::amountDecimals).
int figureDecimals(const std::vector<std::optional<double>> &values, FigureKind kind);
inline QString formatMetric(const QString &metric, std::optional<double> value,
                            const QString &currency)
{
    return formatFigure(value, figureKindOf(metric), currency);
}

} // namespace cplan
