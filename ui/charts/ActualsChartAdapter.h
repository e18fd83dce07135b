#pragma once

// Actual against planned spend per month (MODEL.md §7), for one channel or all channels, made
// from the projection and the engine's variance report.

#include "models/domain/Plan.h"
#include "models/engine/Projection.h"
#include "models/engine/Variance.h"

#include <QColor>
#include <QStringList>

#include <optional>
#include <vector>

namespace cplan {

struct ActualsAgainstPlan
{
    QString channel; // empty = all channels
    QColor colour;   // the channel's colour (a neutral one for all channels)
    QStringList months;
    // Planned spend S[c,m] (MODEL.md §3.3). For all channels: the months with actuals take the
    // plan of the measured rows (as the variance does), the others the whole month's plan.
    std::vector<double> planned;
    std::vector<std::optional<double>> actual;   // null where nothing was measured
    std::vector<std::optional<double>> variance; // (actual − planned)/planned, the engine's
    std::vector<bool> flagged;                   // the engine's flag (MODEL.md §7)
};

// `channel`: index into plan.channels, or -1 for all channels.
ActualsAgainstPlan actualsAgainstPlan(const Plan &plan, const Projection &projection,
                                      const VarianceReport &report, int channel);

} // namespace cplan
