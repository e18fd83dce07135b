#pragma once

// Cumulative spend against cumulative margin over the value horizon (MODEL.md §3.10), with the
// payback month marked where the margin line reaches the spend line.

#include "ui/charts/ChartSeries.h"
#include "ui/charts/ChartView.h"

namespace cplan {

class CashCurveChart : public ChartView
{
    Q_OBJECT

public:
    explicit CashCurveChart(QWidget *parent = nullptr);

    void setCurve(const CashCurveSeries &curve);
    const CashCurveSeries &curve() const { return m_curve; }

    QCPGraph *spendGraph() const { return m_spend; }
    QCPGraph *marginGraph() const { return m_margin; }
    // The payback marker's position (month, cumulative margin); hidden when there is none.
    QCPItemTracer *paybackMarker() const { return m_paybackMarker; }
    QString paybackLabel() const;

protected:
    void applyPalette() override;

private:
    QString pointText(int index) const;

    CashCurveSeries m_curve;
    QCPGraph *m_spend;
    QCPGraph *m_margin;
    QCPItemStraightLine *m_horizonLine;
    QCPItemText *m_horizonLabel;
    QCPItemTracer *m_paybackMarker;
    QCPItemText *m_paybackText;
};

} // namespace cplan
