// cplan project | milestones | variance, run in-process (MODEL.md §9), against the golden files.

#include "../models/engine/GoldenJson.h"
#include "CliRun.h"
#include "TestPaths.h"
#include "app/cli/CliCommand.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cplan;

namespace {

using test::CliRun;
using test::runCli;
using test::samplePath;

// The sample with one text replacement, written to `dir`.
QString editedSample(const QTemporaryDir &dir, const QByteArray &from, const QByteArray &to)
{
    QFile in(samplePath());
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = in.readAll();
    bytes.replace(from, to);
    const QString path = dir.filePath(QStringLiteral("edited.json"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(bytes);
    return path;
}

// The sample with M2 (forecast 2025-07-08, planned June) gating the short-video channel and M4
// (planned December) slipping to January 2026 while it gates the KOL channel: the first slip keeps
// its money in the horizon, the second loses December's.
QString gatedSample(const QTemporaryDir &dir)
{
    QFile in(samplePath());
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = in.readAll();
    bytes.replace("\"forecast\": \"2025-07-08\",",
                  "\"forecast\": \"2025-07-08\", \"gates\": [\"Short video ads\"],");
    bytes.replace("\"planned\": \"2025-12-31\",",
                  "\"planned\": \"2025-12-31\", \"forecast\": \"2026-01-20\", "
                  "\"gates\": [\"KOL matrix & live streams\"],");
    const QString path = dir.filePath(QStringLiteral("gated.json"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(bytes);
    return path;
}

} // namespace

class ProjectionCommandsTest : public QObject
{
    Q_OBJECT

private slots:
    void goldenJson_data();
    void goldenJson();
    void firstScenarioByDefault();
    void readableTables();
    void statusDateOption();
    void badStatusDate();
    void unknownScenario();
    void invalidPlanListsEveryViolation();
    void missingFile();
    void milestonesImpact();
    void gatedProjectionSaysWhatMoved();
};

void ProjectionCommandsTest::goldenJson_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("slug");
    for (const QString &command :
         {QStringLiteral("project"), QStringLiteral("milestones"), QStringLiteral("variance")}) {
        for (const auto &[name, slug] : test::goldenScenarios())
            QTest::newRow(qPrintable(command + QLatin1Char(' ') + slug)) << command << name << slug;
    }
}

void ProjectionCommandsTest::goldenJson()
{
    QFETCH(QString, command);
    QFETCH(QString, scenario);
    QFETCH(QString, slug);
    const CliRun run = runCli(
        {command, samplePath(), QStringLiteral("--scenario"), scenario, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject expected = test::goldenJson(command, slug);
    QVERIFY(!expected.isEmpty());
    const QStringList differences = test::jsonDifferences(document.object(), expected);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.mid(0, 20).join(u'\n')));
    // Shortest round-trip doubles: a golden number's text appears as such in the output.
    if (command == QLatin1String("project"))
        QVERIFY(run.out.contains(QStringLiteral("\"payback_month\":")));
    QVERIFY(!run.out.contains(QStringLiteral("nan"), Qt::CaseInsensitive));
    QVERIFY(!run.out.contains(QStringLiteral("inf"), Qt::CaseInsensitive));
}

void ProjectionCommandsTest::firstScenarioByDefault()
{
    const CliRun run = runCli({QStringLiteral("project"), samplePath(), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("scenario")).toString(),
             QStringLiteral("Plan A (CNY 20M)"));
}

void ProjectionCommandsTest::readableTables()
{
    const CliRun project = runCli({QStringLiteral("project"), samplePath()});
    QCOMPARE(project.exitCode, 0);
    QVERIFY(project.out.contains(QStringLiteral("12,000,000"))); // thousands separators
    QVERIFY(project.out.contains(QStringLiteral("Offline events & partners")));
    QVERIFY(project.out.contains(QStringLiteral("Channel ROI 1:3")));
    QVERIFY(project.out.contains(QStringLiteral("1,142.53"))); // CAC
    const CliRun milestones = runCli({QStringLiteral("milestones"), samplePath()});
    QCOMPARE(milestones.exitCode, 0);
    QVERIFY(milestones.out.contains(QStringLiteral("2025-07-08")));
    QVERIFY(milestones.out.contains(QStringLiteral("—"))); // nobody is blocked
    const CliRun variance = runCli({QStringLiteral("variance"), samplePath()});
    QCOMPARE(variance.exitCode, 0);
    QVERIFY(variance.out.contains(QStringLiteral("280,014")));
    QVERIFY(variance.out.contains(QStringLiteral("12,025,289"))); // re-forecast spend
    // Aligned columns: every line of the channel table of `project` has the same width.
    const QStringList lines = project.out.split(u'\n');
    const auto header = std::find_if(lines.begin(), lines.end(), [](const QString &line) {
        return line.trimmed().startsWith(QStringLiteral("Channel ")) &&
               line.contains(QStringLiteral("LTV/CAC"));
    });
    QVERIFY(header != lines.end());
    for (auto line = header; line != header + 7; ++line)
        QCOMPARE(line->size(), header->size());
}

void ProjectionCommandsTest::statusDateOption()
{
    const CliRun run =
        runCli({QStringLiteral("milestones"), samplePath(), QStringLiteral("--status-date"),
                QStringLiteral("2025-10-05"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("status_date")).toString(), QStringLiteral("2025-10-05"));
    const QJsonObject third = object.value(QStringLiteral("milestones")).toArray().at(2).toObject();
    QCOMPARE(third.value(QStringLiteral("reference")).toString(), QStringLiteral("2025-10-05"));
    QCOMPARE(third.value(QStringLiteral("delay_days")).toInt(), 5);
    QCOMPARE(third.value(QStringLiteral("level")).toInt(), 2);

    // Without --status-date and without the plan's status_date: today.
    QTemporaryDir dir;
    const QString path = editedSample(dir, "\"status_date\": \"2025-07-01\",", "");
    const CliRun today = runCli({QStringLiteral("milestones"), path, QStringLiteral("--json")});
    QCOMPARE(today.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(today.out.toUtf8())
                 .object()
                 .value(QStringLiteral("status_date"))
                 .toString(),
             QDate::currentDate().toString(Qt::ISODate));
}

void ProjectionCommandsTest::badStatusDate()
{
    const CliRun run = runCli({QStringLiteral("milestones"), samplePath(),
                               QStringLiteral("--status-date"), QStringLiteral("2025-13-01")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("--status-date")));
    QVERIFY(run.out.isEmpty());
}

void ProjectionCommandsTest::unknownScenario()
{
    for (const QString &command :
         {QStringLiteral("project"), QStringLiteral("milestones"), QStringLiteral("variance")}) {
        const CliRun run =
            runCli({command, samplePath(), QStringLiteral("--scenario"), QStringLiteral("Plan Z")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("Plan Z")));
        QVERIFY(run.out.isEmpty());
    }
}

void ProjectionCommandsTest::invalidPlanListsEveryViolation()
{
    QTemporaryDir dir;
    // Two broken rules: a rate above 1 and a negative cost per lead.
    QString path = editedSample(dir, "\"conversion\": [\n       0.3,", "\"conversion\": [\n 1.4,");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    bytes.replace("\"cpl\": 12,", "\"cpl\": -12,");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    const CliRun run = runCli({QStringLiteral("project"), path, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("1.4")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("-12")), qPrintable(run.err));
}

void ProjectionCommandsTest::missingFile()
{
    const CliRun run =
        runCli({QStringLiteral("variance"), QStringLiteral("/nonexistent/plan.json")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void ProjectionCommandsTest::milestonesImpact()
{
    QTemporaryDir dir;
    const QString path = gatedSample(dir);
    const CliRun run = runCli(
        {QStringLiteral("milestones"), path, QStringLiteral("--impact"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("status_date")).toString(), QStringLiteral("2025-07-01"));
    QCOMPARE(object.value(QStringLiteral("scenario")).toString(),
             QStringLiteral("Plan A (CNY 20M)"));
    const QJsonArray milestones = object.value(QStringLiteral("milestones")).toArray();
    QCOMPARE(milestones.size(), 2);
    const QJsonObject m2 = milestones.at(0).toObject();
    QCOMPARE(m2.value(QStringLiteral("id")).toString(), QStringLiteral("M2"));
    QCOMPARE(m2.value(QStringLiteral("delay_days")).toInt(), 8);
    QCOMPARE(m2.value(QStringLiteral("slip_months")).toInt(), 1);
    QCOMPARE(m2.value(QStringLiteral("gates")).toArray(),
             QJsonArray{QStringLiteral("Short video ads")});
    const QJsonObject onTime = m2.value(QStringLiteral("on_time")).toObject();
    const QJsonObject forecast = m2.value(QStringLiteral("forecast")).toObject();
    const QJsonObject delta = m2.value(QStringLiteral("delta")).toObject();
    QCOMPARE(delta.value(QStringLiteral("customers")).toDouble(),
             forecast.value(QStringLiteral("customers")).toDouble() -
                 onTime.value(QStringLiteral("customers")).toDouble());
    QVERIFY(delta.value(QStringLiteral("customers")).toDouble() < 0.0);
    QVERIFY(delta.value(QStringLiteral("cac")).toDouble() > 0.0);
    QCOMPARE(m2.value(QStringLiteral("spend_lost")).toDouble(), 0.0);
    const QJsonObject m4 = milestones.at(1).toObject();
    QCOMPARE(m4.value(QStringLiteral("id")).toString(), QStringLiteral("M4"));
    const double lost = m4.value(QStringLiteral("spend_lost")).toDouble();
    QVERIFY(lost > 0.0);
    QCOMPARE(object.value(QStringLiteral("spend_lost")).toDouble(), lost);
    // "As forecast" is the projection `cplan project` prints for the same plan.
    const CliRun project = runCli({QStringLiteral("project"), path, QStringLiteral("--json")});
    QCOMPARE(project.exitCode, 0);
    const QJsonObject totals = QJsonDocument::fromJson(project.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("totals"))
                                   .toObject();
    QCOMPARE(totals.value(QStringLiteral("customers")).toDouble(),
             forecast.value(QStringLiteral("customers")).toDouble());
    QCOMPARE(totals.value(QStringLiteral("channel_spend")).toDouble(),
             forecast.value(QStringLiteral("spend")).toDouble());
    QVERIFY(std::abs(totals.value(QStringLiteral("channel_spend")).toDouble() + lost - 12000000.0) <
            1e-6);

    // The readable table names the slip and its price.
    const CliRun text = runCli({QStringLiteral("milestones"), path, QStringLiteral("--impact")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("Cost of delay")), qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("Short video ads")));
    QVERIFY(text.out.contains(QChar(0x2212))); // fewer customers
    // The sample has no gates: nothing is late that gates a channel.
    const CliRun none =
        runCli({QStringLiteral("milestones"), samplePath(), QStringLiteral("--impact")});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.contains(QStringLiteral("No milestone that gates a channel is late.")));
    // --status-date moves the reference of an overdue gate, as it moves the delays.
    const CliRun later = runCli({QStringLiteral("milestones"), path, QStringLiteral("--impact"),
                                 QStringLiteral("--status-date"), QStringLiteral("2025-10-05"),
                                 QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(later.out.toUtf8())
                 .object()
                 .value(QStringLiteral("status_date"))
                 .toString(),
             QStringLiteral("2025-10-05"));
}

void ProjectionCommandsTest::gatedProjectionSaysWhatMoved()
{
    QTemporaryDir dir;
    const QString path = gatedSample(dir);
    const CliRun run = runCli({QStringLiteral("project"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Gated spend (moved by slipped milestones)")),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("2025-06")));
    QVERIFY(run.out.contains(QStringLiteral("2025-07")));
    QVERIFY(run.out.contains(QStringLiteral("left the horizon and is not spent")));
    // The sample (no gates) prints no such section.
    QVERIFY(!runCli({QStringLiteral("project"), samplePath()})
                 .out.contains(QStringLiteral("Gated spend")));
}

QTEST_GUILESS_MAIN(ProjectionCommandsTest)
#include "ProjectionCommandsTest.moc"
