// cplan import-actuals PLAN FILE: actuals from a CSV/TSV or XLSX file into the plan (MODEL.md
// §7), the plan rewritten atomically in its own format (.cplan or JSON).

#include "app/cli/CliCommand.h"
#include "app/cli/CliOutput.h"
#include "app/cli/ImportSource.h"

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

    const auto options = tableReadOptions(args, streams);
    if (!options)
        return ExitBadInput;

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

    const auto source = readImportSource(filePath, *options, plan, args, streams);
    if (!source)
        return ExitBadInput;
    const QString &fileName = source->fileName;
    const ImportPreview preview = previewImport(source->table, source->mapping, plan, fileName);
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
    if (const int status =
            commitPlanChange(edited, planPath, tr("Import actuals from %1").arg(preview.fileName),
                             QStringLiteral("import-actuals"), streams);
        status != ExitOk)
        return status;
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
