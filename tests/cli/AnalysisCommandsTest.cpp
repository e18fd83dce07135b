// cplan compare | optimize | montecarlo | sensitivity, run in-process (MODEL.md §9): the JSON
// keys, exit statuses, readable tables and --save-as.

#include "CliRun.h"
#include "TestPaths.h"
#include "app/cli/CliCommand.h"
#include "models/storage/PlanIo.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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

// Every key of `keys` is in `object` (more keys are allowed, MODEL.md §9).
bool hasKeys(const QJsonObject &object, const QStringList &keys)
{
    for (const QString &key : keys) {
        if (!object.contains(key)) {
            qWarning("missing key %s", qPrintable(key));
            return false;
        }
    }
    return true;
}

const QString planA = QStringLiteral("Plan A (CNY 20M)");

} // namespace

class AnalysisCommandsTest : public QObject
{
    Q_OBJECT

private slots:
    void compareJson();
    void compareBase();
    void compareTable();
    void optimizeJson();
    void optimizeCustomersAndLocks();
    void optimizeGoalJson_data();
    void optimizeGoalJson();
    void optimizeUnreachable();
    void optimizeBadUsage_data();
    void optimizeBadUsage();
    void optimizeInfeasibleBounds();
    void optimizeSaveAs();
    void optimizeSaveAsRefusesAnExistingName();
    void monteCarloJson();
    void monteCarloReproducible();
    void monteCarloBadUsage_data();
    void monteCarloBadUsage();
    void sensitivityJson();
    void sensitivityBadUsage();
    void tables();
};

