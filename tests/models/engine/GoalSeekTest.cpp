// Goal seek of MODEL.md §5.2: the pool for a CAC cap, a customer target or a value target,
// with the optimal split at every pool; and the unreachable cases.

#include "AnalysisFixtures.h"

#include "models/engine/GoalSeek.h"

#include <QTest>

using namespace cplan;

namespace {

// The optimal split's customers and value at `pool`, by the optimizer itself.
OptimizerResult optimizedAt(const Plan &plan, double pool, OptimizerObjective objective)
{
    OptimizerOptions options;
    options.objective = objective;
    options.pool = pool;
    auto result = optimizeSplit(plan, plan.scenarios.front(), options);
    if (!result)
        qFatal("optimizer failed: %s", qPrintable(result.error()));
    return std::move(result).value();
}

double cacAt(const Plan &plan, double pool)
{
    return pool / optimizedAt(plan, pool, OptimizerObjective::Customers).optimal.customers;
}

} // namespace

class GoalSeekTest : public QObject
{
    Q_OBJECT

private slots:
    void cacCap();
    void reachCustomers();
    void reachValue();
    void reachWithLocks();
    void unreachableCustomers();
    void unreachableCacCap();
    void unboundedCacCap();
    void badGoalValue();
    void infeasibleBoundsAreReported();
};

void GoalSeekTest::cacCap()
{
    const Plan plan = test::loadSamplePlan();
    const double pool = plan.scenarios.front().budget * 0.6;
    const double cap = cacAt(plan, pool) * 1.1; // a cap that allows a larger pool
    const auto result = seekGoal(plan, plan.scenarios.front(), GoalKind::CacCap, cap);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    QVERIFY(result->reachable);
    QVERIFY(!result->unbounded);
    QVERIFY(result->pool);
    QVERIFY(*result->pool > pool);
    QVERIFY(cacAt(plan, *result->pool) <= cap * (1.0 + 1e-12));
    QVERIFY(cacAt(plan, *result->pool * (1.0 + 1e-6)) > cap);
    QCOMPARE(result->optimization.pool, *result->pool);
    QVERIFY(result->optimization.objective == OptimizerObjective::Customers);
    // The budget that gives this pool at the scenario's category shares (60% channels).
    QVERIFY(result->budget);
    QVERIFY(std::abs(*result->budget - *result->pool / 0.6) <= 1e-6 * *result->budget);
}

void GoalSeekTest::reachCustomers()
{
    const Plan plan = test::loadSamplePlan();
    const double target = 15'000.0; // the sample projects about 10,500 at 12M
    const auto result = seekGoal(plan, plan.scenarios.front(), GoalKind::ReachCustomers, target);
    QVERIFY(result.ok());
    QVERIFY(result->reachable);
    QVERIFY(result->pool);
    const double found = *result->pool;
    QVERIFY(optimizedAt(plan, found, OptimizerObjective::Customers).optimal.customers >=
            target * (1.0 - 1e-12));
    QVERIFY(
        optimizedAt(plan, found * (1.0 - 1e-6), OptimizerObjective::Customers).optimal.customers <
        target);
    QVERIFY(std::abs(result->optimization.optimal.customers - target) <= 1e-6 * target);
}

void GoalSeekTest::reachValue()
{
    const Plan plan = test::loadSamplePlan();
    const double target = 20'000'000.0; // below the 25M the sample projects: a smaller pool
    const auto result = seekGoal(plan, plan.scenarios.front(), GoalKind::ReachValue, target);
    QVERIFY(result.ok());
    QVERIFY(result->reachable);
    const double found = *result->pool;
    QVERIFY(found < 12'000'000.0);
    QVERIFY(optimizedAt(plan, found, OptimizerObjective::Value).optimal.value >=
            target * (1.0 - 1e-12));
    QVERIFY(optimizedAt(plan, found * (1.0 - 1e-6), OptimizerObjective::Value).optimal.value <
            target);
    QVERIFY(result->optimization.objective == OptimizerObjective::Value);
}

