#pragma once

// `cplan` run in-process, as main() runs it, with its output captured. Shared by the CLI tests.

#include "TestPaths.h"
#include "app/cli/CliCommand.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace cplan::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &args)
{
    CliRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = cli::run(args, out, err);
    out.flush();
    err.flush();
    return result;
}

// The sample plan the CLI tests run on.
inline QString samplePath()
{
    return dataPath(QStringLiteral("brokerage-2025.json"));
}

} // namespace cplan::test
