// cplan project | milestones | variance (MODEL.md §3, §4, §6, §7, §9).

#include "app/cli/CliCommand.h"
#include "app/cli/CliOutput.h"

#include "models/domain/Months.h"
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

void printProjection(const Plan &plan, const Projection &projection, QTextStream &out)
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
};

std::optional<Loaded> loadAndProject(const Arguments &args, Streams &streams, int *exitCode)
{
    auto plan = loadPlanOrReport(args.positional.at(0), streams, true, exitCode);
    if (!plan)
        return std::nullopt;
    std::optional<Loaded> loaded(Loaded{std::move(*plan), nullptr, {}});
    loaded->scenario = scenarioOrReport(loaded->plan, args, streams);
    if (!loaded->scenario) {
        *exitCode = ExitBadInput;
        return std::nullopt;
    }
    loaded->projection = project(loaded->plan, *loaded->scenario);
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
        printProjection(loaded->plan, loaded->projection, streams.out);
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
    const auto loaded = loadAndProject(args, streams, &exitCode);
    if (!loaded)
        return exitCode;
    const QDate statusDate = effectiveStatusDate(loaded->plan, override, QDate::currentDate());
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
             "cplan milestones PLAN [--scenario NAME] [--status-date YYYY-MM-DD] [--json]"),
         tr("milestone delays, escalation levels and checkpoint metrics"),
         1,
         1,
         {scenario, {QStringLiteral("--status-date"), true}, json},
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
