#include "ui/charts/OverviewChartAdapter.h"

#include "models/domain/NumberText.h"
#include "models/engine/Ratio.h"
#include "ui/charts/ChartFormat.h"
#include "ui/charts/ChartPalette.h"

#include <QCoreApplication>

namespace cplan {

CategoryChart monthlySpendByChannel(const Plan &plan, const Projection &projection)
{
    CategoryChart chart;
    chart.categories = NumberText::formatMonths(projection.months); // "2025年3月" in Chinese
    chart.kind = FigureKind::Money;
    chart.valueTitle = axisTitle(QCoreApplication::translate("OverviewChartAdapter", "Spend"),
                                 FigureKind::Money, plan.currency);
    const int channels = int(projection.spend.rows());
    const int months = int(projection.spend.cols());
    // With many channels, the largest keep their own layer (in plan order) and the rest share
    // one: 200 stacked layers are unreadable and cost a frame to draw.
    std::vector<int> order(std::size_t(channels), 0);
    for (int c = 0; c < channels; ++c)
        order[std::size_t(c)] = c;
    std::vector<char> own(std::size_t(channels), 1);
    if (channels > maximumStackedChannels) {
        const Eigen::ArrayXd totals = projection.spend.rowwise().sum();
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return totals(a) > totals(b); });
        for (int i = maximumStackedChannels - 1; i < channels; ++i)
            own[std::size_t(order[std::size_t(i)])] = 0;
    }
    ChartSeries others;
    others.colour = QColor(0x9a, 0xa0, 0xa6);
    others.values.assign(std::size_t(months), 0.0);
    int otherCount = 0;
    for (int c = 0; c < channels; ++c) {
        if (!own[std::size_t(c)]) {
            ++otherCount;
            for (int m = 0; m < months; ++m)
                others.values[std::size_t(m)] += projection.spend(c, m); // MODEL.md §3.3
            continue;
        }
        ChartSeries series;
        series.name = c < int(projection.channels.size()) ? projection.channels[std::size_t(c)].name
                                                          : plan.channels[std::size_t(c)].name;
        series.colour = channelColour(c);
        series.values.resize(std::size_t(months));
        for (int m = 0; m < months; ++m)
            series.values[std::size_t(m)] = projection.spend(c, m); // MODEL.md §3.3
        chart.series.push_back(std::move(series));
    }
    if (otherCount > 0) {
        others.name = QCoreApplication::translate("OverviewChartAdapter", "Other channels (%1)")
                          .arg(otherCount);
        chart.series.push_back(std::move(others));
    }
    return chart;
}

std::vector<ShareSlice> channelSplit(const Plan &, const Projection &projection)
{
    std::vector<ShareSlice> slices;
    slices.reserve(projection.channels.size());
    for (std::size_t c = 0; c < projection.channels.size(); ++c) {
        const ChannelResult &channel = projection.channels[c];
        // spend_c of the channel spend (MODEL.md §3.8, §3.9).
        slices.push_back({channel.name, channelColour(int(c)), channel.spend,
                          safeRatio(channel.spend, projection.totals.channelSpend)});
    }
    return slices;
}

std::vector<FunnelStage> funnelByStage(const Plan &plan, const Projection &projection)
{
    std::vector<FunnelStage> stages;
    const Totals &totals = projection.totals;
    for (std::size_t k = 0; k < totals.stageVolumes.size(); ++k) {
        FunnelStage stage;
        stage.name = plan.stages.value(int(k));
        stage.volume = totals.stageVolumes[k];
        if (k > 0) // MODEL.md §4 stage_conversion.k
            stage.conversionFromPrevious =
                metricValue(projection, QStringLiteral("stage_conversion.%1").arg(k));
        if (k < totals.costPerStage.size())
            stage.costPerStage = totals.costPerStage[k];
        stages.push_back(stage);
    }
    return stages;
}

CashCurveSeries cashCurve(const Projection &projection)
{
    CashCurveSeries curve;
    const Eigen::Index length =
        std::min(projection.cumulativeSpend.size(), projection.cumulativeMargin.size());
    curve.planMonths = int(projection.months.size());
    curve.months.reserve(std::size_t(length));
    for (Eigen::Index t = 0; t < length; ++t) {
        curve.months.push_back(double(t + 1)); // MODEL.md §3.10: month t + 1
        curve.cumulativeSpend.push_back(projection.cumulativeSpend[t]);
        curve.cumulativeMargin.push_back(projection.cumulativeMargin[t]);
    }
    curve.paybackMonth = projection.totals.paybackMonth;
    if (curve.paybackMonth && *curve.paybackMonth >= 1 && *curve.paybackMonth <= length)
        curve.paybackMargin = projection.cumulativeMargin[*curve.paybackMonth - 1];
    return curve;
}

std::vector<ChannelEconomics> channelEconomics(const Projection &projection)
{
    std::vector<ChannelEconomics> channels;
    channels.reserve(projection.channels.size());
    for (std::size_t c = 0; c < projection.channels.size(); ++c) {
        const ChannelResult &channel = projection.channels[c];
        channels.push_back({channel.name, channelColour(int(c)), channel.ltv, channel.cac,
                            channel.ltvCac, channel.customers});
    }
    return channels;
}

} // namespace cplan
