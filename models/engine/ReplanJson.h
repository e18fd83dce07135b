#pragma once

// The JSON of `cplan replan` (MODEL.md §9): {"scenario", "status_month", "objective", "timing",
// "spent", "remaining_pool", "over_max", "baseline": {"open_spend", "objective",
// "latest_estimate"}, "replan": {"open_spend", "monthly", "objective", "latest_estimate"},
// "uplift"}, totals as in `project`. Extra: "status_date", "pool", "locked", "open_months",
// "spent_by_channel", "kkt_residual", "optimality_gap", and "customers"/"value" in baseline and
// replan (open months), "monthly" also in baseline.

#include "models/engine/Replan.h"

#include <QJsonObject>

namespace cplan {

QJsonObject replanJson(const ReplanResult &result);

} // namespace cplan
