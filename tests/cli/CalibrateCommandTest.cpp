// cplan calibrate, run in-process (MODEL.md §5.6, §9): drivers recovered from a history made
// from known drivers, the JSON keys, nothing written without --apply/--save-as, --apply and
// --save-as as one change with the past months kept in the plan, --only, and bad input refused
// with nothing written.

#include "CliRun.h"
#include "models/engine/Calibration.h"
#include "models/storage/PlanIo.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cplan;

namespace {

using test::readBytes;
using test::runCli;

const QString search = QStringLiteral("Search (long-tail keywords)");
const QString shortVideo = QStringLiteral("Short video ads");

// 2024-01..2024-12: Search saturating (cpl 50, κ 300,000, carryover 0.2), short video linear
// (cpl 80, no saturation, no carryover); registered = 25 % of leads, accounts = 10 % of those.
QByteArray historyCsv()
{
    std::vector<double> spend;
    for (int m = 0; m < 12; ++m)
        spend.push_back(200000.0 * (1.0 + 0.6 * std::sin(1.3 * m)));
    const auto searchLeads = predictedLeads(spend, 50.0, 300000.0, 0.2);
    const auto videoLeads = predictedLeads(spend, 80.0, std::nullopt, 0.0);
    QByteArray csv = "month,channel,spend,Leads,Registered users,Accounts opened\n";
    const auto line = [&csv](int m, const QString &channel, double amount, double leads) {
        csv += QStringLiteral("2024-%1,%2,%3,%4,%5,%6\n")
                   .arg(m + 1, 2, 10, QLatin1Char('0'))
                   .arg(channel)
                   .arg(amount, 0, 'g', 17)
                   .arg(leads, 0, 'g', 17)
                   .arg(leads * 0.25, 0, 'g', 17)
                   .arg(leads * 0.025, 0, 'g', 17)
                   .toUtf8();
    };
    for (int m = 0; m < 12; ++m) {
        line(m, search, spend[std::size_t(m)], searchLeads[std::size_t(m)]);
        line(m, shortVideo, spend[std::size_t(m)], videoLeads[std::size_t(m)]);
    }
    return csv;
}

struct Files
{
    QTemporaryDir dir;
    QString plan;
    QString history;
};

void makeFiles(Files &files, const QByteArray &history = historyCsv())
{
    QVERIFY(files.dir.isValid());
    files.plan = files.dir.filePath(QStringLiteral("plan.cplan"));
    QCOMPARE(runCli({QStringLiteral("import"), test::samplePath(), files.plan}).exitCode, 0);
    files.history = files.dir.filePath(QStringLiteral("history.csv"));
    test::writeBytes(files.history, history);
}

QJsonObject channelOf(const QJsonObject &json, const QString &name)
{
    for (const QJsonValue &value : json.value(QLatin1String("channels")).toArray()) {
        if (value.toObject().value(QLatin1String("channel")).toString() == name)
            return value.toObject();
    }
    return {};
}

const ChannelDrivers &driversOf(const Plan &plan, const QString &scenario, const QString &channel)
{
    return plan.scenarios[std::size_t(plan.scenarioIndex(scenario))]
        .channels[std::size_t(plan.channelIndex(channel))];
}

} // namespace

class CalibrateCommandTest : public QObject
{
    Q_OBJECT

private slots:
    void recoversTheDriversAndWritesNothing();
    void applyChangesTheScenarioAndKeepsThePastMonths();
    void saveAsAddsAScenario();
    void onlyChangesTheChosenDrivers();
    void badInputIsRefusedWithNothingWritten_data();
    void badInputIsRefusedWithNothingWritten();
};

