#include "app/cli/CliCommand.h"
#include "app/cli/CliOutput.h"

#include "cplan/Version.h"
#include "models/document/PlanDocument.h"
#include "models/document/PlanHome.h"
#include "models/domain/PlanValidator.h"
#include "models/domain/TextLimit.h"
#include "models/history/FieldChanges.h"
#include "models/history/SignoffRules.h"
#include "models/storage/PlanIo.h"
#include "models/storage/SaveLock.h"

#include <QDateTime>

namespace cplan::cli {

namespace {

CommandTable allCommands()
{
    CommandTable table;
    addFileCommands(table);
    addProjectionCommands(table);
    addAnalysisCommands(table);
    addReplanCommand(table);
    addImportActualsCommand(table);
    addCalibrateCommand(table);
    addSetCommand(table);
    addHistoryCommands(table);
    addDiffCommand(table);
    addTeamCommand(table);
    return table;
}

void printUsage(const CommandTable &table, QTextStream &stream)
{
    stream << tr("usage: cplan COMMAND [ARGS]\n\ncommands:\n");
    for (const auto &command : table)
        stream << QStringLiteral("  %1\n      %2\n").arg(command.usage, command.summary);
    stream << QStringLiteral("  cplan --version\n");
}

// Splits `args` into positional arguments and the command's options; nullopt on a usage error
// (already reported on `err`).
std::optional<Arguments> parseArguments(const Command &command, const QStringList &args,
                                        QTextStream &err)
{
    Arguments parsed;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg.startsWith(QLatin1String("--"))) {
            QString name = arg;
            QString value;
            bool inlineValue = false;
            if (const auto eq = arg.indexOf(QLatin1Char('=')); eq > 0) {
                name = arg.left(eq);
                value = arg.mid(eq + 1);
                inlineValue = true;
            }
            const auto spec = std::find_if(command.options.begin(), command.options.end(),
                                           [&](const OptionSpec &o) { return o.name == name; });
            if (spec == command.options.end()) {
                err << tr("cplan %1: unknown option %2\nusage: %3\n")
                           .arg(command.name, name, command.usage);
                return std::nullopt;
            }
            if (spec->takesValue && !inlineValue) {
                if (i + 1 >= args.size()) {
                    err << tr("cplan %1: %2 needs a value\nusage: %3\n")
                               .arg(command.name, name, command.usage);
                    return std::nullopt;
                }
                value = args.at(++i);
            }
            parsed.options.insert(name, value);
        } else {
            parsed.positional << arg;
        }
    }
    const auto count = parsed.positional.size();
    if (count < command.minPositional || count > command.maxPositional) {
        err << tr("cplan %1: wrong number of arguments\nusage: %2\n")
                   .arg(command.name, command.usage);
        return std::nullopt;
    }
    return parsed;
}

// import-actuals (unless a dry run), set, signoff, version --save and every --save-as write
// into the plan they read.
bool editsPlanInPlace(const Command &command, const Arguments &args)
{
    if (command.name == QLatin1String("import-actuals"))
        return !args.has(QStringLiteral("--dry-run"));
    if (command.name == QLatin1String("set") || command.name == QLatin1String("signoff") ||
        command.name == QLatin1String("version"))
        return true;
    // --save-as of optimize, replan and calibrate; --apply of calibrate.
    return (args.has(QStringLiteral("--save-as")) || args.has(QStringLiteral("--apply"))) &&
           !args.positional.isEmpty();
}

int runCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Streams streams{out, err};
    const CommandTable table = allCommands();
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        printUsage(table, args.isEmpty() ? err : out);
        return args.isEmpty() ? ExitBadInput : ExitOk;
    }
    if (args.first() == QLatin1String("--version")) {
        out << QStringLiteral("cplan %1\n").arg(QString::fromLatin1(versionString));
        return ExitOk;
    }
    const auto command = std::find_if(table.begin(), table.end(),
                                      [&](const Command &c) { return c.name == args.first(); });
    if (command == table.end()) {
        err << tr("cplan: unknown command \"%1\"\n").arg(args.first());
        printUsage(table, err);
        return ExitBadInput;
    }
    // `cplan COMMAND --help` (or -h) prints that command's usage and succeeds (issue 22 E.25).
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        out << tr("usage: %1\n  %2\n").arg(command->usage, command->summary);
        return ExitOk;
    }
    const auto parsed = parseArguments(*command, args.mid(1), err);
    if (!parsed)
        return ExitBadInput;
    // A command that reads the plan, changes it and saves it back holds the plan's save lock
    // across all three: otherwise two at once both read the old plan and the second save
    // silently dropped the first one's change (issue 21, A.7).
    PlanEditLock editLock(parsed->positional.value(0));
    if (editsPlanInPlace(*command, *parsed)) {
        if (const Status locked = editLock.lock(); !locked) {
            err << locked.error() << QLatin1Char('\n');
            return ExitFailed;
        }
    }
    return command->run(*parsed, streams);
}

} // namespace

