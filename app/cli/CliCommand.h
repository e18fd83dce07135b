#pragma once

// The `cplan` command line (MODEL.md §9): a table of commands, each a function of its
// arguments that writes to the given streams and returns the exit status.

#include "models/domain/Plan.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace cplan {
class PlanDocument; // models/document/PlanDocument.h
}

namespace cplan::cli {

// Exit statuses of MODEL.md §9.
enum ExitCode
{
    ExitOk = 0,
    ExitFailed = 1,
    ExitBadInput = 2
};

struct Streams
{
    QTextStream &out;
    QTextStream &err;
};

// The arguments of one command after option parsing.
struct Arguments
{
    QStringList positional;
    QMap<QString, QString> options; // "--scenario" -> "Plan A"; flags map to ""

    bool has(const QString &option) const { return options.contains(option); }
    QString value(const QString &option, const QString &fallback = {}) const
    {
        return options.value(option, fallback);
    }
};

struct OptionSpec
{
    QString name;    // "--scenario"
    bool takesValue; // false = a flag such as "--json"
};

struct Command
{
    QString name;
    QString usage; // "cplan project PLAN [--scenario NAME] [--json]"
    QString summary;
    int minPositional = 0;
    int maxPositional = 0;
    std::vector<OptionSpec> options;
    std::function<int(const Arguments &, Streams &)> run;
};

using CommandTable = std::vector<Command>;

// True when `args` (without the program name) need a QApplication: `export --format pdf` draws
// the report's charts, which are widgets. main() makes one only then, so every other command
// runs without a display.
bool needsGuiApplication(const QStringList &args);

// Runs `cplan` with `args` (without the program name). Used by main() and by the tests.
int run(const QStringList &args, QTextStream &out, QTextStream &err);

// Shared by the commands: load a plan by path (.cplan or JSON, by content), reporting errors
// on `err`. With `validate`, an invalid plan is refused with every violation (exit 2).
std::optional<Plan> loadPlanOrReport(const QString &path, Streams &streams, bool validate,
                                     int *exitCode);
// A command that edits the plan (set, signoff, version --save) opens it as a document and saves
// it through the document, so the history entry is written where every edit's is
// (ARCHITECTURE.md rule 15). Null with the reader's message on `err` (exit 2) when the plan
// cannot be read; an altered history is named on `err` as a warning (MODEL.md §10: the plan
// still opens).
std::unique_ptr<PlanDocument> openDocumentOrReport(const QString &path, Streams &streams,
                                                   int *exitCode);
// The one way a command writes the plan file it read (ARCHITECTURE rule 15): `plan` must
// validate and may not change a scenario that is not a draft (MODEL.md §10); it is saved through
// the file's home (PlanHome.h) in its own format with one history entry `action` (every changed
// field, the author, the time). A scenario the command adds is a draft, whatever the sign-off
// of the scenario it was copied from. `option` prefixes the messages ("--save-as", "--apply").
// Reports what went wrong on `err`; returns an exit status (the caller says what was saved).
int commitPlanChange(const Plan &plan, const QString &path, const QString &action,
                     const QString &option, Streams &streams);
// The scenario named by --scenario, or the first one; reports an unknown name (exit 2).
const Scenario *scenarioOrReport(const Plan &plan, const Arguments &args, Streams &streams);

// Each file of commands adds its own to the table.
void addFileCommands(CommandTable &table);         // new, import, export, validate
void addProjectionCommands(CommandTable &table);   // project, milestones, variance
void addAnalysisCommands(CommandTable &table);     // compare, optimize, montecarlo, sensitivity
void addReplanCommand(CommandTable &table);        // replan
void addImportActualsCommand(CommandTable &table); // import-actuals
void addCalibrateCommand(CommandTable &table);     // calibrate
void addSetCommand(CommandTable &table);           // set
void addHistoryCommands(CommandTable &table);      // history, verify, version, versions, signoff
void addDiffCommand(CommandTable &table);          // diff
void addTeamCommand(CommandTable &table);          // team (MODEL.md §11)

} // namespace cplan::cli
