#include "benchmarks/interactive/GeneratedPlans.h"

#include "models/domain/Months.h"
#include "models/engine/Projection.h"
#include "models/storage/PlanJson.h"

#include <QDate>

namespace cplan::bench {

namespace {

Scenario generatedScenario(int index, int channelCount, int months)
{
    Scenario scenario;
    scenario.name = QStringLiteral("Scenario %1").arg(index + 1);
    scenario.budget = 40'000'000.0 * channelCount / 6.0 * (1.0 + 0.1 * index);
    scenario.categoryShares = {0.7, 0.2, 0.1};
    scenario.phasing = {Phasing::Kind::Quarterly, {0.3, 0.2, 0.2, 0.3}};
    scenario.uncertainty = {0.2, 0.1, 0.1, 0.02};
    for (int c = 0; c < channelCount; ++c) {
        ChannelDrivers drivers;
        drivers.share = 1.0 / channelCount;
        drivers.cpl = 8.0 + ((c + index) * 37 % 90);
        if (c % 5 != 4)
            drivers.saturationSpend = 100'000.0 + (c * 7919 % 900) * 1000.0;
        drivers.carryover = c % 3 == 0 ? 0.05 * (c % 10) : 0.0;
        drivers.conversion = {0.2 + 0.002 * (c % 100), 0.5 - 0.001 * (c % 50),
                              0.05 + 0.001 * (c % 80)};
        drivers.arpuMonthly = 150.0 + (c * 13 % 250);
        drivers.margin = 0.4 + 0.002 * (c % 100);
        drivers.retentionMonthly = 0.9 + 0.0009 * (c % 100);
        if (c % 10 == 0) {
            Phasing phasing{Phasing::Kind::Monthly, {}};
            for (int m = 0; m < months; ++m)
                phasing.weights.push_back(1.0 + (m * (c + 3) % 11));
            drivers.phasing = phasing;
        }
        scenario.channels.push_back(drivers);
    }
    return scenario;
}

// Spend and the first two stages of the plan, moved by a deterministic -25 %..+25 %.
void addActuals(Plan &plan)
{
    const Projection projection = project(plan, plan.scenarios.front());
    const int channelCount = int(plan.channels.size());
    for (int m = 0; m < plan.months / 2; ++m) {
        for (int c = 0; c < channelCount; ++c) {
            const double factor = 0.75 + 0.05 * ((c * 7 + m * 3) % 11);
            Actual actual;
            actual.month = monthLabel(plan.start, m);
            actual.channel = plan.channels[std::size_t(c)].name;
            actual.spend = projection.spend(c, m) * factor;
            actual.volumes = {projection.volumes[0](c, m) * factor * 0.95,
                              projection.volumes[1](c, m) * factor};
            plan.actuals.push_back(actual);
        }
    }
}

// A milestone at the end of every third month, each depending on the one before, with two
// checks; the first half is done (some late), the rest planned or in progress.
void addMilestones(Plan &plan)
{
    const QDate start = QDate::fromString(plan.start + QStringLiteral("-01"), Qt::ISODate);
    const int count = plan.months / 3;
    for (int i = 0; i < count; ++i) {
        Milestone milestone;
        milestone.id = QStringLiteral("M%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        milestone.name = QStringLiteral("Quarter %1 review").arg(i + 1);
        milestone.phase = QStringLiteral("Phase %1").arg(i / 4 + 1);
        milestone.owner = QStringLiteral("Owner %1").arg(i % 5);
        const QDate planned = start.addMonths(3 * (i + 1)).addDays(-1);
        milestone.planned = planned.toString(Qt::ISODate);
        if (i < count / 2) {
            milestone.status = MilestoneStatus::Done;
            milestone.actual = planned.addDays(i % 9).toString(Qt::ISODate);
        } else if (i == count / 2) {
            milestone.status = MilestoneStatus::InProgress;
            milestone.forecast = planned.addDays(5).toString(Qt::ISODate);
        }
        if (i > 0)
            milestone.dependsOn = {plan.milestones.back().id};
        milestone.checks = {
            {QStringLiteral("stage_cum.1"), Comparison::GreaterOrEqual, 1000.0 * (i + 1)},
            {QStringLiteral("cac_to_date"), Comparison::LessOrEqual, 2000.0}};
        plan.milestones.push_back(milestone);
    }
}

Plan generatedPlan(const PlanSize &size)
{
    Plan plan = samplePlan();
    plan.name = QStringLiteral("Generated %1 x %2 x %3")
                    .arg(size.channels)
                    .arg(size.months)
                    .arg(size.scenarios);
    plan.nameZh.clear();
    plan.start = QStringLiteral("2025-01");
    plan.months = size.months;
    plan.stages = {QStringLiteral("Leads"), QStringLiteral("Registered"),
                   QStringLiteral("Qualified"), QStringLiteral("Customers")};
    plan.categories = {{QStringLiteral("Marketing"), CategoryKind::Channel},
                       {QStringLiteral("Technology"), CategoryKind::Overhead},
                       {QStringLiteral("Reserve"), CategoryKind::Reserve}};
    plan.targets = {
        {QStringLiteral("cost_per_stage.1"), Comparison::LessOrEqual, 150.0,
         QStringLiteral("Cost per registered user")},
        {QStringLiteral("ltv"), Comparison::GreaterOrEqual, 4500.0, QStringLiteral("LTV")},
        {QStringLiteral("return_ratio"), Comparison::GreaterOrEqual, 3.0,
         QStringLiteral("Return 1:3")},
        {QStringLiteral("payback_month"), Comparison::LessOrEqual, 18.0,
         QStringLiteral("Payback within 18 months")},
    };
    // The status date in the middle of the horizon, so delays do not depend on today.
    plan.statusDate = QDate::fromString(plan.start + QStringLiteral("-01"), Qt::ISODate)
                          .addMonths(plan.months / 2)
                          .addDays(10)
                          .toString(Qt::ISODate);
    plan.channels.clear();
    for (int c = 0; c < size.channels; ++c)
        plan.channels.push_back({QStringLiteral("Channel %1").arg(c, 3, 10, QLatin1Char('0')),
                                 QStringLiteral("Group %1").arg(c % 7)});
    plan.scenarios.clear();
    for (int s = 0; s < size.scenarios; ++s)
        plan.scenarios.push_back(generatedScenario(s, size.channels, size.months));
    plan.milestones.clear();
    plan.actuals.clear();
    addActuals(plan);
    addMilestones(plan);
    return plan;
}

} // namespace

PlanSize planSize(const QString &name)
{
    if (name == QLatin1String("medium"))
        return {name, 50, 36, 4};
    if (name == QLatin1String("big"))
        return {name, 200, 120, 5};
    return {QStringLiteral("sample"), 6, 12, 3};
}

Plan benchmarkPlan(const PlanSize &size)
{
    if (size.name == QLatin1String("sample"))
        return samplePlan();
    return generatedPlan(size);
}

} // namespace cplan::bench
