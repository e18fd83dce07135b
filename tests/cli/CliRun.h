#pragma once

// `cplan` run in-process, as main() runs it, with its output captured. Shared by the CLI tests.

#include "TestPaths.h"
#include "app/cli/CliCommand.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTest>
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

// A file's bytes (empty when it cannot be read), and writing them, for tests that compare or plant
// files byte for byte.
inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace cplan::test
