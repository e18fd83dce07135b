// Issue 14, items 6 and 8: where `cplan` must not write, and what it must not print raw.

#include "CliRun.h"
#include "TestPaths.h"

#include "models/storage/PlanJson.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

using test::CliRun;
using test::readBytes;
using test::runCli;
using test::writeBytes;

QString describe(const CliRun &run)
{
    return u"exit %1\nout: %2\nerr: %3"_s.arg(run.exitCode).arg(run.out, run.err);
}

} // namespace

class FileSafetyTest : public QObject
{
    Q_OBJECT

private slots:
    void importDoesNotReplaceATextFile();
    void importReplacesATextFileWithForce();
    void importRespectsAReadOnlyPlan();
    void importDoesNotFollowALinkToANonPlan();
    void importWritesThroughALinkToOwnPlan();
    void exportNeverOverwritesItsInput();
    void importNeverOverwritesItsInput();
    void controlCharactersAreEscaped();
    void readOnlyFolderIsExplained();
};

void FileSafetyTest::importDoesNotReplaceATextFile()
{
    QTemporaryDir folder;
    const QString notes = folder.filePath(u"notes.txt"_s);
    writeBytes(notes, "my notes\n");
    const CliRun run = runCli({u"import"_s, test::samplePath(), notes});
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(u"notes.txt: exists and is not a Campaign Planner plan"_s),
             qPrintable(run.err));
    QCOMPARE(readBytes(notes), QByteArray("my notes\n"));
    QVERIFY(!QFile::exists(notes + u".bak"_s));
}

void FileSafetyTest::importReplacesATextFileWithForce()
{
    QTemporaryDir folder;
    const QString notes = folder.filePath(u"notes.txt"_s);
    writeBytes(notes, "my notes\n");
    const CliRun run = runCli({u"import"_s, test::samplePath(), notes, u"--force"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(readBytes(notes).startsWith("SQLite format 3"));
}

void FileSafetyTest::importRespectsAReadOnlyPlan()
{
    QTemporaryDir folder;
    const QString plan = folder.filePath(u"plan.cplan"_s);
    QCOMPARE(runCli({u"new"_s, plan}).exitCode, 0);
    const QByteArray before = readBytes(plan);
    QVERIFY(QFile::setPermissions(plan, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const CliRun run = runCli({u"import"_s, test::samplePath(), plan});
    QVERIFY2(run.exitCode != 0, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(u"read-only"_s), qPrintable(run.err));
    QCOMPARE(readBytes(plan), before);
}

void FileSafetyTest::importDoesNotFollowALinkToANonPlan()
{
    QTemporaryDir folder;
    const QString system = folder.filePath(u"passwd"_s);
    writeBytes(system, "root:x:0:0:root:/root:/bin/bash\n");
    const QString link = folder.filePath(u"link.cplan"_s);
    QVERIFY(QFile::link(system, link));
    // --force replaces a non-plan file, but never through a link.
    const CliRun run = runCli({u"import"_s, test::samplePath(), link, u"--force"_s});
    QVERIFY2(run.exitCode != 0, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(u"symbolic link"_s), qPrintable(run.err));
    QCOMPARE(readBytes(system), QByteArray("root:x:0:0:root:/root:/bin/bash\n"));
}

void FileSafetyTest::importWritesThroughALinkToOwnPlan()
{
    QTemporaryDir folder;
    const QString plan = folder.filePath(u"plan.cplan"_s);
    QCOMPARE(runCli({u"new"_s, plan}).exitCode, 0);
    const QString link = folder.filePath(u"link.cplan"_s);
    QVERIFY(QFile::link(plan, link));
    const CliRun run = runCli({u"import"_s, test::samplePath(), link});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(runCli({u"validate"_s, plan}).exitCode, 0);
    QVERIFY(runCli({u"project"_s, plan}).out.contains(u"Search"_s));
}

void FileSafetyTest::exportNeverOverwritesItsInput()
{
    QTemporaryDir folder;
    const QString plan = folder.filePath(u"plan.cplan"_s);
    QCOMPARE(runCli({u"new"_s, plan, u"--sample"_s, u"brokerage"_s}).exitCode, 0);
    const QByteArray before = readBytes(plan);
    const QString viaOtherName = folder.filePath(u"./sub/../plan.cplan"_s);
    QDir(folder.path()).mkdir(u"sub"_s);
    for (const QString &out : {plan, viaOtherName}) {
        const CliRun run = runCli({u"export"_s, plan, u"--out"_s, out, u"--force"_s});
        QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
        // (export's own check, from main, words it "refusing to overwrite the plan being
        // exported"; import uses outputAllowed's "is the input of this command".)
        QVERIFY2(run.err.contains(u"refusing to overwrite the plan being exported"_s) ||
                     run.err.contains(u"is the input of this command"_s),
                 qPrintable(run.err));
    }
    QCOMPARE(readBytes(plan), before);
}

void FileSafetyTest::importNeverOverwritesItsInput()
{
    QTemporaryDir folder;
    const QString json = folder.filePath(u"plan.json"_s);
    QVERIFY(QFile::copy(test::samplePath(), json));
    const QByteArray before = readBytes(json);
    const CliRun run = runCli({u"import"_s, json, json});
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QCOMPARE(readBytes(json), before);
}

void FileSafetyTest::controlCharactersAreEscaped()
{
    // A channel name with ESC sequences that clear the screen and retitle the window.
    QTemporaryDir folder;
    const QString json = folder.filePath(u"plan.json"_s);
    QByteArray bytes = readBytes(test::samplePath());
    const QByteArray name = "\"Search (long-tail keywords)\"";
    QVERIFY(bytes.contains(name));
    bytes.replace(name, "\"Search \\u001b[2J\\u001b]0;pwned\\u0007\"");
    writeBytes(json, bytes);
    // And a plan whose currency is an ESC sequence: validate quotes it in its message.
    const QString invalid = folder.filePath(u"invalid.json"_s);
    QByteArray invalidBytes = readBytes(test::samplePath());
    QVERIFY(invalidBytes.contains("\"currency\": \"CNY\""));
    invalidBytes.replace("\"currency\": \"CNY\"", "\"currency\": \"\\u001b[2J\"");
    writeBytes(invalid, invalidBytes);
    for (const QStringList &args :
         {QStringList{u"project"_s, json}, QStringList{u"validate"_s, invalid}}) {
        const CliRun run = runCli(args);
        const QString all = run.out + run.err;
        QVERIFY2(!all.contains(QChar(0x1b)) && !all.contains(QChar(0x07)),
                 qPrintable(describe(run)));
        QVERIFY2(all.contains(u"\\u001b[2J"_s), qPrintable(describe(run)));
    }
}

void FileSafetyTest::readOnlyFolderIsExplained()
{
    QTemporaryDir folder;
    const QString locked = folder.filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(locked));
    QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
    const CliRun run = runCli({u"new"_s, locked + u"/plan.cplan"_s});
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY2(run.exitCode != 0, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(u"is read-only, so no file can be written in it"_s),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(u"no file was written"_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(FileSafetyTest)
#include "FileSafetyTest.moc"
