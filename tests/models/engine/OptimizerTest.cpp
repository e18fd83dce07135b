// The budget optimizer of MODEL.md §5.2: optimality (KKT and random perturbations), bounds,
// locks, infeasible bounds, both objectives and the degenerate linear case.

#include "AnalysisFixtures.h"

#include "models/engine/Optimizer.h"
#include "models/engine/Projection.h"

#include <QTest>

#include <random>

using namespace cplan;

namespace {

const Scenario &planA(const Plan &plan)
{
    return plan.scenarios.front();
}

// The objective of a split by a full projection (independent of the optimizer's curves).
double projectedObjective(const Plan &plan, Scenario scenario, const Eigen::ArrayXd &shares,
                          OptimizerObjective objective)
{
    for (std::size_t c = 0; c < scenario.channels.size(); ++c)
        scenario.channels[c].share = shares[static_cast<Eigen::Index>(c)];
    const Projection projection = project(plan, scenario);
    return objective == OptimizerObjective::Value ? projection.totals.value
                                                  : projection.totals.customers;
}

// max over channels of the KKT violation, relative to λ: free channels have marginal = λ,
// channels at their min have marginal ≤ λ, at their max marginal ≥ λ.
double kktResidual(const OptimizerResult &result)
{
    const double lambda = 1000.0 * result.multiplier;
    double worst = 0.0;
    const double slack = 1e-9 * std::max(result.pool, 1.0);
    for (Eigen::Index c = 0; c < result.optimal.amounts.size(); ++c) {
        const double amount = result.optimal.amounts[c];
        const double marginal = result.optimal.marginal[c];
        const bool atLower = amount <= result.lowerBounds[c] + slack;
        const bool atUpper = amount >= result.upperBounds[c] - slack;
        double violation = 0.0;
        if (atLower && atUpper)
            violation = 0.0;
        else if (atLower)
            violation = std::max(marginal - lambda, 0.0);
        else if (atUpper)
            violation = std::max(lambda - marginal, 0.0);
        else
            violation = std::abs(marginal - lambda);
        worst = std::max(worst, violation / lambda);
    }
    return worst;
}

void checkBounds(const OptimizerResult &result)
{
    const double slack = 1e-9 * std::max(result.pool, 1.0);
    QVERIFY(std::abs(result.optimal.amounts.sum() - result.pool) <= slack);
    QVERIFY((result.optimal.amounts >= result.lowerBounds - slack).all());
    QVERIFY((result.optimal.amounts <= result.upperBounds + slack).all());
    QVERIFY(std::abs(result.optimal.shares.sum() - 1.0) <= 1e-9);
}

} // namespace

class OptimizerTest : public QObject
{
    Q_OBJECT

private slots:
    void kktHoldsAtTheOptimum_data();
    void kktHoldsAtTheOptimum();
    void randomFeasiblePerturbationsNeverBeatIt_data();
    void randomFeasiblePerturbationsNeverBeatIt();
    void objectiveAgreesWithTheProjection();
    void respectsLocks();
    void infeasibleMinimumShares();
    void infeasibleMaximumShares();
    void infeasibleAfterLocking();
    void unknownLockedChannel();
    void linearChannelsFillTheBestFirst();
    void zeroPool();
    void explicitPool();
};

void OptimizerTest::kktHoldsAtTheOptimum_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("objective");
    for (int s = 0; s < 3; ++s) {
        for (const QString &objective : {QStringLiteral("value"), QStringLiteral("customers")})
            QTest::addRow("%d-%s", s, qPrintable(objective)) << s << objective;
    }
}

void OptimizerTest::kktHoldsAtTheOptimum()
{
    QFETCH(int, scenario);
    QFETCH(QString, objective);
    const Plan plan = test::loadSamplePlan();
    OptimizerOptions options;
    options.objective = *optimizerObjectiveFromString(objective);
    const auto result =
        optimizeSplit(plan, plan.scenarios[static_cast<std::size_t>(scenario)], options);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    checkBounds(*result);
    QVERIFY2(kktResidual(*result) < 1e-9, qPrintable(QString::number(kktResidual(*result))));
    QVERIFY(result->uplift >= 0.0);
    QVERIFY(result->upliftRelative && *result->upliftRelative >= 0.0);
    // The sample's split is not optimal, so there is something to gain.
    QVERIFY(result->uplift > 0.0);
    // At least one channel is strictly inside its bounds, so λ is an actual marginal return.
    bool free = false;
    for (Eigen::Index c = 0; c < result->optimal.amounts.size(); ++c)
        free = free || (result->optimal.amounts[c] > result->lowerBounds[c] + 1.0 &&
                        result->optimal.amounts[c] < result->upperBounds[c] - 1.0);
    QVERIFY(free);
}

