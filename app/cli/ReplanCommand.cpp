// cplan replan (MODEL.md §5.5, §9): re-plan the open months of a scenario from its actuals.

#include "app/cli/CliCommand.h"
#include "app/cli/CliOutput.h"

#include "models/engine/Replan.h"
#include "models/engine/ReplanJson.h"

namespace cplan::cli {

namespace {

void printTotalsRow(TextTable &table, const QString &name, const std::optional<double> &baseline,
                    const std::optional<double> &replan, const std::optional<double> &planned,
                    int decimals = 0)
{
    table.addRow(
        {name, number(planned, decimals), number(baseline, decimals), number(replan, decimals)});
}

void printReplan(const Plan &plan, const Scenario &scenario, const ReplanResult &result,
                 QTextStream &out)
{
    const ReplanSetup &setup = result.setup;
    out << tr("%1 — scenario \"%2\" (%3)\n")
               .arg(oneLine(plan.name), oneLine(scenario.name), plan.currency);
    out << tr("Status date %1: %2 closed month(s), re-planning %3 to %4; objective %5, "
              "timing %6\n")
               .arg(setup.statusDate.toString(Qt::ISODate), QString::number(setup.statusMonth),
                    setup.months.at(setup.statusMonth), setup.months.back(),
                    toString(result.objective), toString(result.timing));
    out << tr("Channel pool %1, spent %2, remaining %3\n\n")
               .arg(number(setup.pool), number(setup.spent), number(setup.remaining));

    TextTable channels({tr("Channel"), tr("Spent to date"), tr("Planned remainder"),
                        tr("Baseline remainder"), tr("Re-planned remainder"), tr("Δ vs plan")},
                       QLatin1String("lrrrrr"));
    for (qsizetype c = 0; c < setup.channels.size(); ++c) {
        const auto i = static_cast<Eigen::Index>(c);
        QString name = setup.channels.at(c);
        if (setup.locked[static_cast<std::size_t>(c)])
            name += tr(" (locked)");
        if (setup.overMaxChannel[static_cast<std::size_t>(c)])
            name += tr(" (past its maximum)");
        channels.addRow({name, number(setup.spentByChannel[i]), number(setup.plannedOpen[i]),
                         number(result.baseline.openSpend[i]), number(result.replan.openSpend[i]),
                         number(result.replan.openSpend[i] - setup.plannedOpen[i])});
    }
    channels.print(out);
    out << '\n';

    const Totals planned = project(plan, scenario).totals;
    const Totals &baseline = result.baseline.latestEstimate;
    const Totals &replan = result.replan.latestEstimate;
    out << tr("Latest estimate for the year\n");
    TextTable totals({QString(), tr("Original plan"), tr("Baseline"), tr("Re-plan")},
                     QLatin1String("lrrr"));
    printTotalsRow(totals, tr("Customers"), baseline.customers, replan.customers,
                   planned.customers);
    printTotalsRow(totals, tr("CAC"), baseline.cac, replan.cac, planned.cac, 2);
    printTotalsRow(totals, tr("Customer value"), baseline.value, replan.value, planned.value);
    printTotalsRow(totals, tr("Return ratio"), baseline.returnRatio, replan.returnRatio,
                   planned.returnRatio, 2);
    totals.print(out);
    out << '\n'
        << tr("Open-month %1: baseline %2, re-plan %3, uplift %4\n")
               .arg(toString(result.objective), number(result.baseline.objective),
                    number(result.replan.objective), number(result.uplift));
}

int saveReplan(const QString &path, Plan plan, const ReplanResult &result, const QString &name,
               Streams &streams)
{
    if (name.isEmpty()) {
        streams.err << tr("--save-as: the scenario name must not be empty\n");
        return ExitBadInput;
    }
    if (plan.scenarioIndex(name) >= 0) {
        streams.err << tr("--save-as: the plan already has a scenario named \"%1\"\n").arg(name);
        return ExitBadInput;
    }
    Scenario scenario = result.replan.scenario;
    scenario.name = name;
    plan.scenarios.push_back(std::move(scenario));
    if (const int status =
            commitPlanChange(plan, path, tr("Save the re-plan as scenario “%1”").arg(name),
                             QStringLiteral("--save-as"), streams);
        status != ExitOk)
        return status;
    streams.err << tr("saved the re-plan as scenario \"%1\" in %2\n").arg(name, path);
    return ExitOk;
}

int runReplan(const Arguments &args, Streams &streams)
{
    ReplanOptions options;
    if (args.has(QStringLiteral("--objective"))) {
        const QString text = args.value(QStringLiteral("--objective"));
        const auto objective = optimizerObjectiveFromString(text);
        if (!objective) {
            streams.err << tr("--objective: must be value or customers (got \"%1\")\n").arg(text);
            return ExitBadInput;
        }
        options.objective = *objective;
    }
    if (args.has(QStringLiteral("--timing"))) {
        const QString text = args.value(QStringLiteral("--timing"));
        const auto timing = replanTimingFromString(text);
        if (!timing) {
            streams.err << tr("--timing: must be keep-phasing or free (got \"%1\")\n").arg(text);
            return ExitBadInput;
        }
        options.timing = *timing;
    }
    if (args.has(QStringLiteral("--status-date")))
        options.statusDate = args.value(QStringLiteral("--status-date"));
    if (args.has(QStringLiteral("--lock"))) {
        for (const QString &name :
             args.value(QStringLiteral("--lock")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            options.lockedChannels << name.trimmed();
    }

    int exitCode = ExitOk;
    const QString path = args.positional.at(0);
    auto plan = loadPlanOrReport(path, streams, true, &exitCode);
    if (!plan)
        return exitCode;
    const Scenario *scenario = scenarioOrReport(*plan, args, streams);
    if (!scenario)
        return ExitBadInput;
    const auto result = replanRemainder(*plan, *scenario, options);
    if (!result) {
        streams.err << result.error() << '\n';
        return ExitBadInput;
    }
    if (args.has(QStringLiteral("--json")))
        printJson(replanJson(*result), streams);
    else
        printReplan(*plan, *scenario, *result, streams.out);
    if (!args.has(QStringLiteral("--save-as")))
        return ExitOk;
    return saveReplan(path, *plan, *result, args.value(QStringLiteral("--save-as")).trimmed(),
                      streams);
}

} // namespace

void addReplanCommand(CommandTable &table)
{
    table.push_back(
        {QStringLiteral("replan"),
         QStringLiteral("cplan replan PLAN --scenario NAME [--status-date YYYY-MM-DD] "
                        "[--objective value|customers] [--timing keep-phasing|free] "
                        "[--lock NAME[,NAME...]] [--save-as NAME] [--json]"),
         tr("the best way to spend what is left of the channel pool in the months after the "
            "status date, given the actual spend so far; with the latest estimate for the year"),
         1,
         1,
         {{QStringLiteral("--scenario"), true},
          {QStringLiteral("--status-date"), true},
          {QStringLiteral("--objective"), true},
          {QStringLiteral("--timing"), true},
          {QStringLiteral("--lock"), true},
          {QStringLiteral("--save-as"), true},
          {QStringLiteral("--json"), false}},
         runReplan});
}

} // namespace cplan::cli
