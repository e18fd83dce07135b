#pragma once

// The charts of the board report: the same chart widgets as the dashboard (ui/charts), filled
// from the engine's results for the report's plan and scenario, never shown on screen — the
// report painter draws them as vector graphics with QCustomPlot::toPainter.

#include "models/domain/Plan.h"
#include "models/engine/MonteCarlo.h"
#include "models/engine/Sensitivity.h"
#include "models/exchange/ReportContent.h"

#include <QDate>

#include <memory>
#include <vector>

class QWidget;

namespace cplan {

class ChartView;

// Results of the Analysis page to include (they are not recomputed for a report).
struct ReportAnalysis
{
    std::optional<MonteCarloResult> monteCarlo;
    std::optional<SensitivityResult> sensitivity;
};

// A chart and where it goes on its page, as fractions of the chart area's width, and its
// height in report pixels (96 per inch).
struct ReportChart
{
    ChartView *chart = nullptr;
    double left = 0.0;  // 0 or 0.5
    double width = 1.0; // 1 or 0.5
    double height = 240.0;
    bool newRow = true; // starts a new row (false: beside the previous chart)
};

class ReportCharts
{
public:
    ReportCharts(const Plan &plan, const QString &scenario, QDate statusDate,
                 const ReportAnalysis &analysis);
    ~ReportCharts();

    // The charts of a page, in drawing order (none for pages without charts).
    std::vector<ReportChart> chartsFor(ReportPageKind kind) const;

private:
    std::unique_ptr<QWidget> m_owner; // parent of every chart
    std::vector<std::pair<ReportPageKind, ReportChart>> m_charts;
};

} // namespace cplan
