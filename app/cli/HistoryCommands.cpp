// cplan history | verify | version | versions | signoff (MODEL.md §9, §10): the plan's audit
// trail, its saved versions and the sign-off of its scenarios. The commands that write (version
// --save, signoff) go through the document and its home like every other write, so the history
// entry is appended in one place (ARCHITECTURE.md rule 15); the others only read the file's
// record.

#include "app/cli/CliCommand.h"
#include "app/cli/CliOutput.h"

#include "models/document/PlanDocument.h"
#include "models/document/PlanHome.h"
#include "models/history/HistoryEntry.h"
#include "models/history/SignoffRules.h"
#include "models/storage/PlanIo.h"
#include "models/storage/PlanJson.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cplan::cli {

namespace {

// The plan's home read from `path` (the plan and its record), or the reader's message on `err`.
std::unique_ptr<FileHome> openHomeOrReport(const QString &path, Streams &streams)
{
    auto home = std::make_unique<FileHome>(path);
    if (const auto opened = home->open(); !opened) {
        streams.err << opened.error() << QLatin1Char('\n');
        return nullptr;
    }
    return home;
}

// A stored entry as JSON, "hash" included, exactly as the file holds it, so anyone can check
// the chain again (MODEL.md §9). An entry that is no longer JSON at all (altered outside the
// app) is shown as its text.
QJsonObject storedEntryJson(const StoredEntry &stored)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(stored.canonical, &error);
    QJsonObject object;
    if (error.error == QJsonParseError::NoError && document.isObject()) {
        object = document.object();
    } else {
        object.insert(QStringLiteral("seq"), stored.seq);
        object.insert(QStringLiteral("unreadable"), QString::fromUtf8(stored.canonical));
    }
    object.insert(QStringLiteral("hash"), stored.hash);
    return object;
}

// "1 entry", "2 entries": the command line is English (no translation is installed), so "%n
// entry(ies)" would print as it is written.
QString entryCount(std::size_t count)
{
    return count == 1 ? tr("1 entry") : tr("%1 entries").arg(count);
}

int runHistory(const Arguments &args, Streams &streams)
{
    const auto home = openHomeOrReport(args.positional.at(0), streams);
    if (!home)
        return ExitBadInput;
    const ChainCheck &check = home->chainCheck();
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray entries;
        for (const StoredEntry &stored : home->history())
            entries.append(storedEntryJson(stored));
        printJson({{QStringLiteral("entries"), entries},
                   {QStringLiteral("verified"), check.verified},
                   {QStringLiteral("altered_at"),
                    check.alteredAt ? QJsonValue(*check.alteredAt) : QJsonValue()}},
                  streams);
        return ExitOk;
    }
    const QString name = QFileInfo(args.positional.at(0)).fileName();
    if (home->history().empty()) {
        streams.out << tr("%1: no history yet\n").arg(name);
        return ExitOk;
    }
    TextTable table(
        {tr("#"), tr("At (UTC)"), tr("Author"), tr("Action"), tr("Changes"), tr("Reason")},
        QLatin1String("rlllrl"));
    // An entry that no longer reads is listed as what it is (its action says why).
    for (const HistoryEntry &entry : home->historyEntries()) {
        table.addRow({QString::number(entry.seq), entry.at, oneLine(entry.author),
                      oneLine(entry.action), QString::number(entry.changes.size()),
                      oneLine(entry.reason)});
    }
    table.print(streams.out);
    if (check.verified) {
        streams.out << tr("%1, the chain verifies\n").arg(entryCount(home->history().size()));
    } else {
        streams.out << tr("the chain does not verify: %1\n").arg(check.message);
    }
    return ExitOk;
}

