#include "models/engine/DelayCost.h"

#include "models/domain/Months.h"
#include "models/engine/Gates.h"
#include "models/engine/Milestones.h"
#include "models/engine/Projection.h"
#include "models/engine/ScenarioInputs.h"

#include <algorithm>

namespace cplan {

namespace {

DelayFigures figuresOf(const Projection &projection)
{
    return {projection.totals.channelSpend, projection.totals.customers, projection.totals.value,
            projection.totals.cac};
}

} // namespace

std::optional<double> DelayCost::cacDelta() const
{
    if (!forecast.cac || !onTime.cac)
        return std::nullopt;
    return *forecast.cac - *onTime.cac;
}

DelayCostReport delayCosts(const Plan &plan, const Scenario &scenario, QDate statusDate)
{
    DelayCostReport report;
    report.scenario = scenario.name;
    report.statusDate = statusDate;
    const auto start = parseMonth(plan.start);
    // Nothing to price unless a gated milestone is late: no projection at all then (the alerts
    // ask for this report after every edit, most plans have no gate).
    const bool anyLate =
        std::any_of(plan.milestones.begin(), plan.milestones.end(), [&](const Milestone &m) {
            const auto planned = parseIsoDate(m.planned);
            return !m.gates.isEmpty() && planned &&
                   planned->daysTo(milestoneReferenceDate(m, statusDate)) > 0;
        });
    if (!anyLate)
        return report;
    const ScenarioInputs ungated = prepareUngatedScenario(plan, scenario);
    const std::vector<GateSlip> slips = gateSlips(plan, statusDate);

    ScenarioInputs asForecast = ungated;
    applyGateSlips(slips, asForecast);
    Projection forecast;
    projectInto(plan, scenario, asForecast, forecast);
    report.spendLost = forecast.spendLostToGates.sum();

    Projection onTime;
    for (std::size_t i = 0; i < plan.milestones.size(); ++i) {
        const Milestone &milestone = plan.milestones[i];
        if (milestone.gates.isEmpty())
            continue;
        const auto planned = parseIsoDate(milestone.planned);
        const QDate reference = milestoneReferenceDate(milestone, statusDate);
        if (!planned || !reference.isValid() || planned->daysTo(reference) <= 0)
            continue;
        DelayCost cost;
        cost.id = milestone.id;
        cost.name = milestone.name;
        cost.planned = milestone.planned;
        cost.reference = reference;
        cost.delayDays = static_cast<int>(planned->daysTo(reference));
        cost.slipMonths =
            start ? monthOffset(*start, reference) - monthOffset(*start, *planned) : 0;
        cost.gates = milestone.gates;
        cost.forecast = figuresOf(forecast);

        std::vector<GateSlip> others;
        std::copy_if(slips.begin(), slips.end(), std::back_inserter(others),
                     [&](const GateSlip &slip) { return slip.milestone != static_cast<int>(i); });
        if (others.size() == slips.size()) {
            cost.onTime = cost.forecast; // late within its month: nothing moved
        } else {
            ScenarioInputs inputs = ungated;
            applyGateSlips(others, inputs);
            projectInto(plan, scenario, inputs, onTime);
            cost.onTime = figuresOf(onTime);
            // From the lost weights, not the spend totals: a slip that keeps its money inside
            // the horizon reports exactly 0, not the rounding of two sums in different orders.
            cost.spendLost = report.spendLost - onTime.spendLostToGates.sum();
        }
        report.milestones.push_back(std::move(cost));
    }
    return report;
}

} // namespace cplan
