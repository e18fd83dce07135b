// cplan replan, run in-process (MODEL.md §5.5, §9): the JSON keys, the readable table, bad
// usage, and --save-as (one new scenario whose variance re-forecast is the latest estimate).

#include "CliRun.h"
#include "TestPaths.h"
#include "app/cli/CliCommand.h"
#include "models/storage/PlanIo.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cplan;

namespace {

using test::CliRun;
using test::runCli;
using test::samplePath;

QJsonObject jsonOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

const QString planA = QStringLiteral("Plan A (CNY 20M)");

} // namespace

class ReplanCommandTest : public QObject
{
    Q_OBJECT

private slots:
    void jsonKeys_data();
    void jsonKeys();
    void table();
    void badUsage_data();
    void badUsage();
    void saveAs();
};

void ReplanCommandTest::jsonKeys_data()
{
    QTest::addColumn<QString>("timing");
    QTest::newRow("keep-phasing") << QStringLiteral("keep-phasing");
    QTest::newRow("free") << QStringLiteral("free");
}

void ReplanCommandTest::jsonKeys()
{
    QFETCH(QString, timing);
    const auto run = runCli({QStringLiteral("replan"), samplePath(), QStringLiteral("--scenario"),
                             planA, QStringLiteral("--timing"), timing, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = jsonOf(run);
    // The keys of MODEL.md §9 plus the documented extras, nothing else.
    QCOMPARE(
        sorted(json.keys()),
        sorted({QStringLiteral("scenario"), QStringLiteral("status_month"),
                QStringLiteral("objective"), QStringLiteral("timing"), QStringLiteral("spent"),
                QStringLiteral("remaining_pool"), QStringLiteral("over_max"),
                QStringLiteral("baseline"), QStringLiteral("replan"), QStringLiteral("uplift"),
                QStringLiteral("status_date"), QStringLiteral("pool"), QStringLiteral("locked"),
                QStringLiteral("open_months"), QStringLiteral("spent_by_channel"),
                QStringLiteral("kkt_residual"), QStringLiteral("optimality_gap")}));
    QCOMPARE(json.value(QStringLiteral("scenario")).toString(), planA);
    QCOMPARE(json.value(QStringLiteral("status_month")).toString(), QStringLiteral("2025-07"));
    QCOMPARE(json.value(QStringLiteral("objective")).toString(), QStringLiteral("value"));
    QCOMPARE(json.value(QStringLiteral("timing")).toString(), timing);
    QVERIFY(json.value(QStringLiteral("over_max")).isArray());
    const QJsonObject baseline = json.value(QStringLiteral("baseline")).toObject();
    const QJsonObject replan = json.value(QStringLiteral("replan")).toObject();
    for (const QString &key : {QStringLiteral("open_spend"), QStringLiteral("objective"),
                               QStringLiteral("latest_estimate")}) {
        QVERIFY2(baseline.contains(key), qPrintable(key));
        QVERIFY2(replan.contains(key), qPrintable(key));
    }
    QVERIFY(replan.contains(QStringLiteral("monthly")));
    // totals as in `project`.
    const auto project =
        runCli({QStringLiteral("project"), samplePath(), QStringLiteral("--json")});
    const QJsonObject totals = jsonOf(project).value(QStringLiteral("totals")).toObject();
    QCOMPARE(sorted(replan.value(QStringLiteral("latest_estimate")).toObject().keys()),
             sorted(totals.keys()));
    const QJsonObject monthly = replan.value(QStringLiteral("monthly")).toObject();
    QCOMPARE(monthly.size(), 6);
    double openTotal = 0.0;
    for (const auto &months : monthly) {
        QCOMPARE(months.toArray().size(), 6);
        for (const auto &amount : months.toArray())
            openTotal += amount.toDouble();
    }
    const double remaining = json.value(QStringLiteral("remaining_pool")).toDouble();
    QVERIFY(std::abs(openTotal - remaining) <= 1e-9 * remaining);
    QVERIFY(json.value(QStringLiteral("uplift")).toDouble() >= 0.0);
    QVERIFY(std::abs(json.value(QStringLiteral("uplift")).toDouble() -
                     (replan.value(QStringLiteral("objective")).toDouble() -
                      baseline.value(QStringLiteral("objective")).toDouble())) <=
            1e-9 * replan.value(QStringLiteral("objective")).toDouble());
}

void ReplanCommandTest::table()
{
    const auto run = runCli({QStringLiteral("replan"), samplePath(), QStringLiteral("--lock"),
                             QStringLiteral("Short video ads"), QStringLiteral("--objective"),
                             QStringLiteral("customers")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("Re-planned remainder")), qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String("Short video ads (locked)")));
    QVERIFY(run.out.contains(QLatin1String("Latest estimate for the year")));
    QVERIFY(run.out.contains(QLatin1String("re-planning 2025-07 to 2025-12")));
}

void ReplanCommandTest::badUsage_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("timing") << QStringList{QStringLiteral("--timing"), QStringLiteral("soon")}
                            << QStringLiteral("keep-phasing or free");
    QTest::newRow("objective") << QStringList{QStringLiteral("--objective"), QStringLiteral("roi")}
                               << QStringLiteral("value or customers");
    QTest::newRow("status month 0")
        << QStringList{QStringLiteral("--status-date"), QStringLiteral("2025-01-20")}
        << QStringLiteral("from 2025-01-31 to 2025-12-30");
    QTest::newRow("status month M")
        << QStringList{QStringLiteral("--status-date"), QStringLiteral("2026-01-01")}
        << QStringLiteral("from 2025-01-31 to 2025-12-30");
    QTest::newRow("lock") << QStringList{QStringLiteral("--lock"), QStringLiteral("Radio")}
                          << QStringLiteral("\"Radio\"");
}

