#pragma once

// The tornado chart's values (MODEL.md §5.4) from the engine's SensitivityResult: one bar per
// driver family or channel share, in the engine's order (largest swing first), with a label a
// planner reads ("Cost per lead", "Share of Short video ads") and the metric at both ends.
// Nothing is computed here but the labels and the span (high − low) used for the sort check.

#include "models/domain/Plan.h"
#include "models/engine/Sensitivity.h"
#include "ui/widgets/FigureFormat.h"

#include <QString>

#include <optional>
#include <vector>

namespace cplan {

struct TornadoBar
{
    QString driver;             // the engine's name: "cpl", "share:Search"
    QString label;              // for people
    std::optional<double> low;  // the metric with the driver at (1 − swing) x
    std::optional<double> high; // ... at (1 + swing) x
    // |high − low|; null when either end is null.
    std::optional<double> span() const;
};

struct TornadoChartData
{
    QString metric;
    FigureKind kind = FigureKind::Percent;
    double swing = 0.2;
    std::optional<double> base;
    std::vector<TornadoBar> bars; // the engine's order: largest span first, null spans last
};

// The title of a Monte Carlo / sensitivity metric: "ROI" for "roi", "CAC" for "cac"; other
// MODEL.md §4 names as they are.
QString analysisMetricTitle(const QString &metric);
// "Cost per lead" for "cpl", "Share of Short video ads" for "share:Short video ads".
QString sensitivityDriverLabel(const QString &driver);
TornadoChartData tornadoChartData(const SensitivityResult &result);

} // namespace cplan
