// The re-plan from actuals of MODEL.md §5.5: status month, closed months, remaining pool,
// bounds, locks, both timings against hand-checkable answers, random perturbations and an
// independent slow solver, and the re-plan as a scenario (projection and latest estimate).

#include "AnalysisFixtures.h"
#include "ReplanReference.h"

#include "models/domain/Months.h"
#include "models/domain/PlanValidator.h"
#include "models/engine/Replan.h"
#include "models/engine/ReplanSolver.h"
#include "models/engine/Variance.h"

#include <QTest>

#include <random>

using namespace cplan;

namespace {

ReplanOptions optionsAt(const QString &date, ReplanTiming timing,
                        OptimizerObjective objective = OptimizerObjective::Value)
{
    ReplanOptions options;
    options.statusDate = date;
    options.timing = timing;
    options.objective = objective;
    return options;
}

// Saturated channels with a given carryover, quarterly phasing, no actuals.
Plan saturatedPlan(int channels, int months, double carryover)
{
    Plan plan =
        test::linearPlan(std::vector<double>(static_cast<std::size_t>(channels), 20.0), 1.0);
    plan.months = months;
    Scenario &scenario = plan.scenarios.front();
    scenario.phasing = Phasing{Phasing::Kind::Quarterly, {0.4, 0.1, 0.2, 0.3}};
    for (int c = 0; c < channels; ++c) {
        ChannelDrivers &drivers = scenario.channels[static_cast<std::size_t>(c)];
        drivers.cpl = 10.0 + 7.0 * c;
        drivers.saturationSpend = 20'000.0 + 15'000.0 * c;
        drivers.carryover = carryover;
        drivers.conversion = {0.5 - 0.03 * c, 0.2};
    }
    return plan;
}

double relativeGap(double a, double b)
{
    return std::abs(a - b) / std::max({std::abs(a), std::abs(b), 1e-300});
}

// Every month's spend of the re-plan (closed months then open months).
Eigen::ArrayXXd wholeSpend(const ReplanSetup &setup, const Eigen::ArrayXXd &open)
{
    Eigen::ArrayXXd spend(open.rows(), setup.months.size());
    spend << setup.closedSpend, open;
    return spend;
}

} // namespace

class ReplanTest : public QObject
{
    Q_OBJECT

private slots:
    void sampleSetup();
    void noActualRowsTakesThePlanAsSpent();
    void lastDayOfAMonthClosesIt();
    void statusMonthMustLeaveClosedAndOpenMonths();
    void statusDateFromTheInjectedClock();
    void oneChannelTakesTheWholeRemainder();
    void zeroCarryoverFreeTimingIsKeepPhasingWithTheBestSplit();
    void channelPastItsMaximumGetsNothing();
    void infeasibleBoundsNameTheAmounts();
    void lockedChannelKeepsItsPlannedMonths();
    void optimumBeatsRandomFeasiblePerturbations_data();
    void optimumBeatsRandomFeasiblePerturbations();
    void optimumMatchesAnIndependentSolver_data();
    void optimumMatchesAnIndependentSolver();
    void savedScenarioReproducesEveryMonth_data();
    void savedScenarioReproducesEveryMonth();
    void latestEstimateIsTheVarianceReforecast();
    void freeTimingIsAtLeastKeepPhasing();
};

void ReplanTest::sampleSetup()
{
    const Plan plan = test::loadSamplePlan();
    const Scenario &scenario = plan.scenarios.front();
    const auto setup = prepareReplan(plan, scenario);
    QVERIFY2(setup.ok(), qPrintable(setup ? QString() : setup.error()));
    // The sample's status date 2025-07-01: January to June closed.
    QCOMPARE(setup->statusMonth, 6);
    QCOMPARE(setup->openMonthCount(), 6);
    const Projection projection = project(plan, scenario);
    // Expected spent: the actual rows (January to March) and the plan for April to June.
    Eigen::ArrayXXd expected = projection.spend.leftCols(6);
    for (const Actual &actual : plan.actuals) {
        const int m = actual.month.right(2).toInt() - 1;
        if (m < 6)
            expected(plan.channelIndex(actual.channel), m) = actual.spend;
    }
    for (int c = 0; c < 6; ++c)
        QVERIFY(relativeGap(setup->spentByChannel[c], expected.row(c).sum()) < 1e-12);
    QVERIFY(relativeGap(setup->spent, expected.sum()) < 1e-12);
    QVERIFY(relativeGap(setup->remaining, projection.totals.channelSpend - expected.sum()) < 1e-12);
    QVERIFY(!setup->infeasibility);
}