void OptimizerTest::randomFeasiblePerturbationsNeverBeatIt_data()
{
    QTest::addColumn<QString>("objective");
    QTest::newRow("value") << QStringLiteral("value");
    QTest::newRow("customers") << QStringLiteral("customers");
}

void OptimizerTest::randomFeasiblePerturbationsNeverBeatIt()
{
    QFETCH(QString, objective);
    const Plan plan = test::loadSamplePlan();
    OptimizerOptions options;
    options.objective = *optimizerObjectiveFromString(objective);
    const auto result = optimizeSplit(plan, planA(plan), options);
    QVERIFY(result.ok());
    const double best =
        projectedObjective(plan, planA(plan), result->optimal.shares, options.objective);
    QVERIFY(std::abs(best - result->optimal.objective) <= 1e-9 * best);

    std::mt19937_64 random(20250101);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const Eigen::Index count = result->optimal.shares.size();
    const Eigen::ArrayXd lower = result->lowerBounds / result->pool;
    const Eigen::ArrayXd upper = result->upperBounds / result->pool;
    int tried = 0;
    for (int trial = 0; trial < 1000; ++trial) {
        // Move a random amount (tiny to large) from one channel to another within the bounds,
        // and on every other trial a second move: every feasible direction is reachable.
        Eigen::ArrayXd shares = result->optimal.shares;
        for (int move = 0; move < 1 + trial % 2; ++move) {
            // Only pairs with room: a channel at its min cannot give, one at its max cannot take.
            Eigen::Index from = 0;
            Eigen::Index to = 0;
            double room = 0.0;
            for (int attempt = 0; attempt < 1000 && room <= 0.0; ++attempt) {
                from = static_cast<Eigen::Index>(unit(random) * count) % count;
                to = static_cast<Eigen::Index>(unit(random) * count) % count;
                room =
                    from == to ? 0.0 : std::min(shares[from] - lower[from], upper[to] - shares[to]);
            }
            const double scale = std::pow(10.0, -6.0 * unit(random));
            const double amount = room * scale * unit(random);
            shares[from] -= amount;
            shares[to] += amount;
        }
        if ((shares - result->optimal.shares).abs().maxCoeff() == 0.0)
            continue;
        ++tried;
        const double objectiveValue =
            projectedObjective(plan, planA(plan), shares, options.objective);
        QVERIFY2(objectiveValue <= best * (1.0 + 1e-12),
                 qPrintable(QStringLiteral("trial %1 beats the optimum: %2 > %3")
                                .arg(trial)
                                .arg(objectiveValue, 0, 'g', 17)
                                .arg(best, 0, 'g', 17)));
    }
    QVERIFY(tried > 900);
}

void OptimizerTest::objectiveAgreesWithTheProjection()
{
    const Plan plan = test::loadSamplePlan();
    const auto result = optimizeSplit(plan, planA(plan));
    QVERIFY(result.ok());
    const Projection current = project(plan, planA(plan));
    QVERIFY(std::abs(result->current.objective - current.totals.value) <=
            1e-9 * current.totals.value);
    QVERIFY(std::abs(result->current.customers - current.totals.customers) <=
            1e-9 * current.totals.customers);
    QCOMPARE(result->pool, current.totals.channelSpend);
    QCOMPARE(result->uplift, result->optimal.objective - result->current.objective);
}

void OptimizerTest::respectsLocks()
{
    const Plan plan = test::loadSamplePlan();
    OptimizerOptions options;
    options.lockedChannels = {QStringLiteral("Short video ads"),
                              QStringLiteral("Offline events & partners")};
    const auto result = optimizeSplit(plan, planA(plan), options);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    QCOMPARE(result->optimal.shares[1], 0.3);
    QCOMPARE(result->optimal.shares[5], 0.05);
    checkBounds(*result);
    QVERIFY(kktResidual(*result) < 1e-9);
    // Locking can only cost objective compared with the free optimum.
    const auto free = optimizeSplit(plan, planA(plan));
    QVERIFY(free.ok());
    QVERIFY(result->optimal.objective <= free->optimal.objective * (1.0 + 1e-12));
    QVERIFY(result->optimal.objective >= result->current.objective);
}

