// cplan export --format json|csv|xlsx|pdf, run as the real binary: the files, the refusals,
// and the PDF board report checked with poppler-utils (pdfinfo, pdftotext, pdffonts).

#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace cplan {

namespace {

struct Process
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `program` with `args`; `headless` removes every display variable so cplan must choose
// the offscreen platform itself.
Process runProgram(const QString &program, const QStringList &args, bool headless = false)
{
    QProcess process;
    if (headless) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        process.setProcessEnvironment(environment);
    }
    process.start(program, args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Process cplan(const QStringList &args, bool headless = false)
{
    return runProgram(QStringLiteral(CPLAN_EXECUTABLE), args, headless);
}

using test::readBytes;

} // namespace

class ExportCommandTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pdf;
    QString m_letter;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils is not installed (scripts/install-deps.sh installs it)");
        m_pdf = path(QStringLiteral("report.pdf"));
        const auto run =
            cplan({QStringLiteral("export"), test::samplePath(), QStringLiteral("--format"),
                   QStringLiteral("pdf"), QStringLiteral("--out"), m_pdf,
                   QStringLiteral("--scenario"), QStringLiteral("Plan B (CNY 25M)")},
                  true);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        m_letter = path(QStringLiteral("letter.pdf"));
        const auto letter =
            cplan({QStringLiteral("export"), test::samplePath(), QStringLiteral("--format=pdf"),
                   QStringLiteral("--out"), m_letter, QStringLiteral("--page-size"),
                   QStringLiteral("letter")},
                  true);
        QVERIFY2(letter.exitCode == 0, qPrintable(letter.err));
    }

    void pdfHasTheReportsPagesAndFigures()
    {
        const auto info = runProgram(QStringLiteral("pdfinfo"), {m_pdf});
        QCOMPARE(info.exitCode, 0);
        const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
        QVERIFY(pages.hasMatch());
        // Title, dashboard, comparison, milestones, actuals; long ones continue on a next page.
        const int pageCount = pages.captured(1).toInt();
        QVERIFY2(pageCount >= 5 && pageCount <= 10, qPrintable(info.out));
        QVERIFY2(info.out.contains(QLatin1String("(A4)")), qPrintable(info.out));

        auto text = runProgram(QStringLiteral("pdftotext"),
                               {QStringLiteral("-layout"), m_pdf, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        // Noto CJK maps some ideographs and their Kangxi radicals to one glyph, so a reader may
        // extract 广 as ⼴; compatibility normalisation makes them one character again.
        text.out = text.out.normalized(QString::NormalizationForm_KC);
        QVERIFY(text.out.contains(QLatin1String("Brokerage customer acquisition 2025")));
        QVERIFY2(text.out.contains(QStringLiteral("股票推广引流年度方案 2025")),
                 qPrintable(text.out.left(2000)));
        QVERIFY(text.out.contains(QLatin1String("Scenario: Plan B (CNY 25M)")));
        QVERIFY(text.out.contains(QStringLiteral("Page 1 of %1").arg(pageCount)));
        QVERIFY(text.out.contains(QStringLiteral("Page %1 of %1").arg(pageCount)));
        // Key figures of Plan B (tests/data/golden/...project.plan-b-cny-25m.json): budget
        // 25,000,000, channel spend 15,000,000; the targets with met / not met.
        QVERIFY(text.out.contains(QStringLiteral("¥25,000,000")));
        QVERIFY(text.out.contains(QStringLiteral("¥15,000,000")));
        QVERIFY(text.out.contains(QLatin1String("Cost per registered user")));
        QVERIFY(text.out.contains(QLatin1String("not met")));
        QVERIFY(text.out.contains(QLatin1String("Scenario comparison")));
        QVERIFY(text.out.contains(QLatin1String("Actuals against plan")));
        QVERIFY(text.out.contains(QLatin1String("M2")));
    }

    void pdfFontsAreEmbedded()
    {
        const auto fonts = runProgram(QStringLiteral("pdffonts"), {m_pdf});
        QCOMPARE(fonts.exitCode, 0);
        const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        bool cjk = false;
        for (const QString &line : lines) {
            // name type encoding emb sub uni object ID: "emb" is the first yes/no column.
            const auto columns =
                QRegularExpression(QStringLiteral("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s"))
                    .match(line);
            QVERIFY2(columns.hasMatch(), qPrintable(line));
            QVERIFY2(columns.captured(1) == QLatin1String("yes"), qPrintable(line));
            cjk = cjk || line.contains(QLatin1String("CJK"));
        }
        QVERIFY2(cjk, qPrintable(fonts.out));
    }

    void letterPaperIsLetter()
    {
        const auto info = runProgram(QStringLiteral("pdfinfo"), {m_letter});
        QVERIFY2(info.out.contains(QLatin1String("612 x 792")), qPrintable(info.out));
    }

    void xlsxCsvAndJsonAreWritten()
    {
        const QString xlsx = path(QStringLiteral("plan.xlsx"));
        auto run = cplan({QStringLiteral("export"), test::samplePath(), QStringLiteral("--format"),
                          QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(readBytes(xlsx).startsWith("PK"));
        run = cplan({QStringLiteral("export"), test::samplePath(), QStringLiteral("--format"),
                     QStringLiteral("csv"), QStringLiteral("--out"),
                     path(QStringLiteral("tables.csv"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(readBytes(path(QStringLiteral("tables-monthly.csv"))).startsWith("\xEF\xBB\xBF"));
        QVERIFY(QFile::exists(path(QStringLiteral("tables-reforecast.csv"))));
        run = cplan({QStringLiteral("export"), test::samplePath(), QStringLiteral("--format"),
                     QStringLiteral("csv"), QStringLiteral("--table"), QStringLiteral("channels"),
                     QStringLiteral("--out"), path(QStringLiteral("channels.csv"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(path(QStringLiteral("channels.csv"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("channels-channels.csv"))));
    }

    // --lang zh writes the board report and the workbook in Chinese from the command line
    // (issue 22 D.17); the default is the system's language (the tests run in C.UTF-8: English).
    void langChoosesTheDocumentsLanguage()
    {
        const QString pdf = path(QStringLiteral("zh.pdf"));
        auto run = cplan({QStringLiteral("export"), test::samplePath(), QStringLiteral("--format"),
                          QStringLiteral("pdf"), QStringLiteral("--lang"), QStringLiteral("zh"),
                          QStringLiteral("--out"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        auto text = runProgram(QStringLiteral("pdftotext"),
                               {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        text.out = text.out.normalized(QString::NormalizationForm_KC);
        QVERIFY2(text.out.contains(QStringLiteral("情景对比")), qPrintable(text.out.left(1500)));
        QVERIFY(!text.out.contains(QLatin1String("Scenario comparison")));
        // The footer's date is Chinese too (issue 22 D.16).
        const QDate today = QDate::currentDate();
        QVERIFY2(text.out.contains(QStringLiteral("%1年%2月%3日")
                                       .arg(today.year())
                                       .arg(today.month())
                                       .arg(today.day())),
                 qPrintable(text.out.right(600)));

        const QString xlsx = path(QStringLiteral("zh.xlsx"));
        run = cplan({QStringLiteral("export"), test::samplePath(), QStringLiteral("--format"),
                     QStringLiteral("xlsx"), QStringLiteral("--lang"), QStringLiteral("zh"),
                     QStringLiteral("--out"), xlsx});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto unzip = runProgram(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx,
                                                                QStringLiteral("xl/workbook.xml")});
        if (unzip.exitCode == 0) // unzip is not a dependency; the PDF above is the proof
            QVERIFY2(unzip.out.contains(QStringLiteral("汇总")), qPrintable(unzip.out));

        // English by default here, and --lang en too.
        const QString english = path(QStringLiteral("en.pdf"));
        run = cplan({QStringLiteral("export"), test::samplePath(), QStringLiteral("--format"),
                     QStringLiteral("pdf"), QStringLiteral("--lang"), QStringLiteral("en"),
                     QStringLiteral("--out"), english});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        text = runProgram(QStringLiteral("pdftotext"),
                          {QStringLiteral("-layout"), english, QStringLiteral("-")});
        QVERIFY(text.out.contains(QLatin1String("Scenario comparison")));

        // Bad values and formats without a language are refused, nothing written.
        run = cplan({QStringLiteral("export"), test::samplePath(), QStringLiteral("--format"),
                     QStringLiteral("pdf"), QStringLiteral("--lang"), QStringLiteral("fr"),
                     QStringLiteral("--out"), path(QStringLiteral("fr.pdf"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("--lang: must be zh or en")));
        QVERIFY(!QFile::exists(path(QStringLiteral("fr.pdf"))));
        run = cplan({QStringLiteral("export"), test::samplePath(), QStringLiteral("--format"),
                     QStringLiteral("csv"), QStringLiteral("--lang"), QStringLiteral("zh"),
                     QStringLiteral("--out"), path(QStringLiteral("zh.csv"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("--lang: only for --format pdf or xlsx")));
    }

    void refusals()
    {
        // --out equal to the plan: exit 2, the plan untouched.
        const QString plan = path(QStringLiteral("plan.json"));
        QVERIFY(QFile::copy(test::samplePath(), plan));
        const QByteArray before = readBytes(plan);
        for (const QString &format : {QStringLiteral("xlsx"), QStringLiteral("json")}) {
            const auto run =
                test::runCli({QStringLiteral("export"), plan, QStringLiteral("--format"), format,
                              QStringLiteral("--out"), plan});
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.err.contains(QLatin1String("refusing to overwrite")));
        }
        QCOMPARE(readBytes(plan), before);

        auto run =
            test::runCli({QStringLiteral("export"), plan, QStringLiteral("--format"),
                          QStringLiteral("csv"), QStringLiteral("--table"), QStringLiteral("nope"),
                          QStringLiteral("--out"), path(QStringLiteral("x.csv"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("available:")));
        run = test::runCli({QStringLiteral("export"), plan, QStringLiteral("--format"),
                            QStringLiteral("pdf"), QStringLiteral("--page-size"),
                            QStringLiteral("a3"), QStringLiteral("--out"),
                            path(QStringLiteral("x.pdf"))});
        QCOMPARE(run.exitCode, 2);
        run = test::runCli({QStringLiteral("export"), plan, QStringLiteral("--format"),
                            QStringLiteral("xlsx"), QStringLiteral("--scenario"),
                            QStringLiteral("Nope"), QStringLiteral("--out"),
                            path(QStringLiteral("x.xlsx"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(path(QStringLiteral("x.xlsx"))));
    }

    // Commands other than export --format pdf need no display and no QApplication.
    void otherCommandsRunWithoutADisplay()
    {
        QVERIFY(!cli::needsGuiApplication({QStringLiteral("project"), test::samplePath()}));
        QVERIFY(!cli::needsGuiApplication({QStringLiteral("export"), test::samplePath(),
                                           QStringLiteral("--format"), QStringLiteral("xlsx")}));
        QVERIFY(cli::needsGuiApplication({QStringLiteral("export"), test::samplePath(),
                                          QStringLiteral("--format"), QStringLiteral("pdf")}));
        const auto run = cplan({QStringLiteral("project"), test::samplePath()}, true);
        QCOMPARE(run.exitCode, 0);
    }
};

} // namespace cplan

QTEST_GUILESS_MAIN(cplan::ExportCommandTest)
#include "ExportCommandTest.moc"
