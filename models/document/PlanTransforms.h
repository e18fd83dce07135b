#pragma once

// Pure changes of a plan that keep its aligned lists aligned (MODEL.md §1, §2): a stage,
// category or channel added, removed or moved is added, removed or moved in every scenario's
// vectors and in the actuals too. Each returns an Error (plan unchanged) when the change cannot
// be made; the validator judges the result afterwards. PlanDocument wraps each in an undo step.

#include "models/domain/Plan.h"
#include "models/domain/Result.h"

#include <QString>

namespace cplan {

// Stages. A new stage passes everyone through (its incoming rate is 1), so every existing
// stage's volume is unchanged; an actual row that measured beyond the new stage gets the
// neighbouring measured volume for it (consistent with the rate 1). Removing a stage multiplies
// the two rates around it into one (removing the first or last drops its rate) and drops its
// actual volume. Moving a stage moves its actual volumes; rates stay between positions.
Status insertStage(Plan &plan, int index, const QString &name);
Status eraseStage(Plan &plan, int index);
Status moveStageTo(Plan &plan, int from, int to);

// Categories: a new one has share 0 in every scenario.
Status insertCategory(Plan &plan, int index, const QString &name, CategoryKind kind);
Status eraseCategory(Plan &plan, int index);
Status moveCategoryTo(Plan &plan, int from, int to);

// Channels: a new one gets share 0 and a copy of channel 0's other drivers (min share 0, no
// phasing override) in every scenario; removing one removes its actual rows and its milestone
// gates; renaming renames its actual rows and gates.
Status insertChannel(Plan &plan, int index, const QString &name, const QString &group);
Status eraseChannel(Plan &plan, int index);
Status renameChannelTo(Plan &plan, int index, const QString &name);
Status moveChannelTo(Plan &plan, int from, int to);

// Scenarios: the baseline setting follows a rename and is cleared (back to the first scenario)
// when its scenario is removed.
Status renameScenarioTo(Plan &plan, int index, const QString &name);
Status eraseScenario(Plan &plan, int index);

// A new horizon M: monthly weights (scenario and channel overrides) are cut, or extended with
// the weight of the same month a year earlier (else the last weight); a cut that leaves no
// positive weight falls back to equal weights.
Status resizeHorizon(Plan &plan, int months);

// Phasing conversions keeping the distribution where the forms allow it: quarterly -> monthly
// repeats q[(m div 3) mod 4]; monthly -> quarterly takes each quarter's mean; even -> quarterly
// or monthly is all ones; anything -> even drops the weights.
Phasing convertPhasing(const Phasing &phasing, Phasing::Kind kind, int months);

// Scales shares to sum 1 (MODEL.md §2); refused when they sum to 0.
Status normaliseShares(std::vector<double> &shares);
Status normaliseChannelShares(Scenario &scenario);

// "Plan A (copy)", "Plan A (copy 2)", ...: a name no scenario of `plan` has.
QString uniqueScenarioName(const Plan &plan, const QString &base);

// Moves element `from` to position `to` (both valid indices).
template <typename List>
void moveElement(List &list, int from, int to)
{
    auto value = std::move(list[from]);
    list.erase(list.begin() + from);
    list.insert(list.begin() + to, std::move(value));
}

} // namespace cplan
