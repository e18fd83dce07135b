// cplan diff PLAN --from VERSION [--to VERSION] [--json] (MODEL.md §9, §10 "Diff"): what changed
// between a saved version and another one, or now, in words a finance reviewer reads — each
// field by its human name with amounts in the plan's currency, grouped by scenario, channel and
// milestone — and the effect on each scenario's key totals.

#include "app/cli/CliCommand.h"
#include "app/cli/CliOutput.h"

#include "models/document/PlanHome.h"
#include "models/history/FieldLabels.h"
#include "models/history/PlanDiff.h"
#include "models/reports/PlanReports.h"

#include <QFileInfo>

#include <cmath>

namespace cplan::cli {

namespace {

// The content of the version `name`, or an error naming it and the versions there are (exit 2).
std::optional<Plan> versionOrReport(const PlanHome &home, const QString &option,
                                    const QString &name, Streams &streams)
{
    if (!home.hasVersion(name)) {
        QStringList names;
        for (const VersionInfo &version : home.versions())
            names << QStringLiteral("\"%1\"").arg(oneLine(version.name));
        streams.err << (names.isEmpty()
                            ? tr("%1: no version named \"%2\" (the plan has no versions)\n")
                                  .arg(option, name)
                            : tr("%1: no version named \"%2\" (the plan has %3)\n")
                                  .arg(option, name, names.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    auto content = home.versionContent(name);
    if (!content) {
        streams.err << content.error() << QLatin1Char('\n');
        return std::nullopt;
    }
    return std::move(content).value();
}

// The totals of a scenario that cannot be projected (a plan too broken: mismatched lists)
// cannot be compared; the diff is refused rather than computed from nonsense.
bool projectableOrReport(const Plan &plan, const QString &side, Streams &streams)
{
    for (const Scenario &scenario : plan.scenarios) {
        if (!canProject(plan, scenario)) {
            streams.err << tr("%1: scenario \"%2\" cannot be projected (run cplan validate)\n")
                               .arg(side, oneLine(scenario.name));
            return false;
        }
    }
    return true;
}

QString metricLabel(const QString &metric)
{
    if (metric == QLatin1String("customers"))
        return tr("Customers");
    if (metric == QLatin1String("cac"))
        return tr("CAC");
    if (metric == QLatin1String("roi"))
        return tr("ROI");
    return tr("Value");
}

QString metricText(const QString &metric, const std::optional<double> &value)
{
    if (metric == QLatin1String("roi"))
        return percent(value);
    return number(value, metric == QLatin1String("cac") ? 2 : 0);
}

QString metricDelta(const QString &metric, const TotalsEffect &effect)
{
    if (!effect.before || !effect.after)
        return QStringLiteral("—");
    const double delta = *effect.after - *effect.before;
    const QString sign = delta > 0 ? QStringLiteral("+") : QString();
    if (metric == QLatin1String("roi"))
        return sign + number(delta * 100.0, 1) + tr(" pts");
    return sign + number(delta, metric == QLatin1String("cac") ? 2 : 0);
}

void printDiff(const PlanDiff &diff, const Plan &labels, const QString &fromName,
               const QString &toName, Streams &streams)
{
    QTextStream &out = streams.out;
    out << tr("Changes from %1 to %2 (%3)\n").arg(fromName, toName, labels.currency);
    if (diff.changes.empty())
        out << tr("  none: the two plans are the same\n");
    for (const ChangeGroup &group : groupChanges(diff.changes, labels)) {
        out << QLatin1Char('\n') << oneLine(group.title) << QLatin1Char('\n');
        for (const FieldChange &change : group.changes) {
            out << QStringLiteral("  %1: %2 → %3\n")
                       .arg(oneLine(fieldLabel(change.path, labels)),
                            oneLine(valueText(change.path, change.before, labels)),
                            oneLine(valueText(change.path, change.after, labels)));
        }
    }

    TextTable table({tr("Scenario"), tr("Total"), fromName, toName, tr("Change")},
                    QLatin1String("llrrr"));
    QStringList changedScenarios;
    for (const TotalsEffect &effect : diff.totals) {
        if (effect.before != effect.after && !changedScenarios.contains(effect.scenario))
            changedScenarios << effect.scenario;
    }
    for (const TotalsEffect &effect : diff.totals) {
        if (!changedScenarios.contains(effect.scenario))
            continue;
        table.addRow({oneLine(effect.scenario), metricLabel(effect.metric),
                      metricText(effect.metric, effect.before),
                      metricText(effect.metric, effect.after), metricDelta(effect.metric, effect)});
    }
    out << QLatin1Char('\n') << tr("Effect on the totals\n");
    if (changedScenarios.isEmpty())
        out << tr("  none\n");
    else
        table.print(out);
}

int runDiff(const Arguments &args, Streams &streams)
{
    const QString path = args.positional.at(0);
    if (!args.has(QStringLiteral("--from"))) {
        streams.err << tr("cplan diff: --from VERSION is missing\nusage: cplan diff PLAN --from "
                          "VERSION [--to VERSION] [--json]\n");
        return ExitBadInput;
    }
    FileHome home(path);
    auto now = home.open();
    if (!now) {
        streams.err << now.error() << QLatin1Char('\n');
        return ExitBadInput;
    }
    const QString fromName = args.value(QStringLiteral("--from"));
    const auto from = versionOrReport(home, QStringLiteral("--from"), fromName, streams);
    if (!from)
        return ExitBadInput;
    const bool toVersion = args.has(QStringLiteral("--to"));
    const QString toName = toVersion ? args.value(QStringLiteral("--to")) : QStringLiteral("now");
    std::optional<Plan> to = toVersion
                                 ? versionOrReport(home, QStringLiteral("--to"), toName, streams)
                                 : std::optional<Plan>(std::move(now).value());
    if (!to)
        return ExitBadInput;
    if (!projectableOrReport(*from, fromName, streams) ||
        !projectableOrReport(*to, toName, streams))
        return ExitBadInput;

    const PlanDiff diff = diffPlans(*from, *to);
    if (args.has(QStringLiteral("--json"))) {
        printJson(diffJson(diff, fromName, toName, *to), streams);
        return ExitOk;
    }
    printDiff(diff, *to, QStringLiteral("\"%1\"").arg(oneLine(fromName)),
              toVersion ? QStringLiteral("\"%1\"").arg(oneLine(toName)) : tr("now"), streams);
    return ExitOk;
}

} // namespace

void addDiffCommand(CommandTable &table)
{
    table.push_back({QStringLiteral("diff"),
                     QStringLiteral("cplan diff PLAN --from VERSION [--to VERSION] [--json]"),
                     tr("what changed between a saved version and another one (or now): each "
                        "field by name with its values, and the effect on each scenario's "
                        "customers, CAC, ROI and value"),
                     1,
                     1,
                     {{QStringLiteral("--from"), true},
                      {QStringLiteral("--to"), true},
                      {QStringLiteral("--json"), false}},
                     runDiff});
}

} // namespace cplan::cli