bool needsGuiApplication(const QStringList &args)
{
    if (args.value(0) != QLatin1String("export"))
        return false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--format") && args.value(i + 1) == QLatin1String("pdf"))
            return true;
        if (args.at(i) == QLatin1String("--format=pdf"))
            return true;
    }
    return false;
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    // Everything a command prints passes through escapeForTerminal(): names and messages come
    // from files, and their control characters must not act on the user's terminal.
    QString outText;
    QString errText;
    QTextStream outBuffer(&outText);
    QTextStream errBuffer(&errText);
    const int status = runCommand(args, outBuffer, errBuffer);
    outBuffer.flush();
    errBuffer.flush();
    out << escapeForTerminal(outText);
    err << escapeForTerminal(errText);
    return status;
}

int commitPlanChange(const Plan &plan, const QString &path, const QString &action,
                     const QString &option, Streams &streams)
{
    if (const Status fits = checkPlanTextLengths(plan); !fits) {
        streams.err << tr("%1: %2; nothing was saved\n").arg(option, fits.error());
        return ExitBadInput;
    }
    const auto violations = validatePlan(plan);
    if (!violations.empty()) {
        streams.err << tr("%1: the result is not valid, nothing was saved:\n").arg(option);
        for (const auto &violation : violations)
            streams.err << QStringLiteral("  ") << violation.text() << '\n';
        return ExitFailed;
    }
    // The file as it is now (the caller holds the save lock from its read): its format, its
    // record, and the plan the history entry is taken against.
    FileHome home(path);
    const auto current = home.open();
    if (!current) {
        streams.err << current.error() << '\n';
        return ExitFailed;
    }
    // A scenario the command adds (a --save-as copy of an approved one) was approved by nobody.
    Plan written = plan;
    for (Scenario &scenario : written.scenarios) {
        if (current->scenarioIndex(scenario.name) < 0)
            scenario.signoff = {};
    }
    if (const Status locked = checkSignoffLocks(*current, written); !locked) {
        streams.err << tr("%1: %2; nothing was saved\n").arg(option, locked.error());
        return ExitBadInput;
    }
    PlanCommit commit;
    if (!(*current == written)) {
        HistoryEntry entry;
        entry.at = historyTime(QDateTime::currentDateTimeUtc());
        entry.author = defaultAuthor();
        entry.action = action;
        entry.changes = fieldChanges(*current, written);
        commit.entries.push_back(std::move(entry));
    }
    const auto saved = home.save(written, commit);
    if (!saved) {
        streams.err << saved.error() << '\n';
        return ExitFailed;
    }
    return ExitOk;
}

std::optional<Plan> loadPlanOrReport(const QString &path, Streams &streams, bool validate,
                                     int *exitCode)
{
    auto loaded = loadPlan(path);
    if (!loaded) {
        streams.err << loaded.error() << QLatin1Char('\n');
        *exitCode = ExitBadInput;
        return std::nullopt;
    }
    if (validate) {
        const auto violations = validatePlan(*loaded);
        if (!violations.empty()) {
            streams.err << tr("%1: the plan is not valid (%n problem(s)):\n", nullptr,
                              static_cast<int>(violations.size()))
                               .arg(path);
            for (const auto &violation : violations)
                streams.err << QStringLiteral("  ") << violation.text() << QLatin1Char('\n');
            *exitCode = ExitBadInput;
            return std::nullopt;
        }
    }
    *exitCode = ExitOk;
    return std::move(loaded).value();
}

std::unique_ptr<PlanDocument> openDocumentOrReport(const QString &path, Streams &streams,
                                                   int *exitCode)
{
    auto document = std::make_unique<PlanDocument>();
    if (const Status opened = document->open(path); !opened) {
        streams.err << opened.error() << QLatin1Char('\n');
        *exitCode = ExitBadInput;
        return nullptr;
    }
    if (const ChainCheck &check = document->chainCheck(); !check.verified)
        streams.err << tr("warning: %1\n").arg(check.message);
    *exitCode = ExitOk;
    return document;
}

const Scenario *scenarioOrReport(const Plan &plan, const Arguments &args, Streams &streams)
{
    if (!args.has(QStringLiteral("--scenario")))
        return plan.scenarios.empty() ? nullptr : &plan.scenarios.front();
    const QString name = args.value(QStringLiteral("--scenario"));
    const int index = plan.scenarioIndex(name);
    if (index < 0) {
        QStringList names;
        for (const auto &scenario : plan.scenarios)
            names << QStringLiteral("\"%1\"").arg(oneLine(scenario.name));
        streams.err << tr("--scenario: no scenario named \"%1\" (the plan has %2)\n")
                           .arg(name, names.join(QStringLiteral(", ")));
        return nullptr;
    }
    return &plan.scenarios[static_cast<std::size_t>(index)];
}

} // namespace cplan::cli
