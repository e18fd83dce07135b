#include "models/engine/Replan.h"

#include "models/domain/Months.h"
#include "models/engine/ChannelResponse.h"
#include "models/engine/Milestones.h"
#include "models/engine/Variance.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Replan)
};

QString amountText(double amount, const QString &currency)
{
    return QStringLiteral("%1 %2").arg(QString::number(amount, 'f', 2), currency);
}

// Sums of bounds and spend carry rounding; amounts within this (relative to P) are equal.
double tolerance(double pool)
{
    return 1e-9 * std::max(1.0, std::abs(pool));
}

Result<QDate> statusDateOf(const Plan &plan, const ReplanOptions &options, const QString &place)
{
    const QString text = options.statusDate.isEmpty() ? plan.statusDate : options.statusDate;
    if (text.isEmpty())
        return options.today.isValid() ? options.today : QDate::currentDate();
    if (const auto date = parseIsoDate(text))
        return *date;
    return Error{
        Tr::tr("%1: the status date must be a date YYYY-MM-DD (got \"%2\")").arg(place, text)};
}

// The open-month phasing of each channel, normalised to sum 1 (all 0 when nothing is planned).
Eigen::ArrayXXd openWeightsOf(const ScenarioInputs &inputs, int statusMonth)
{
    const int open = inputs.monthCount - statusMonth;
    Eigen::ArrayXXd weights = inputs.weights.rightCols(open);
    for (Eigen::Index c = 0; c < weights.rows(); ++c) {
        const double sum = weights.row(c).sum();
        if (sum > 0.0)
            weights.row(c) /= sum;
        else
            weights.row(c).setZero();
    }
    return weights;
}

// K_c: the objective per lead (customers per lead, times LTV for value) over the cost per lead.
Eigen::ArrayXd objectiveScale(const ScenarioInputs &inputs, OptimizerObjective objective)
{
    Eigen::ArrayXd scale = customersPerLead(inputs);
    if (objective == OptimizerObjective::Value)
        scale *= inputs.lifetimeValue;
    return (inputs.costPerLead > 0.0).select(scale / inputs.costPerLead, 0.0);
}

ReplanProblem problemOf(const ReplanSetup &setup, const ScenarioInputs &inputs,
                        OptimizerObjective objective)
{
    const int s = setup.statusMonth;
    ReplanProblem problem;
    problem.pool = setup.remaining;
    problem.scale = objectiveScale(inputs, objective);
    problem.inverseSaturation = inputs.inverseSaturation;
    problem.carryover = inputs.carryover;
    // MODEL.md §3.4 over the closed months: the adstock they hand to month s.
    const Eigen::ArrayXXd closedAdstock = effectiveSpend(setup.closedSpend, inputs.carryover);
    problem.startAdstock = closedAdstock.col(s - 1);
    problem.openWeights = openWeightsOf(inputs, s);
    problem.lower = setup.lower;
    problem.upper = setup.upper;
    problem.fixed.resize(inputs.channelCount);
    for (int c = 0; c < inputs.channelCount; ++c)
        problem.fixed[c] = setup.locked[static_cast<std::size_t>(c)];
    problem.fixedSpend = setup.plannedSpend.rightCols(setup.openMonthCount());
    problem.firstSpendMonth = setup.firstSpendMonth;
    return problem;
}

ReplanAllocation allocationOf(const Plan &plan, const Scenario &scenario, const ReplanSetup &setup,
                              const ReplanProblem &customersProblem,
                              const ReplanProblem &valueProblem, OptimizerObjective objective,
                              Eigen::ArrayXXd monthly, const QString &name)
{
    ReplanAllocation allocation;
    allocation.monthly = std::move(monthly);
    allocation.openSpend = allocation.monthly.rowwise().sum();
    allocation.customers = openResponse(customersProblem, allocation.monthly);
    allocation.value = openResponse(valueProblem, allocation.monthly);
    allocation.objective =
        objective == OptimizerObjective::Value ? allocation.value : allocation.customers;
    allocation.scenario = replanAsScenario(scenario, setup, allocation.monthly, name);
    // MODEL.md §5.5: the latest estimate is the §7 re-forecast of that scenario.
    // Its monthly phasing already holds any gated shift (MODEL.md §6): it is not shifted again.
    const Projection projection =
        project(plan, allocation.scenario, prepareUngatedScenario(plan, allocation.scenario));
    allocation.latestEstimate = computeVariance(plan, allocation.scenario, projection).reforecast;
    return allocation;
}

} // namespace

