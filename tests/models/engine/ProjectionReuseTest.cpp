// A fresh project() reuses the arrays of the projection last destroyed on its thread
// (Projection.cpp, SpareStorage), which is what makes a fresh 200 x 120 projection as cheap as
// projecting into a kept one (docs/benchmarks.md, "Projection").

#include "SamplePlan.h"
#include "support/TimeScale.h"

#include "models/engine/Projection.h"
#include "models/engine/ReportJson.h"

#include <QJsonDocument>
#include <QTest>

#include <sys/resource.h>

#include <thread>

using namespace cplan;

namespace {

// `channels` x `months`, `stages` stages, drivers varied per channel, every tenth channel with
// its own monthly phasing (as the projection benchmark's plan).
Plan generatedPlan(int months, int channels, int stages)
{
    Plan plan;
    plan.name = QStringLiteral("Generated");
    plan.start = QStringLiteral("2025-01");
    plan.months = months;
    plan.valueHorizonMonths = 36;
    for (int k = 0; k < stages; ++k)
        plan.stages << QStringLiteral("Stage %1").arg(k);
    plan.categories = {{QStringLiteral("Marketing"), CategoryKind::Channel},
                       {QStringLiteral("Staff"), CategoryKind::Overhead}};
    Scenario scenario;
    scenario.name = QStringLiteral("Base");
    scenario.budget = 100'000'000.0;
    scenario.categoryShares = {0.9, 0.1};
    for (int c = 0; c < channels; ++c) {
        plan.channels.push_back({QStringLiteral("Channel %1").arg(c), QString()});
        ChannelDrivers drivers;
        drivers.share = 1.0 / channels;
        drivers.cpl = 10.0 + c % 40;
        if (c % 5 != 4)
            drivers.saturationSpend = 100'000.0 + 1000.0 * (c % 300);
        drivers.carryover = c % 3 == 0 ? 0.3 : 0.0;
        drivers.conversion = std::vector<double>(std::size_t(stages - 1), 0.3 + 0.001 * c);
        drivers.arpuMonthly = 100.0 + c;
        drivers.margin = 0.5;
        drivers.retentionMonthly = 0.9;
        if (c % 10 == 0) {
            Phasing phasing{Phasing::Kind::Monthly, {}};
            for (int m = 0; m < months; ++m)
                phasing.weights.push_back(1.0 + (m * (c + 3) % 11));
            drivers.phasing = phasing;
        }
        scenario.channels.push_back(drivers);
    }
    plan.scenarios.push_back(scenario);
    return plan;
}

long minorFaults()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

QByteArray jsonOf(const Projection &projection)
{
    return QJsonDocument(projectionJson(projection)).toJson();
}

} // namespace

class ProjectionReuseTest : public QObject
{
    Q_OBJECT

private slots:
    void freshProjectionsDoNotFaultTheirArraysInAgain();
    void reusedArraysGiveTheSameProjection();
    void everyThreadKeepsItsOwnSpare();
};

