// `cplan team …` (MODEL.md §9, §11): the PostgreSQL team store from the command line.

#include "app/cli/CliCommand.h"
#include "app/cli/CliOutput.h"

#include "models/document/PlanHome.h"
#include "models/domain/PlanValidator.h"
#include "models/history/JsonPathEdit.h"
#include "models/history/SignoffRules.h"
#include "models/storage/PlanJson.h"
#include "models/team/TeamSchema.h"
#include "models/team/TeamStore.h"

#include <QFile>
#include <QFileInfo>

namespace cplan::cli {

namespace {

int reportOpenFailure(const QString &message, Streams &streams)
{
    streams.err << message << '\n';
    return ExitFailed;
}

int runInit(const QStringList &positional, Streams &streams)
{
    if (positional.size() != 2) {
        streams.err << tr("usage: cplan team init URL\n");
        return ExitBadInput;
    }
    auto connection = PgConnection::open(positional.at(1));
    if (!connection)
        return reportOpenFailure(connection.error(), streams);
    const auto applied = initTeamStore(**connection);
    if (!applied)
        return reportOpenFailure(applied.error(), streams);
    streams.out << (*applied == 0 ? tr("%1: the team store is up to date (schema version %2)\n")
                                        .arg((*connection)->address())
                                        .arg(teamSchemaVersion())
                                  : tr("%1: the team store is at schema version %2 (%3 migrations "
                                       "applied)\n")
                                        .arg((*connection)->address())
                                        .arg(teamSchemaVersion())
                                        .arg(*applied));
    return ExitOk;
}

int runPeople(const QStringList &positional, const Arguments &args, Streams &streams)
{
    if (positional.size() != 2 ||
        args.has(QStringLiteral("--add")) != args.has(QStringLiteral("--role"))) {
        streams.err << tr("usage: cplan team people URL [--add NAME --role "
                          "director|finance|pm|viewer [--password-file FILE]]\n");
        return ExitBadInput;
    }
    auto store = TeamStore::open(positional.at(1));
    if (!store)
        return reportOpenFailure(store.error(), streams);
    if (args.has(QStringLiteral("--add"))) {
        const QString role = args.value(QStringLiteral("--role"));
        if (!isTeamRole(role)) {
            streams.err
                << tr("--role: \"%1\" is not a role (director, finance, pm, viewer)\n").arg(role);
            return ExitBadInput;
        }
        QString password;
        if (args.has(QStringLiteral("--password-file"))) {
            QFile file(args.value(QStringLiteral("--password-file")));
            if (!file.open(QIODevice::ReadOnly)) {
                streams.err
                    << tr("--password-file: %1: %2\n").arg(file.fileName(), file.errorString());
                return ExitBadInput;
            }
            password = QString::fromUtf8(file.readLine()).trimmed();
        }
        const QString login = args.value(QStringLiteral("--add"));
        if (const Status added = (*store)->addMember(login, role, password); !added) {
            streams.err << added.error() << '\n';
            return ExitFailed;
        }
        streams.out << tr("%1 is a member with the role %2\n").arg(login, role);
        return ExitOk;
    }
    const auto people = (*store)->people();
    if (!people)
        return reportOpenFailure(people.error(), streams);
    for (const TeamMember &member : *people)
        streams.out << member.login << '\t' << member.role << '\n';
    return ExitOk;
}

int runPublish(const QStringList &positional, const Arguments &args, Streams &streams)
{
    if (positional.size() != 3) {
        streams.err << tr("usage: cplan team publish PLAN URL [--as NAME]\n");
        return ExitBadInput;
    }
    FileHome home(positional.at(1));
    auto plan = home.open();
    if (!plan) {
        streams.err << plan.error() << '\n';
        return ExitBadInput;
    }
    if (const auto violations = validatePlan(*plan); !violations.empty()) {
        streams.err
            << tr("%1: the plan is not valid, nothing was published:\n").arg(positional.at(1));
        for (const auto &violation : violations)
            streams.err << QStringLiteral("  ") << violation.text() << '\n';
        return ExitBadInput;
    }
    std::vector<TeamVersion> versions;
    for (const VersionInfo &info : home.versions()) {
        auto content = home.versionContent(info.name);
        if (!content) {
            streams.err << content.error() << '\n';
            return ExitFailed;
        }
        versions.push_back(TeamVersion{info.name, info.at, info.author, info.comment,
                                       info.contentHash, std::move(*content)});
    }
    auto store = TeamStore::open(positional.at(2));
    if (!store)
        return reportOpenFailure(store.error(), streams);
    const QString name = args.value(QStringLiteral("--as"), plan->name);
    if (const Status published = (*store)->publish(name, *plan, home.historyEntries(), versions);
        !published) {
        streams.err << published.error() << '\n';
        return ExitFailed;
    }
    streams.out << tr("published \"%1\" to %2 (revision 1)\n").arg(name, (*store)->address());
    return ExitOk;
}

int runList(const QStringList &positional, Streams &streams)
{
    if (positional.size() != 2) {
        streams.err << tr("usage: cplan team list URL\n");
        return ExitBadInput;
    }
    auto store = TeamStore::open(positional.at(1));
    if (!store)
        return reportOpenFailure(store.error(), streams);
    const auto plans = (*store)->plans();
    if (!plans)
        return reportOpenFailure(plans.error(), streams);
    for (const TeamPlanInfo &plan : *plans)
        streams.out << plan.name << '\t'
                    << tr("revision %1, last changed %2 by %3")
                           .arg(plan.revision)
                           .arg(plan.changedAt, plan.changedBy)
                    << '\n';
    return ExitOk;
}

int runSave(const QStringList &positional, Streams &streams)
{
    if (positional.size() != 4) {
        streams.err << tr("usage: cplan team save URL PLAN-NAME OUT.cplan\n");
        return ExitBadInput;
    }
    const QString out = positional.at(3);
    if (QFileInfo::exists(out)) {
        streams.err << tr("%1: exists; save the store's plan to a new file\n").arg(out);
        return ExitBadInput;
    }
    auto store = TeamStore::open(positional.at(1));
    if (!store)
        return reportOpenFailure(store.error(), streams);
    auto plan = (*store)->load(positional.at(2));
    if (!plan)
        return reportOpenFailure(plan.error(), streams);
    auto history = (*store)->history(plan->id);
    if (!history)
        return reportOpenFailure(history.error(), streams);
    auto versions = (*store)->versions(plan->id);
    if (!versions)
        return reportOpenFailure(versions.error(), streams);
    PlanCommit commit;
    commit.entries = std::move(*history);
    for (TeamVersion &version : versions.value())
        commit.versions.push_back(NewVersion{version.name, version.comment, version.author,
                                             version.at, std::move(version.content)});
    auto home = FileHome::relocated(nullptr, out, PlanFormat::Cplan);
    if (const Status saved = home->save(plan->plan, commit); !saved) {
        streams.err << saved.error() << '\n';
        return ExitFailed;
    }
    streams.out
        << tr("saved \"%1\" (revision %2) as %3\n").arg(plan->name).arg(plan->revision).arg(out);
    return ExitOk;
}

int runSet(const QStringList &positional, const Arguments &args, Streams &streams)
{
    if (positional.size() < 4) {
        streams.err << tr("usage: cplan team set URL PLAN-NAME PATH=VALUE… [--revision N] "
                          "[--reason TEXT] [--edit-id ID]\n");
        return ExitBadInput;
    }
    struct Assignment
    {
        QString text;
        PathSteps steps;
        QJsonValue value;
    };
    std::vector<Assignment> assignments;
    for (const QString &text : positional.mid(3)) {
        const auto eq = text.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            streams.err << tr("%1: expected PATH=VALUE\n").arg(text);
            return ExitBadInput;
        }
        auto steps = parsePlanPath(text.left(eq));
        if (!steps) {
            streams.err << steps.error() << '\n';
            return ExitBadInput;
        }
        assignments.push_back({text, std::move(*steps), parseSetValue(text.mid(eq + 1))});
    }
    std::optional<qint64> revision;
    if (args.has(QStringLiteral("--revision"))) {
        bool ok = false;
        revision = args.value(QStringLiteral("--revision")).toLongLong(&ok);
        if (!ok || *revision < 1) {
            streams.err << tr("--revision: expected a revision number (got \"%1\")\n")
                               .arg(args.value(QStringLiteral("--revision")));
            return ExitBadInput;
        }
    }
    // A script's own id for this edit: sent again (after a lost connection), it is recognised
    // and nothing is applied twice.
    const QString editId = args.value(QStringLiteral("--edit-id"));
    if (args.has(QStringLiteral("--edit-id")) && (editId.isEmpty() || editId.size() > 200)) {
        streams.err << tr("--edit-id: expected an id of 1 to 200 characters\n");
        return ExitBadInput;
    }
    auto store = TeamStore::open(positional.at(1));
    if (!store)
        return reportOpenFailure(store.error(), streams);
    const auto change = [&](const Plan &current) -> Result<Plan> {
        QJsonObject json = planContentJson(current);
        for (const Assignment &assignment : assignments) {
            if (const Status set = setJsonPath(json, assignment.steps, assignment.value); !set)
                return Error{set.error()};
        }
        auto edited = readPlanContentJson(json);
        if (!edited)
            return edited;
        if (const auto violations = validatePlan(*edited); !violations.empty())
            return Error{tr("the result is not valid, nothing was changed:\n  %1")
                             .arg(violationsText(violations))};
        if (const Status locked = checkSignoffLocks(current, *edited); !locked)
            return Error{tr("%1; nothing was changed").arg(locked.error())};
        return edited;
    };
    QStringList paths;
    for (const Assignment &assignment : assignments)
        paths.append(assignment.text);
    const TeamEditResult result = (*store)->edit(
        positional.at(2), change, revision, tr("Set %1").arg(paths.join(QStringLiteral(", "))),
        args.value(QStringLiteral("--reason")), {}, editId);
    switch (result.refusal) {
    case TeamRefusal::None:
        streams.out << result.revision << '\n';
        return ExitOk;
    case TeamRefusal::BadInput:
    case TeamRefusal::Stale:
    case TeamRefusal::NoRight:
        streams.err << result.message << '\n';
        return ExitBadInput;
    case TeamRefusal::Moved: // only editFields() says so
    case TeamRefusal::Failed:
        break;
    }
    streams.err << result.message << '\n';
    return ExitFailed;
}

int runTeam(const Arguments &args, Streams &streams)
{
    const QStringList &positional = args.positional;
    const QString what = positional.value(0);
    if (what == QLatin1String("init"))
        return runInit(positional, streams);
    if (what == QLatin1String("people"))
        return runPeople(positional, args, streams);
    if (what == QLatin1String("publish"))
        return runPublish(positional, args, streams);
    if (what == QLatin1String("list"))
        return runList(positional, streams);
    if (what == QLatin1String("save"))
        return runSave(positional, streams);
    if (what == QLatin1String("set"))
        return runSet(positional, args, streams);
    streams.err << tr("cplan team: unknown subcommand \"%1\" (init, people, publish, list, save, "
                      "set)\n")
                       .arg(what);
    return ExitBadInput;
}

} // namespace

void addTeamCommand(CommandTable &table)
{
    table.push_back(
        {QStringLiteral("team"),
         QStringLiteral("cplan team init URL | people URL [--add NAME --role R "
                        "[--password-file FILE]] | publish PLAN URL [--as NAME] | list URL | "
                        "save URL PLAN-NAME OUT.cplan | set URL PLAN-NAME PATH=VALUE… "
                        "[--revision N] [--reason TEXT] [--edit-id ID]"),
         tr("the PostgreSQL team store (URL: a PostgreSQL connection URI; the password comes "
            "from the URI, PGPASSWORD or ~/.pgpass)"),
         2,
         1000,
         {{QStringLiteral("--add"), true},
          {QStringLiteral("--role"), true},
          {QStringLiteral("--password-file"), true},
          {QStringLiteral("--as"), true},
          {QStringLiteral("--revision"), true},
          {QStringLiteral("--edit-id"), true},
          {QStringLiteral("--reason"), true}},
         runTeam});
}

} // namespace cplan::cli