QString toString(ReplanTiming timing)
{
    return timing == ReplanTiming::Free ? QStringLiteral("free") : QStringLiteral("keep-phasing");
}

std::optional<ReplanTiming> replanTimingFromString(const QString &text)
{
    if (text == QLatin1String("keep-phasing"))
        return ReplanTiming::KeepPhasing;
    if (text == QLatin1String("free"))
        return ReplanTiming::Free;
    return std::nullopt;
}

Result<ReplanSetup> prepareReplan(const Plan &plan, const Scenario &scenario,
                                  const ReplanOptions &options)
{
    const QString place = QStringLiteral("scenarios[\"%1\"]").arg(scenario.name);
    const auto date = statusDateOf(plan, options, place);
    if (!date)
        return Error{date.error()};
    const auto start = parseMonth(plan.start);
    if (!start)
        return Error{Tr::tr("plan.start: must be a month YYYY-MM (got \"%1\")").arg(plan.start)};
    const int monthCount = plan.months;
    // MODEL.md §5.5 (as amended): a month whose last day is on or before the status date is
    // closed, so "as of 2025-06-30" closes June and "as of 2025-06-15" leaves it open.
    const int s = monthOffset(*start, *date) + (date->day() == date->daysInMonth() ? 1 : 0);
    // MODEL.md §5.5: at least one closed and one open month.
    if (s < 1 || s > monthCount - 1) {
        const QDate firstMonthEnd = start->addMonths(1).addDays(-1);
        const QDate lastMonthEnd = start->addMonths(monthCount).addDays(-1);
        return Error{Tr::tr("%1: cannot re-plan from the status date %2: a re-plan needs at least "
                            "one closed month and one open month (a month is closed on its last "
                            "day), so the status date must be from %3 to %4")
                         .arg(place, date->toString(Qt::ISODate),
                              firstMonthEnd.toString(Qt::ISODate),
                              lastMonthEnd.addDays(-1).toString(Qt::ISODate))};
    }

    // MODEL.md §6 "Gates": a gate slips against the same status date the re-plan closes at.
    const ScenarioInputs inputs = prepareScenario(plan, scenario, *date);
    const int count = inputs.channelCount;
    ReplanSetup setup;
    setup.scenario = scenario.name;
    setup.currency = plan.currency;
    setup.statusDate = *date;
    setup.statusMonth = s;
    for (int m = 0; m < monthCount; ++m)
        setup.months << monthLabel(plan.start, m);
    for (const auto &channel : plan.channels)
        setup.channels << channel.name;
    setup.pool = inputs.pool;
    setup.plannedSpend = plannedSpend(inputs);

    // Closed months: the actual row's spend; the plan's where there is none (as in §7).
    setup.closedSpend = setup.plannedSpend.leftCols(s);
    for (const Actual &actual : plan.actuals) {
        const auto month = parseMonth(actual.month);
        const int c = plan.channelIndex(actual.channel);
        if (!month || c < 0 || c >= count)
            continue;
        const int m = monthOffset(*start, *month);
        if (m >= 0 && m < s)
            setup.closedSpend(c, m) = actual.spend;
    }
    setup.spentByChannel = setup.closedSpend.rowwise().sum();
    setup.spent = setup.spentByChannel.sum();
    setup.remaining = setup.pool - setup.spent;
    const double slack = tolerance(setup.pool);
    if (setup.remaining < -slack)
        return Error{Tr::tr("%1: cannot re-plan: %2 has already been spent, more than the channel "
                            "pool of %3 (overspent by %4)")
                         .arg(place, amountText(setup.spent, plan.currency),
                              amountText(setup.pool, plan.currency),
                              amountText(-setup.remaining, plan.currency))};
    setup.remaining = std::max(setup.remaining, 0.0);
    setup.plannedOpen = setup.plannedSpend.rightCols(monthCount - s).rowwise().sum();

    // Bounds on the whole-horizon spend, as bounds on the open months.
    setup.lower.resize(count);
    setup.upper.resize(count);
    setup.locked.assign(static_cast<std::size_t>(count), false);
    setup.overMaxChannel.assign(static_cast<std::size_t>(count), false);
    const Eigen::ArrayXXd openWeights = openWeightsOf(inputs, s);
    // MODEL.md §6 "Gates": a gated channel may not spend before its milestone is reached (the
    // month of the reference date at this status date). Keep-phasing has this in its shifted
    // phasing; free timing, which chooses the months itself, needs it said.
    setup.firstSpendMonth = Eigen::ArrayXi::Zero(count);
    for (const Milestone &milestone : plan.milestones) {
        if (milestone.gates.isEmpty() || milestone.status == MilestoneStatus::Cancelled)
            continue;
        const QDate reference = milestoneReferenceDate(milestone, *date);
        if (!reference.isValid())
            continue;
        const int first = monthOffset(*start, reference) - s;
        for (const QString &gate : milestone.gates) {
            const int c = plan.channelIndex(gate);
            if (c >= 0 && c < count)
                setup.firstSpendMonth[c] = std::max(setup.firstSpendMonth[c], first);
        }
    }
    for (int c = 0; c < count; ++c) {
        const auto index = static_cast<std::size_t>(c);
        const bool present = index < scenario.channels.size();
        const double minShare = present ? scenario.channels[index].minShare : 0.0;
        const double maxShare = present ? scenario.channels[index].maxShare : 1.0;
        const double spent = setup.spentByChannel[c];
        setup.lower[c] = std::max(0.0, minShare * setup.pool - spent);
        setup.upper[c] = std::max(0.0, maxShare * setup.pool - spent);
        if (spent > maxShare * setup.pool + slack) {
            setup.overMaxChannel[index] = true;
            setup.overMax << setup.channels.at(c);
        }
        if (options.timing == ReplanTiming::KeepPhasing
                ? !(openWeights.row(c).sum() > 0.0)
                : setup.firstSpendMonth[c] >= setup.openMonthCount())
            setup.lower[c] = setup.upper[c] = 0.0;
    }
    for (const QString &name : options.lockedChannels) {
        const int c = plan.channelIndex(name);
        if (c < 0)
            return Error{Tr::tr("%1: cannot lock \"%2\": the plan has no channel of that name")
                             .arg(place, name)};
        setup.locked[static_cast<std::size_t>(c)] = true;
        setup.lower[c] = setup.upper[c] = setup.plannedOpen[c];
    }
    setup.lowerSum = setup.lower.sum();
    setup.upperSum = setup.upper.sum();
    if (setup.lowerSum > setup.remaining + slack)
        setup.infeasibility =
            Tr::tr("%1: the bounds cannot hold together: the channels must still spend at least %2 "
                   "in the open months (their minimum shares less what they have spent, and the "
                   "locked channels' planned spend), more than the remaining pool of %3")
                .arg(place, amountText(setup.lowerSum, plan.currency),
                     amountText(setup.remaining, plan.currency));
    else if (setup.upperSum < setup.remaining - slack)
        setup.infeasibility =
            Tr::tr("%1: the bounds cannot hold together: the channels may spend at most %2 in the "
                   "open months (their maximum shares less what they have spent, and the locked "
                   "channels' planned spend), less than the remaining pool of %3")
                .arg(place, amountText(setup.upperSum, plan.currency),
                     amountText(setup.remaining, plan.currency));
    return setup;
}