int runVerify(const Arguments &args, Streams &streams)
{
    const QString path = args.positional.at(0);
    // A damaged file (its content no longer matches its checksum) is refused by the reader,
    // whose message says so: that is a failed verification, not bad usage.
    const auto home = openHomeOrReport(path, streams);
    if (!home)
        return ExitFailed;
    const ChainCheck &check = home->chainCheck();
    if (!check.verified) {
        streams.err << check.message << QLatin1Char('\n');
        return ExitFailed;
    }
    // Each saved version's plan must still be the one its content hash names: a version is
    // what a board signed, and the history chain does not cover its snapshot.
    for (const VersionInfo &version : home->versions()) {
        const auto content = home->versionContent(version.name);
        if (!content) {
            streams.err << content.error() << QLatin1Char('\n');
            return ExitFailed;
        }
        if (planContentHash(*content) != version.contentHash) {
            streams.err << tr("version \"%1\" (%2, %3): its plan no longer matches its content "
                              "hash; it was altered or damaged after it was saved\n")
                               .arg(oneLine(version.name), version.at, oneLine(version.author));
            return ExitFailed;
        }
    }
    QString count = entryCount(home->history().size());
    if (const auto versions = home->versions().size(); versions > 0)
        count += versions == 1 ? tr(", 1 version") : tr(", %1 versions").arg(versions);
    if (home->format() == PlanFormat::Cplan)
        streams.out << tr("verified: %1, content checksum ok\n").arg(count);
    else
        streams.out
            << tr("verified: %1 (an interchange JSON file has no content checksum)\n").arg(count);
    return ExitOk;
}

int runVersion(const Arguments &args, Streams &streams)
{
    const QString path = args.positional.at(0);
    if (!args.has(QStringLiteral("--save"))) {
        streams.err << tr("cplan version: --save NAME is missing\nusage: cplan version PLAN "
                          "--save NAME [--comment TEXT]\n");
        return ExitBadInput;
    }
    const QString name = args.value(QStringLiteral("--save")).trimmed();
    if (name.isEmpty()) {
        streams.err << tr("--save: the version name must not be empty; nothing was written\n");
        return ExitBadInput;
    }
    int status = ExitOk;
    const auto document = openDocumentOrReport(path, streams, &status);
    if (!document)
        return status;
    if (document->home().hasVersion(name)) {
        for (const VersionInfo &version : document->versions()) {
            if (version.name == name)
                streams.err << tr("--save: the plan already has a version named \"%1\" (saved %2 "
                                  "by %3); nothing was written\n")
                                   .arg(name, version.at, version.author);
        }
        return ExitBadInput;
    }
    if (const Status saved =
            document->saveVersion(name, args.value(QStringLiteral("--comment")).trimmed());
        !saved) {
        streams.err << saved.error() << QLatin1Char('\n');
        return ExitFailed;
    }
    QString hash;
    for (const VersionInfo &version : document->versions()) {
        if (version.name == name)
            hash = version.contentHash;
    }
    streams.out << tr("%1: saved version \"%2\" (content %3)\n")
                       .arg(QFileInfo(path).fileName(), oneLine(name), hash.left(12));
    return ExitOk;
}

int runVersions(const Arguments &args, Streams &streams)
{
    const auto home = openHomeOrReport(args.positional.at(0), streams);
    if (!home)
        return ExitBadInput;
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray versions;
        for (const VersionInfo &version : home->versions()) {
            versions.append(QJsonObject{{QStringLiteral("name"), version.name},
                                        {QStringLiteral("at"), version.at},
                                        {QStringLiteral("author"), version.author},
                                        {QStringLiteral("comment"), version.comment},
                                        {QStringLiteral("content_hash"), version.contentHash}});
        }
        printJson({{QStringLiteral("versions"), versions}}, streams);
        return ExitOk;
    }
    if (home->versions().empty()) {
        streams.out << tr("%1: no versions yet (save one with cplan version PLAN --save NAME)\n")
                           .arg(QFileInfo(args.positional.at(0)).fileName());
        return ExitOk;
    }
    TextTable table({tr("Version"), tr("At (UTC)"), tr("Author"), tr("Comment")},
                    QLatin1String("llll"));
    for (const VersionInfo &version : home->versions()) {
        table.addRow(
            {oneLine(version.name), version.at, oneLine(version.author), oneLine(version.comment)});
    }
    table.print(streams.out);
    return ExitOk;
}

