// The Monte Carlo kernels (models/engine/MonteCarloKernel): every kernel this processor can run
// reproduces, bit for bit, the outputs the engine gave before it had kernels (kept in
// tests/data/montecarlo/expected.json: every percentile, mean, probability, histogram count and
// month of the fan), and the kernels agree with each other where the stored cases do not reach
// (a fan cut inside a tile, partial tiles, one and two threads). A kernel that fuses a multiply
// and an add, sums in another order or draws another stream fails here.

#include "SamplePlan.h"
#include "TestPaths.h"

#include "models/engine/AnalysisJson.h"
#include "models/engine/MonteCarlo.h"
#include "models/engine/MonteCarloKernel.h"
#include "models/storage/PlanJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cplan;

namespace {

Plan loadPlan(const QString &name)
{
    if (name == QLatin1String("sample"))
        return test::loadSamplePlan();
    QFile file(test::dataPath(QStringLiteral("montecarlo/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(name));
    auto plan = readPlanJson(file.readAll());
    if (!plan)
        qFatal("cannot read %s: %s", qPrintable(name), qPrintable(plan.error()));
    return std::move(plan).value();
}

// Every place where two JSON values differ, exactly (a double equals only itself).
void collectDifferences(const QJsonValue &actual, const QJsonValue &expected, const QString &path,
                        QStringList &differences)
{
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject a = actual.toObject();
        const QJsonObject e = expected.toObject();
        for (auto it = e.begin(); it != e.end(); ++it)
            collectDifferences(a.value(it.key()), it.value(), path + u'.' + it.key(), differences);
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!e.contains(it.key()))
                differences << path + u'.' + it.key() + QStringLiteral(": not expected");
        }
        return;
    }
    if (expected.isArray() && actual.isArray()) {
        const QJsonArray a = actual.toArray();
        const QJsonArray e = expected.toArray();
        if (a.size() != e.size()) {
            differences
                << path + QStringLiteral(": %1 values, expected %2").arg(a.size()).arg(e.size());
            return;
        }
        for (qsizetype i = 0; i < e.size(); ++i)
            collectDifferences(a.at(i), e.at(i), path + QStringLiteral("[%1]").arg(i), differences);
        return;
    }
    if (actual != expected) {
        differences << path + QStringLiteral(": %1, expected %2")
                                  .arg(QString::fromUtf8(QJsonDocument(QJsonArray{actual})
                                                             .toJson(QJsonDocument::Compact)),
                                       QString::fromUtf8(QJsonDocument(QJsonArray{expected})
                                                             .toJson(QJsonDocument::Compact)));
    }
}

bool sameBits(const MonteCarloResult &a, const MonteCarloResult &b)
{
    QStringList differences;
    collectDifferences(monteCarloJson(a), monteCarloJson(b), QStringLiteral("$"), differences);
    if (!differences.isEmpty())
        qWarning("%s", qPrintable(differences.mid(0, 10).join(u'\n')));
    return differences.isEmpty() && a.fanTrials == b.fanTrials;
}

} // namespace

class MonteCarloKernelTest : public QObject
{
    Q_OBJECT

private slots:
    void kernelsOnThisProcessor();
    void environmentChoosesTheKernel();
    void storedOutputs_data();
    void storedOutputs();
    void kernelsAgree_data();
    void kernelsAgree();
};

void MonteCarloKernelTest::kernelsOnThisProcessor()
{
    using montecarlo::Kernel;
    const std::vector<Kernel> kernels = montecarlo::availableKernels();
    QVERIFY(!kernels.empty());
    QCOMPARE(kernels.front(), Kernel::Baseline);
    QCOMPARE(montecarlo::resolvedKernel(Kernel::Automatic), kernels.back());
    for (const Kernel kernel : kernels) {
        QCOMPARE(montecarlo::resolvedKernel(kernel), kernel);
        QVERIFY(montecarlo::tileFunction(kernel) != nullptr);
    }
    QStringList names;
    for (const Kernel kernel : kernels)
        names << QString::fromLatin1(montecarlo::kernelName(kernel));
    qInfo("kernels on this processor: %s", qPrintable(names.join(QStringLiteral(", "))));
}

void MonteCarloKernelTest::environmentChoosesTheKernel()
{
    using montecarlo::Kernel;
    const Kernel widest = montecarlo::availableKernels().back();
    qputenv("CPLAN_MONTECARLO_KERNEL", "baseline");
    QCOMPARE(montecarlo::resolvedKernel(Kernel::Automatic), Kernel::Baseline);
    qputenv("CPLAN_MONTECARLO_KERNEL", "no such kernel");
    QCOMPARE(montecarlo::resolvedKernel(Kernel::Automatic), widest);
    qunsetenv("CPLAN_MONTECARLO_KERNEL");
    QCOMPARE(montecarlo::resolvedKernel(Kernel::Automatic), widest);
}

