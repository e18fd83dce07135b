#pragma once

// Lifetime value against acquisition cost per channel (MODEL.md §3.7, §3.8): one point per
// channel in its colour, with the break-even line LTV = CAC and the common LTV = 3 × CAC mark.

#include "ui/charts/ChartSeries.h"
#include "ui/charts/ChartView.h"

#include <vector>

namespace cplan {

class LtvCacChart : public ChartView
{
    Q_OBJECT

public:
    explicit LtvCacChart(QWidget *parent = nullptr);

    void setChannels(const std::vector<ChannelEconomics> &channels);
    const std::vector<ChannelEconomics> &channels() const { return m_channels; }
    int pointCount() const { return int(m_points.size()); }
    QCPGraph *point(int channel) const { return m_points.at(std::size_t(channel)); }

protected:
    void applyPalette() override;

private:
    QString pointText(int channel) const;

    std::vector<ChannelEconomics> m_channels;
    std::vector<QCPGraph *> m_points;
    QCPItemStraightLine *m_breakEven;
    QCPItemStraightLine *m_threeTimes;
    QCPItemText *m_breakEvenLabel;
    QCPItemText *m_threeTimesLabel;
};

} // namespace cplan
