#pragma once

// Planned against re-planned spend per month, all channels (MODEL.md §5.5): the scenario's plan
// as outlined bars, the re-plan (actual spend in the closed months, the re-planned spend after)
// as filled bars beside them, and a dashed line at the status date between closed and open
// months.

#include "ui/charts/ChartView.h"

#include <QStringList>

#include <vector>

namespace cplan {

struct ReplanSpendSeries
{
    QStringList months;
    std::vector<double> planned;   // per month, all channels
    std::vector<double> replanned; // per month: spent (closed), re-planned (open)
    int statusMonth = 0;           // the first open month
    QString statusLabel;           // "Status date 2025-07-01"
};

class ReplanChart : public ChartView
{
    Q_OBJECT

public:
    explicit ReplanChart(QWidget *parent = nullptr);

    void setSeries(const ReplanSpendSeries &series);
    const ReplanSpendSeries &series() const { return m_series; }
    QCPBars *plannedBars() const { return m_planned; }
    QCPBars *replannedBars() const { return m_replanned; }
    // The x position of the status-date line (between the last closed and first open month).
    double statusLinePosition() const;

protected:
    void applyPalette() override;

private:
    QString pointText(int month) const;

    ReplanSpendSeries m_series;
    QCPBars *m_planned;
    QCPBars *m_replanned;
    QCPItemStraightLine *m_statusLine;
    QCPItemText *m_statusText;
};

} // namespace cplan