void ProjectionReuseTest::freshProjectionsDoNotFaultTheirArraysInAgain()
{
    // 200 x 120 x 4 stages: about 1 MB of arrays per projection. Before the spare, glibc gave
    // those pages back on every destruction and each fresh projection faulted ~240 in again.
    const Plan plan = generatedPlan(120, 200, 4);
    // As most callers do: the scenario's inputs prepared, the projection made, both dropped.
    for (int warm = 0; warm < 3; ++warm)
        QVERIFY(project(plan, plan.scenarios[0]).totals.customers > 0.0);
    constexpr int rounds = 50;
    const long before = minorFaults();
    double customers = 0.0;
    for (int i = 0; i < rounds; ++i)
        customers += project(plan, plan.scenarios[0]).totals.customers;
    const long faults = minorFaults() - before;
    QVERIFY(customers > 0.0);
    // The mechanism itself: the next fresh projection of the same shape holds the very arrays
    // of the one destroyed before it (before the spare, the scenario's own inputs, prepared
    // first, took the freed blocks).
    std::vector<const double *> arrays;
    {
        const Projection dropped = project(plan, plan.scenarios[0]);
        arrays.push_back(dropped.spend.data());
        for (const Eigen::ArrayXXd &volume : dropped.volumes)
            arrays.push_back(volume.data());
    }
    const Projection next = project(plan, plan.scenarios[0]);
    std::vector<const double *> reused{next.spend.data()};
    for (const Eigen::ArrayXXd &volume : next.volumes)
        reused.push_back(volume.data());
    QVERIFY(reused == arrays);
    // One array alone is 48 pages; a fresh projection that faulted its arrays would pay ≥ 240.
    // (Not under AddressSanitizer: its own allocator and shadow memory fault pages of their own.)
    if (test::underAddressSanitizer)
        return;
    QVERIFY2(
        faults < rounds * 10,
        qPrintable(
            QStringLiteral("%1 page faults for %2 fresh projections").arg(faults).arg(rounds)));
}

void ProjectionReuseTest::reusedArraysGiveTheSameProjection()
{
    const Plan sample = test::loadSamplePlan();
    const Plan big = generatedPlan(120, 200, 5);
    const Plan small = generatedPlan(7, 3, 2);
    // The reference for each: made on a thread that never projected, so without a spare.
    QByteArray sampleAlone, bigAlone, smallAlone;
    std::thread([&] { sampleAlone = jsonOf(project(sample, sample.scenarios[1])); }).join();
    std::thread([&] { bigAlone = jsonOf(project(big, big.scenarios[0])); }).join();
    std::thread([&] { smallAlone = jsonOf(project(small, small.scenarios[0])); }).join();
    // Each after projections of other shapes (more and fewer channels, months and stages) were
    // made and destroyed on this thread.
    {
        const Projection dropped = project(big, big.scenarios[0]);
    }
    QCOMPARE(jsonOf(project(sample, sample.scenarios[1])), sampleAlone);
    QCOMPARE(jsonOf(project(small, small.scenarios[0])), smallAlone);
    QCOMPARE(jsonOf(project(big, big.scenarios[0])), bigAlone);
    {
        const Projection dropped = project(sample, sample.scenarios[2]);
    }
    const Projection again = project(big, big.scenarios[0]);
    QCOMPARE(jsonOf(again), bigAlone);
    QCOMPARE(again.volumes.size(), std::size_t(5));
    QCOMPARE(again.channels.size(), std::size_t(200));
    QCOMPARE(again.months.size(), 120);
    // A projection that is kept is not emptied by the next one.
    const Projection next = project(sample, sample.scenarios[1]);
    QCOMPARE(jsonOf(again), bigAlone);
    QCOMPARE(jsonOf(next), sampleAlone);
}

void ProjectionReuseTest::everyThreadKeepsItsOwnSpare()
{
    // Projections made on one thread and destroyed on others (as a worker's result is), while
    // all of them project: each result stays whole.
    const Plan plan = generatedPlan(36, 50, 3);
    const QByteArray expected = jsonOf(project(plan, plan.scenarios[0]));
    std::vector<Projection> made(8);
    for (auto &projection : made)
        projection = project(plan, plan.scenarios[0]);
    std::vector<QByteArray> seen(4);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 20; ++i)
                seen[std::size_t(t)] = jsonOf(project(plan, plan.scenarios[0]));
            made[std::size_t(t)] = Projection(); // destroyed here, on another thread
        });
    }
    for (auto &thread : threads)
        thread.join();
    for (const QByteArray &json : seen)
        QCOMPARE(json, expected);
    for (std::size_t i = 4; i < made.size(); ++i)
        QCOMPARE(jsonOf(made[i]), expected);
}

QTEST_GUILESS_MAIN(ProjectionReuseTest)
#include "ProjectionReuseTest.moc"
