// cplan new | import | export | validate (MODEL.md §9).

#include "app/cli/CliCommand.h"
#include "app/cli/CliOutput.h"

#include "models/domain/PlanValidator.h"
#include "models/storage/PlanIo.h"
#include "models/storage/PlanJson.h"
#include "models/storage/PlanPaths.h"

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

// Whether a command may write `output` (issue 14, item 6): never over its own input (export
// --out onto the plan replaced it with JSON and no backup), and over an existing file only when
// it is a plan, unless --force says so (a text file used to end up as `.bak`). Read-only files,
// devices and links to other users' files are refused by the storage layer itself.
bool outputAllowed(const Arguments &args, const QString &input, const QString &output,
                   Streams &streams)
{
    const QString name = QFileInfo(output).fileName();
    if (!input.isEmpty() && isSameFile(input, output)) {
        streams.err
            << tr("%1: is the input of this command; write the result to another file\n").arg(name);
        return false;
    }
    const QFileInfo info(output);
    if ((info.exists() || info.isSymLink()) && !holdsPlan(output) &&
        !args.has(QStringLiteral("--force"))) {
        streams.err << tr("%1: exists and is not a Campaign Planner plan, so it was not replaced "
                          "(add --force to replace it)\n")
                           .arg(name);
        return false;
    }
    return true;
}

int runNew(const Arguments &args, Streams &streams)
{
    if (!outputAllowed(args, {}, args.positional.at(0), streams))
        return ExitBadInput;
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
    if (!outputAllowed(args, args.positional.at(0), args.positional.at(1), streams))
        return ExitBadInput;
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
    if (!outputAllowed(args, args.positional.at(0), args.value(QStringLiteral("--out")), streams))
        return ExitBadInput;
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
                     QStringLiteral("cplan new OUT.cplan [--sample brokerage] [--force]"),
                     tr("writes an empty plan, or the embedded sample"),
                     1,
                     1,
                     {{QStringLiteral("--sample"), true}, {QStringLiteral("--force"), false}},
                     runNew});
    table.push_back({QStringLiteral("import"),
                     QStringLiteral("cplan import PLAN.json OUT.cplan [--force]"),
                     tr("converts an interchange JSON plan into a .cplan file"),
                     2,
                     2,
                     {{QStringLiteral("--force"), false}},
                     runImport});
    table.push_back({QStringLiteral("export"),
                     QStringLiteral("cplan export PLAN --format json --out FILE [--force]"),
                     tr("writes the plan in another format"),
                     1,
                     1,
                     {{QStringLiteral("--format"), true},
                      {QStringLiteral("--out"), true},
                      {QStringLiteral("--force"), false}},
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
