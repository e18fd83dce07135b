// cplan import-actuals, run in-process: the GB18030 sample month, --dry-run, exit codes,
// --skip-bad, --map, --encoding, and the plan rewritten atomically in its own format.

#include "CliRun.h"
#include "TestPaths.h"
#include "models/storage/PlanIo.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace cplan;

namespace {

using test::runCli;

const QString gbMonth = QStringLiteral("actuals-2025-04-gb18030.csv");

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The sample plan as JSON in `dir`.
QString copySample(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QFile::copy(test::samplePath(), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

const Actual *findActual(const Plan &plan, const QString &month, const QString &channel)
{
    for (const auto &actual : plan.actuals) {
        if (actual.month == month && actual.channel == channel)
            return &actual;
    }
    return nullptr;
}

} // namespace

class ImportActualsCommandTest : public QObject
{
    Q_OBJECT

private slots:
    void dryRunPrintsTheReportAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString plan = copySample(dir);
        const QByteArray before = readBytes(plan);
        const auto run = runCli({QStringLiteral("import-actuals"), plan, test::dataPath(gbMonth),
                                 QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7);
        QCOMPARE(lines.at(0), QStringLiteral("row 2: adds 2025-04 × Search (long-tail keywords), "
                                             "spend 118,420.50, Leads 2,401, Registered users "
                                             "688, Accounts opened 83"));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("row 3: adds 2025-04 × Short video ads,")));
        QCOMPARE(lines.at(6), QStringLiteral("actuals-2025-04-gb18030.csv: 6 row(s) to add, 0 to "
                                             "replace, 0 refused"));
        QCOMPARE(readBytes(plan), before);
    }