Result<ReplanResult> replanRemainder(const Plan &plan, const Scenario &scenario,
                                     const ReplanOptions &options)
{
    auto prepared = prepareReplan(plan, scenario, options);
    if (!prepared)
        return Error{prepared.error()};
    ReplanResult result;
    result.setup = std::move(prepared).value();
    const ReplanSetup &setup = result.setup;
    if (setup.infeasibility)
        return Error{*setup.infeasibility};
    result.objective = options.objective;
    result.timing = options.timing;
    result.lockedChannels = options.lockedChannels;

    const ScenarioInputs inputs = prepareScenario(plan, scenario, setup.statusDate);
    const ReplanProblem problem = problemOf(setup, inputs, options.objective);
    const ReplanProblem customers = problemOf(setup, inputs, OptimizerObjective::Customers);
    const ReplanProblem value = problemOf(setup, inputs, OptimizerObjective::Value);

    const ReplanSolution solution =
        options.timing == ReplanTiming::Free ? solveFreeTiming(problem) : solveKeepPhasing(problem);
    result.multiplier = solution.multiplier;
    result.kktResidual = solution.kktResidual;
    result.iterations = solution.iterations;

    // Baseline: the scenario's own open-month spend scaled to R (evenly when it plans none).
    const Eigen::ArrayXXd plannedOpen = setup.plannedSpend.rightCols(setup.openMonthCount());
    const double plannedTotal = plannedOpen.sum();
    Eigen::ArrayXXd baseline =
        plannedTotal > 0.0
            ? Eigen::ArrayXXd(plannedOpen * (setup.remaining / plannedTotal))
            : Eigen::ArrayXXd::Constant(
                  plannedOpen.rows(), plannedOpen.cols(),
                  setup.remaining / std::max<double>(1.0, static_cast<double>(plannedOpen.size())));
    // Named by the first open month (a status date on a month's last day closes that month).
    const QString firstOpen = setup.months.at(setup.statusMonth);
    result.baseline = allocationOf(plan, scenario, setup, customers, value, options.objective,
                                   std::move(baseline),
                                   Tr::tr("%1 (baseline from %2)").arg(scenario.name, firstOpen));
    result.replan =
        allocationOf(plan, scenario, setup, customers, value, options.objective, solution.spend,
                     Tr::tr("%1 (re-plan from %2)").arg(scenario.name, firstOpen));
    result.uplift = result.replan.objective - result.baseline.objective;
    result.optimalityGap =
        result.replan.objective > 0.0 ? solution.gap / result.replan.objective : solution.gap;
    return result;
}

