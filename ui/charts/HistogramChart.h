#pragma once

// The Monte Carlo histogram (MODEL.md §5.3): how many trials gave each range of the chosen
// metric, with the P10, P50 and P90 of that metric marked. The bins and percentiles are the
// engine's (models/engine/MonteCarlo.h); the tooltip gives each bin's range and share of trials.

#include "models/engine/MonteCarlo.h"
#include "ui/charts/ChartView.h"

#include <optional>
#include <vector>

namespace cplan {

struct HistogramData
{
    QString metric;
    FigureKind kind = FigureKind::Count;
    double lower = 0.0;
    double upper = 0.0;
    std::vector<int> counts;
    int definedTrials = 0;
    std::optional<double> p10;
    std::optional<double> p50;
    std::optional<double> p90;

    // (upper − lower) / bins; 0 for a single bin of equal values.
    double binWidth() const;
};

// The histogram of `result` with its metric's percentiles.
HistogramData histogramData(const MonteCarloResult &result);

class HistogramChart : public ChartView
{
    Q_OBJECT

public:
    explicit HistogramChart(QWidget *parent = nullptr);

    void setData(const HistogramData &data);
    const HistogramData &data() const { return m_data; }

    QCPBars *bars() const { return m_bars; }
    // The P10, P50, P90 marker lines.
    QCPItemStraightLine *marker(int index) const { return m_markers.at(std::size_t(index)); }
    QString binText(int index) const;

protected:
    void applyPalette() override;
    // Greyed out with its panel (out-of-date results), like the tables beside it.
    void changeEvent(QEvent *event) override;

private:
    HistogramData m_data;
    QCPBars *m_bars;
    std::vector<QCPItemStraightLine *> m_markers;
    std::vector<QCPItemText *> m_markerLabels;
};

} // namespace cplan
