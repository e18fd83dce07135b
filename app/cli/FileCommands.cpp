// cplan new | import | export | validate (MODEL.md §9).

#include "app/cli/CliCommand.h"
#include "app/cli/CliOutput.h"
#include "models/document/PlanHome.h"

#include "models/document/PlanDocument.h"
#include "models/domain/PlanValidator.h"
#include "models/exchange/CsvWriter.h"
#include "models/exchange/ExportChanges.h"
#include "models/exchange/ExportFiles.h"
#include "models/exchange/ExportWorkbook.h"
#include "models/exchange/XlsxWriter.h"
#include "models/storage/PlanIo.h"
#include "models/storage/PlanJson.h"
#include "models/storage/PlanPaths.h"

#include "ui/report/ReportPdf.h"
#include "ui/widgets/Preferences.h"

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

// What a command writes: a plan (new, import, export --format json) or an export of one (csv,
// xlsx, pdf).
enum class Output
{
    Plan,
    Export
};

// Whether a command may replace `output` (issue 14, item 6; issue 21, items 12 and 15): never
// its own input (import onto its JSON replaced it); a plan only over a plan and an export only
// over a file that is not a plan, unless --force says so (an export replaced another plan, a
// text file used to end up as `.bak`); `cplan new` over an existing plan only with --force.
// Read-only files, devices and links to other users' files are refused, --force or not, by the
// storage layer (savePlan) and by checkExportTarget() for every file an export writes.
bool outputAllowed(const Arguments &args, const QString &input, const QString &output,
                   Output writes, Streams &streams, bool replacesOnlyWithForce = false)
{
    const QString name = QFileInfo(output).fileName();
    if (!input.isEmpty() && isSameFile(input, output)) {
        streams.err
            << tr("%1: is the input of this command; write the result to another file\n").arg(name);
        return false;
    }
    const QFileInfo info(output);
    if ((!info.exists() && !info.isSymLink()) || args.has(QStringLiteral("--force")))
        return true;
    const bool plan = holdsPlan(output);
    if (writes == Output::Plan && !plan) {
        streams.err << tr("%1: exists and is not a Campaign Planner plan, so it was not replaced "
                          "(add --force to replace it)\n")
                           .arg(name);
        return false;
    }
    if (plan && (writes == Output::Export || replacesOnlyWithForce)) {
        streams.err << tr("%1: is a Campaign Planner plan, so it was not replaced (add --force to "
                          "replace it)\n")
                           .arg(name);
        return false;
    }
    return true;
}

int runNew(const Arguments &args, Streams &streams)
{
    // A new plan over an existing one discards it: only with --force (issue 21, item 15).
    if (!outputAllowed(args, {}, args.positional.at(0), Output::Plan, streams, true))
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
    // Run twice with --force, the second run replaced the backup of the plan the first one
    // discarded with a blank plan. A file that already holds exactly this plan is left as it
    // is, and so is its backup (issue 21, item 15).
    if (const auto existing = loadPlan(args.positional.at(0)); existing && *existing == plan)
        return ExitOk;
    return reportSave(savePlan(plan, args.positional.at(0)), streams);
}

// A conversion keeps the plan's history and versions (MODEL.md §10: the interchange JSON
// carries them, and a .cplan made from it has them again): the plan read through its home is
// saved through a home at `out`, with no new entry (nothing changed).
static Status convertWithRecord(const QString &in, const QString &out, PlanFormat format)
{
    FileHome source(in);
    const auto plan = source.open();
    if (!plan)
        return Error{plan.error()};
    const auto target = FileHome::relocated(&source, QFileInfo(out).absoluteFilePath(), format);
    return target->save(*plan, {});
}

