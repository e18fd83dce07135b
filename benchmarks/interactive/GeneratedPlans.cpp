#include "benchmarks/interactive/GeneratedPlans.h"

#include "models/domain/Months.h"
#include "models/engine/Projection.h"
#include "models/storage/PlanJson.h"

#include <QDate>

#include <algorithm>
#include <cstdint>
#include <initializer_list>

namespace cplan::bench {

namespace {

// The shape of a generated plan; seed 0 is the standard one of docs/benchmarks.md.
struct Shape
{
    int stages = 4;               // 2..6
    int actualMonthsPercent = 50; // of the horizon with actual rows, from the start
    int measuredStages = 2;       // stages measured in each actual row (after the spend)
    int milestonesPerQuarter = 1; // 1, 3 or 9 (three a month)
    int checks = 2;               // per milestone
    int monthlyPhasingEvery = 10; // every n-th channel has its own monthly phasing; 0: none
    int groups = 7;
};

// splitmix64, so a seed gives the same shape on every machine.
std::uint64_t nextRandom(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

Shape shapeOf(unsigned seed)
{
    Shape shape;
    if (seed == 0)
        return shape;
    std::uint64_t state = seed;
    const auto pick = [&state](std::initializer_list<int> values) {
        return *(values.begin() + nextRandom(state) % values.size());
    };
    shape.stages = pick({2, 3, 4, 5, 6});
    shape.actualMonthsPercent = pick({0, 25, 50, 75, 100});
    shape.measuredStages = pick({0, 1, 2, 6});
    shape.measuredStages = std::min(shape.measuredStages, shape.stages);
    shape.milestonesPerQuarter = pick({1, 3, 9});
    shape.checks = pick({0, 2, 4});
    shape.monthlyPhasingEvery = pick({0, 1, 3, 10});
    shape.groups = pick({1, 7, 40});
    return shape;
}

Scenario generatedScenario(int index, int channelCount, int months, const Shape &shape)
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
                              0.05 + 0.001 * (c % 80), 0.6 + 0.001 * (c % 40),
                              0.3 + 0.002 * (c % 30)};
        drivers.conversion.resize(std::size_t(shape.stages - 1));
        drivers.arpuMonthly = 150.0 + (c * 13 % 250);
        drivers.margin = 0.4 + 0.002 * (c % 100);
        drivers.retentionMonthly = 0.9 + 0.0009 * (c % 100);
        if (shape.monthlyPhasingEvery > 0 && c % shape.monthlyPhasingEvery == 0) {
            Phasing phasing{Phasing::Kind::Monthly, {}};
            for (int m = 0; m < months; ++m)
                phasing.weights.push_back(1.0 + (m * (c + 3) % 11));
            drivers.phasing = phasing;
        }
        scenario.channels.push_back(drivers);
    }
    return scenario;
}

// Spend and the first stages of the plan (two in the standard shape), moved by a deterministic
// -25 %..+25 %, in the first months of the horizon (half in the standard shape).
void addActuals(Plan &plan, const Shape &shape)
{
    const Projection projection = project(plan, plan.scenarios.front());
    const int channelCount = int(plan.channels.size());
    for (int m = 0; m < plan.months * shape.actualMonthsPercent / 100; ++m) {
        for (int c = 0; c < channelCount; ++c) {
            const double factor = 0.75 + 0.05 * ((c * 7 + m * 3) % 11);
            Actual actual;
            actual.month = monthLabel(plan.start, m);
            actual.channel = plan.channels[std::size_t(c)].name;
            actual.spend = projection.spend(c, m) * factor;
            for (int k = 0; k < shape.measuredStages; ++k)
                actual.volumes.push_back(projection.volumes[std::size_t(k)](c, m) * factor *
                                         (k == 0 ? 0.95 : 1.0));
            plan.actuals.push_back(actual);
        }
    }
}