int runSignoff(const Arguments &args, Streams &streams)
{
    const QString path = args.positional.at(0);
    const QString actionText = args.positional.at(1);
    const auto action = signoffActionFromString(actionText);
    if (!action) {
        streams.err << tr("cplan signoff: unknown action \"%1\" (submit, approve, return or "
                          "lock); nothing was written\n")
                           .arg(actionText);
        return ExitBadInput;
    }
    // Which scenario is signed off is never guessed.
    if (!args.has(QStringLiteral("--scenario"))) {
        streams.err << tr("cplan signoff: --scenario NAME is missing; nothing was written\n");
        return ExitBadInput;
    }
    int status = ExitOk;
    const auto document = openDocumentOrReport(path, streams, &status);
    if (!document)
        return status;
    const Plan &plan = document->plan();
    const Scenario *scenario = scenarioOrReport(plan, args, streams);
    if (!scenario)
        return ExitBadInput;
    const int index = static_cast<int>(scenario - plan.scenarios.data());
    const SignoffState from = scenario->signoff.state;
    const QString comment = args.value(QStringLiteral("--comment")).trimmed();
    if (const Status done = document->signoff(index, *action, comment); !done) {
        streams.err << done.error() << tr("\nnothing was written\n");
        return ExitBadInput;
    }
    if (const Status saved = document->save(); !saved) {
        streams.err << saved.error() << QLatin1Char('\n');
        return ExitFailed;
    }
    const Scenario &after = document->plan().scenarios.at(static_cast<std::size_t>(index));
    streams.out << tr("%1: scenario \"%2\" %3 → %4 by %5\n")
                       .arg(QFileInfo(path).fileName(), oneLine(after.name), toString(from),
                            toString(after.signoff.state), oneLine(document->author()));
    return ExitOk;
}

} // namespace

void addHistoryCommands(CommandTable &table)
{
    table.push_back({QStringLiteral("history"),
                     QStringLiteral("cplan history PLAN [--json]"),
                     tr("lists the plan's history: each change with when, who, what and why, "
                        "and whether the hash chain verifies (the JSON holds every entry as "
                        "stored, hash included)"),
                     1,
                     1,
                     {{QStringLiteral("--json"), false}},
                     runHistory});
    table.push_back({QStringLiteral("verify"),
                     QStringLiteral("cplan verify PLAN"),
                     tr("checks the history's hash chain and the content checksum; exit 1 names "
                        "the altered entry or the damage"),
                     1,
                     1,
                     {},
                     runVerify});
    table.push_back({QStringLiteral("version"),
                     QStringLiteral("cplan version PLAN --save NAME [--comment TEXT]"),
                     tr("saves a named version (a snapshot of the whole plan) in the file; a name "
                        "that exists is refused (exit 2)"),
                     1,
                     1,
                     {{QStringLiteral("--save"), true}, {QStringLiteral("--comment"), true}},
                     runVersion});
    table.push_back({QStringLiteral("versions"),
                     QStringLiteral("cplan versions PLAN [--json]"),
                     tr("lists the saved versions"),
                     1,
                     1,
                     {{QStringLiteral("--json"), false}},
                     runVersions});
    table.push_back({QStringLiteral("signoff"),
                     QStringLiteral("cplan signoff PLAN --scenario NAME submit|approve|return|lock "
                                    "[--comment TEXT]"),
                     tr("moves a scenario through its sign-off: draft → submitted → approved → "
                        "locked, or returned to draft (return needs --comment); only a draft "
                        "can be edited"),
                     2,
                     2,
                     {{QStringLiteral("--scenario"), true}, {QStringLiteral("--comment"), true}},
                     runSignoff});
}

} // namespace cplan::cli