void CalibrateCommandTest::recoversTheDriversAndWritesNothing()
{
    Files files;
    makeFiles(files);
    const QByteArray before = readBytes(files.plan);
    const auto result = runCli({QStringLiteral("calibrate"), files.plan, files.history,
                                QStringLiteral("--scenario"), QStringLiteral("Plan A (CNY 20M)"),
                                QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.value(QLatin1String("scenario")).toString(), QStringLiteral("Plan A (CNY 20M)"));
    const QJsonObject searchJson = channelOf(json, search);
    QCOMPARE(searchJson.value(QLatin1String("n")).toInt(), 12);
    const QJsonObject cpl = searchJson.value(QLatin1String("cpl")).toObject();
    QVERIFY(cpl.value(QLatin1String("identified")).toBool());
    QVERIFY(std::abs(cpl.value(QLatin1String("estimate")).toDouble() - 50.0) < 1e-4);
    const QJsonObject saturation = searchJson.value(QLatin1String("saturation_spend")).toObject();
    QVERIFY(std::abs(saturation.value(QLatin1String("estimate")).toDouble() - 300000.0) < 1.0);
    const QJsonObject carryover = searchJson.value(QLatin1String("carryover")).toObject();
    QVERIFY(std::abs(carryover.value(QLatin1String("estimate")).toDouble() - 0.2) < 1e-6);
    const QJsonArray conversion = searchJson.value(QLatin1String("conversion")).toArray();
    QCOMPARE(conversion.size(), 2);
    QVERIFY(std::abs(conversion[0].toObject().value(QLatin1String("estimate")).toDouble() - 0.25) <
            1e-12);
    QVERIFY(std::abs(conversion[1].toObject().value(QLatin1String("estimate")).toDouble() - 0.1) <
            1e-12);
    for (const char *key : {"sse", "r2", "mape", "holdout_mape", "uncertainty"})
        QVERIFY2(searchJson.contains(QLatin1String(key)), key);
    // The linear channel: no saturation seen, said so.
    const QJsonObject video = channelOf(json, shortVideo);
    const QJsonObject videoSaturation = video.value(QLatin1String("saturation_spend")).toObject();
    QVERIFY(!videoSaturation.value(QLatin1String("identified")).toBool());
    QCOMPARE(videoSaturation.value(QLatin1String("reason")).toString(),
             QStringLiteral("no_saturation_seen"));
    QVERIFY(videoSaturation.value(QLatin1String("estimate")).isNull());
    // A channel without history: "n" and "reason" only.
    const QJsonObject offline = channelOf(json, QStringLiteral("Offline events & partners"));
    QCOMPARE(offline.value(QLatin1String("n")).toInt(), 0);
    QCOMPARE(offline.value(QLatin1String("reason")).toString(), QStringLiteral("too_few_months"));
    QVERIFY(!offline.contains(QLatin1String("cpl")));
    // Without --apply or --save-as the plan is untouched, byte for byte.
    QCOMPARE(readBytes(files.plan), before);
    // The readable table names the reason too.
    const auto table = runCli({QStringLiteral("calibrate"), files.plan, files.history});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(QStringLiteral("no saturation seen")), qPrintable(table.out));
    QCOMPARE(readBytes(files.plan), before);
}

