// Issue 21, A.6 through the commands: import-actuals into a JSON plan, a CSV export and a PDF
// export on a full disk fail with a message and leave the previous file as it was. The full
// disk is real: RLIMIT_FSIZE makes the kernel refuse writes past a size (FileSizeLimit.h); the
// PDF runs in the real cplan binary, which gets the limit at its start.

#include "CliRun.h"
#include "support/FileSizeLimit.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifndef Q_OS_WIN
#include <csignal>
#include <sys/resource.h>
#endif

using namespace cplan;
using namespace Qt::StringLiterals;
using test::readBytes;
using test::runCli;
using test::writeBytes;

class DiskFullCommandTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::FileSizeLimit probe(1 << 30);
        if (!probe.active())
            QSKIP("no file size limit on this system");
    }

    void importActualsIntoAJsonPlan()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(u"plan.json"_s);
        QVERIFY(QFile::copy(test::samplePath(), plan));
        QFile::setPermissions(plan, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = readBytes(plan);
        const QString csv = dir.filePath(u"april.csv"_s);
        writeBytes(csv, "month,channel,spend,Leads,Registered users,Accounts opened\n"
                        "2025-04,Short video ads,1000,100,50,10\n");
        test::CliRun run;
        {
            test::FileSizeLimit full(4096);
            run = runCli({u"import-actuals"_s, plan, csv});
        }
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"plan.json: cannot be written ("_s) &&
                     run.err.contains(u"the previous file is unchanged"_s),
                 qPrintable(run.err));
        QCOMPARE(readBytes(plan), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{u"april.csv"_s, u"plan.json"_s}));
        // With room, the same import goes through.
        QCOMPARE(runCli({u"import-actuals"_s, plan, csv}).exitCode, 0);
    }

    void csvExport()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"monthly.csv"_s);
        writeBytes(out, "previous export\n");
        test::CliRun run;
        {
            test::FileSizeLimit full(1000);
            run = runCli({u"export"_s, test::samplePath(), u"--format"_s, u"csv"_s, u"--table"_s,
                          u"monthly"_s, u"--out"_s, out, u"--force"_s});
        }
        QVERIFY2(run.exitCode != 0, qPrintable(run.out));
        QVERIFY2(run.err.contains(u"monthly.csv: cannot write"_s), qPrintable(run.err));
        QCOMPARE(readBytes(out), QByteArray("previous export\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"monthly.csv"_s});
    }

    void xlsxExport()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"plan.xlsx"_s);
        writeBytes(out, "previous workbook");
        for (const qint64 limit : {qint64(0), qint64(4096), qint64(20000)}) {
            test::CliRun run;
            {
                test::FileSizeLimit full(limit);
                run = runCli({u"export"_s, test::samplePath(), u"--format"_s, u"xlsx"_s, u"--out"_s,
                              out, u"--force"_s});
            }
            QVERIFY2(run.exitCode != 0, qPrintable(u"limit %1: %2"_s.arg(limit).arg(run.out)));
            QCOMPARE(readBytes(out), QByteArray("previous workbook"));
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                     QStringList{u"plan.xlsx"_s});
        }
    }

    void pdfExport()
    {
#ifdef Q_OS_WIN
        QSKIP("no file size limit on Windows");
#else
        QTemporaryDir dir;
        const QString out = dir.filePath(u"report.pdf"_s);
        writeBytes(out, "previous report");
        QProcess cplan;
        cplan.setChildProcessModifier([] {
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit limit{};
            getrlimit(RLIMIT_FSIZE, &limit);
            limit.rlim_cur = 4096;
            setrlimit(RLIMIT_FSIZE, &limit);
        });
        cplan.start(QStringLiteral(CPLAN_EXECUTABLE),
                    {u"export"_s, test::samplePath(), u"--format"_s, u"pdf"_s, u"--out"_s, out,
                     u"--force"_s});
        QVERIFY(cplan.waitForFinished(120000));
        const QString err = QString::fromUtf8(cplan.readAllStandardError());
        QVERIFY2(cplan.exitStatus() == QProcess::NormalExit && cplan.exitCode() != 0,
                 qPrintable(err));
        QVERIFY2(err.contains(u"report.pdf: cannot write"_s), qPrintable(err));
        QCOMPARE(readBytes(out), QByteArray("previous report"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"report.pdf"_s});
#endif
    }
};

QTEST_GUILESS_MAIN(DiskFullCommandTest)
#include "DiskFullCommandTest.moc"
