#pragma once

// The validator's findings as the window says them (MODEL.md §8 gives the CLI's form,
// `scenarios["Plan A"].channels["Short video ads"].cpl: must be greater than 0 (got -5)`):
// "Short video ads: cost per lead must be more than 0 (you typed −5)". The place is named as
// the user sees it (the channel, the milestone, the month of an actual), the field by its
// column title, rates in percent. JSON paths stay in the CLI.

#include "models/domain/PlanValidator.h"

#include <QString>

#include <vector>

namespace cplan {

enum class ScenarioMention
{
    Omit,   // the sentence is shown inside the scenario's own table
    Include // the sentence is read elsewhere (the Alerts dock)
};

QString violationSentence(const Plan &plan, const Violation &violation,
                          ScenarioMention scenario = ScenarioMention::Omit);
// One sentence per line.
QString violationSentences(const Plan &plan, const std::vector<Violation> &violations,
                           ScenarioMention scenario = ScenarioMention::Omit);

} // namespace cplan
