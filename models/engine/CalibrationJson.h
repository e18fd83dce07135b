#pragma once

// `cplan calibrate --json` (MODEL.md §9): per channel n, SSE, R², MAPE, the hold-out MAPE, each
// lead driver as {estimate, se, identified, reason}, the conversion rates and the Monte Carlo
// half-widths; a channel with too few months has "n" and "reason" only.

#include "models/domain/Plan.h"
#include "models/engine/Calibration.h"

#include <QJsonObject>

namespace cplan {

QJsonObject calibrationJson(const Plan &plan, const QString &scenario,
                            const std::vector<ChannelCalibration> &calibrations);

} // namespace cplan
