// cplan new | import | export | validate (MODEL.md §9).

#include "app/cli/CliCommand.h"
#include "app/cli/CliOutput.h"

#include "models/domain/PlanValidator.h"
#include "models/exchange/CsvWriter.h"
#include "models/exchange/ExportFiles.h"
#include "models/exchange/ExportWorkbook.h"
#include "models/exchange/XlsxWriter.h"
#include "models/storage/PlanIo.h"
#include "models/storage/PlanJson.h"
#include "models/storage/PlanPaths.h"

#include "ui/report/ReportPdf.h"

#include <QDate>
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

// The formats of `cplan export`; pdf needs the graphics (main() makes a QApplication for it).
const QStringList exportFormats = {QStringLiteral("json"), QStringLiteral("csv"),
                                   QStringLiteral("xlsx"), QStringLiteral("pdf")};

int runExport(const Arguments &args, Streams &streams)
{
    const QString format = args.value(QStringLiteral("--format"), QStringLiteral("json"));
    if (!exportFormats.contains(format)) {
        streams.err << tr("--format: \"%1\" is not a format (available: %2)\n")
                           .arg(format, exportFormats.join(QStringLiteral(", ")));
        return ExitBadInput;
    }
    if (!args.has(QStringLiteral("--out"))) {
        streams.err << tr("cplan export: --out FILE is required\n");
        return ExitBadInput;
    }
    if (args.has(QStringLiteral("--table")) && format != QLatin1String("csv")) {
        streams.err << tr("--table: only for --format csv\n");
        return ExitBadInput;
    }
    const QString pageSizeText = args.value(QStringLiteral("--page-size"), QStringLiteral("a4"));
    const auto pageSize = reportPageSizeFromString(pageSizeText);
    if (args.has(QStringLiteral("--page-size")) && format != QLatin1String("pdf")) {
        streams.err << tr("--page-size: only for --format pdf\n");
        return ExitBadInput;
    }
    if (!pageSize) {
        streams.err << tr("--page-size: \"%1\" is not a page size (available: a4, letter)\n")
                           .arg(pageSizeText);
        return ExitBadInput;
    }
    const QString planPath = args.positional.at(0);
    const QString out = args.value(QStringLiteral("--out"));
    if (const Status target = checkExportTarget(out, planPath); !target) {
        streams.err << target.error() << QLatin1Char('\n');
        return ExitBadInput;
    }
    if (!outputAllowed(args, planPath, out, streams))
        return ExitBadInput;
    // JSON is a copy of the plan as it is; the other formats need numbers, so a valid plan.
    const bool json = format == QLatin1String("json");
    int exitCode = ExitOk;
    const auto plan = loadPlanOrReport(planPath, streams, !json, &exitCode);
    if (!plan)
        return exitCode;
    if (json)
        return reportSave(savePlan(*plan, out, PlanFormat::Json), streams);

    const Scenario *scenario = scenarioOrReport(*plan, args, streams);
    if (!scenario)
        return ExitBadInput;
    const QDate today = QDate::currentDate();
    if (format == QLatin1String("pdf")) {
        const auto pages = writeReportPdf(*plan, scenario->name, out, *pageSize, today);
        if (!pages) {
            streams.err << pages.error() << QLatin1Char('\n');
            return ExitFailed;
        }
        streams.out << tr("%1: %n page(s)\n", nullptr, *pages).arg(out);
        return ExitOk;
    }
    const auto workbook = buildExportWorkbook(*plan, scenario->name, today);
    if (!workbook) {
        streams.err << workbook.error() << QLatin1Char('\n');
        return ExitBadInput;
    }
    if (format == QLatin1String("xlsx"))
        return reportSave(writeXlsx(*workbook, out), streams);
    const QString table = args.value(QStringLiteral("--table"));
    if (!table.isEmpty() && !workbook->table(table)) {
        streams.err << tr("--table: no table named \"%1\" (available: %2)\n")
                           .arg(table, exportTableIds().join(QStringLiteral(", ")));
        return ExitBadInput;
    }
    return reportSave(writeCsv(*workbook, out, table), streams);
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
    table.push_back(
        {QStringLiteral("export"),
         QStringLiteral("cplan export PLAN --format json|csv|xlsx|pdf --out FILE "
                        "[--scenario NAME] [--table TABLE] [--page-size a4|letter] [--force]"),
         tr("writes the plan (json), its tables (csv, xlsx) or the board report "
            "(pdf)"),
         1,
         1,
         {{QStringLiteral("--format"), true},
          {QStringLiteral("--out"), true},
          {QStringLiteral("--scenario"), true},
          {QStringLiteral("--table"), true},
          {QStringLiteral("--page-size"), true},
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