// A milestone at the end of every third month (standard shape; or three a quarter, or three a
// month), each depending on the one before, with two checks; the first half is done (some
// late), the rest planned or in progress.
void addMilestones(Plan &plan, const Shape &shape)
{
    const QDate start = QDate::fromString(plan.start + QStringLiteral("-01"), Qt::ISODate);
    const int count = plan.months / 3 * shape.milestonesPerQuarter;
    const QDate status = QDate::fromString(plan.statusDate, Qt::ISODate);
    int done = 0;
    for (int i = 0; i < count; ++i) {
        Milestone milestone;
        milestone.id = QStringLiteral("M%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        milestone.name = QStringLiteral("Quarter %1 review").arg(i + 1);
        milestone.phase = QStringLiteral("Phase %1").arg(i / 4 + 1);
        milestone.owner = QStringLiteral("Owner %1").arg(i % 5);
        // The standard shape: the last day of every third month.
        const QDate planned =
            shape.milestonesPerQuarter == 1
                ? start.addMonths(3 * (i + 1)).addDays(-1)
                : start.addMonths(3 * i / shape.milestonesPerQuarter + 1).addDays(-1 - 7 * (i % 3));
        milestone.planned = planned.toString(Qt::ISODate);
        // Done when it was finished by the status date (the first half in the standard shape),
        // the next one in progress.
        if (planned.addDays(i % 9) <= status) {
            milestone.status = MilestoneStatus::Done;
            milestone.actual = planned.addDays(i % 9).toString(Qt::ISODate);
            ++done;
        } else if (i == done) {
            milestone.status = MilestoneStatus::InProgress;
            milestone.forecast = planned.addDays(5).toString(Qt::ISODate);
        }
        if (i > 0)
            milestone.dependsOn = {plan.milestones.back().id};
        const std::vector<Check> checks = {
            {QStringLiteral("stage_cum.1"), Comparison::GreaterOrEqual, 1000.0 * (i + 1)},
            {QStringLiteral("cac_to_date"), Comparison::LessOrEqual, 2000.0},
            {QStringLiteral("stage_cum.0"), Comparison::GreaterOrEqual, 5000.0 * (i + 1)},
            {QStringLiteral("spend_cum"), Comparison::LessOrEqual, 1e9 * (i + 1)}};
        milestone.checks.assign(checks.begin(), checks.begin() + shape.checks);
        plan.milestones.push_back(milestone);
    }
}

Plan generatedPlan(const PlanSize &size)
{
    const Shape shape = shapeOf(size.seed);
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
    if (shape.stages != 4) {
        plan.stages = {QStringLiteral("Leads")};
        for (int k = 1; k + 1 < shape.stages; ++k)
            plan.stages << QStringLiteral("Stage %1").arg(k);
        plan.stages << QStringLiteral("Customers");
    }
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
    // (Seeded shapes: after the last month with actual rows.)
    plan.statusDate = QDate::fromString(plan.start + QStringLiteral("-01"), Qt::ISODate)
                          .addMonths(std::clamp(plan.months * shape.actualMonthsPercent / 100, 1,
                                                plan.months - 1))
                          .addDays(10)
                          .toString(Qt::ISODate);
    plan.channels.clear();
    for (int c = 0; c < size.channels; ++c)
        plan.channels.push_back({QStringLiteral("Channel %1").arg(c, 3, 10, QLatin1Char('0')),
                                 QStringLiteral("Group %1").arg(c % shape.groups)});
    plan.scenarios.clear();
    for (int s = 0; s < size.scenarios; ++s)
        plan.scenarios.push_back(generatedScenario(s, size.channels, size.months, shape));
    plan.milestones.clear();
    plan.actuals.clear();
    addActuals(plan, shape);
    addMilestones(plan, shape);
    return plan;
}

} // namespace

PlanSize planSize(const QString &name)
{
    const QString base = name.section(QLatin1Char(':'), 0, 0);
    const unsigned seed = name.section(QLatin1Char(':'), 1, 1).toUInt();
    if (base == QLatin1String("medium"))
        return {base, 50, 36, 4, seed};
    if (base == QLatin1String("big"))
        return {base, 200, 120, 5, seed};
    return {QStringLiteral("sample"), 6, 12, 3};
}

QString shapeText(const PlanSize &size)
{
    if (size.seed == 0 || size.name == QLatin1String("sample"))
        return {};
    const Shape shape = shapeOf(size.seed);
    return QStringLiteral("seed %1: %2 stages, actuals in %3% of the months measuring %4 "
                          "stages, %5 milestones a quarter with %6 checks, monthly phasing "
                          "every %7 channels, %8 groups")
        .arg(size.seed)
        .arg(shape.stages)
        .arg(shape.actualMonthsPercent)
        .arg(shape.measuredStages)
        .arg(shape.milestonesPerQuarter)
        .arg(shape.checks)
        .arg(shape.monthlyPhasingEvery)
        .arg(shape.groups);
}

Plan benchmarkPlan(const PlanSize &size)
{
    if (size.name == QLatin1String("sample"))
        return samplePlan();
    return generatedPlan(size);
}

} // namespace cplan::bench