int runImport(const Arguments &args, Streams &streams)
{
    int exitCode = ExitOk;
    if (!outputAllowed(args, args.positional.at(0), args.positional.at(1), Output::Plan, streams))
        return ExitBadInput;
    const auto plan = loadPlanOrReport(args.positional.at(0), streams, true, &exitCode);
    if (!plan)
        return exitCode;
    return reportSave(
        convertWithRecord(args.positional.at(0), args.positional.at(1), PlanFormat::Cplan),
        streams);
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
    // The language of the board report and the workbook (issue 22 D.17): --lang, else the
    // system's, as the window would choose; the other formats are data and stay as they are.
    const bool document = format == QLatin1String("pdf") || format == QLatin1String("xlsx");
    InterfaceLanguage language = InterfaceLanguage::System;
    if (args.has(QStringLiteral("--lang"))) {
        const QString lang = args.value(QStringLiteral("--lang"));
        if (!document) {
            streams.err << tr("--lang: only for --format pdf or xlsx\n");
            return ExitBadInput;
        }
        if (lang != QLatin1String("zh") && lang != QLatin1String("en")) {
            streams.err << tr("--lang: must be zh or en (got \"%1\")\n").arg(oneLine(lang));
            return ExitBadInput;
        }
        language =
            lang == QLatin1String("zh") ? InterfaceLanguage::Chinese : InterfaceLanguage::English;
    }
    const QString planPath = args.positional.at(0);
    const QString out = args.value(QStringLiteral("--out"));
    // JSON is a copy of the plan as it is; the other formats need numbers, so a valid plan.
    const bool json = format == QLatin1String("json");
    // Every file the export writes gets the same checks, before the first is written: CSV
    // without --table writes one file per table beside --out, and once replaced the input plan
    // and a read-only file among them (issue 21, item 12).
    const QString table = args.value(QStringLiteral("--table"));
    const QStringList outputs =
        format == QLatin1String("csv") && !out.isEmpty() ? csvPaths(out, table) : QStringList{out};
    for (const QString &output : outputs) {
        if (const Status target = checkExportTarget(output, planPath); !target) {
            streams.err << target.error() << QLatin1Char('\n');
            return ExitBadInput;
        }
        if (!outputAllowed(args, planPath, output, json ? Output::Plan : Output::Export, streams))
            return ExitBadInput;
    }
    int exitCode = ExitOk;
    const auto plan = loadPlanOrReport(planPath, streams, !json, &exitCode);
    if (!plan)
        return exitCode;
    if (json)
        return reportSave(convertWithRecord(planPath, out, PlanFormat::Json), streams);

    const Scenario *scenario = scenarioOrReport(*plan, args, streams);
    if (!scenario)
        return ExitBadInput;
    const QDate today = QDate::currentDate();
    if (document)
        applyInterfaceLanguage(language);
    // The XLSX sheet and PDF appendix "Changes": the history since the last approved version
    // (MODEL.md §10), as the window's export writes them.
    std::optional<ChangesSince> changes;
    if (document) {
        PlanDocument opened;
        if (opened.open(planPath))
            changes = changesSince(opened);
    }
    if (format == QLatin1String("pdf")) {
        const auto pages = writeReportPdf(*plan, scenario->name, out, *pageSize, today, {},
                                          changes ? &*changes : nullptr);
        if (!pages) {
            streams.err << pages.error() << QLatin1Char('\n');
            return ExitFailed;
        }
        streams.out << tr("%1: %n page(s)\n", nullptr, *pages).arg(out);
        return ExitOk;
    }
    auto workbook = buildExportWorkbook(*plan, scenario->name, today);
    if (!workbook) {
        streams.err << workbook.error() << QLatin1Char('\n');
        return ExitBadInput;
    }
    if (format == QLatin1String("xlsx")) {
        if (changes)
            addChangesTable(workbook.value(), *plan, *changes);
        return reportSave(writeXlsx(*workbook, out), streams);
    }
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
                        "[--scenario NAME] [--table TABLE] [--page-size a4|letter] [--lang zh|en] "
                        "[--force]"),
         tr("writes the plan (json), its tables (csv, xlsx) or the board report "
            "(pdf)"),
         1,
         1,
         {{QStringLiteral("--format"), true},
          {QStringLiteral("--out"), true},
          {QStringLiteral("--scenario"), true},
          {QStringLiteral("--table"), true},
          {QStringLiteral("--page-size"), true},
          {QStringLiteral("--lang"), true},
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
