#pragma once

// Plans shared by the analysis tests (optimizer, goal seek, Monte Carlo, sensitivity,
// comparison): the sample, and small generated plans with known answers.

#include "SamplePlan.h"

#include "models/domain/Plan.h"

namespace cplan::test {

// Channels without saturation (a linear objective each): channel c has cost per lead
// `costs[c]`, every other driver equal, even phasing, three stages, min 0 and max `maxShare`.
inline Plan linearPlan(const std::vector<double> &costs, double maxShare)
{
    Plan plan;
    plan.name = QStringLiteral("Linear");
    plan.start = QStringLiteral("2025-01");
    plan.months = 6;
    plan.valueHorizonMonths = 12;
    plan.stages = {QStringLiteral("Leads"), QStringLiteral("Sign-ups"),
                   QStringLiteral("Customers")};
    plan.categories = {{QStringLiteral("Marketing"), CategoryKind::Channel}};
    Scenario scenario;
    scenario.name = QStringLiteral("Base");
    scenario.budget = 600'000.0;
    scenario.categoryShares = {1.0};
    const auto count = costs.size();
    for (std::size_t c = 0; c < count; ++c) {
        plan.channels.push_back({QStringLiteral("Channel %1").arg(c), QString()});
        ChannelDrivers drivers;
        drivers.share = 1.0 / static_cast<double>(count);
        drivers.cpl = costs[c];
        drivers.conversion = {0.5, 0.2};
        drivers.arpuMonthly = 100.0;
        drivers.margin = 0.5;
        drivers.retentionMonthly = 0.9;
        drivers.maxShare = maxShare;
        scenario.channels.push_back(drivers);
    }
    plan.scenarios.push_back(scenario);
    return plan;
}

} // namespace cplan::test
