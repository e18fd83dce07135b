#pragma once

// The tornado of MODEL.md §5.4: one horizontal bar per driver, from the base value to the
// metric with the driver at −swing and at +swing, the largest swing on top, and a vertical line
// at the base value. The tooltip gives both ends exactly.

#include "ui/charts/ChartView.h"
#include "ui/charts/TornadoAdapter.h"

namespace cplan {

class TornadoChart : public ChartView
{
    Q_OBJECT

public:
    explicit TornadoChart(QWidget *parent = nullptr);

    void setData(const TornadoChartData &data);
    const TornadoChartData &data() const { return m_data; }

    QCPBars *lowBars() const { return m_low; }
    QCPBars *highBars() const { return m_high; }
    QCPItemStraightLine *baseLine() const { return m_baseLine; }
    // The tooltip of bar `index` (what hovering it shows).
    QString barText(int index) const;

protected:
    void applyPalette() override;

private:
    TornadoChartData m_data;
    QCPBars *m_low;
    QCPBars *m_high;
    QCPItemStraightLine *m_baseLine;
    QCPItemText *m_baseLabel;
};

} // namespace cplan
