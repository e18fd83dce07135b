#pragma once

// The Monte Carlo fan of monthly customers (MODEL.md §5.3): the P10–P90 band over the trials
// and the P50 line, month by month. The percentiles are the engine's.

#include "models/domain/Plan.h"
#include "models/engine/MonteCarlo.h"
#include "ui/charts/ChartView.h"

#include <QStringList>

#include <vector>

namespace cplan {

struct FanData
{
    QStringList months; // "2025-01", ... (tick labels)
    std::vector<double> p10;
    std::vector<double> p50;
    std::vector<double> p90;
};

FanData monthlyCustomersFan(const MonteCarloResult &result, const Plan &plan);

class FanChart : public ChartView
{
    Q_OBJECT

public:
    explicit FanChart(QWidget *parent = nullptr);

    void setData(const FanData &data);
    const FanData &data() const { return m_data; }

    QCPGraph *lowerEdge() const { return m_p10; }
    QCPGraph *median() const { return m_p50; }
    QCPGraph *upperEdge() const { return m_p90; }
    QString monthText(int index) const;

protected:
    void applyPalette() override;
    // Greyed out with its panel (out-of-date results), like the tables beside it.
    void changeEvent(QEvent *event) override;
    // As many month labels as fit the new width.
    void resizeEvent(QResizeEvent *event) override;

private:
    // Labels every few months: about four, fewer where they would overlap (issue 22 E.20:
    // "2025年1月" is wider than "2025-01" and the Chinese labels ran into each other).
    void labelMonths();

    FanData m_data;
    QCPGraph *m_p10;
    QCPGraph *m_p90;
    QCPGraph *m_p50;
};

} // namespace cplan
