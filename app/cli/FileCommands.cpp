// cplan new | import | export | validate (MODEL.md §9).

#include "app/cli/CliCommand.h"
#include "app/cli/CliOutput.h"

#include "models/domain/PlanValidator.h"
#include "models/storage/PlanIo.h"
#include "models/storage/PlanJson.h"

#include <QFileInfo>

namespace cplan::cli {

namespace {

int reportSave(const Status &status, Streams &streams)
{
    if (status)
        return ExitOk;
    streams.err << status.error() << QLatin1Char('\n');
    return ExitFailed;
}

int runNew(const Arguments &args, Streams &streams)
{
    Plan plan = blankPlan();
    if (args.has(QStringLiteral("--sample"))) {
        const QString which = args.value(QStringLiteral("--sample"));
        if (which != QLatin1String("brokerage")) {
            streams.err
                << tr("--sample: unknown sample \"%1\" (available: brokerage)\n").arg(which);
            return ExitBadInput;
        }
        plan = samplePlan();
    }
    return reportSave(savePlan(plan, args.positional.at(0)), streams);
}

int runImport(const Arguments &args, Streams &streams)
{
    int exitCode = ExitOk;
    const auto plan = loadPlanOrReport(args.positional.at(0), streams, true, &exitCode);
    if (!plan)
        return exitCode;
    return reportSave(savePlan(*plan, args.positional.at(1)), streams);
}

int runExport(const Arguments &args, Streams &streams)
{
    const QString format = args.value(QStringLiteral("--format"), QStringLiteral("json"));
    if (format != QLatin1String("json")) {
        streams.err << tr("--format: \"%1\" is not supported by this build (supported: json)\n")
                           .arg(format);
        return ExitBadInput;
    }
    if (!args.has(QStringLiteral("--out"))) {
        streams.err << tr("cplan export: --out FILE is required\n");
        return ExitBadInput;
    }
    int exitCode = ExitOk;
    const auto plan = loadPlanOrReport(args.positional.at(0), streams, false, &exitCode);
    if (!plan)
        return exitCode;
    return reportSave(savePlan(*plan, args.value(QStringLiteral("--out")), PlanFormat::Json),
                      streams);
}

int runValidate(const Arguments &args, Streams &streams)
{
    int exitCode = ExitOk;
    const QString path = args.positional.at(0);
    const auto plan = loadPlanOrReport(path, streams, false, &exitCode);
    if (!plan)
        return exitCode;
    const auto violations = validatePlan(*plan);
    if (violations.empty()) {
        streams.out << tr("%1: valid\n").arg(QFileInfo(path).fileName());
        return ExitOk;
    }
    for (const auto &violation : violations)
        streams.out << violation.text() << QLatin1Char('\n');
    streams.err << tr("%1: %n problem(s)\n", nullptr, static_cast<int>(violations.size()))
                       .arg(QFileInfo(path).fileName());
    return ExitBadInput;
}

} // namespace

void addFileCommands(CommandTable &table)
{
    table.push_back({QStringLiteral("new"),
                     QStringLiteral("cplan new OUT.cplan [--sample brokerage]"),
                     tr("writes an empty plan, or the embedded sample"),
                     1,
                     1,
                     {{QStringLiteral("--sample"), true}},
                     runNew});
    table.push_back({QStringLiteral("import"),
                     QStringLiteral("cplan import PLAN.json OUT.cplan"),
                     tr("converts an interchange JSON plan into a .cplan file"),
                     2,
                     2,
                     {},
                     runImport});
    table.push_back({QStringLiteral("export"),
                     QStringLiteral("cplan export PLAN --format json --out FILE"),
                     tr("writes the plan in another format"),
                     1,
                     1,
                     {{QStringLiteral("--format"), true}, {QStringLiteral("--out"), true}},
                     runExport});
    table.push_back({QStringLiteral("validate"),
                     QStringLiteral("cplan validate PLAN"),
                     tr("checks every rule of the plan; exit 2 if any is broken"),
                     1,
                     1,
                     {},
                     runValidate});
}

} // namespace cplan::cli