void ReplanTest::noActualRowsTakesThePlanAsSpent()
{
    Plan plan = test::loadSamplePlan();
    plan.actuals.clear();
    const auto setup = prepareReplan(plan, plan.scenarios.front());
    QVERIFY(setup.ok());
    const Projection projection = project(plan, plan.scenarios.front());
    for (int c = 0; c < 6; ++c)
        QVERIFY(relativeGap(setup->spentByChannel[c], projection.spend.row(c).head(6).sum()) <
                1e-12);
    // With the plan taken as spent, the baseline is the plan itself.
    const auto result = replanRemainder(plan, plan.scenarios.front());
    QVERIFY(result.ok());
    const Eigen::ArrayXXd planned = projection.spend.rightCols(6);
    QVERIFY(((result->baseline.monthly - planned).abs() <= 1e-9 * planned.abs().maxCoeff()).all());
    QVERIFY(result->uplift >= -1e-9 * result->baseline.objective);
}

void ReplanTest::lastDayOfAMonthClosesIt()
{
    // Issue 22 C.10: "as of 2025-06-30" closes June (status month July, index 6); "as of
    // 2025-06-15" leaves June open (index 5), as finance closes a period.
    const Plan plan = test::loadSamplePlan();
    const auto june30 =
        prepareReplan(plan, plan.scenarios.front(),
                      optionsAt(QStringLiteral("2025-06-30"), ReplanTiming::KeepPhasing));
    QVERIFY(june30.ok());
    QCOMPARE(june30->statusMonth, 6);
    const auto june15 =
        prepareReplan(plan, plan.scenarios.front(),
                      optionsAt(QStringLiteral("2025-06-15"), ReplanTiming::KeepPhasing));
    QVERIFY(june15.ok());
    QCOMPARE(june15->statusMonth, 5);
    const auto july1 =
        prepareReplan(plan, plan.scenarios.front(),
                      optionsAt(QStringLiteral("2025-07-01"), ReplanTiming::KeepPhasing));
    QVERIFY(july1.ok());
    QCOMPARE(july1->statusMonth, 6);
    // February's last day, in a leap year and not.
    Plan leap = plan;
    leap.start = QStringLiteral("2024-01");
    const auto feb28 =
        prepareReplan(leap, leap.scenarios.front(),
                      optionsAt(QStringLiteral("2024-02-28"), ReplanTiming::KeepPhasing));
    QVERIFY(feb28.ok());
    QCOMPARE(feb28->statusMonth, 1);
}

void ReplanTest::statusMonthMustLeaveClosedAndOpenMonths()
{
    const Plan plan = test::loadSamplePlan();
    // MODEL.md §5.5 as amended: a month is closed on its last day, so 2025-01-30 leaves no month
    // closed and 2025-12-31 leaves none open.
    for (const QString &date : {QStringLiteral("2025-01-30"), QStringLiteral("2025-12-31"),
                                QStringLiteral("2026-01-01"), QStringLiteral("2024-12-31")}) {
        const auto result = replanRemainder(plan, plan.scenarios.front(),
                                            optionsAt(date, ReplanTiming::KeepPhasing));
        QVERIFY2(!result.ok(), qPrintable(date));
        QVERIFY2(result.error().contains(QStringLiteral("from 2025-01-31 to 2025-12-30")),
                 qPrintable(result.error()));
    }
    for (const QString &date :
         {QStringLiteral("2025-01-31"), QStringLiteral("2025-02-01"), QStringLiteral("2025-12-30")})
        QVERIFY2(
            replanRemainder(plan, plan.scenarios.front(), optionsAt(date, ReplanTiming::Free)).ok(),
            qPrintable(date));
    const auto bad = prepareReplan(plan, plan.scenarios.front(),
                                   optionsAt(QStringLiteral("July"), ReplanTiming::Free));
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().contains(QStringLiteral("\"July\"")));
}

void ReplanTest::statusDateFromTheInjectedClock()
{
    Plan plan = test::loadSamplePlan();
    plan.statusDate.clear();
    ReplanOptions options;
    options.today = QDate(2025, 4, 10);
    const auto setup = prepareReplan(plan, plan.scenarios.front(), options);
    QVERIFY(setup.ok());
    QCOMPARE(setup->statusMonth, 3);
    QCOMPARE(setup->statusDate, QDate(2025, 4, 10));
}

