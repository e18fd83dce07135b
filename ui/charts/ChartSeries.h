#pragma once

// What the chart widgets draw: plain values (x/y vectors, labels, colours) that the adapters
// make from the engine's results (ARCHITECTURE.md rule 9). A chart never computes a business
// figure; everything here was computed by the engine, or is a difference or a share of two
// engine figures (presentation arithmetic), and is unit-tested as values.

#include "ui/widgets/FigureFormat.h"

#include <QColor>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cplan {

// One named series of values, one per category of its chart.
struct ChartSeries
{
    QString name;
    QColor colour;
    std::vector<double> values;
};

// Bars over categories (months, channels): stacked layers or side-by-side groups.
struct CategoryChart
{
    QStringList categories; // tick labels, category i is drawn at x = i + 1
    std::vector<ChartSeries> series;
    FigureKind kind = FigureKind::Money;
    QString valueTitle; // the value axis title, e.g. "Spend (CNY)"
};

// One channel's part of the channel pool (MODEL.md §3.8 spend_c against §3.9 spend).
struct ShareSlice
{
    QString name;
    QColor colour;
    double value = 0.0;
    std::optional<double> share; // value / total; null when the total is 0
};

// One funnel stage (MODEL.md §3.6, §3.9).
struct FunnelStage
{
    QString name;
    double volume = 0.0;
    std::optional<double> conversionFromPrevious; // stage_conversion.k; null for the first stage
    std::optional<double> costPerStage;           // cost_per_stage.k
};

// Cumulative spend against cumulative margin (MODEL.md §3.10), x = month number t + 1.
struct CashCurveSeries
{
    std::vector<double> months; // 1..T
    std::vector<double> cumulativeSpend;
    std::vector<double> cumulativeMargin;
    int planMonths = 0;                  // M: spend stops after it
    std::optional<int> paybackMonth;     // the marker's x
    std::optional<double> paybackMargin; // the marker's y: cumulative margin at payback
};

// One channel's customer economics (MODEL.md §3.7, §3.8).
struct ChannelEconomics
{
    QString name;
    QColor colour;
    double ltv = 0.0;
    std::optional<double> cac;
    std::optional<double> ltvCac;
    double customers = 0.0;
};

} // namespace cplan
