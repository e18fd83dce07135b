#pragma once

// Actual against fitted leads of one channel by past month (MODEL.md §5.6): the measured leads
// as dots, the last three observed months (the hold-out, predicted from the others) as hollow
// diamonds in another colour, and the fitted leads as a line.

#include "ui/charts/ChartView.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace cplan {

struct CalibrationSeries
{
    QString channel;
    QStringList months;                        // "YYYY-MM", one per month of the series
    std::vector<std::optional<double>> actual; // measured leads; nullopt = not measured
    std::vector<double> fitted;                // empty when the channel could not be fitted
    std::vector<bool> holdout;                 // per month: one of the last 3 observed
};

class CalibrationChart : public ChartView
{
    Q_OBJECT

public:
    explicit CalibrationChart(QWidget *parent = nullptr);

    void setSeries(const CalibrationSeries &series);
    const CalibrationSeries &series() const { return m_series; }
    QCPGraph *actualGraph() const { return m_actual; }
    QCPGraph *holdoutGraph() const { return m_holdout; }
    QCPGraph *fittedGraph() const { return m_fitted; }

protected:
    void applyPalette() override;

private:
    QString pointText(const QCPGraph *graph, int index) const;

    CalibrationSeries m_series;
    QCPGraph *m_actual;
    QCPGraph *m_holdout;
    QCPGraph *m_fitted;
};

} // namespace cplan
