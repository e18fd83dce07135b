// cplan set PLAN PATH=VALUE… [--reason TEXT] (MODEL.md §9, §10): one edit of the plan file,
// made the way the window makes one. Each value is set in the plan's interchange JSON at its
// path (§8), the result is read back as a plan (a value of the wrong type is refused where it
// is), and the whole change is ONE document edit: validated like a cell edit (a violation at a
// changed place refuses it), refused for a scenario that is not a draft, and saved through the
// document's home, which appends the history entry (ARCHITECTURE.md rule 15). A refused edit
// writes nothing.

#include "app/cli/CliCommand.h"
#include "app/cli/CliOutput.h"

#include "models/document/PlanDocument.h"
#include "models/domain/ValidationPath.h"
#include "models/history/CanonicalJson.h"
#include "models/history/JsonPathEdit.h"
#include "models/history/SignoffRules.h"
#include "models/storage/PlanJson.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace cplan::cli {

namespace {

// How much of a value the undo text shows: the entry's changes hold the whole value.
constexpr qsizetype valueTextLimit = 60;

struct Assignment
{
    QString pathText; // as written
    PathSteps steps;
    QJsonValue value;
};

// Splits `PATH=VALUE` at the first `=` outside the quoted names of the path
// (`scenarios["a=b"].budget=1`). -1 when there is none.
qsizetype assignmentSplit(const QString &text)
{
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted && c == QLatin1Char('\\'))
            ++i;
        else if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('='))
            return i;
    }
    return -1;
}

// A scenario's sign-off has its own command, which records who did it and when: `set` would
// let anyone approve a scenario by writing the state.
bool touchesSignoff(const PathSteps &steps)
{
    return steps.size() >= 3 && steps[0].kind == PathStep::Kind::Field &&
           steps[0].name == QLatin1String("scenarios") && steps[2].kind == PathStep::Kind::Field &&
           steps[2].name == QLatin1String("signoff");
}

// The sign-off path of the first scenario whose sign-off `after` changes, by whatever path
// (a whole scenario or the list replaced): a scenario keeps its sign-off, and one that is new
// (or renamed) may only be a draft. Empty when none does.
QString signoffChangedAt(const Plan &before, const Plan &after)
{
    for (const Scenario &scenario : after.scenarios) {
        const int was = before.scenarioIndex(scenario.name);
        const bool changed = was >= 0
                                 ? !(before.scenarios[std::size_t(was)].signoff == scenario.signoff)
                                 : !scenario.signoff.isDraft();
        if (changed)
            return fieldPath(namedPath(QStringLiteral("scenarios"), scenario.name),
                             QStringLiteral("signoff"));
    }
    return {};
}

std::optional<Assignment> parseAssignment(const QString &text, Streams &streams)
{
    const qsizetype split = assignmentSplit(text);
    if (split <= 0) {
        streams.err << tr("cplan set: \"%1\" is not PATH=VALUE (for example "
                          "scenarios[\"Plan A\"].budget=25000000); nothing was written\n")
                           .arg(text);
        return std::nullopt;
    }
    Assignment assignment;
    assignment.pathText = text.left(split).trimmed();
    auto steps = parsePlanPath(assignment.pathText);
    if (!steps) {
        streams.err << steps.error() << tr("; nothing was written\n");
        return std::nullopt;
    }
    assignment.steps = std::move(steps).value();
    if (touchesSignoff(assignment.steps)) {
        streams.err << tr("%1: the sign-off changes only with cplan signoff, which records who "
                          "did it; nothing was written\n")
                           .arg(planPathText(assignment.steps));
        return std::nullopt;
    }
    assignment.value = parseSetValue(text.mid(split + 1));
    return assignment;
}

// The value as the undo text shows it: its JSON, shortened.
QString shownValue(const QJsonValue &value)
{
    QString text = QString::fromUtf8(canonicalJson(value));
    if (text.size() > valueTextLimit)
        text = text.left(valueTextLimit - 1) + QStringLiteral("…");
    return text;
}

QString editText(const std::vector<Assignment> &assignments)
{
    if (assignments.size() == 1) {
        return tr("Set %1 to %2")
            .arg(planPathText(assignments.front().steps), shownValue(assignments.front().value));
    }
    QStringList parts;
    for (const Assignment &assignment : assignments)
        parts << tr("%1 to %2").arg(planPathText(assignment.steps), shownValue(assignment.value));
    return tr("Set %1").arg(parts.join(QStringLiteral(", ")));
}

// The places the validator may name for the value at `steps`: the path as given, the same path
// with each list element by its position (actual rows and people are validated as
// `actuals[3]`), and for a renamed element the path under its new name. A violation that the
// edit brings at one of them refuses it, as a cell edit in the window is refused.
QStringList checkedPaths(const QJsonObject &before, const Assignment &assignment)
{
    QStringList paths{planPathText(assignment.steps)};
    PathSteps byPosition = assignment.steps;
    QJsonValue node = before;
    for (PathStep &step : byPosition) {
        if (step.kind == PathStep::Kind::Field ||
            (step.kind == PathStep::Kind::Named && node.isObject())) {
            node = node.toObject().value(step.name);
        } else if (step.kind == PathStep::Kind::Named && node.isArray()) {
            const QJsonArray list = node.toArray();
            const auto found = std::find_if(list.begin(), list.end(), [&](const QJsonValue &e) {
                return listElementName(e) == step.name;
            });
            if (found == list.end())
                break;
            step = PathStep{PathStep::Kind::Index, {}, found - list.begin()};
            node = *found;
        } else {
            node = node.toArray().at(step.index);
        }
    }
    paths << planPathText(byPosition);
    const auto &steps = assignment.steps;
    if (steps.size() >= 2 && assignment.value.isString() &&
        steps.back().kind == PathStep::Kind::Field &&
        (steps.back().name == QLatin1String("name") || steps.back().name == QLatin1String("id")) &&
        steps[steps.size() - 2].kind == PathStep::Kind::Named) {
        PathSteps renamed = steps;
        renamed[renamed.size() - 2].name = assignment.value.toString();
        paths << planPathText(renamed);
    }
    paths.removeDuplicates();
    return paths;
}

