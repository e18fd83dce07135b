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
    void exportDoesNotReplaceAnotherPlan();
    void exportRespectsReadOnlyFilesLinksAndDevices();
    void csvExportChecksEveryFileItWrites();
    void newOverAnExistingPlanNeedsForceAndKeepsItsBackup();
    void aNewlineInANameForgesNoLine();
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

// Issue 21, item 12: `export --format xlsx|pdf|csv --out OTHER.cplan` replaced another plan.
// An export replaces a plan only with --force.
void FileSafetyTest::exportDoesNotReplaceAnotherPlan()
{
    QTemporaryDir folder;
    const QString other = folder.filePath(u"other.cplan"_s);
    QCOMPARE(runCli({u"new"_s, other, u"--sample"_s, u"brokerage"_s}).exitCode, 0);
    const QByteArray before = readBytes(other);
    for (const QString &format : {u"xlsx"_s, u"pdf"_s, u"csv"_s}) {
        QStringList args = {u"export"_s, test::samplePath(), u"--format"_s,
                            format,      u"--out"_s,         other};
        if (format == u"csv"_s)
            args << u"--table"_s << u"summary"_s;
        const CliRun run = runCli(args);
        QVERIFY2(run.exitCode == 2, qPrintable(format + u": "_s + describe(run)));
        QVERIFY2(run.err.contains(u"other.cplan: is a Campaign Planner plan, so it was not "
                                  "replaced (add --force to replace it)"_s),
                 qPrintable(run.err));
        QCOMPARE(readBytes(other), before);
    }
    const CliRun forced = runCli({u"export"_s, test::samplePath(), u"--format"_s, u"xlsx"_s,
                                  u"--out"_s, other, u"--force"_s});
    QVERIFY2(forced.exitCode == 0, qPrintable(describe(forced)));
    QVERIFY(readBytes(other).startsWith("PK"));
}

// Read-only files, links to files that are not plans, and devices are refused, --force or not.
void FileSafetyTest::exportRespectsReadOnlyFilesLinksAndDevices()
{
    QTemporaryDir folder;
    const QString readOnly = folder.filePath(u"report.xlsx"_s);
    writeBytes(readOnly, "an old report");
    QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ReadGroup));
    const QString notes = folder.filePath(u"notes.txt"_s);
    writeBytes(notes, "my notes\n");
    const QString link = folder.filePath(u"link.xlsx"_s);
    QVERIFY(QFile::link(notes, link));
    const struct
    {
        QString out;
        QString reason;
    } cases[] = {{readOnly, u"the file is read-only"_s},
                 {link, u"symbolic link"_s},
                 {u"/dev/null"_s, u"it is a device, not a file"_s}};
    for (const auto &target : cases) {
        for (const bool force : {false, true}) {
            QStringList args = {u"export"_s, test::samplePath(), u"--format"_s,
                                u"xlsx"_s,   u"--out"_s,         target.out};
            if (force)
                args << u"--force"_s;
            const CliRun run = runCli(args);
            QVERIFY2(run.exitCode == 2, qPrintable(target.out + u": "_s + describe(run)));
            QVERIFY2(run.err.contains(target.reason), qPrintable(run.err));
        }
    }
    QCOMPARE(readBytes(readOnly), QByteArray("an old report"));
    QCOMPARE(readBytes(notes), QByteArray("my notes\n"));
    QVERIFY(QFileInfo(link).isSymLink());
}

// CSV without --table writes NAME-<table>.csv for nine tables; each of them is checked, not
// only --out (one of them replaced the input plan, a read-only file and a file behind a link).
void FileSafetyTest::csvExportChecksEveryFileItWrites()
{
    QTemporaryDir folder;
    const QString input = folder.filePath(u"out-summary.csv"_s); // a plan, whatever its name
    QCOMPARE(runCli({u"new"_s, input, u"--sample"_s, u"brokerage"_s}).exitCode, 0);
    const QByteArray inputBytes = readBytes(input);
    const QString out = folder.filePath(u"out.csv"_s);
    CliRun run =
        runCli({u"export"_s, input, u"--format"_s, u"csv"_s, u"--out"_s, out, u"--force"_s});
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(u"out-summary.csv: refusing to overwrite the plan being exported"_s),
             qPrintable(run.err));
    QCOMPARE(readBytes(input), inputBytes);

    const QString plan = folder.filePath(u"plan.cplan"_s);
    QVERIFY(QFile::copy(input, plan));
    const QString readOnly = folder.filePath(u"out-monthly.csv"_s);
    writeBytes(readOnly, "kept");
    QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner));
    run = runCli({u"export"_s, plan, u"--format"_s, u"csv"_s, u"--out"_s, out, u"--force"_s});
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(u"out-monthly.csv: cannot be written (the file is read-only)"_s),
             qPrintable(run.err));
    QCOMPARE(readBytes(readOnly), QByteArray("kept"));
    QCOMPARE(readBytes(input), inputBytes);
    // Nothing was written: the checks come before the first file.
    QVERIFY(!QFile::exists(folder.filePath(u"out-targets.csv"_s)));
}

// Issue 21, item 15: `cplan new` over an existing plan needs --force; run twice with it, the
// second run does not replace the backup of the plan the first one discarded.
void FileSafetyTest::newOverAnExistingPlanNeedsForceAndKeepsItsBackup()
{
    QTemporaryDir folder;
    const QString plan = folder.filePath(u"plan.cplan"_s);
    QCOMPARE(runCli({u"new"_s, plan, u"--sample"_s, u"brokerage"_s}).exitCode, 0);
    const QByteArray sample = readBytes(plan);
    CliRun run = runCli({u"new"_s, plan});
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(u"plan.cplan: is a Campaign Planner plan, so it was not replaced "
                              "(add --force to replace it)"_s),
             qPrintable(run.err));
    QCOMPARE(readBytes(plan), sample);
    for (int time = 0; time < 2; ++time) {
        run = runCli({u"new"_s, plan, u"--force"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(readBytes(plan + u".bak"_s), sample);
    }
    QVERIFY(readBytes(plan) != sample);
}

// Issue 21: a channel name holding a newline printed a line of its own in the readable table,
// one that looks like output of cplan ("Forged  99,999,999 ..."); the plan's name likewise.
void FileSafetyTest::aNewlineInANameForgesNoLine()
{
    QTemporaryDir folder;
    const QString json = folder.filePath(u"plan.json"_s);
    QByteArray bytes = readBytes(test::samplePath());
    const QByteArray name = "\"Search (long-tail keywords)\"";
    QVERIFY(bytes.contains(name));
    bytes.replace(name, "\"Search\\nForged channel  99,999,999\\r\\tx\"");
    const QByteArray planName = "\"name\": \"";
    QVERIFY(bytes.contains(planName));
    bytes.replace(bytes.indexOf(planName), planName.size(), "\"name\": \"Plan\\nForged plan ");
    writeBytes(json, bytes);
    const CliRun run = runCli({u"project"_s, json});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    for (const QString &line : run.out.split(u'\n')) {
        QVERIFY2(!line.trimmed().startsWith(u"Forged"_s), qPrintable(run.out));
        QVERIFY2(!line.contains(u'\r') && !line.contains(u'\t'), qPrintable(run.out));
    }
    QVERIFY2(run.out.contains(u"Search\\u000aForged channel  99,999,999\\u000d\\u0009x"_s),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Plan\\u000aForged plan Brokerage"_s), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(FileSafetyTest)
#include "FileSafetyTest.moc"
