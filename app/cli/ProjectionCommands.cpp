// cplan project | milestones | variance (MODEL.md §3, §4, §6, §7, §9).

#include "app/cli/CliCommand.h"
#include "app/cli/CliOutput.h"

#include "models/domain/Months.h"
#include "models/engine/DelayCost.h"
#include "models/engine/DelayCostJson.h"
#include "models/engine/Gates.h"
#include "models/engine/Milestones.h"
#include "models/engine/Projection.h"
#include "models/engine/ReportJson.h"
#include "models/engine/Variance.h"

#include <algorithm>
#include <cmath>

namespace cplan::cli {

namespace {

QString yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

// A projected metric: small ratios (a conversion of 0.097) need more than two decimals.
QString projectedText(const std::optional<double> &value)
{
    return number(value, value && std::abs(*value) < 1.0 ? 4 : 2);
}

// A target or check value: whole numbers without decimals (30,000), others with two.
QString goal(Comparison op, double value)
{
    return toString(op) + QLatin1Char(' ') + number(value, value == std::floor(value) ? 0 : 2);
}

void printTotals(const Totals &totals, const QStringList &stages, QTextStream &out)
{
    TextTable table({tr("Total"), tr("Value")}, QLatin1String("lr"));
    table.addRow({tr("Budget"), number(totals.budget)});
    table.addRow({tr("Channel spend"), number(totals.channelSpend)});
    table.addRow({tr("Overhead"), number(totals.overhead)});
    table.addRow({tr("Reserve"), number(totals.reserve)});
    for (std::size_t k = 0; k < totals.stageVolumes.size(); ++k) {
        const QString stage = k < static_cast<std::size_t>(stages.size())
                                  ? stages.at(static_cast<qsizetype>(k))
                                  : QString::number(k);
        table.addRow({stage, number(totals.stageVolumes[k])});
        table.addRow({tr("Cost per %1").arg(stage), number(totals.costPerStage[k], 2)});
    }
    table.addRow({tr("CAC (with overhead)"), number(totals.cacLoaded, 2)});
    table.addRow({tr("Lead-to-customer conversion"), percent(totals.conversion)});
    table.addRow({tr("Lifetime value per customer"), number(totals.ltv, 2)});
    table.addRow({tr("Customer value"), number(totals.value)});
    table.addRow({tr("ROI"), percent(totals.roi)});
    table.addRow({tr("ROI (with overhead)"), percent(totals.roiLoaded)});
    table.addRow({tr("Return ratio"), number(totals.returnRatio, 2)});
    table.addRow({tr("LTV / CAC"), number(totals.ltvCac, 2)});
    table.addRow({tr("Payback month"), totals.paybackMonth ? QString::number(*totals.paybackMonth)
                                                           : QStringLiteral("—")});
    table.print(out);
}

// MODEL.md §6 "Gates": say which channels a slipped milestone moved, and what left the horizon.
void printGateShifts(const Plan &plan, const Projection &projection, QDate statusDate,
                     QTextStream &out)
{
    const std::vector<GateSlip> slips = gateSlips(plan, statusDate);
    if (slips.empty())
        return;
    out << '\n' << tr("Gated spend (moved by slipped milestones)\n");
    TextTable table(
        {tr("Milestone"), tr("Channel"), tr("Planned start"), tr("Starts"), tr("Spend lost")},
        QLatin1String("lllrr"));
    for (const GateSlip &slip : slips) {
        const auto channel = static_cast<std::size_t>(slip.channel);
        table.addRow({plan.milestones[static_cast<std::size_t>(slip.milestone)].id,
                      plan.channels[channel].name, monthLabel(plan.start, slip.plannedMonth),
                      monthLabel(plan.start, slip.referenceMonth), QString()});
    }
    for (Eigen::Index c = 0; c < projection.spendLostToGates.size(); ++c) {
        if (projection.spendLostToGates[c] > 0.0)
            table.addRow({QString(), plan.channels[static_cast<std::size_t>(c)].name, QString(),
                          QString(), number(projection.spendLostToGates[c])});
    }
    table.print(out);
    out << tr("Channel spend above is after the shift; %1 planned spend left the horizon and is "
              "not spent.\n")
               .arg(number(projection.spendLostToGates.sum()));
}

void printProjection(const Plan &plan, const Projection &projection, QDate statusDate,
                     QTextStream &out)
{
    out << tr("%1 — scenario \"%2\" (%3)\n\n")
               .arg(oneLine(plan.name), oneLine(projection.scenario), plan.currency);
    out << tr("Totals\n");
    printTotals(projection.totals, plan.stages, out);

    out << '\n' << tr("Channels\n");
    TextTable channels({tr("Channel"), tr("Spend"), tr("Leads"), tr("Customers"), tr("CAC"),
                        tr("LTV"), tr("Value"), tr("ROI"), tr("LTV/CAC")},
                       QLatin1String("l"));
    for (const auto &channel : projection.channels) {
        channels.addRow({channel.name, number(channel.spend), number(channel.leads),
                         number(channel.customers), number(channel.cac, 2), number(channel.ltv, 2),
                         number(channel.value), percent(channel.roi), number(channel.ltvCac, 2)});
    }
    channels.print(out);

    out << '\n' << tr("Months (all channels)\n");
    TextTable months({tr("Month"), tr("Spend"), tr("Leads"), tr("Customers")}, QLatin1String("l"));
    for (qsizetype m = 0; m < projection.months.size(); ++m) {
        const auto column = static_cast<Eigen::Index>(m);
        months.addRow({projection.months.at(m), number(projection.spend.col(column).sum()),
                       number(projection.volumes.front().col(column).sum()),
                       number(projection.volumes.back().col(column).sum())});
    }
    months.print(out);

    printGateShifts(plan, projection, statusDate, out);

    if (!projection.targets.empty()) {
        out << '\n' << tr("Targets\n");
        TextTable targets({tr("Target"), tr("Metric"), tr("Goal"), tr("Projected"), tr("Met")},
                          QLatin1String("llrrl"));
        for (const auto &target : projection.targets) {
            targets.addRow({target.label, target.metric, goal(target.op, target.target),
                            projectedText(target.projected), yesNo(target.met)});
        }
        targets.print(out);
    }
}

// A signed difference: "+6.00", "−1,240" (a true minus sign, as the alerts write it).
QString signedNumber(const std::optional<double> &value, int decimals)
{
    if (!value)
        return QStringLiteral("—");
    const QString text = number(std::abs(*value), decimals);
    if (*value > 0.0)
        return QLatin1Char('+') + text;
    if (*value < 0.0)
        return QChar(0x2212) + text;
    return text;
}

void printDelayCosts(const Plan &plan, const DelayCostReport &report, QTextStream &out)
{
    out << tr("Cost of delay — scenario \"%1\", status date %2 (%3)\n\n")
               .arg(report.scenario, report.statusDate.toString(Qt::ISODate), plan.currency);
    if (report.milestones.empty()) {
        out << tr("No milestone that gates a channel is late.\n");
        return;
    }
    TextTable table({tr("ID"), tr("Delay (days)"), tr("Slip (months)"), tr("Gates"),
                     tr("Customers on time"), tr("as forecast"), tr("Change"), tr("Value change"),
                     tr("CAC on time"), tr("as forecast"), tr("Change"), tr("Spend lost")},
                    QLatin1String("lrrlrrrrrrrr"));
    for (const DelayCost &cost : report.milestones) {
        table.addRow({cost.id, QString::number(cost.delayDays), QString::number(cost.slipMonths),
                      cost.gates.join(QStringLiteral(", ")), number(cost.onTime.customers),
                      number(cost.forecast.customers), signedNumber(cost.customersDelta(), 0),
                      signedNumber(cost.valueDelta(), 0), number(cost.onTime.cac, 2),
                      number(cost.forecast.cac, 2), signedNumber(cost.cacDelta(), 2),
                      number(cost.spendLost)});
    }
    table.print(out);
    out << tr("On time: that milestone reached on its planned date, every other as forecast.\n");
    out << tr("Spend lost (all slips together): %1\n").arg(number(report.spendLost));
}

void printMilestones(const MilestoneReport &report, QTextStream &out)
{
    out << tr("Status date %1\n\n").arg(report.statusDate.toString(Qt::ISODate));
    TextTable table({tr("ID"), tr("Planned"), tr("Reference"), tr("Delay (days)"), tr("Level"),
                     tr("Blocked by"), tr("Name")},
                    QLatin1String("lllrrll"));
    for (const auto &milestone : report.milestones) {
        table.addRow(
            {milestone.id, milestone.planned,
             milestone.reference.isValid() ? milestone.reference.toString(Qt::ISODate)
                                           : QStringLiteral("—"),
             QString::number(milestone.delayDays), QString::number(milestone.level),
             milestone.blockedBy.isEmpty() ? QStringLiteral("—") : milestone.blockedBy.join(u", "),
             milestone.name});
    }
    table.print(out);

    out << '\n' << tr("Checks (cumulative to the milestone's month)\n");
    TextTable checks({tr("ID"), tr("Metric"), tr("Goal"), tr("Projected"), tr("Met")},
                     QLatin1String("llrrl"));
    for (const auto &milestone : report.milestones) {
        for (const auto &check : milestone.checks) {
            checks.addRow({milestone.id, check.metric, goal(check.op, check.target),
                           projectedText(check.projected),
                           check.met ? yesNo(*check.met) : tr("outside the horizon")});
        }
    }
    checks.print(out);
}

QString flagText(bool flag)
{
    return flag ? QStringLiteral("!") : QString();
}

void printVariance(const Plan &plan, const Projection &projection, const VarianceReport &report,
                   QTextStream &out)
{
    if (report.rows.empty()) {
        out << tr("The plan has no actuals.\n");
        return;
    }
    out << tr("Actuals against plan (threshold %1; ! = flagged)\n")
               .arg(percent(plan.varianceThreshold));
    TextTable rows({tr("Month"), tr("Channel"), tr("Planned spend"), tr("Actual spend"),
                    tr("Variance"), QString(), tr("Stages (actual / planned, variance)")},
                   QLatin1String("llrrrll"));
    for (const auto &row : report.rows) {
        QStringList stages;
        for (const auto &stage : row.stages) {
            stages << QStringLiteral("%1 / %2 %3%4")
                          .arg(number(stage.actual), number(stage.planned), percent(stage.variance),
                               flagText(stage.flag));
        }
        rows.addRow({row.month, row.channel, number(row.plannedSpend), number(row.actualSpend),
                     percent(row.spendVariance), flagText(row.spendFlag),
                     stages.join(QStringLiteral("; "))});
    }
    rows.print(out);

    out << '\n' << tr("By channel\n");
    TextTable channels({tr("Channel"), tr("Planned spend"), tr("Actual spend"), tr("Variance"),
                        QString(), tr("Benchmark stage"), tr("Planned cost"), tr("Actual cost"),
                        tr("Over benchmark")},
                       QLatin1String("lrrrlrrrl"));
    for (const auto &channel : report.byChannel) {
        const auto stage = channel.benchmarkStage;
        channels.addRow(
            {channel.channel, number(channel.plannedSpend), number(channel.actualSpend),
             percent(channel.spendVariance), flagText(channel.spendFlag),
             stage && *stage < plan.stages.size() ? plan.stages.at(*stage) : QStringLiteral("—"),
             number(channel.plannedCost, 2), number(channel.actualCost, 2),
             yesNo(channel.overBenchmark)});
    }
    channels.print(out);

    out << '\n' << tr("By month\n");
    TextTable months(
        {tr("Month"), tr("Planned spend"), tr("Actual spend"), tr("Variance"), QString()},
        QLatin1String("l"));
    for (const auto &month : report.byMonth) {
        months.addRow({month.month, number(month.plannedSpend), number(month.actualSpend),
                       percent(month.spendVariance), flagText(month.spendFlag)});
    }
    months.print(out);

    out << '\n' << tr("Re-forecast (actuals where measured, plan elsewhere)\n");
    TextTable totals({tr("Total"), tr("Plan"), tr("Re-forecast")}, QLatin1String("l"));
    const Totals &planned = projection.totals;
    const Totals &blended = report.reforecast;
    totals.addRow(
        {tr("Channel spend"), number(planned.channelSpend), number(blended.channelSpend)});
    totals.addRow({tr("Leads"), number(planned.leads), number(blended.leads)});
    totals.addRow({tr("Customers"), number(planned.customers), number(blended.customers)});
    totals.addRow({tr("CAC"), number(planned.cac, 2), number(blended.cac, 2)});
    totals.addRow({tr("Customer value"), number(planned.value), number(blended.value)});
    totals.addRow({tr("ROI"), percent(planned.roi), percent(blended.roi)});
    totals.addRow(
        {tr("Payback month"),
         planned.paybackMonth ? QString::number(*planned.paybackMonth) : QStringLiteral("—"),
         blended.paybackMonth ? QString::number(*blended.paybackMonth) : QStringLiteral("—")});
    totals.print(out);
}

// The steps every command shares: load and validate the plan, pick the scenario, project.
struct Loaded
{
    Plan plan;
    const Scenario *scenario = nullptr;
    Projection projection;
    QDate statusDate; // for milestone delays and gates (MODEL.md §6): the plan's, else today
};

// `statusOverride` (milestones --status-date) replaces the plan's status date; gated spend
// (MODEL.md §6) slips against the same date the milestone report uses.
std::optional<Loaded> loadAndProject(const Arguments &args, Streams &streams, int *exitCode,
                                     QDate statusOverride = {})
{
    auto plan = loadPlanOrReport(args.positional.at(0), streams, true, exitCode);
    if (!plan)
        return std::nullopt;
    std::optional<Loaded> loaded(Loaded{std::move(*plan), nullptr, {}, {}});
    loaded->scenario = scenarioOrReport(loaded->plan, args, streams);
    if (!loaded->scenario) {
        *exitCode = ExitBadInput;
        return std::nullopt;
    }
    loaded->statusDate = effectiveStatusDate(loaded->plan, statusOverride, QDate::currentDate());
    loaded->projection =
        project(loaded->plan, *loaded->scenario,
                prepareScenario(loaded->plan, *loaded->scenario, loaded->statusDate));
    return loaded;
}

int runProject(const Arguments &args, Streams &streams)
{
    int exitCode = ExitOk;
    const auto loaded = loadAndProject(args, streams, &exitCode);
    if (!loaded)
        return exitCode;
    if (args.has(QStringLiteral("--json")))
        printJson(projectionJson(loaded->projection), streams);
    else
        printProjection(loaded->plan, loaded->projection, loaded->statusDate, streams.out);
    return ExitOk;
}

int runMilestones(const Arguments &args, Streams &streams)
{
    QDate override;
    if (args.has(QStringLiteral("--status-date"))) {
        const QString text = args.value(QStringLiteral("--status-date"));
        const auto date = parseIsoDate(text);
        if (!date) {
            streams.err << tr("--status-date: must be a date YYYY-MM-DD (got \"%1\")\n").arg(text);
            return ExitBadInput;
        }
        override = *date;
    }
    int exitCode = ExitOk;
    const auto loaded = loadAndProject(args, streams, &exitCode, override);
    if (!loaded)
        return exitCode;
    const QDate statusDate = loaded->statusDate;
    if (args.has(QStringLiteral("--impact"))) {
        // MODEL.md §6 "Gates", §9: the cost of each slipped gate.
        const DelayCostReport costs = delayCosts(loaded->plan, *loaded->scenario, statusDate);
        if (args.has(QStringLiteral("--json")))
            printJson(delayCostsJson(costs), streams);
        else
            printDelayCosts(loaded->plan, costs, streams.out);
        return ExitOk;
    }
    const auto report =
        evaluateMilestones(loaded->plan, *loaded->scenario, loaded->projection, statusDate);
    if (args.has(QStringLiteral("--json")))
        printJson(milestonesJson(report), streams);
    else
        printMilestones(report, streams.out);
    return ExitOk;
}

int runVariance(const Arguments &args, Streams &streams)
{
    int exitCode = ExitOk;
    const auto loaded = loadAndProject(args, streams, &exitCode);
    if (!loaded)
        return exitCode;
    const auto report = computeVariance(loaded->plan, *loaded->scenario, loaded->projection);
    if (args.has(QStringLiteral("--json")))
        printJson(varianceJson(report), streams);
    else
        printVariance(loaded->plan, loaded->projection, report, streams.out);
    return ExitOk;
}

} // namespace

void addProjectionCommands(CommandTable &table)
{
    const OptionSpec scenario{QStringLiteral("--scenario"), true};
    const OptionSpec json{QStringLiteral("--json"), false};
    table.push_back({QStringLiteral("project"),
                     QStringLiteral("cplan project PLAN [--scenario NAME] [--json]"),
                     tr("totals, channels, monthly series and targets of one scenario"),
                     1,
                     1,
                     {scenario, json},
                     runProject});
    table.push_back(
        {QStringLiteral("milestones"),
         QStringLiteral(
             "cplan milestones PLAN [--scenario NAME] [--status-date YYYY-MM-DD] [--impact] "
             "[--json]"),
         tr("milestone delays, escalation levels and checkpoint metrics; with --impact, the "
            "cost of each slipped gate"),
         1,
         1,
         {scenario,
          {QStringLiteral("--status-date"), true},
          {QStringLiteral("--impact"), false},
          json},
         runMilestones});
    table.push_back({QStringLiteral("variance"),
                     QStringLiteral("cplan variance PLAN [--scenario NAME] [--json]"),
                     tr("actuals against plan, flags, benchmark and re-forecast"),
                     1,
                     1,
                     {scenario, json},
                     runVariance});
}

} // namespace cplan::cli
