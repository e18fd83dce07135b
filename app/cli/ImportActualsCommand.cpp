// cplan import-actuals PLAN FILE: actuals from a CSV/TSV or XLSX file into the plan (MODEL.md
// §7), the plan rewritten atomically in its own format (.cplan or JSON).

#include "app/cli/CliCommand.h"
#include "app/cli/CliOutput.h"

#include "models/domain/PlanValidator.h"
#include "models/exchange/ActualsImport.h"
#include "models/exchange/TableReader.h"
#include "models/storage/PlanIo.h"

#include <QFileInfo>

namespace cplan::cli {

namespace {

int runImportActuals(const Arguments &args, Streams &streams)
{
    const QString planPath = args.positional.at(0);
    const QString filePath = args.positional.at(1);
    const bool dryRun = args.has(QStringLiteral("--dry-run"));
    const bool skipBad = args.has(QStringLiteral("--skip-bad"));

    TableReadOptions options;
    if (args.has(QStringLiteral("--encoding"))) {
        const auto encoding = textEncodingFromString(args.value(QStringLiteral("--encoding")));
        if (!encoding) {
            streams.err << tr("--encoding: unknown encoding \"%1\" (use auto, utf-8, utf-16 or "
                              "gb18030)\n")
                               .arg(args.value(QStringLiteral("--encoding")));
            return ExitBadInput;
        }
        options.encoding = *encoding;
    }
    options.sheet = args.value(QStringLiteral("--sheet"));
    if (args.has(QStringLiteral("--header-row"))) {
        bool ok = false;
        const int row = args.value(QStringLiteral("--header-row")).toInt(&ok);
        if (!ok || row < 1) {
            streams.err << tr("--header-row: \"%1\" is not a row number (1, 2, …)\n")
                               .arg(args.value(QStringLiteral("--header-row")));
            return ExitBadInput;
        }
        options.headerRow = row;
    }

    PlanFormat format = PlanFormat::Cplan;
    auto loaded = loadPlan(planPath, &format);
    if (!loaded) {
        streams.err << loaded.error() << QLatin1Char('\n');
        return ExitBadInput;
    }
    Plan plan = std::move(loaded).value();
    if (const auto violations = validatePlan(plan); !violations.empty()) {
        streams.err << tr("%1: the plan is not valid (%n problem(s)):\n", nullptr,
                          int(violations.size()))
                           .arg(planPath);
        for (const auto &violation : violations)
            streams.err << QStringLiteral("  ") << violation.text() << QLatin1Char('\n');
        return ExitBadInput;
    }

    const auto table = readTable(filePath, options);
    if (!table) {
        streams.err << table.error() << QLatin1Char('\n');
        return ExitBadInput;
    }
    ImportMapping mapping = guessMapping(table->header, plan);
    if (args.has(QStringLiteral("--map"))) {
        auto parsed =
            parseMapping(args.value(QStringLiteral("--map")), table->header, plan, mapping);
        if (!parsed) {
            streams.err << parsed.error() << QLatin1Char('\n');
            return ExitBadInput;
        }
        mapping = std::move(parsed).value();
    }
    if (const Status checked = checkMapping(mapping, plan, table->header); !checked) {
        streams.err << QFileInfo(filePath).fileName() << QStringLiteral(": ") << checked.error()
                    << QLatin1Char('\n')
                    << tr("Name the columns with --map month=COL,channel=COL,spend=COL,"
                          "stage0=COL,… (COL = a header or a column number).\n");
        return ExitBadInput;
    }

    const QString fileName = QFileInfo(filePath).fileName();
    // Columns that look like data but are not imported are named, never dropped in silence.
    for (const QString &warning : unmappedColumnWarnings(table->header, mapping, plan))
        streams.err << tr("%1: warning: %2\n").arg(fileName, warning);
    if (table->headerRowNumber > 1)
        streams.err << tr("%1: the headers are in row %2 (use --header-row N to choose another "
                          "row)\n")
                           .arg(fileName)
                           .arg(table->headerRowNumber);
    const ImportPreview preview = previewImport(*table, mapping, plan, fileName);
    // --dry-run prints the notes in its report; a real import names them on stderr.
    if (!dryRun) {
        for (const QString &note : preview.notes)
            streams.err << tr("%1: %2\n").arg(fileName, note);
    }
    if (dryRun) {
        for (const QString &line : previewReport(preview, plan))
            streams.out << oneLine(line) << QLatin1Char('\n');
        return preview.refused > 0 && !skipBad ? ExitBadInput : ExitOk;
    }
    if (preview.refused > 0 && !skipBad) {
        for (const ImportRow &row : preview.rows) {
            if (row.outcome == ImportRow::Outcome::Refused)
                streams.err << row.reason << QLatin1Char('\n');
        }
        streams.err << tr("%1: %n row(s) refused; nothing was imported (use --skip-bad to "
                          "import the other rows)\n",
                          nullptr, preview.refused)
                           .arg(preview.fileName);
        return ExitBadInput;
    }
    Plan edited = plan;
    if (const Status applied = applyImport(edited, preview); !applied) {
        streams.err << applied.error() << QLatin1Char('\n');
        return ExitBadInput;
    }
    for (const auto &violation : validatePlan(edited)) {
        streams.err << violation.text() << QLatin1Char('\n');
        return ExitBadInput;
    }
    if (const Status saved = savePlan(edited, planPath, format); !saved) {
        streams.err << saved.error() << QLatin1Char('\n');
        return ExitFailed;
    }
    for (const ImportRow &row : preview.rows) {
        if (row.outcome == ImportRow::Outcome::Refused ||
            row.outcome == ImportRow::Outcome::Skipped)
            streams.err << tr("skipped %1\n").arg(oneLine(row.reason));
        for (const QString &warning : row.warnings)
            streams.err << tr("row %1: warning: %2\n").arg(row.rowNumber).arg(oneLine(warning));
    }
    streams.out << tr("%1: imported %2 row(s) from %3 (%4 added, %5 replaced, %6 skipped)\n")
                       .arg(QFileInfo(planPath).fileName())
                       .arg(preview.accepted())
                       .arg(preview.fileName)
                       .arg(preview.added)
                       .arg(preview.replaced)
                       .arg(preview.refused);
    return ExitOk;
}

} // namespace

void addImportActualsCommand(CommandTable &table)
{
    table.push_back(
        {QStringLiteral("import-actuals"),
         QStringLiteral("cplan import-actuals PLAN FILE [--map month=COL,channel=COL,spend=COL,"
                        "stage0=COL,…] [--sheet NAME] [--encoding auto|utf-8|utf-16|gb18030] "
                        "[--header-row N] [--dry-run] [--skip-bad]"),
         tr("reads actual rows from a CSV/TSV or XLSX file into the plan; the header row is found "
            "below title rows (or named with --header-row); units in headers (万元, CNY 10k) "
            "scale the values; totals rows are skipped; exit 2 if any row is refused (unless "
            "--skip-bad)"),
         2,
         2,
         {{QStringLiteral("--map"), true},
          {QStringLiteral("--sheet"), true},
          {QStringLiteral("--header-row"), true},
          {QStringLiteral("--encoding"), true},
          {QStringLiteral("--dry-run"), false},
          {QStringLiteral("--skip-bad"), false}},
         runImportActuals});
}

} // namespace cplan::cli