void AnalysisCommandsTest::compareJson()
{
    const auto run = runCli({QStringLiteral("compare"), samplePath(), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = jsonOf(run);
    QVERIFY(hasKeys(json, {QStringLiteral("base"), QStringLiteral("scenarios")}));
    QCOMPARE(json.value(QStringLiteral("base")).toString(), planA);
    const QJsonArray scenarios = json.value(QStringLiteral("scenarios")).toArray();
    QCOMPARE(scenarios.size(), 3);
    for (const auto &value : scenarios) {
        const QJsonObject scenario = value.toObject();
        QVERIFY(hasKeys(scenario, {QStringLiteral("name"), QStringLiteral("totals"),
                                   QStringLiteral("delta"), QStringLiteral("delta_rel")}));
        const QJsonObject totals = scenario.value(QStringLiteral("totals")).toObject();
        QVERIFY(hasKeys(totals, {QStringLiteral("cac"), QStringLiteral("roi"),
                                 QStringLiteral("payback_month")}));
        QCOMPARE(scenario.value(QStringLiteral("delta")).toObject().keys(), totals.keys());
        QCOMPARE(scenario.value(QStringLiteral("delta_rel")).toObject().keys(), totals.keys());
    }
    const QJsonObject planB = scenarios.at(1).toObject();
    QCOMPARE(planB.value(QStringLiteral("delta")).toObject().value(QStringLiteral("budget")),
             QJsonValue(5'000'000.0));
    QCOMPARE(planB.value(QStringLiteral("delta_rel")).toObject().value(QStringLiteral("budget")),
             QJsonValue(0.25));
    QCOMPARE(planB.value(QStringLiteral("delta"))
                 .toObject()
                 .value(QStringLiteral("stage_volumes"))
                 .toArray()
                 .size(),
             3);
}

void AnalysisCommandsTest::compareBase()
{
    const auto run = runCli({QStringLiteral("compare"), samplePath(), QStringLiteral("--base"),
                             QStringLiteral("Plan B (CNY 25M)"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(jsonOf(run).value(QStringLiteral("base")).toString(),
             QStringLiteral("Plan B (CNY 25M)"));
    const auto unknown = runCli(
        {QStringLiteral("compare"), samplePath(), QStringLiteral("--base"), QStringLiteral("Z")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QLatin1String("\"Z\"")));
}

void AnalysisCommandsTest::compareTable()
{
    const auto run = runCli({QStringLiteral("compare"), samplePath()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("Plan A + conversion programme")));
    QVERIFY(run.out.contains(QLatin1String("25.0%")));
}

void AnalysisCommandsTest::optimizeJson()
{
    const auto run = runCli({QStringLiteral("optimize"), samplePath(), QStringLiteral("--scenario"),
                             planA, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = jsonOf(run);
    QVERIFY(hasKeys(json, {QStringLiteral("scenario"), QStringLiteral("objective"),
                           QStringLiteral("pool"), QStringLiteral("current"),
                           QStringLiteral("optimal"), QStringLiteral("uplift")}));
    QCOMPARE(json.value(QStringLiteral("objective")).toString(), QStringLiteral("value"));
    QCOMPARE(json.value(QStringLiteral("pool")).toDouble(), 12'000'000.0);
    QVERIFY(json.value(QStringLiteral("uplift")).toDouble() > 0.0);
    for (const QString &split : {QStringLiteral("current"), QStringLiteral("optimal")}) {
        const QJsonObject object = json.value(split).toObject();
        QVERIFY(hasKeys(object, {QStringLiteral("shares"), QStringLiteral("objective"),
                                 QStringLiteral("marginal")}));
        QCOMPARE(object.value(QStringLiteral("shares")).toObject().size(), 6);
        QCOMPARE(object.value(QStringLiteral("marginal")).toObject().size(), 6);
    }
    const QJsonObject current = json.value(QStringLiteral("current")).toObject();
    QCOMPARE(current.value(QStringLiteral("shares"))
                 .toObject()
                 .value(QStringLiteral("Short video ads"))
                 .toDouble(),
             0.3);
    QVERIFY(!json.contains(QStringLiteral("goal")));
}

void AnalysisCommandsTest::optimizeCustomersAndLocks()
{
    const auto run = runCli(
        {QStringLiteral("optimize"), samplePath(), QStringLiteral("--objective"),
         QStringLiteral("customers"), QStringLiteral("--lock"),
         QStringLiteral("Short video ads,Offline events & partners"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = jsonOf(run);
    QCOMPARE(json.value(QStringLiteral("objective")).toString(), QStringLiteral("customers"));
    const QJsonObject shares =
        json.value(QStringLiteral("optimal")).toObject().value(QStringLiteral("shares")).toObject();
    QCOMPARE(shares.value(QStringLiteral("Short video ads")).toDouble(), 0.3);
    QCOMPARE(shares.value(QStringLiteral("Offline events & partners")).toDouble(), 0.05);
    QCOMPARE(json.value(QStringLiteral("locked")).toArray().size(), 2);
}

void AnalysisCommandsTest::optimizeGoalJson_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("goal");
    QTest::newRow("cac") << QStringLiteral("--cac-cap") << QStringLiteral("1200")
                         << QStringLiteral("cac-cap");
    QTest::newRow("customers") << QStringLiteral("--reach-customers") << QStringLiteral("15000")
                               << QStringLiteral("reach-customers");
    QTest::newRow("value") << QStringLiteral("--reach-value") << QStringLiteral("4e7")
                           << QStringLiteral("reach-value");
}

void AnalysisCommandsTest::optimizeGoalJson()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(QString, goal);
    const auto run =
        runCli({QStringLiteral("optimize"), samplePath(), option, value, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = jsonOf(run);
    QVERIFY(hasKeys(
        json, {QStringLiteral("scenario"), QStringLiteral("objective"), QStringLiteral("pool"),
               QStringLiteral("current"), QStringLiteral("optimal"), QStringLiteral("uplift"),
               QStringLiteral("goal"), QStringLiteral("goal_value"), QStringLiteral("reachable")}));
    QCOMPARE(json.value(QStringLiteral("goal")).toString(), goal);
    QCOMPARE(json.value(QStringLiteral("goal_value")).toDouble(), value.toDouble());
    QVERIFY(json.value(QStringLiteral("reachable")).toBool());
    QVERIFY(json.value(QStringLiteral("pool")).toDouble() > 0.0);
}

void AnalysisCommandsTest::optimizeUnreachable()
{
    const auto run = runCli({QStringLiteral("optimize"), samplePath(), QStringLiteral("--cac-cap"),
                             QStringLiteral("5"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = jsonOf(run);
    QCOMPARE(json.value(QStringLiteral("reachable")), QJsonValue(false));
    QVERIFY(json.value(QStringLiteral("pool")).isNull());
    const auto table = runCli({QStringLiteral("optimize"), samplePath(),
                               QStringLiteral("--cac-cap"), QStringLiteral("5")});
    QVERIFY(table.out.contains(QLatin1String("unreachable")));
}

void AnalysisCommandsTest::optimizeBadUsage_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("objective") << QStringList{QStringLiteral("--objective"), QStringLiteral("joy")}
                               << QStringLiteral("--objective");
    QTest::newRow("two goals") << QStringList{QStringLiteral("--cac-cap"), QStringLiteral("1"),
                                              QStringLiteral("--reach-value"), QStringLiteral("1")}
                               << QStringLiteral("at most one");
    QTest::newRow("not a number") << QStringList{QStringLiteral("--reach-value"),
                                                 QStringLiteral("lots")}
                                  << QStringLiteral("--reach-value");
    QTest::newRow("objective against goal")
        << QStringList{QStringLiteral("--reach-value"), QStringLiteral("1e7"),
                       QStringLiteral("--objective"), QStringLiteral("customers")}
        << QStringLiteral("--objective");
    QTest::newRow("unknown lock") << QStringList{QStringLiteral("--lock"), QStringLiteral("TV")}
                                  << QStringLiteral("\"TV\"");
    QTest::newRow("unknown scenario")
        << QStringList{QStringLiteral("--scenario"), QStringLiteral("Plan Z")}
        << QStringLiteral("Plan Z");
    QTest::newRow("negative cap") << QStringList{QStringLiteral("--cac-cap"), QStringLiteral("-1")}
                                  << QStringLiteral("cac-cap");
}

void AnalysisCommandsTest::optimizeBadUsage()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const auto run = runCli(QStringList{QStringLiteral("optimize"), samplePath()} + options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void AnalysisCommandsTest::optimizeInfeasibleBounds()
{
    QTemporaryDir dir;
    QFile in(samplePath());
    QVERIFY(in.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(in.readAll());
    // Every channel at most 10%: the maximum shares add up to 0.6 < 1.
    text.replace(QRegularExpression(QStringLiteral("\"max_share\": [0-9.]+")),
                 QStringLiteral("\"max_share\": 0.1"));
    const QString path = dir.filePath(QStringLiteral("tight.json"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text.toUtf8());
    out.close();
    const auto run = runCli({QStringLiteral("optimize"), path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("max_share")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void AnalysisCommandsTest::optimizeSaveAs()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.cplan"));
    QCOMPARE(runCli({QStringLiteral("import"), samplePath(), path}).exitCode, 0);
    const auto run = runCli({QStringLiteral("optimize"), path, QStringLiteral("--save-as"),
                             QStringLiteral("Plan A optimised"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject optimal = jsonOf(run).value(QStringLiteral("optimal")).toObject();
    PlanFormat format = PlanFormat::Json;
    const auto reread = loadPlan(path, &format);
    QVERIFY(reread.ok());
    QVERIFY(format == PlanFormat::Cplan);
    QCOMPARE(reread->scenarios.size(), std::size_t{4});
    const Scenario &saved = reread->scenarios.back();
    QCOMPARE(saved.name, QStringLiteral("Plan A optimised"));
    QCOMPARE(saved.budget, 20'000'000.0);
    const QJsonObject shares = optimal.value(QStringLiteral("shares")).toObject();
    for (std::size_t c = 0; c < reread->channels.size(); ++c)
        QCOMPARE(saved.channels[c].share, shares.value(reread->channels[c].name).toDouble());
    // The saved scenario projects the optimal value.
    const auto project = runCli({QStringLiteral("project"), path, QStringLiteral("--scenario"),
                                 QStringLiteral("Plan A optimised"), QStringLiteral("--json")});
    const double value = jsonOf(project)
                             .value(QStringLiteral("totals"))
                             .toObject()
                             .value(QStringLiteral("value"))
                             .toDouble();
    QVERIFY(std::abs(value - optimal.value(QStringLiteral("objective")).toDouble()) <=
            1e-9 * value);

    // A goal seek saves its budget too.
    const auto goal = runCli({QStringLiteral("optimize"), path, QStringLiteral("--reach-customers"),
                              QStringLiteral("15000"), QStringLiteral("--save-as"),
                              QStringLiteral("15k accounts"), QStringLiteral("--json")});
    QCOMPARE(goal.exitCode, 0);
    const auto again = loadPlan(path);
    QVERIFY(again.ok());
    QCOMPARE(again->scenarios.back().name, QStringLiteral("15k accounts"));
    QVERIFY(std::abs(again->scenarios.back().budget -
                     jsonOf(goal).value(QStringLiteral("budget")).toDouble()) < 1e-6);
    QVERIFY(again->scenarios.back().budget > 20'000'000.0);
}

void AnalysisCommandsTest::optimizeSaveAsRefusesAnExistingName()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QVERIFY(QFile::copy(samplePath(), path));
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    const auto run = runCli({QStringLiteral("optimize"), path, QStringLiteral("--save-as"),
                             QStringLiteral("Plan B (CNY 25M)")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("already")));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
    // An unreachable goal has nothing to save.
    const auto nothing =
        runCli({QStringLiteral("optimize"), path, QStringLiteral("--cac-cap"), QStringLiteral("5"),
                QStringLiteral("--save-as"), QStringLiteral("New")});
    QCOMPARE(nothing.exitCode, 1);
    QVERIFY(nothing.err.contains(QLatin1String("nothing to save")));
}

void AnalysisCommandsTest::monteCarloJson()
{
    const auto run =
        runCli({QStringLiteral("montecarlo"), samplePath(), QStringLiteral("--scenario"), planA,
                QStringLiteral("--trials"), QStringLiteral("2000"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = jsonOf(run);
    QVERIFY(
        hasKeys(json, {QStringLiteral("scenario"), QStringLiteral("trials"), QStringLiteral("seed"),
                       QStringLiteral("metrics"), QStringLiteral("targets")}));
    QCOMPARE(json.value(QStringLiteral("trials")).toInt(), 2000);
    QCOMPARE(json.value(QStringLiteral("seed")).toDouble(), 20250101.0);
    const QJsonObject metrics = json.value(QStringLiteral("metrics")).toObject();
    for (const QString &metric :
         {QStringLiteral("customers"), QStringLiteral("cac"), QStringLiteral("value"),
          QStringLiteral("roi"), QStringLiteral("return_ratio")}) {
        QVERIFY(hasKeys(metrics.value(metric).toObject(),
                        {QStringLiteral("mean"), QStringLiteral("p5"), QStringLiteral("p10"),
                         QStringLiteral("p50"), QStringLiteral("p90"), QStringLiteral("p95")}));
    }
    const QJsonArray targets = json.value(QStringLiteral("targets")).toArray();
    QCOMPARE(targets.size(), 5);
    for (const auto &target : targets) {
        QVERIFY(
            hasKeys(target.toObject(), {QStringLiteral("metric"), QStringLiteral("op"),
                                        QStringLiteral("target"), QStringLiteral("probability")}));
        const double probability =
            target.toObject().value(QStringLiteral("probability")).toDouble();
        QVERIFY(probability >= 0.0 && probability <= 1.0);
    }
    // The fan: P10 <= P50 <= P90 of customers for each of the 12 months, from every trial.
    const QJsonObject fan = json.value(QStringLiteral("monthly_customers")).toObject();
    QCOMPARE(fan.value(QStringLiteral("trials")).toInt(), 2000);
    const QJsonArray p10 = fan.value(QStringLiteral("p10")).toArray();
    const QJsonArray p50 = fan.value(QStringLiteral("p50")).toArray();
    const QJsonArray p90 = fan.value(QStringLiteral("p90")).toArray();
    QCOMPARE(p10.size(), 12);
    QCOMPARE(p50.size(), 12);
    QCOMPARE(p90.size(), 12);
    for (qsizetype m = 0; m < 12; ++m) {
        QVERIFY(p10.at(m).toDouble() > 0.0);
        QVERIFY(p10.at(m).toDouble() <= p50.at(m).toDouble());
        QVERIFY(p50.at(m).toDouble() <= p90.at(m).toDouble());
    }
}

void AnalysisCommandsTest::monteCarloReproducible()
{
    const QStringList args = {QStringLiteral("montecarlo"), samplePath(),
                              QStringLiteral("--trials"),   QStringLiteral("3000"),
                              QStringLiteral("--seed"),     QStringLiteral("42"),
                              QStringLiteral("--json")};
    const auto first = runCli(args + QStringList{QStringLiteral("--threads"), QStringLiteral("1")});
    const auto second =
        runCli(args + QStringList{QStringLiteral("--threads"), QStringLiteral("2")});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.out, second.out);
    QCOMPARE(jsonOf(first).value(QStringLiteral("seed")).toDouble(), 42.0);
}

void AnalysisCommandsTest::monteCarloBadUsage_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("trials 0") << QStringList{QStringLiteral("--trials"), QStringLiteral("0")}
                              << QStringLiteral("--trials");
    QTest::newRow("trials text") << QStringList{QStringLiteral("--trials"), QStringLiteral("many")}
                                 << QStringLiteral("--trials");
    QTest::newRow("seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("-3")}
                          << QStringLiteral("--seed");
    QTest::newRow("histogram") << QStringList{QStringLiteral("--histogram"), QStringLiteral("joy")}
                               << QStringLiteral("--histogram");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--runs"), QStringLiteral("3")} << QStringLiteral("--runs");
}

void AnalysisCommandsTest::monteCarloBadUsage()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const auto run = runCli(QStringList{QStringLiteral("montecarlo"), samplePath()} + options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void AnalysisCommandsTest::sensitivityJson()
{
    const auto run = runCli({QStringLiteral("sensitivity"), samplePath(), QStringLiteral("--swing"),
                             QStringLiteral("0.1"), QStringLiteral("--metric"),
                             QStringLiteral("cac"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = jsonOf(run);
    QVERIFY(
        hasKeys(json, {QStringLiteral("scenario"), QStringLiteral("metric"),
                       QStringLiteral("swing"), QStringLiteral("base"), QStringLiteral("bars")}));
    QCOMPARE(json.value(QStringLiteral("metric")).toString(), QStringLiteral("cac"));
    QCOMPARE(json.value(QStringLiteral("swing")).toDouble(), 0.1);
    const QJsonArray bars = json.value(QStringLiteral("bars")).toArray();
    QCOMPARE(bars.size(), 12);
    double previous = std::numeric_limits<double>::infinity();
    for (const auto &value : bars) {
        const QJsonObject bar = value.toObject();
        QVERIFY(hasKeys(bar,
                        {QStringLiteral("driver"), QStringLiteral("low"), QStringLiteral("high")}));
        const double span = std::abs(bar.value(QStringLiteral("high")).toDouble() -
                                     bar.value(QStringLiteral("low")).toDouble());
        QVERIFY(span <= previous);
        previous = span;
    }
}

void AnalysisCommandsTest::sensitivityBadUsage()
{
    auto run = runCli({QStringLiteral("sensitivity"), samplePath(), QStringLiteral("--swing"),
                       QStringLiteral("1.5")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("--swing")));
    run = runCli({QStringLiteral("sensitivity"), samplePath(), QStringLiteral("--metric"),
                  QStringLiteral("joy")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("--metric")));
    run = runCli({QStringLiteral("sensitivity")});
    QCOMPARE(run.exitCode, 2);
}

void AnalysisCommandsTest::tables()
{
    for (const QString &command : {QStringLiteral("optimize"), QStringLiteral("montecarlo"),
                                   QStringLiteral("sensitivity")}) {
        const auto run = runCli({command, samplePath(), QStringLiteral("--scenario"), planA});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(planA));
        QVERIFY(!run.out.contains(QLatin1String("nan")));
    }
    const auto montecarlo = runCli({QStringLiteral("montecarlo"), samplePath()});
    QVERIFY(montecarlo.out.contains(QLatin1String("Payback within 18 months")));
    QVERIFY(montecarlo.out.contains(QLatin1String("seed 20250101")));
}

QTEST_GUILESS_MAIN(AnalysisCommandsTest)
#include "AnalysisCommandsTest.moc"
