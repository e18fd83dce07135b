// cplan calibrate PLAN HISTORY: fit each channel's drivers to its past months (MODEL.md §5.6).
// The history file is read like an actuals import (mapping, encodings, sheets) into the plan's
// past actuals; without --apply or --save-as nothing is written.

#include "app/cli/CliCommand.h"
#include "app/cli/CliOutput.h"
#include "app/cli/ImportSource.h"

#include "models/domain/PlanValidator.h"
#include "models/engine/Calibration.h"
#include "models/engine/CalibrationJson.h"
#include "models/exchange/ActualsImport.h"
#include "models/exchange/TableReader.h"
#include "models/storage/PlanIo.h"

#include <QFileInfo>

namespace cplan::cli {

namespace {

std::optional<CalibrationChoice> choiceFromText(const QString &text, Streams &streams)
{
    CalibrationChoice choice{false, false, false, false};
    for (const QString &word : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString driver = word.trimmed();
        if (driver == QLatin1String("cpl")) {
            choice.cpl = true;
        } else if (driver == QLatin1String("saturation")) {
            choice.saturation = true;
        } else if (driver == QLatin1String("carryover")) {
            choice.carryover = true;
        } else if (driver == QLatin1String("conversion")) {
            choice.conversion = true;
        } else {
            streams.err << tr("--only: unknown driver \"%1\" (use cpl, saturation, carryover or "
                              "conversion)\n")
                               .arg(escapeForTerminal(driver));
            return std::nullopt;
        }
    }
    return choice;
}

QString driverText(const FittedDriver &driver, int decimals)
{
    if (!driver.estimate)
        return QStringLiteral("—");
    QString text = number(*driver.estimate, decimals);
    if (driver.standardError)
        text += QStringLiteral(" ± ") + number(*driver.standardError, decimals);
    return text;
}

void printCalibration(const Plan &plan, const std::vector<ChannelCalibration> &calibrations,
                      QTextStream &out)
{
    TextTable table({tr("Channel"), tr("Months"), tr("Cost per lead"), tr("Saturation spend"),
                     tr("Carryover"), tr("R²"), tr("Hold-out error"), tr("Not identified")},
                    QLatin1String("lrrrrrrl"));
    for (std::size_t c = 0; c < calibrations.size(); ++c) {
        const LeadResponseFit &leads = calibrations[c].leads;
        QStringList notes;
        for (const auto &[name, driver] : {std::pair{tr("cost per lead"), &leads.cpl},
                                           std::pair{tr("saturation"), &leads.saturationSpend},
                                           std::pair{tr("carryover"), &leads.carryover}}) {
            if (!driver->identified())
                notes << tr("%1: %2").arg(name, reasonText(driver->reason));
        }
        if (!leads.fitted) {
            table.addRow({escapeForTerminal(plan.channels[c].name),
                          QString::number(leads.observations), QStringLiteral("—"),
                          QStringLiteral("—"), QStringLiteral("—"), QStringLiteral("—"),
                          QStringLiteral("—"), reasonText(leads.cpl.reason)});
            continue;
        }
        table.addRow({escapeForTerminal(plan.channels[c].name), QString::number(leads.observations),
                      driverText(leads.cpl, 2), driverText(leads.saturationSpend, 0),
                      driverText(leads.carryover, 3), number(leads.r2, 3),
                      percent(leads.holdoutMape), notes.join(QStringLiteral("; "))});
    }
    table.print(out);
}

int runCalibrate(const Arguments &args, Streams &streams)
{
    const QString planPath = args.positional.at(0);
    const QString filePath = args.positional.at(1);
    const bool apply = args.has(QStringLiteral("--apply"));
    const bool saveAs = args.has(QStringLiteral("--save-as"));
    if (apply && saveAs) {
        streams.err << tr("--apply and --save-as cannot be used together\n");
        return ExitBadInput;
    }
    CalibrationChoice choice;
    if (args.has(QStringLiteral("--only"))) {
        const auto chosen = choiceFromText(args.value(QStringLiteral("--only")), streams);
        if (!chosen)
            return ExitBadInput;
        choice = *chosen;
    }
    const auto options = tableReadOptions(args, streams);
    if (!options)
        return ExitBadInput;

    int exitCode = ExitOk;
    auto loaded = loadPlanOrReport(planPath, streams, true, &exitCode);
    if (!loaded)
        return exitCode;
    Plan plan = std::move(*loaded);
    const Scenario *scenario = scenarioOrReport(plan, args, streams);
    if (!scenario)
        return ExitBadInput;
    const int scenarioIndex = plan.scenarioIndex(scenario->name);

    // The history file, read as an import into the past actuals: every row must be accepted.
    const auto source = readImportSource(filePath, *options, plan, args, streams);
    if (!source)
        return ExitBadInput;
    const QString &fileName = source->fileName;
    const ImportPreview preview =
        previewImport(source->table, source->mapping, plan, fileName, ImportTarget::PastActuals);
    for (const QString &note : preview.notes)
        streams.err << tr("%1: %2\n").arg(fileName, note);
    if (preview.refused > 0) {
        for (const ImportRow &row : preview.rows) {
            if (row.outcome == ImportRow::Outcome::Refused)
                streams.err << row.reason << QLatin1Char('\n');
        }
        streams.err << tr("%1: %n row(s) refused; nothing was calibrated\n", nullptr,
                          preview.refused)
                           .arg(fileName);
        return ExitBadInput;
    }
    if (const Status applied = applyImport(plan, preview); !applied) {
        streams.err << applied.error() << QLatin1Char('\n');
        return ExitBadInput;
    }
    const auto calibrations = calibratePlan(plan);
    if (!calibrations) {
        streams.err << fileName << QStringLiteral(": ") << calibrations.error()
                    << QLatin1Char('\n');
        return ExitBadInput;
    }
    if (args.has(QStringLiteral("--json")))
        printJson(calibrationJson(plan, scenario->name, *calibrations), streams);
    else
        printCalibration(plan, *calibrations, streams.out);
    if (!apply && !saveAs)
        return ExitOk;

    Scenario calibrated = plan.scenarios[static_cast<std::size_t>(scenarioIndex)];
    int changed = 0;
    for (std::size_t c = 0; c < calibrations->size(); ++c)
        changed += applyCalibration(calibrated, static_cast<int>(c), (*calibrations)[c], choice);
    if (saveAs) {
        const QString name = args.value(QStringLiteral("--save-as")).trimmed();
        if (name.isEmpty()) {
            streams.err << tr("--save-as: the scenario name must not be empty\n");
            return ExitBadInput;
        }
        if (plan.scenarioIndex(name) >= 0) {
            streams.err
                << tr("--save-as: the plan already has a scenario named \"%1\"\n").arg(name);
            return ExitBadInput;
        }
        calibrated.name = name;
        plan.scenarios.push_back(std::move(calibrated));
    } else {
        plan.scenarios[static_cast<std::size_t>(scenarioIndex)] = std::move(calibrated);
    }
    // The past months are kept with the plan either way, as the evidence of the drivers.
    if (const int status = commitPlanChange(
            plan, planPath,
            tr("Calibrate the drivers of “%1” from %2")
                .arg(plan.scenarios[static_cast<std::size_t>(scenarioIndex)].name,
                     QFileInfo(filePath).fileName()),
            apply ? QStringLiteral("--apply") : QStringLiteral("--save-as"), streams);
        status != ExitOk)
        return status;
    streams.err << (saveAs ? tr("saved %n calibrated value(s) as scenario \"%1\" in %2\n", nullptr,
                                changed)
                                 .arg(plan.scenarios.back().name, planPath)
                           : tr("applied %n calibrated value(s) to scenario \"%1\" in %2\n",
                                nullptr, changed)
                                 .arg(scenario->name, planPath));
    return ExitOk;
}

} // namespace

void addCalibrateCommand(CommandTable &table)
{
    table.push_back(
        {QStringLiteral("calibrate"),
         QStringLiteral("cplan calibrate PLAN HISTORY.csv|.xlsx [--scenario NAME] "
                        "[--map month=COL,channel=COL,spend=COL,stage0=COL,…] [--sheet NAME] "
                        "[--encoding auto|utf-8|utf-16|gb18030] [--header-row N] "
                        "[--only cpl,saturation,carryover,conversion] [--apply | --save-as NAME] "
                        "[--json]"),
         tr("fits each channel's cost per lead, saturation, carryover and conversion rates to its "
            "past months; changes the plan only with --apply or --save-as"),
         2,
         2,
         {{QStringLiteral("--scenario"), true},
          {QStringLiteral("--map"), true},
          {QStringLiteral("--sheet"), true},
          {QStringLiteral("--encoding"), true},
          {QStringLiteral("--header-row"), true},
          {QStringLiteral("--only"), true},
          {QStringLiteral("--apply"), false},
          {QStringLiteral("--save-as"), true},
          {QStringLiteral("--json"), false}},
         runCalibrate});
}

} // namespace cplan::cli