void GoalSeekTest::reachWithLocks()
{
    const Plan plan = test::loadSamplePlan();
    OptimizerOptions options;
    options.lockedChannels = {QStringLiteral("Short video ads")};
    const auto locked =
        seekGoal(plan, plan.scenarios.front(), GoalKind::ReachCustomers, 12'000.0, options);
    const auto free = seekGoal(plan, plan.scenarios.front(), GoalKind::ReachCustomers, 12'000.0);
    QVERIFY(locked.ok() && free.ok());
    QVERIFY(locked->reachable && free->reachable);
    QVERIFY(std::abs(locked->optimization.optimal.shares[1] - 0.3) < 1e-12);
    // A lock cannot make the target cheaper.
    QVERIFY(*locked->pool >= *free->pool * (1.0 - 1e-9));
}

void GoalSeekTest::unreachableCustomers()
{
    // Every sample channel but "Offline events" saturates; with that one capped at 15% the
    // customers still grow without bound, so cap it at 0 to make the total bounded.
    Plan plan = test::loadSamplePlan();
    auto &channels = plan.scenarios.front().channels;
    channels[5].share = 0.0;
    channels[5].maxShare = 0.0;
    channels[4].share = 0.15;
    const auto result =
        seekGoal(plan, plan.scenarios.front(), GoalKind::ReachCustomers, 10'000'000.0);
    QVERIFY(result.ok());
    QVERIFY(!result->reachable);
    QVERIFY(!result->pool);
    QVERIFY(!result->budget);
    QVERIFY2(result->explanation.contains(QLatin1String("unreachable")),
             qPrintable(result->explanation));
    // With the unsaturated channel allowed, the same target is reachable.
    const auto open = seekGoal(test::loadSamplePlan(), test::loadSamplePlan().scenarios.front(),
                               GoalKind::ReachCustomers, 10'000'000.0);
    QVERIFY(open.ok());
    QVERIFY(open->reachable);
}

void GoalSeekTest::unreachableCacCap()
{
    const Plan plan = test::loadSamplePlan();
    const auto result = seekGoal(plan, plan.scenarios.front(), GoalKind::CacCap, 10.0);
    QVERIFY(result.ok());
    QVERIFY(!result->reachable);
    QVERIFY(!result->pool);
    QVERIFY(result->explanation.contains(QLatin1String("unreachable")));
}

void GoalSeekTest::unboundedCacCap()
{
    // Linear channels: CAC is the same at every pool, so a cap above it never binds.
    const Plan plan = test::linearPlan({30.0, 10.0, 40.0, 20.0}, 0.4);
    const auto result = seekGoal(plan, plan.scenarios.front(), GoalKind::CacCap, 1'000.0);
    QVERIFY(result.ok());
    QVERIFY(result->reachable);
    QVERIFY(result->unbounded);
    QVERIFY(!result->pool);
    // ... and a cap below it is unreachable. CAC = cpl / 0.1; the best mix costs 150.
    const auto below = seekGoal(plan, plan.scenarios.front(), GoalKind::CacCap, 149.0);
    QVERIFY(below.ok());
    QVERIFY(!below->reachable);
}

void GoalSeekTest::badGoalValue()
{
    const Plan plan = test::loadSamplePlan();
    QVERIFY(!seekGoal(plan, plan.scenarios.front(), GoalKind::CacCap, 0.0).ok());
    QVERIFY(!seekGoal(plan, plan.scenarios.front(), GoalKind::ReachValue, -5.0).ok());
    const auto zero = seekGoal(plan, plan.scenarios.front(), GoalKind::ReachCustomers, 0.0);
    QVERIFY(zero.ok());
    QCOMPARE(*zero->pool, 0.0);
}

void GoalSeekTest::infeasibleBoundsAreReported()
{
    Plan plan = test::loadSamplePlan();
    for (auto &channel : plan.scenarios.front().channels)
        channel.minShare = 0.5;
    const auto result = seekGoal(plan, plan.scenarios.front(), GoalKind::ReachValue, 1e6);
    QVERIFY(!result.ok());
    QVERIFY(result.error().contains(QLatin1String("min_share")));
}

QTEST_GUILESS_MAIN(GoalSeekTest)
#include "GoalSeekTest.moc"