void MonteCarloKernelTest::storedOutputs_data()
{
    QTest::addColumn<QJsonObject>("run");
    QTest::addColumn<int>("kernel");
    QFile file(test::dataPath(QStringLiteral("montecarlo/expected.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray cases =
        QJsonDocument::fromJson(file.readAll()).object().value(u"cases").toArray();
    QVERIFY(cases.size() >= 5);
    for (const montecarlo::Kernel kernel : montecarlo::availableKernels()) {
        for (const QJsonValue &value : cases) {
            const QJsonObject run = value.toObject();
            const QString name =
                QStringLiteral("%1, %2, %3, %4 trials, seed %5, %6")
                    .arg(QString::fromLatin1(montecarlo::kernelName(kernel)),
                         run.value(u"plan").toString(), run.value(u"scenario").toString(),
                         QString::number(run.value(u"trials").toInt()),
                         QString::number(run.value(u"seed").toInteger()),
                         run.value(u"histogram").toString());
            QTest::newRow(qPrintable(name)) << run << static_cast<int>(kernel);
        }
    }
}

void MonteCarloKernelTest::storedOutputs()
{
    QFETCH(QJsonObject, run);
    QFETCH(int, kernel);
    const Plan plan = loadPlan(run.value(u"plan").toString());
    const int index = plan.scenarioIndex(run.value(u"scenario").toString());
    QVERIFY(index >= 0);
    MonteCarloOptions options;
    options.trials = run.value(u"trials").toInt();
    options.seed = static_cast<std::uint64_t>(run.value(u"seed").toInteger());
    options.threads = run.value(u"threads").toInt();
    options.histogramMetric = run.value(u"histogram").toString();
    options.histogramBins = run.value(u"bins").toInt();
    options.kernel = static_cast<montecarlo::Kernel>(kernel);
    const auto result =
        runMonteCarlo(plan, plan.scenarios[static_cast<std::size_t>(index)], options);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    QStringList differences;
    collectDifferences(monteCarloJson(*result), run.value(u"expected"), QStringLiteral("$"),
                       differences);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.mid(0, 20).join(u'\n')));
}

void MonteCarloKernelTest::kernelsAgree_data()
{
    QTest::addColumn<QString>("planName");
    QTest::addColumn<int>("trials");
    QTest::addColumn<int>("threads");
    QTest::addColumn<qint64>("fanCellLimit");
    QTest::addColumn<QString>("histogram");
    // The sample has 12 months: a limit of 12,000 cells keeps 1,000 trials of the fan, which
    // ends inside the tile of trials 992–1007.
    QTest::newRow("fan cut inside a tile, 2 threads")
        << QStringLiteral("sample") << 1037 << 2 << qint64(12'000)
        << QStringLiteral("payback_month");
    QTest::newRow("fewer trials than a tile")
        << QStringLiteral("sample") << 5 << 1 << qint64(8'000'000)
        << QStringLiteral("payback_month");
    QTest::newRow("near one, odd count, 1 thread") << QStringLiteral("near-one.json") << 3001 << 1
                                                   << qint64(8'000'000) << QStringLiteral("ltv");
}

void MonteCarloKernelTest::kernelsAgree()
{
    QFETCH(QString, planName);
    QFETCH(int, trials);
    QFETCH(int, threads);
    QFETCH(qint64, fanCellLimit);
    QFETCH(QString, histogram);
    const Plan plan = loadPlan(planName);
    for (const Scenario &scenario : plan.scenarios) {
        MonteCarloOptions options;
        options.trials = trials;
        options.threads = threads;
        options.fanCellLimit = fanCellLimit;
        options.histogramMetric = histogram;
        options.kernel = montecarlo::Kernel::Baseline;
        const auto baseline = runMonteCarlo(plan, scenario, options);
        QVERIFY(baseline.ok());
        for (const montecarlo::Kernel kernel : montecarlo::availableKernels()) {
            options.kernel = kernel;
            const auto other = runMonteCarlo(plan, scenario, options);
            QVERIFY(other.ok());
            QVERIFY2(sameBits(*other, *baseline),
                     qPrintable(QStringLiteral("%1, scenario %2")
                                    .arg(QString::fromLatin1(montecarlo::kernelName(kernel)),
                                         scenario.name)));
        }
    }
}

QTEST_GUILESS_MAIN(MonteCarloKernelTest)
#include "MonteCarloKernelTest.moc"
