#pragma once

// The JSON of `cplan milestones --impact` (MODEL.md §6 "Gates", §9), documented in the user
// guide and cplan(1): the cost of each slipped gate.

#include "models/engine/DelayCost.h"

#include <QJsonObject>

namespace cplan {

QJsonObject delayCostsJson(const DelayCostReport &report);

} // namespace cplan
