#pragma once

// The Overview's charts of the active scenario: monthly spend stacked by channel, the channel
// split, the funnel by stage, cumulative spend against cumulative margin with the payback
// month, and LTV against CAC per channel. Redrawn from the document's projection whenever it
// changes (the chart objects are kept).

#include <QWidget>

namespace cplan {

class BarChart;
class CashCurveChart;
class ChannelSplitChart;
class FunnelChart;
class LtvCacChart;
class PlanDocument;

class OverviewCharts : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewCharts(PlanDocument *document, QWidget *parent = nullptr);

    BarChart *monthlySpendChart() const { return m_monthlySpend; }
    ChannelSplitChart *channelSplitChart() const { return m_channelSplit; }
    FunnelChart *funnelChart() const { return m_funnel; }
    CashCurveChart *cashCurveChart() const { return m_cashCurve; }
    LtvCacChart *ltvCacChart() const { return m_ltvCac; }

private:
    void refresh();

    PlanDocument *m_document;
    BarChart *m_monthlySpend;
    ChannelSplitChart *m_channelSplit;
    FunnelChart *m_funnel;
    CashCurveChart *m_cashCurve;
    LtvCacChart *m_ltvCac;
};

} // namespace cplan
