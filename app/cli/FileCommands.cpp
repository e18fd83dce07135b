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
                     QStringLiteral("cplan export PLAN --format json|csv|xlsx|pdf --out FILE "
                                    "[--scenario NAME] [--table TABLE] [--page-size a4|letter]"),
                     tr("writes the plan (json), its tables (csv, xlsx) or the board report "
                        "(pdf)"),
                     1,
                     1,
                     {{QStringLiteral("--format"), true},
                      {QStringLiteral("--out"), true},
                      {QStringLiteral("--scenario"), true},
                      {QStringLiteral("--table"), true},
                      {QStringLiteral("--page-size"), true}},
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
