#pragma once

// What the tests of the history commands (set, history, verify, version, versions, diff,
// signoff) share: the sample as a .cplan in a temporary folder, and --json output parsed.

#include "CliRun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace cplan::test {

inline const QString planA = QStringLiteral("Plan A (CNY 20M)");
inline const QString planB = QStringLiteral("Plan B (CNY 25M)");
inline const QString search = QStringLiteral("Search (long-tail keywords)");

// `cplan import` of the sample into `dir`/`name` (a .cplan, with an empty history).
inline QString importSample(const QTemporaryDir &dir,
                            const QString &name = QStringLiteral("plan.cplan"))
{
    const QString path = dir.filePath(name);
    const auto run = runCli({QStringLiteral("import"), samplePath(), path});
    if (run.exitCode != 0)
        qWarning("import failed: %s", qPrintable(run.err));
    return path;
}

// The --json output of `args` (a command that must succeed).
inline QJsonObject runJson(const QStringList &args)
{
    const auto run = runCli(args);
    if (run.exitCode != 0)
        qWarning("%s failed (%d): %s", qPrintable(args.join(QLatin1Char(' '))), run.exitCode,
                 qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace cplan::test
