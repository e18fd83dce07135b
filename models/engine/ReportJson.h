#pragma once

// The JSON of `cplan project`, `milestones` and `variance` (MODEL.md §9), with exactly the
// keys of tests/data/golden/. Null for an undefined ratio. Used by the CLI and the exports.

#include "models/engine/Milestones.h"
#include "models/engine/Projection.h"
#include "models/engine/Variance.h"

#include <QJsonObject>

namespace cplan {

QJsonObject totalsJson(const Totals &totals);
QJsonObject projectionJson(const Projection &projection);
QJsonObject milestonesJson(const MilestoneReport &report);
QJsonObject varianceJson(const VarianceReport &report);

} // namespace cplan