    // The acceptance for the CLI: a month of actuals from a GB18030 CSV.
    void importsTheGb18030MonthIntoJson()
    {
        QTemporaryDir dir;
        const QString plan = copySample(dir);
        // A second name for the old file: an atomic rewrite replaces the directory entry, so
        // the old content stays reachable through the link (an in-place write would change it).
        const QString link = dir.filePath(QStringLiteral("old.json"));
        QCOMPARE(::link(QFile::encodeName(plan).constData(), QFile::encodeName(link).constData()),
                 0);
        const QByteArray before = readBytes(plan);
        const auto run = runCli({QStringLiteral("import-actuals"), plan, test::dataPath(gbMonth)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("plan.json: imported 6 row(s) from "
                                         "actuals-2025-04-gb18030.csv (6 added, 0 replaced, 0 "
                                         "skipped)\n"));
        QCOMPARE(readBytes(link), before);
        QVERIFY(readBytes(plan).trimmed().startsWith('{')); // JSON stays JSON
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 (QStringList{QStringLiteral("old.json"), QStringLiteral("plan.json")}));
        PlanFormat format = PlanFormat::Cplan;
        const auto loaded = loadPlan(plan, &format);
        QVERIFY(loaded.ok());
        QCOMPARE(format, PlanFormat::Json);
        QCOMPARE(loaded->actuals.size(), std::size_t(24));
        const Actual *search = findActual(*loaded, QStringLiteral("2025-04"),
                                          QStringLiteral("Search (long-tail keywords)"));
        QVERIFY(search);
        QCOMPARE(search->spend, 118420.50);
        QCOMPARE(search->volumes, (std::vector<double>{2401, 688, 83}));
        const Actual *video =
            findActual(*loaded, QStringLiteral("2025-04"), QStringLiteral("Short video ads"));
        QVERIFY(video); // "short video ads" in the file matched case-insensitively
        QCOMPARE(video->spend, 196310.80);

        // Importing the same month again replaces the six rows.
        const auto again =
            runCli({QStringLiteral("import-actuals"), plan, test::dataPath(gbMonth)});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QLatin1String("(0 added, 6 replaced, 0 skipped)")));
    }

    void cplanStaysCplan()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.cplan"));
        QCOMPARE(runCli({QStringLiteral("new"), plan, QStringLiteral("--sample"),
                         QStringLiteral("brokerage")})
                     .exitCode,
                 0);
        const auto run = runCli({QStringLiteral("import-actuals"), plan, test::dataPath(gbMonth)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(readBytes(plan).startsWith("SQLite format 3"));
        PlanFormat format = PlanFormat::Json;
        const auto loaded = loadPlan(plan, &format);
        QVERIFY(loaded.ok());
        QCOMPARE(format, PlanFormat::Cplan);
        QCOMPARE(loaded->actuals.size(), std::size_t(24));
    }

    void refusedRowsExitTwoAndChangeNothing()
    {
        QTemporaryDir dir;
        const QString plan = copySample(dir);
        const QString csv = dir.filePath(QStringLiteral("bad.csv"));
        QVERIFY(writeBytes(csv, "month;channel;spend\n"
                                "2025-05;Short video ads;1.000,50\n"
                                "2025-05;Tiktok;5\n"
                                "2027-01;Short video ads;5\n"));
        const QByteArray before = readBytes(plan);
        const auto run = runCli({QStringLiteral("import-actuals"), plan, csv});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QStringLiteral("row 3: channel “Tiktok” is not in the plan\n"
                                         "row 4: month 2027-01 is outside the plan's horizon "
                                         "2025-01 to 2025-12\n"
                                         "bad.csv: 2 row(s) refused; nothing was imported (use "
                                         "--skip-bad to import the other rows)\n"));
        QCOMPARE(readBytes(plan), before);

        const auto dry =
            runCli({QStringLiteral("import-actuals"), plan, csv, QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 2);
        QVERIFY(dry.out.contains(QStringLiteral("row 3: channel “Tiktok” is not in the plan\n")));
        const auto dryBad = runCli({QStringLiteral("import-actuals"), plan, csv,
                                    QStringLiteral("--dry-run"), QStringLiteral("--skip-bad")});
        QCOMPARE(dryBad.exitCode, 0);
        QCOMPARE(readBytes(plan), before);

        const auto skip =
            runCli({QStringLiteral("import-actuals"), plan, csv, QStringLiteral("--skip-bad")});
        QCOMPARE(skip.exitCode, 0);
        QVERIFY(skip.err.startsWith(QStringLiteral("skipped row 3: channel “Tiktok”")));
        QVERIFY(skip.out.contains(QLatin1String("imported 1 row(s) from bad.csv (1 added, 0 "
                                                "replaced, 2 skipped)")));
        const auto loaded = loadPlan(plan);
        QVERIFY(loaded.ok());
        const Actual *may =
            findActual(*loaded, QStringLiteral("2025-05"), QStringLiteral("Short video ads"));
        QVERIFY(may);
        QCOMPARE(may->spend, 1000.5);
    }

    // Issue 22 A.1–A.5 through the CLI: a WPS-like file with a title row, a unit note, 万元,
    // Chinese stage columns and a totals row; an unmapped stage column is named on stderr.
    void financeFileFromWps()
    {
        QTemporaryDir dir;
        const QString plan = copySample(dir);
        const QString csv = dir.filePath(QStringLiteral("wps.csv"));
        QVERIFY(writeBytes(csv, QStringLiteral("2025年5月投放实际数据,,,,,\n"
                                               "月份,渠道,花费（万元）,线索数,注册用户数,开户数\n"
                                               "2025-05,Short video ads,41.236153,19854,3978,289\n"
                                               "合计,,41.236153,19854,3978,289\n")
                                    .toUtf8()));
        auto run = runCli({QStringLiteral("import-actuals"), plan, csv, QStringLiteral("--map"),
                           QStringLiteral("stage2=-")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("the headers are in row 2")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("column 6 (“开户数”) looks like a stage volume")),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("multiplied by 10,000")));
        QVERIFY(run.err.contains(QStringLiteral("skipped row 4: a totals row (“合计”)")));
        auto loaded = loadPlan(plan);
        QVERIFY(loaded.ok());
        const Actual *may =
            findActual(*loaded, QStringLiteral("2025-05"), QStringLiteral("Short video ads"));
        QVERIFY(may);
        QCOMPARE(may->spend, 412361.53);
        QCOMPARE(may->volumes, (std::vector<double>{19854, 3978}));

        // All three stages by meaning when nothing is left out; --header-row chooses the row.
        run = runCli({QStringLiteral("import-actuals"), plan, csv, QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.err.contains(QStringLiteral("looks like")), qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("Accounts opened 289")));
        run = runCli({QStringLiteral("import-actuals"), plan, csv, QStringLiteral("--dry-run"),
                      QStringLiteral("--header-row"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 2);
        run = runCli({QStringLiteral("import-actuals"), plan, csv, QStringLiteral("--dry-run"),
                      QStringLiteral("--header-row"), QStringLiteral("x")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--header-row")));
    }

    // Issue 22 E.25: every command's --help prints its usage and exits 0.
    void everyCommandHasHelp()
    {
        for (const QString &command :
             {QStringLiteral("import-actuals"), QStringLiteral("replan"), QStringLiteral("export"),
              QStringLiteral("project"), QStringLiteral("validate")}) {
            const auto run = runCli({command, QStringLiteral("--help")});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.startsWith(QStringLiteral("usage: cplan ") + command),
                     qPrintable(run.out));
            QVERIFY(run.err.isEmpty());
        }
        const auto run = runCli({QStringLiteral("import-actuals"), QStringLiteral("-h")});
        QCOMPARE(run.exitCode, 0);
    }

    void mapNamesTheColumns()
    {
        QTemporaryDir dir;
        const QString plan = copySample(dir);
        const QString csv = dir.filePath(QStringLiteral("cols.tsv"));
        QVERIFY(writeBytes(csv, "A\tB\tC\tD\n2025-06\tShort video ads\t10\t4\n"));
        auto run = runCli({QStringLiteral("import-actuals"), plan, csv});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QLatin1String("cols.tsv: No column is chosen for month, "
                                                  "channel, spend. The headers are: A, B, C, D.")),
                 qPrintable(run.err));
        run = runCli({QStringLiteral("import-actuals"), plan, csv, QStringLiteral("--map"),
                      QStringLiteral("month=1,channel=B,spend=3,stage0=D"),
                      QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("row 2: adds 2025-06 × Short video ads, spend "
                                                   "10, Leads 4\n")),
                 qPrintable(run.out));
        run = runCli({QStringLiteral("import-actuals"), plan, csv, QStringLiteral("--map"),
                      QStringLiteral("month=Z")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("no column is headed “Z”")));
    }

    void encodingOption()
    {
        QTemporaryDir dir;
        const QString plan = copySample(dir);
        auto run = runCli({QStringLiteral("import-actuals"), plan, test::dataPath(gbMonth),
                           QStringLiteral("--encoding"), QStringLiteral("utf-8")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QStringLiteral("actuals-2025-04-gb18030.csv: the file is not valid "
                                         "UTF-8 text; choose another encoding\n"));
        run = runCli({QStringLiteral("import-actuals"), plan, test::dataPath(gbMonth),
                      QStringLiteral("--encoding"), QStringLiteral("gb18030"),
                      QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 0);
        run = runCli({QStringLiteral("import-actuals"), plan, test::dataPath(gbMonth),
                      QStringLiteral("--encoding"), QStringLiteral("latin1")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith(QLatin1String("--encoding: unknown encoding \"latin1\"")));
    }

    void badFilesAreRefused()
    {
        QTemporaryDir dir;
        const QString plan = copySample(dir);
        const QString binary = dir.filePath(QStringLiteral("x.csv"));
        QVERIFY(writeBytes(binary, QByteArray("\x00\x01\x02garbage", 10)));
        auto run = runCli({QStringLiteral("import-actuals"), plan, binary});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith(QLatin1String("x.csv: the file holds binary data")));
        run = runCli({QStringLiteral("import-actuals"), dir.filePath(QStringLiteral("none.json")),
                      test::dataPath(gbMonth)});
        QCOMPARE(run.exitCode, 2);
    }

    void listedInTheUsage()
    {
        const auto run = runCli({QStringLiteral("--help")});
        QVERIFY(run.out.contains(QLatin1String("cplan import-actuals PLAN FILE [--map")));
    }
};

QTEST_GUILESS_MAIN(ImportActualsCommandTest)
#include "ImportActualsCommandTest.moc"