void OptimizerTest::infeasibleMinimumShares()
{
    Plan plan = test::loadSamplePlan();
    for (auto &channel : plan.scenarios.front().channels)
        channel.minShare = 0.2;
    const auto result = optimizeSplit(plan, planA(plan));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QLatin1String("scenarios[\"Plan A (CNY 20M)\"]")),
             qPrintable(result.error()));
    QVERIFY(result.error().contains(QLatin1String("min_share")));
    QVERIFY(result.error().contains(QLatin1String("1.2")));
    QVERIFY(result.error().contains(QLatin1String("infeasible")));
}

void OptimizerTest::infeasibleMaximumShares()
{
    Plan plan = test::loadSamplePlan();
    for (auto &channel : plan.scenarios.front().channels)
        channel.maxShare = 0.1;
    const auto result = optimizeSplit(plan, planA(plan));
    QVERIFY(!result.ok());
    QVERIFY(result.error().contains(QLatin1String("max_share")));
    QVERIFY2(result.error().contains(QLatin1String("0.6")), qPrintable(result.error()));
}

void OptimizerTest::infeasibleAfterLocking()
{
    Plan plan = test::loadSamplePlan();
    // Search is locked at 0.2 and the others can reach at most 0.5 + 0.25 ... make them small.
    for (std::size_t c = 1; c < plan.scenarios.front().channels.size(); ++c)
        plan.scenarios.front().channels[c].maxShare = 0.1;
    plan.scenarios.front().channels[1].maxShare = 0.3; // keeps the current split feasible
    OptimizerOptions options;
    options.lockedChannels = {QStringLiteral("Search (long-tail keywords)")};
    const auto result = optimizeSplit(plan, planA(plan), options);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QLatin1String("locked")), qPrintable(result.error()));
}

void OptimizerTest::unknownLockedChannel()
{
    const Plan plan = test::loadSamplePlan();
    OptimizerOptions options;
    options.lockedChannels = {QStringLiteral("Billboards")};
    const auto result = optimizeSplit(plan, planA(plan), options);
    QVERIFY(!result.ok());
    QVERIFY(result.error().contains(QLatin1String("\"Billboards\"")));
}

void OptimizerTest::linearChannelsFillTheBestFirst()
{
    // Constant marginals: cheaper leads first, each up to its max of 40%: 40% to the cheapest,
    // 40% to the next, 20% to the third, nothing to the dearest.
    const Plan plan = test::linearPlan({30.0, 10.0, 40.0, 20.0}, 0.4);
    for (const auto objective : {OptimizerObjective::Value, OptimizerObjective::Customers}) {
        OptimizerOptions options;
        options.objective = objective;
        const auto result = optimizeSplit(plan, plan.scenarios.front(), options);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
        const Eigen::ArrayXd &shares = result->optimal.shares;
        QVERIFY2(std::abs(shares[1] - 0.4) < 1e-12, qPrintable(QString::number(shares[1])));
        QVERIFY(std::abs(shares[3] - 0.4) < 1e-12);
        QVERIFY2(std::abs(shares[0] - 0.2) < 1e-12, qPrintable(QString::number(shares[0])));
        QVERIFY(std::abs(shares[2]) < 1e-12);
        // The marginal return of a linear channel is the same at every amount.
        QCOMPARE(result->optimal.marginal[2], result->current.marginal[2]);
        QVERIFY(result->uplift > 0.0);
        QVERIFY(kktResidual(*result) < 1e-12);
    }
}

void OptimizerTest::zeroPool()
{
    Plan plan = test::loadSamplePlan();
    plan.scenarios.front().budget = 0.0;
    const auto result = optimizeSplit(plan, planA(plan));
    QVERIFY(result.ok());
    QCOMPARE(result->pool, 0.0);
    QCOMPARE(result->optimal.objective, 0.0);
    QCOMPARE(result->uplift, 0.0);
    QVERIFY(!result->upliftRelative);
    QVERIFY(std::abs(result->optimal.shares.sum() - 1.0) < 1e-12);
}

void OptimizerTest::explicitPool()
{
    const Plan plan = test::loadSamplePlan();
    OptimizerOptions options;
    options.pool = 6'000'000.0;
    const auto result = optimizeSplit(plan, planA(plan), options);
    QVERIFY(result.ok());
    QCOMPARE(result->pool, 6'000'000.0);
    checkBounds(*result);
    QVERIFY(kktResidual(*result) < 1e-9);
    options.pool = -1.0;
    QVERIFY(!optimizeSplit(plan, planA(plan), options).ok());
}

QTEST_GUILESS_MAIN(OptimizerTest)
#include "OptimizerTest.moc"
