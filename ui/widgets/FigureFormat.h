#pragma once

// How the pages and the status bar write the engine's figures: the locale's separators, the
// plan's currency for money, percentages as percentages, "—" for a null ratio (MODEL.md §3).

#include "models/domain/Plan.h"

#include <QString>

#include <optional>

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

QString formatFigure(std::optional<double> value, FigureKind kind, const QString &currency);
inline QString formatMetric(const QString &metric, std::optional<double> value,
                            const QString &currency)
{
    return formatFigure(value, figureKindOf(metric), currency);
}

} // namespace cplan
