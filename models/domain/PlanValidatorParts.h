#pragma once

// The parts of validatePlan() that live in their own files (kept small, ARCHITECTURE.md rule 12).

#include "models/domain/Plan.h"
#include "models/domain/ValidationReport.h"

namespace cplan {

// MODEL.md §1: the longest lists a plan may have. Past a limit the validator reports the count
// and checks only the first entries, so a hostile file with a million stages is refused in the
// time it takes to read it (issue 14, item 5).
inline constexpr qsizetype maxStages = 8;
inline constexpr qsizetype maxChannels = 200;

// The largest (and smallest) magnitudes a driver may take. MODEL.md §2 asks only "> 0" or
// ">= 0", but a cost per lead of 1e-320 or a budget of 1e308 passed that and then overflowed
// to inf/NaN inside the projection and Monte Carlo (issue 14, item 7). Within these bounds
// every figure of §3-§7 stays finite (customers <= budget / cpl = 1e21, value <= 1e36), and
// they are far beyond any real plan: a quadrillion in any currency, a millionth of a unit.
inline constexpr double largestAmount = 1e15; // budget, spend, saturation spend, volumes
inline constexpr double smallestCostPerLead = 1e-6;
inline constexpr double largestCostPerLead = 1e12;
inline constexpr double largestArpu = 1e12;
inline constexpr double largestPhasingWeight = 1e12;
inline constexpr double largestTargetValue = 1e15; // targets and milestone checks, either sign
inline constexpr double largestVarianceThreshold = 1e6;

// MODEL.md §2: every scenario's drivers, channel by channel.
void validateScenarios(const Plan &plan, ValidationReport &report);
// MODEL.md §6: ids, dates, dependencies (acyclic) and check metrics.
void validateMilestones(const Plan &plan, ValidationReport &report);

} // namespace cplan