void ReplanTest::oneChannelTakesTheWholeRemainder()
{
    // One channel, θ = 0.5, κ = 20,000, cpl 10, P = 600,000, quarterly phasing 0.4/0.1/0.2/0.3 over
    // 6 months, status 2025-04: spent = P·(0.4·3)/(0.4·3 + 0.1·3) = 480,000, R = 120,000, and the
    // open months are April to June (weights 0.1 each: the remainder splits evenly).
    Plan plan = saturatedPlan(1, 6, 0.5);
    const Scenario &scenario = plan.scenarios.front();
    const auto result = replanRemainder(
        plan, scenario, optionsAt(QStringLiteral("2025-04-01"), ReplanTiming::KeepPhasing));
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error()));
    QVERIFY(relativeGap(result->setup.spent, 480'000.0) < 1e-12);
    QVERIFY(relativeGap(result->setup.remaining, 120'000.0) < 1e-12);
    for (int j = 0; j < 3; ++j)
        QVERIFY(relativeGap(result->replan.monthly(0, j), 40'000.0) < 1e-12);
    // The objective by hand: adstock 160,000 a month in Jan–Mar, then 40,000 a month.
    double adstock = 0.0;
    const double monthly[6] = {160'000, 160'000, 160'000, 40'000, 40'000, 40'000};
    double leads = 0.0;
    for (int m = 0; m < 6; ++m) {
        adstock = 0.5 * adstock + 0.5 * monthly[m];
        if (m >= 3)
            leads += adstock / (10.0 * (1.0 + adstock / 20'000.0));
    }
    const double ltv = project(plan, scenario).channels.front().ltv;
    QVERIFY(relativeGap(result->replan.objective, leads * 0.5 * 0.2 * ltv) < 1e-12);
    QVERIFY(relativeGap(result->replan.customers, leads * 0.5 * 0.2) < 1e-12);

    // Free timing spends the same total, at least as well, at the optimum.
    const auto free = replanRemainder(plan, scenario,
                                      optionsAt(QStringLiteral("2025-04-01"), ReplanTiming::Free));
    QVERIFY(free.ok());
    QVERIFY(relativeGap(free->replan.openSpend[0], 120'000.0) < 1e-12);
    QVERIFY(free->replan.objective >= result->replan.objective);
    QVERIFY(free->kktResidual < 1e-9);

    // θ = 0: every open month is worth the same, so free timing splits evenly.
    plan.scenarios.front().channels.front().carryover = 0.0;
    const auto even = replanRemainder(plan, plan.scenarios.front(),
                                      optionsAt(QStringLiteral("2025-04-01"), ReplanTiming::Free));
    QVERIFY(even.ok());
    for (int j = 0; j < 3; ++j)
        QVERIFY(relativeGap(even->replan.monthly(0, j), 40'000.0) < 1e-9);
}

void ReplanTest::zeroCarryoverFreeTimingIsKeepPhasingWithTheBestSplit()
{
    // Without carryover the months are independent and alike, so the best split of a channel's
    // open money is even: free timing must equal keep-phasing of the same plan with even
    // phasing, channel by channel and month by month.
    Plan plan = saturatedPlan(4, 12, 0.0);
    const auto free = replanRemainder(plan, plan.scenarios.front(),
                                      optionsAt(QStringLiteral("2025-05-01"), ReplanTiming::Free));
    QVERIFY(free.ok());
    Plan even = plan;
    // Keep the closed months' spend: they are taken from actual rows.
    const auto setup = prepareReplan(plan, plan.scenarios.front(),
                                     optionsAt(QStringLiteral("2025-05-01"), ReplanTiming::Free));
    QVERIFY(setup.ok());
    for (int c = 0; c < 4; ++c)
        for (int m = 0; m < 4; ++m)
            even.actuals.push_back({monthLabel(plan.start, m),
                                    plan.channels[static_cast<std::size_t>(c)].name,
                                    setup->closedSpend(c, m),
                                    {}});
    even.scenarios.front().phasing = Phasing{};
    const auto keep =
        replanRemainder(even, even.scenarios.front(),
                        optionsAt(QStringLiteral("2025-05-01"), ReplanTiming::KeepPhasing));
    QVERIFY(keep.ok());
    QVERIFY(relativeGap(free->replan.objective, keep->replan.objective) < 1e-9);
    const double scale = keep->replan.monthly.abs().maxCoeff();
    QVERIFY(((free->replan.monthly - keep->replan.monthly).abs() <= 1e-7 * scale).all());
    // And the quarterly-phased keep-phasing is worse.
    const auto phased =
        replanRemainder(plan, plan.scenarios.front(),
                        optionsAt(QStringLiteral("2025-05-01"), ReplanTiming::KeepPhasing));
    QVERIFY(phased.ok());
    QVERIFY(phased->replan.objective < free->replan.objective);
}

void ReplanTest::channelPastItsMaximumGetsNothing()
{
    Plan plan = test::loadSamplePlan();
    // Offline events & partners: max 15% of P = 12,000,000 → 1,800,000. Spend 2,000,000 in April.
    plan.actuals.push_back(
        {QStringLiteral("2025-04"), QStringLiteral("Offline events & partners"), 2'000'000.0, {}});
    for (const ReplanTiming timing : {ReplanTiming::KeepPhasing, ReplanTiming::Free}) {
        const auto result =
            replanRemainder(plan, plan.scenarios.front(), optionsAt(QString(), timing));
        QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error()));
        QCOMPARE(result->setup.overMax, QStringList{QStringLiteral("Offline events & partners")});
        QCOMPARE(result->replan.openSpend[5], 0.0);
        QCOMPARE(result->setup.upper[5], 0.0);
        QVERIFY(relativeGap(result->replan.openSpend.sum(), result->setup.remaining) < 1e-12);
    }
}

void ReplanTest::infeasibleBoundsNameTheAmounts()
{
    Plan plan = test::loadSamplePlan();
    // Everyone must reach at least 30%: Σ lower far above the remaining pool.
    for (auto &channel : plan.scenarios.front().channels) {
        channel.minShare = 0.3;
        channel.maxShare = 1.0;
    }
    const auto setup = prepareReplan(plan, plan.scenarios.front());
    QVERIFY(setup.ok());
    QVERIFY(setup->infeasibility);
    QVERIFY(setup->lowerSum > setup->remaining);
    const auto result = replanRemainder(plan, plan.scenarios.front());
    QVERIFY(!result.ok());
    QVERIFY2(
        result.error().contains(QString::number(setup->lowerSum, 'f', 2) + QStringLiteral(" CNY")),
        qPrintable(result.error()));
    QVERIFY(result.error().contains(QString::number(setup->remaining, 'f', 2)));

    // Too little room: every max at 5%.
    for (auto &channel : plan.scenarios.front().channels) {
        channel.minShare = 0.0;
        channel.maxShare = 0.05;
    }
    const auto low = replanRemainder(plan, plan.scenarios.front());
    QVERIFY(!low.ok());
    QVERIFY2(low.error().contains(QStringLiteral("at most")), qPrintable(low.error()));

    // Overspent pool.
    Plan overspent = test::loadSamplePlan();
    overspent.actuals.push_back(
        {QStringLiteral("2025-05"), QStringLiteral("Short video ads"), 20'000'000.0, {}});
    const auto refused = replanRemainder(overspent, overspent.scenarios.front());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("overspent")), qPrintable(refused.error()));
}

void ReplanTest::lockedChannelKeepsItsPlannedMonths()
{
    const Plan plan = test::loadSamplePlan();
    for (const ReplanTiming timing : {ReplanTiming::KeepPhasing, ReplanTiming::Free}) {
        ReplanOptions options = optionsAt(QString(), timing);
        options.lockedChannels = {QStringLiteral("Short video ads")};
        const auto result = replanRemainder(plan, plan.scenarios.front(), options);
        QVERIFY(result.ok());
        const Eigen::ArrayXXd planned = result->setup.plannedSpend.rightCols(6);
        QVERIFY(((result->replan.monthly.row(1) - planned.row(1)).abs() == 0.0).all());
        QVERIFY(relativeGap(result->replan.openSpend.sum(), result->setup.remaining) < 1e-12);
    }
    ReplanOptions unknown;
    unknown.lockedChannels = {QStringLiteral("Radio")};
    QVERIFY(!replanRemainder(plan, plan.scenarios.front(), unknown).ok());
}

void ReplanTest::optimumBeatsRandomFeasiblePerturbations_data()
{
    QTest::addColumn<int>("timing");
    QTest::addColumn<int>("objective");
    QTest::newRow("keep-phasing value") << 0 << 0;
    QTest::newRow("keep-phasing customers") << 0 << 1;
    QTest::newRow("free value") << 1 << 0;
    QTest::newRow("free customers") << 1 << 1;
}

void ReplanTest::optimumBeatsRandomFeasiblePerturbations()
{
    QFETCH(int, timing);
    QFETCH(int, objective);
    const Plan plan = test::loadSamplePlan();
    const Scenario &scenario = plan.scenarios.front();
    const auto options =
        optionsAt(QString(), timing ? ReplanTiming::Free : ReplanTiming::KeepPhasing,
                  objective ? OptimizerObjective::Customers : OptimizerObjective::Value);
    const auto result = replanRemainder(plan, scenario, options);
    QVERIFY(result.ok());
    const ReplanProblem problem = replanProblem(plan, scenario, result->setup, options.objective);
    const double best = openResponse(problem, result->replan.monthly);
    QVERIFY(relativeGap(best, result->replan.objective) < 1e-12);
    QVERIFY2(result->kktResidual < 1e-9, qPrintable(QString::number(result->kktResidual)));
    QVERIFY2(result->optimalityGap < 1e-10, qPrintable(QString::number(result->optimalityGap)));

    std::mt19937_64 random(20250701 + static_cast<unsigned>(timing * 2 + objective));
    std::uniform_int_distribution<int> channel(0, 5);
    std::uniform_int_distribution<int> month(0, 5);
    std::uniform_real_distribution<double> fraction(1e-4, 1.0);
    int tried = 0;
    for (int attempt = 0; tried < 1000 && attempt < 100'000; ++attempt) {
        Eigen::ArrayXXd spend = result->replan.monthly;
        const int from = channel(random);
        const int to = channel(random);
        const int fromMonth = timing ? month(random) : 0;
        const int toMonth = timing ? month(random) : 0;
        if (from == to && fromMonth == toMonth)
            continue;
        if (timing) {
            const double amount = spend(from, fromMonth) * fraction(random);
            if (!(amount > 0.0))
                continue;
            spend(from, fromMonth) -= amount;
            spend(to, toMonth) += amount;
        } else {
            // Move a share of `from`'s open money to `to`, keeping both phasings.
            const double amount = result->replan.openSpend[from] * fraction(random);
            spend.row(from) -= problem.openWeights.row(from) * amount;
            spend.row(to) += problem.openWeights.row(to) * amount;
        }
        const Eigen::ArrayXd totals = spend.rowwise().sum();
        if ((spend < 0.0).any() || (totals < result->setup.lower - 1e-6).any() ||
            (totals > result->setup.upper + 1e-6).any())
            continue;
        ++tried;
        const double perturbed = openResponse(problem, spend);
        QVERIFY2(
            perturbed <= best * (1.0 + 1e-12),
            qPrintable(QStringLiteral("%1 > %2").arg(perturbed, 0, 'g', 17).arg(best, 0, 'g', 17)));
    }
    QCOMPARE(tried, 1000);
}

void ReplanTest::optimumMatchesAnIndependentSolver_data()
{
    QTest::addColumn<int>("timing");
    QTest::addColumn<bool>("sample");
    QTest::newRow("keep-phasing, sample") << 0 << true;
    QTest::newRow("free, sample") << 1 << true;
    QTest::newRow("keep-phasing, generated") << 0 << false;
    QTest::newRow("free, generated") << 1 << false;
}

void ReplanTest::optimumMatchesAnIndependentSolver()
{
    QFETCH(int, timing);
    QFETCH(bool, sample);
    Plan plan = sample ? test::loadSamplePlan() : saturatedPlan(5, 14, 0.4);
    if (!sample) {
        // Bounds that bind, and carryover that differs per channel.
        auto &channels = plan.scenarios.front().channels;
        channels[0].maxShare = 0.12;
        channels[3].minShare = 0.25;
        channels[2].carryover = 0.8;
        channels[4].saturationSpend.reset();
    }
    const Scenario &scenario = plan.scenarios.front();
    const auto options = optionsAt(sample ? QString() : QStringLiteral("2025-06-15"),
                                   timing ? ReplanTiming::Free : ReplanTiming::KeepPhasing);
    const auto result = replanRemainder(plan, scenario, options);
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error()));
    const ReplanProblem problem = replanProblem(plan, scenario, result->setup, options.objective);
    const Eigen::ArrayXXd reference = test::referenceSolve(problem, timing == 0);
    const double referenceObjective = openResponse(problem, reference);
    qInfo("objective %.12g, reference %.12g, KKT residual %.3g", result->replan.objective,
          referenceObjective, result->kktResidual);
    QVERIFY(result->replan.objective >= referenceObjective * (1.0 - 1e-12));
    QVERIFY(relativeGap(result->replan.objective, referenceObjective) < 1e-7);
}

void ReplanTest::savedScenarioReproducesEveryMonth_data()
{
    QTest::addColumn<int>("timing");
    QTest::newRow("keep-phasing") << 0;
    QTest::newRow("free") << 1;
}

void ReplanTest::savedScenarioReproducesEveryMonth()
{
    QFETCH(int, timing);
    Plan plan = test::loadSamplePlan();
    const auto result = replanRemainder(
        plan, plan.scenarios.front(),
        optionsAt(QString(), timing ? ReplanTiming::Free : ReplanTiming::KeepPhasing));
    QVERIFY(result.ok());
    for (const ReplanAllocation *allocation : {&result->baseline, &result->replan}) {
        const Eigen::ArrayXXd expected = wholeSpend(result->setup, allocation->monthly);
        const Projection projection = project(plan, allocation->scenario);
        const double scale = expected.abs().maxCoeff();
        const double worst = (projection.spend - expected).abs().maxCoeff() / scale;
        QVERIFY2(worst <= 1e-9, qPrintable(QString::number(worst)));
        // The objective is the projection's value of the open months.
        double value = 0.0;
        for (std::size_t c = 0; c < projection.channels.size(); ++c)
            value += projection.volumes.back().row(static_cast<Eigen::Index>(c)).tail(6).sum() *
                     projection.channels[c].ltv;
        QVERIFY(relativeGap(value, allocation->value) < 1e-9);
        // And it is a valid scenario of the plan.
        plan.scenarios.push_back(allocation->scenario);
        const auto violations = validatePlan(plan);
        QVERIFY2(violations.empty(),
                 qPrintable(violations.empty() ? QString() : violations.front().text()));
        plan.scenarios.pop_back();
    }
}

void ReplanTest::latestEstimateIsTheVarianceReforecast()
{
    Plan plan = test::loadSamplePlan();
    const auto result =
        replanRemainder(plan, plan.scenarios.front(), optionsAt(QString(), ReplanTiming::Free));
    QVERIFY(result.ok());
    plan.scenarios.push_back(result->replan.scenario);
    const Scenario &saved = plan.scenarios.back();
    const VarianceReport variance = computeVariance(plan, saved, project(plan, saved));
    const Totals &expected = variance.reforecast;
    const Totals &latest = result->replan.latestEstimate;
    QVERIFY(relativeGap(latest.customers, expected.customers) < 1e-12);
    QVERIFY(relativeGap(latest.value, expected.value) < 1e-12);
    QVERIFY(relativeGap(latest.channelSpend, expected.channelSpend) < 1e-12);
    QVERIFY(relativeGap(*latest.cac, *expected.cac) < 1e-12);
    QCOMPARE(latest.paybackMonth, expected.paybackMonth);
    // The re-forecast spends the pool: the actuals plus the re-plan.
    QVERIFY(relativeGap(latest.channelSpend, result->setup.pool) < 1e-9);
    // The re-forecast differs from the plain projection: it uses the measured volumes.
    QVERIFY(relativeGap(latest.customers, project(plan, saved).totals.customers) > 1e-6);
}

void ReplanTest::freeTimingIsAtLeastKeepPhasing()
{
    const Plan plan = test::loadSamplePlan();
    const auto keep = replanRemainder(plan, plan.scenarios.front(),
                                      optionsAt(QString(), ReplanTiming::KeepPhasing));
    const auto free =
        replanRemainder(plan, plan.scenarios.front(), optionsAt(QString(), ReplanTiming::Free));
    QVERIFY(keep.ok() && free.ok());
    QVERIFY(free->replan.objective >= keep->replan.objective);
    QVERIFY(keep->uplift >= 0.0);
    QVERIFY(free->uplift >= keep->uplift);
    QVERIFY(relativeGap(keep->baseline.objective, free->baseline.objective) < 1e-15);
}

QTEST_GUILESS_MAIN(ReplanTest)
#include "ReplanTest.moc"