void CalibrateCommandTest::applyChangesTheScenarioAndKeepsThePastMonths()
{
    Files files;
    makeFiles(files);
    const QString scenario = QStringLiteral("Plan A (CNY 20M)");
    const Plan before = *loadPlan(files.plan);
    const auto result = runCli({QStringLiteral("calibrate"), files.plan, files.history,
                                QStringLiteral("--scenario"), scenario, QStringLiteral("--apply")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const Plan after = *loadPlan(files.plan);
    const ChannelDrivers &searchDrivers = driversOf(after, scenario, search);
    QVERIFY(std::abs(searchDrivers.cpl - 50.0) < 1e-4);
    QVERIFY(std::abs(*searchDrivers.saturationSpend - 300000.0) < 1.0);
    QVERIFY(std::abs(searchDrivers.carryover - 0.2) < 1e-6);
    QVERIFY(std::abs(searchDrivers.conversion[0] - 0.25) < 1e-12);
    // The linear channel keeps its current saturation (not identified), takes its cost per lead.
    const ChannelDrivers &videoBefore = driversOf(before, scenario, shortVideo);
    const ChannelDrivers &videoAfter = driversOf(after, scenario, shortVideo);
    QCOMPARE(videoAfter.saturationSpend, videoBefore.saturationSpend);
    QVERIFY(std::abs(videoAfter.cpl - 80.0) < 1e-6);
    // Channels without history and the other scenarios are untouched.
    QCOMPARE(driversOf(after, scenario, QStringLiteral("Offline events & partners")),
             driversOf(before, scenario, QStringLiteral("Offline events & partners")));
    for (const Scenario &other : before.scenarios) {
        if (other.name != scenario)
            QCOMPARE(after.scenarios[std::size_t(after.scenarioIndex(other.name))], other);
    }
    // The evidence stays with the plan, and survives the JSON round trip.
    QCOMPARE(after.pastActuals.size(), std::size_t{24});
    const QString json = files.dir.filePath(QStringLiteral("round.json"));
    QCOMPARE(runCli({QStringLiteral("export"), files.plan, QStringLiteral("--format"),
                     QStringLiteral("json"), QStringLiteral("--out"), json})
                 .exitCode,
             0);
    QCOMPARE(loadPlan(json)->pastActuals, after.pastActuals);
    QVERIFY(readBytes(json).contains("\"past_actuals\""));
}

void CalibrateCommandTest::saveAsAddsAScenario()
{
    Files files;
    makeFiles(files);
    const Plan before = *loadPlan(files.plan);
    const auto result = runCli({QStringLiteral("calibrate"), files.plan, files.history,
                                QStringLiteral("--save-as"), QStringLiteral("Calibrated")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const Plan after = *loadPlan(files.plan);
    QCOMPARE(after.scenarios.size(), before.scenarios.size() + 1);
    for (std::size_t i = 0; i < before.scenarios.size(); ++i)
        QCOMPARE(after.scenarios[i], before.scenarios[i]);
    QVERIFY(std::abs(driversOf(after, QStringLiteral("Calibrated"), search).cpl - 50.0) < 1e-4);
    // A second run with the same name is refused and writes nothing.
    const QByteArray bytes = readBytes(files.plan);
    const auto again = runCli({QStringLiteral("calibrate"), files.plan, files.history,
                               QStringLiteral("--save-as"), QStringLiteral("Calibrated")});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains(QStringLiteral("already has a scenario")));
    QCOMPARE(readBytes(files.plan), bytes);
}

void CalibrateCommandTest::onlyChangesTheChosenDrivers()
{
    Files files;
    makeFiles(files);
    const Plan before = *loadPlan(files.plan);
    const QString scenario = before.scenarios.front().name;
    const auto result =
        runCli({QStringLiteral("calibrate"), files.plan, files.history, QStringLiteral("--only"),
                QStringLiteral("cpl"), QStringLiteral("--apply")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const Plan after = *loadPlan(files.plan);
    ChannelDrivers expected = driversOf(before, scenario, search);
    const ChannelDrivers &got = driversOf(after, scenario, search);
    QVERIFY(std::abs(got.cpl - 50.0) < 1e-4);
    expected.cpl = got.cpl;
    expected.uncertainty.cpl = got.uncertainty.cpl;
    QCOMPARE(got, expected);
}

void CalibrateCommandTest::badInputIsRefusedWithNothingWritten_data()
{
    QTest::addColumn<QByteArray>("history");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    const QByteArray header = "month,channel,spend,Leads,Registered users,Accounts opened\n";
    QTest::newRow("negative spend") << QByteArray(header + "2024-01,Short video ads,-5,10,2,1\n")
                                    << QStringList() << QStringLiteral("negative");
    QTest::newRow("unknown channel") << QByteArray(header + "2024-01,Tiktok,5,10,2,1\n")
                                     << QStringList() << QStringLiteral("Tiktok");
    QTest::newRow("funnel grows") << QByteArray(header + "2024-01,Short video ads,5,10,20,1\n")
                                  << QStringList() << QStringLiteral("past_actuals[0].volumes[1]");
    QTest::newRow("duplicate month")
        << QByteArray(header +
                      "2024-01,Short video ads,5,10,2,1\n2024-01,Short video ads,6,10,2,1\n")
        << QStringList() << QStringLiteral("already given");
    QTest::newRow("apply and save-as")
        << historyCsv()
        << QStringList{QStringLiteral("--apply"), QStringLiteral("--save-as"), QStringLiteral("X")}
        << QStringLiteral("cannot be used together");
    QTest::newRow("unknown driver")
        << historyCsv() << QStringList{QStringLiteral("--only"), QStringLiteral("cpl,ltv")}
        << QStringLiteral("unknown driver \"ltv\"");
}

void CalibrateCommandTest::badInputIsRefusedWithNothingWritten()
{
    QFETCH(QByteArray, history);
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    Files files;
    makeFiles(files, history);
    const QByteArray before = readBytes(files.plan);
    const QStringList options = extra.isEmpty() ? QStringList{QStringLiteral("--apply")} : extra;
    const auto result =
        runCli(QStringList{QStringLiteral("calibrate"), files.plan, files.history} + options);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(readBytes(files.plan), before);
}

QTEST_GUILESS_MAIN(CalibrateCommandTest)
#include "CalibrateCommandTest.moc"