Scenario replanAsScenario(const Scenario &scenario, const ReplanSetup &setup,
                          const Eigen::ArrayXXd &openSpend, const QString &name)
{
    Scenario result = scenario;
    result.name = name;
    const int s = setup.statusMonth;
    const auto monthCount = static_cast<int>(setup.months.size());
    // Shares only change when there is a pool to share (P = 0 spends nothing anyway).
    if (!(setup.pool > 0.0))
        return result;
    for (std::size_t c = 0; c < result.channels.size(); ++c) {
        const auto row = static_cast<Eigen::Index>(c);
        std::vector<double> weights(static_cast<std::size_t>(monthCount), 0.0);
        double total = 0.0;
        for (int m = 0; m < monthCount; ++m) {
            const double spend =
                m < s ? setup.closedSpend(row, m) : std::max(0.0, openSpend(row, m - s));
            weights[static_cast<std::size_t>(m)] = spend;
            total += spend;
        }
        ChannelDrivers &channel = result.channels[c];
        if (!(total > 0.0)) {
            channel.share = 0.0;
            continue;
        }
        // MODEL.md §3.3 then gives back S[c,m] = P · (total/P) · spend_m/total = spend_m.
        channel.share = std::clamp(total / setup.pool, 0.0, 1.0);
        channel.phasing = Phasing{Phasing::Kind::Monthly, std::move(weights)};
    }
    return result;
}

ReplanProblem replanProblem(const Plan &plan, const Scenario &scenario, const ReplanSetup &setup,
                            OptimizerObjective objective)
{
    return problemOf(setup, prepareScenario(plan, scenario, setup.statusDate), objective);
}

QString unusedScenarioName(const Plan &plan, const QString &base)
{
    if (plan.scenarioIndex(base) < 0)
        return base;
    for (int i = 2;; ++i) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(base).arg(i);
        if (plan.scenarioIndex(candidate) < 0)
            return candidate;
    }
}

} // namespace cplan
