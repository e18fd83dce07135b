#pragma once

// The funnel by stage (MODEL.md §3.6): one centred bar per stage, widest first, each labelled
// with its volume, the conversion from the stage before and the cost per stage.

#include "ui/charts/ChartSeries.h"
#include "ui/charts/ChartView.h"

#include <vector>

namespace cplan {

class FunnelChart : public ChartView
{
    Q_OBJECT

public:
    explicit FunnelChart(QWidget *parent = nullptr);

    void setStages(const std::vector<FunnelStage> &stages);
    const std::vector<FunnelStage> &stages() const { return m_stages; }
    QCPBars *volumeBars() const { return m_volumes; }
    // The label drawn on stage `index`.
    QString stageLabel(int index) const;

protected:
    void applyPalette() override;

private:
    QString pointText(int index) const;

    std::vector<FunnelStage> m_stages;
    QCPBars *m_spacer; // transparent, centres the visible bars
    QCPBars *m_volumes;
    std::vector<QCPItemText *> m_labels;
};

} // namespace cplan
