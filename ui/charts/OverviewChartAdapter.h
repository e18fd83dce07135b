#pragma once

// The Overview dashboard's series, made from one scenario's projection (MODEL.md §3). Each
// function only reads engine figures; the channel split's shares are the one division done here
// (a channel's spend over the channel pool, for the labels).

#include "models/domain/Plan.h"
#include "models/engine/Projection.h"
#include "ui/charts/ChartSeries.h"

#include <vector>

namespace cplan {

// At most this many layers in a stacked chart: beyond it the channels with the least spend are
// summed into one "Other channels" layer.
inline constexpr int maximumStackedChannels = 12;

// Monthly spend S[c,m] (MODEL.md §3.3): one series per channel, categories = plan months; with
// more than maximumStackedChannels channels, the 11 largest by spend (in plan order) and one
// series "Other channels (N)" holding the sum of the rest.
CategoryChart monthlySpendByChannel(const Plan &plan, const Projection &projection);
// spend_c per channel (MODEL.md §3.8) and its share of the channel spend, plan order.
std::vector<ShareSlice> channelSplit(const Plan &plan, const Projection &projection);
// stage_volumes[k], stage_conversion.k and cost_per_stage[k] (MODEL.md §3.9, §4).
std::vector<FunnelStage> funnelByStage(const Plan &plan, const Projection &projection);
// The cohort cash curve and the payback point (MODEL.md §3.10).
CashCurveSeries cashCurve(const Projection &projection);
// LTV_c, cac_c and ltv_cac_c per channel (MODEL.md §3.7, §3.8), plan order.
std::vector<ChannelEconomics> channelEconomics(const Projection &projection);

} // namespace cplan