void ReplanCommandTest::badUsage()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    const auto run = runCli(QStringList{QStringLiteral("replan"), samplePath()} + extra);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void ReplanCommandTest::saveAs()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.cplan"));
    QCOMPARE(runCli({QStringLiteral("import"), samplePath(), path}).exitCode, 0);
    const auto run = runCli({QStringLiteral("replan"), path, QStringLiteral("--timing"),
                             QStringLiteral("free"), QStringLiteral("--save-as"),
                             QStringLiteral("Re-plan July"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.contains(QLatin1String("Re-plan July")));
    const auto reread = loadPlan(path);
    QVERIFY(reread.ok());
    QCOMPARE(reread->scenarios.size(), std::size_t{4});
    QCOMPARE(reread->scenarios.back().name, QStringLiteral("Re-plan July"));

    // The saved scenario's variance re-forecast is the re-plan's latest estimate.
    const auto variance = runCli({QStringLiteral("variance"), path, QStringLiteral("--scenario"),
                                  QStringLiteral("Re-plan July"), QStringLiteral("--json")});
    QCOMPARE(variance.exitCode, 0);
    const QJsonObject reforecast = jsonOf(variance).value(QStringLiteral("reforecast")).toObject();
    const QJsonObject latest = jsonOf(run)
                                   .value(QStringLiteral("replan"))
                                   .toObject()
                                   .value(QStringLiteral("latest_estimate"))
                                   .toObject();
    QVERIFY(!reforecast.isEmpty());
    for (const QString &key : {QStringLiteral("customers"), QStringLiteral("value"),
                               QStringLiteral("channel_spend"), QStringLiteral("cac")}) {
        const double expected = reforecast.value(key).toDouble();
        QVERIFY2(std::abs(latest.value(key).toDouble() - expected) <= 1e-9 * std::abs(expected),
                 qPrintable(key));
    }

    // The same name again: refused, the file untouched.
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    const auto again = runCli({QStringLiteral("replan"), path, QStringLiteral("--save-as"),
                               QStringLiteral("Re-plan July")});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains(QLatin1String("already")));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
}

QTEST_GUILESS_MAIN(ReplanCommandTest)
#include "ReplanCommandTest.moc"
