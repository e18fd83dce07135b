#pragma once

// The one validator of MODEL.md §8: every rule of §1, §2, §6 and §7, all violations at once.

#include "models/domain/Plan.h"

#include <QString>

#include <vector>

namespace cplan {

// One broken rule. `path` names the place the way MODEL.md §8 shows it, relative to the plan
// object: `months`, `stages[2]`, `channels[3].name`,
// `scenarios["Plan A"].channels["Search"].conversion[1]`, `milestones["M2"].depends_on[0]`,
// `actuals[5].spend`. `message` says what is wrong and quotes the value:
// `must be between 0 and 1 (got 1.4)`.
struct Violation
{
    QString path;
    QString message;

    // "path: message", the form printed by `cplan validate` and shown in the UI.
    QString text() const
    {
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }
    bool operator==(const Violation &) const = default;
};

std::vector<Violation> validatePlan(const Plan &plan);
// validatePlan(plan) for an edit of `previous`, whose validatePlan() gave `previousViolations`:
// when the actuals and what they are checked against (start, horizon, stages, channel names)
// did not change, their violations are taken from `previousViolations` instead of checking
// every row again (a plan may have 24,000). The result is the same as validatePlan(plan).
std::vector<Violation> validatePlanAfter(const Plan &plan, const Plan &previous,
                                         const std::vector<Violation> &previousViolations);

// All violations' text, one per line.
QString violationsText(const std::vector<Violation> &violations);

// A number as it appears in messages and the CLI: shortest round-trip form ("1.4", "20000000").
QString formatNumber(double value);

} // namespace cplan