bool isAtOrBelow(const QString &path, const QString &place)
{
    if (!path.startsWith(place))
        return false;
    return path.size() == place.size() || path.at(place.size()) == QLatin1Char('.') ||
           path.at(place.size()) == QLatin1Char('[');
}

// The violations the edit brings at a changed place: the ones the document refuses it for
// (PlanDocument::applyEdit), here in the validator's own words with their paths (MODEL.md §8),
// as the command line names places. Problems that were there before do not count.
std::vector<Violation> blockingViolations(const Plan &edited, const std::vector<Violation> &before,
                                          const QStringList &paths)
{
    std::vector<Violation> blocking;
    for (const Violation &violation : validatePlan(edited)) {
        const bool atChangedPlace = std::any_of(paths.begin(), paths.end(), [&](const QString &p) {
            return isAtOrBelow(violation.path, p);
        });
        if (atChangedPlace && std::find(before.begin(), before.end(), violation) == before.end())
            blocking.push_back(violation);
    }
    return blocking;
}

// The plan whose interchange JSON is `planJson`; structural errors (a value of the wrong type)
// located as the plan reader locates them.
Result<Plan> planFromJson(const QJsonObject &planJson)
{
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("campaign-planner/1")},
                           {QStringLiteral("plan"), planJson}};
    return readPlanJson(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

int runSet(const Arguments &args, Streams &streams)
{
    const QString path = args.positional.at(0);
    std::vector<Assignment> assignments;
    for (const QString &text : args.positional.mid(1)) {
        auto assignment = parseAssignment(text, streams);
        if (!assignment)
            return ExitBadInput;
        assignments.push_back(std::move(*assignment));
    }

    int status = ExitOk;
    const auto document = openDocumentOrReport(path, streams, &status);
    if (!document)
        return status;
    const QJsonObject before = planContentJson(document->plan());
    QJsonObject edited = before;
    QStringList paths;
    // The undo text (and so the history entry's action) names only the values that change.
    std::vector<Assignment> changing;
    for (const Assignment &assignment : assignments) {
        const QJsonObject previous = edited;
        if (const Status set = setJsonPath(edited, assignment.steps, assignment.value); !set) {
            streams.err << set.error() << tr("; nothing was written\n");
            return ExitBadInput;
        }
        paths << checkedPaths(before, assignment);
        if (edited != previous)
            changing.push_back(assignment);
    }
    auto plan = planFromJson(edited);
    if (!plan) {
        streams.err << plan.error() << tr("\nnothing was written\n");
        return ExitBadInput;
    }
    const QString name = QFileInfo(path).fileName();
    if (plan.value() == document->plan()) {
        streams.out << tr("%1: nothing changed (the values are already set)\n").arg(name);
        return ExitOk;
    }

    // A scenario that is not a draft refuses the edit before anything about its values is said
    // (the rule PlanDocument::applyEdit applies too).
    if (const Status locked = checkSignoffLocks(document->plan(), *plan); !locked) {
        streams.err << locked.error() << tr("\nnothing was written\n");
        return ExitBadInput;
    }
    if (const QString place = signoffChangedAt(document->plan(), *plan); !place.isEmpty()) {
        streams.err << tr("%1: the sign-off changes only with cplan signoff, which records who "
                          "did it; nothing was written\n")
                           .arg(place);
        return ExitBadInput;
    }
    if (const auto blocking = blockingViolations(*plan, document->violations(), paths);
        !blocking.empty()) {
        for (const Violation &violation : blocking)
            streams.err << violation.text() << QLatin1Char('\n');
        streams.err << tr("nothing was written\n");
        return ExitBadInput;
    }

    PlanEdit edit;
    edit.text = editText(changing.empty() ? assignments : changing);
    edit.checkedPaths = paths;
    edit.apply = [replacement = std::move(plan).value()](Plan &target) {
        target = replacement;
        return success();
    };
    document->setNextReason(args.value(QStringLiteral("--reason")));
    if (const Status applied = document->applyEdit(edit); !applied) {
        streams.err << applied.error() << tr("\nnothing was written\n");
        return ExitBadInput;
    }
    if (const Status saved = document->save(); !saved) {
        streams.err << saved.error() << QLatin1Char('\n');
        return ExitFailed;
    }
    streams.out << tr("%1: %2\n").arg(name, oneLine(edit.text));
    // Problems elsewhere that the edit left (a share sum that is now off) are allowed, as in the
    // window, and named so that the next edit can settle them.
    for (const Violation &violation : document->violations())
        streams.err << tr("warning: %1\n").arg(violation.text());
    return ExitOk;
}

} // namespace

void addSetCommand(CommandTable &table)
{
    table.push_back(
        {QStringLiteral("set"),
         QStringLiteral("cplan set PLAN PATH=VALUE… [--reason TEXT]"),
         tr("changes values of the plan file as one edit with one history entry; paths as in "
            "validation messages (scenarios[\"Plan A\"].budget=25000000); validated like an edit "
            "in the window and refused, with nothing written, for a scenario that is not a "
            "draft (exit 2)"),
         2,
         1000000,
         {{QStringLiteral("--reason"), true}},
         runSet});
}

} // namespace cplan::cli
