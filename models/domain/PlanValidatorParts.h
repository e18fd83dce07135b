#pragma once

// The parts of validatePlan() that live in their own files (kept small, ARCHITECTURE.md rule 12).

#include "models/domain/Plan.h"
#include "models/domain/ValidationReport.h"

namespace cplan {

// MODEL.md §2: every scenario's drivers, channel by channel.
void validateScenarios(const Plan &plan, ValidationReport &report);
// MODEL.md §6: ids, dates, dependencies (acyclic) and check metrics.
void validateMilestones(const Plan &plan, ValidationReport &report);

} // namespace cplan
