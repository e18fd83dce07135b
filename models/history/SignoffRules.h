#pragma once

// The sign-off of a scenario (MODEL.md §10): draft -> submitted -> approved | returned to draft
// (with a comment) -> locked. Only a draft may change; every other state refuses edits with a
// message that says who approved it and that a new draft can be copied from it.

#include "models/domain/Plan.h"
#include "models/domain/Result.h"

#include <QString>

#include <optional>

namespace cplan {

enum class SignoffAction
{
    Submit,  // draft -> submitted
    Approve, // submitted -> approved
    Return,  // submitted or approved -> draft, with a comment
    Lock,    // approved -> locked
};

// "submit", "approve", "return", "lock".
std::optional<SignoffAction> signoffActionFromString(const QString &text);
QString toString(SignoffAction action);

// The scenario's sign-off after `action` by `by` at `at` (historyTime()), or why it is not
// allowed from the current state (a return needs a comment).
Result<Signoff> signoffAfter(const Signoff &current, SignoffAction action, const QString &by,
                             const QString &at, const QString &comment);

// Ok unless `after` changes a scenario of `before` that is not a draft (anything but its
// sign-off; a removed scenario counts as changed). The message names the scenario, its state, who
// approved (or submitted) it and when, and offers "New draft from this scenario".
Status checkSignoffLocks(const Plan &before, const Plan &after);

// The refusal message for scenario `scenario` of `plan` (not a draft).
QString lockedScenarioMessage(const Scenario &scenario);

// The undo text of a sign-off action on scenario `name` ("Approve “Plan A”").
QString signoffActionText(SignoffAction action, const QString &name);

// The state in the UI's words ("Draft", "Submitted", "Approved", "Locked"), translated.
QString signoffStateText(SignoffState state);

} // namespace cplan
