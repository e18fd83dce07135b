#pragma once

// How the channel pool is split (MODEL.md §3.8): one bar per channel in its own colour, with
// its spend and share written at the end of the bar.

#include "ui/charts/ChartSeries.h"
#include "ui/charts/ChartView.h"

#include <vector>

namespace cplan {

class ChannelSplitChart : public ChartView
{
    Q_OBJECT

public:
    explicit ChannelSplitChart(QWidget *parent = nullptr);

    void setSlices(const std::vector<ShareSlice> &slices);
    const std::vector<ShareSlice> &slices() const { return m_slices; }
    int barsCount() const { return int(m_bars.size()); }
    QCPBars *bars(int channel) const { return m_bars.at(std::size_t(channel)); }
    QString sliceLabel(int channel) const;

protected:
    void applyPalette() override;

private:
    std::vector<ShareSlice> m_slices;
    std::vector<QCPBars *> m_bars;
    std::vector<QCPItemText *> m_labels;
};

} // namespace cplan
