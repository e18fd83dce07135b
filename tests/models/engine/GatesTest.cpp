// Gated phasing (MODEL.md §6 "Gates"): the metamorphic checks of issue 25. A gated slip must
// project exactly like the same plan with the channel's phasing shifted by hand; no slip changes
// nothing; a slip past the horizon loses exactly the weights it moved out.

#include "EngineChecks.h"
#include "SamplePlan.h"

#include "models/engine/DelayCost.h"
#include "models/engine/Gates.h"
#include "models/engine/Projection.h"
#include "models/engine/Replan.h"
#include "models/engine/ScenarioInputs.h"

#include <QTest>

#include <cmath>

using namespace cplan;

namespace {

constexpr double tolerance = 1e-9;

bool near(double a, double b)
{
    return std::abs(a - b) <= tolerance * std::max({1.0, std::abs(a), std::abs(b)});
}

bool near(const std::optional<double> &a, const std::optional<double> &b)
{
    if (!a || !b)
        return !a && !b;
    return near(*a, *b);
}

// Every number of two projections agrees to 1e-9 relative (spend and volumes per cell).
QString projectionDifference(const Projection &a, const Projection &b)
{
    if (a.spend.rows() != b.spend.rows() || a.spend.cols() != b.spend.cols())
        return QStringLiteral("shapes differ");
    for (Eigen::Index c = 0; c < a.spend.rows(); ++c) {
        for (Eigen::Index m = 0; m < a.spend.cols(); ++m) {
            if (!near(a.spend(c, m), b.spend(c, m)))
                return QStringLiteral("spend[%1,%2]: %3 vs %4")
                    .arg(c)
                    .arg(m)
                    .arg(a.spend(c, m), 0, 'g', 17)
                    .arg(b.spend(c, m), 0, 'g', 17);
            for (std::size_t k = 0; k < a.volumes.size(); ++k)
                if (!near(a.volumes[k](c, m), b.volumes[k](c, m)))
                    return QStringLiteral("volumes[%1][%2,%3]").arg(k).arg(c).arg(m);
        }
    }
    const Totals &x = a.totals;
    const Totals &y = b.totals;
    if (!near(x.channelSpend, y.channelSpend) || !near(x.customers, y.customers) ||
        !near(x.value, y.value) || !near(x.cac, y.cac) || !near(x.roi, y.roi) ||
        !near(x.ltvCac, y.ltvCac) || x.paybackMonth != y.paybackMonth)
        return QStringLiteral("totals differ (customers %1 vs %2)")
            .arg(x.customers, 0, 'g', 17)
            .arg(y.customers, 0, 'g', 17);
    return {};
}

const QString shortVideo = QStringLiteral("Short video ads");

// The sample with milestone `id` gating the short-video channel.
Plan gatedSample(const QString &id, const QString &forecast)
{
    Plan plan = test::loadSamplePlan();
    Milestone &milestone = plan.milestones[static_cast<std::size_t>(plan.milestoneIndex(id))];
    milestone.gates = {shortVideo};
    milestone.forecast = forecast;
    return plan;
}

// The scenario's normalised weights of the short-video channel, as the engine phases them.
Eigen::ArrayXd channelWeights(const Plan &plan, const Scenario &scenario)
{
    const int c = plan.channelIndex(shortVideo);
    return prepareUngatedScenario(plan, scenario).weights.row(c).transpose();
}

// The same plan without gates, with the channel's phasing given by hand as monthly weights.
Plan shiftedByHand(Plan plan, std::size_t scenario, const Eigen::ArrayXd &weights)
{
    for (Milestone &milestone : plan.milestones)
        milestone.gates.clear();
    const int c = plan.channelIndex(shortVideo);
    plan.scenarios[scenario].channels[static_cast<std::size_t>(c)].phasing =
        Phasing{Phasing::Kind::Monthly, std::vector<double>(weights.begin(), weights.end())};
    return plan;
}

} // namespace

class GatesTest : public QObject
{
    Q_OBJECT

private slots:
    void shiftMovesTheWindowInOrder();
    void shiftOutsideTheHorizon();
    void gatedSlipProjectsLikeAHandShift_data();
    void gatedSlipProjectsLikeAHandShift();
    void noSlipChangesNothing_data();
    void noSlipChangesNothing();
    void slipPastTheHorizonLosesTheMovedWeights();
    void statusDateSlipsAnOverdueGate();
    void twoGatesOnOneChannelShiftInTurn();
    void costOfDelayComparesOnTimeWithForecast();
    void costOfDelayCountsTheMoneyLost();
    void costOfDelayHoldsOtherSlips();
    void freeTimingReplanWaitsForTheGate();
};

void GatesTest::shiftMovesTheWindowInOrder()
{
    Eigen::ArrayXd row(6);
    row << 1, 2, 3, 4, 5, 6;
    // Planned start month 1, reference month 3: months 1 and 2 move 2 months later.
    const double lost = shiftGatedWeights(row, 1, 3);
    Eigen::ArrayXd expected(6);
    expected << 1, 0, 0, 4 + 2, 5 + 3, 6;
    QCOMPARE(lost, 0.0);
    QVERIFY((row == expected).all());
    // A slip of 4 from month 3: months 3..6 move; 3 → 7 and the rest leave a 6-month horizon.
    Eigen::ArrayXd other(6);
    other << 1, 2, 3, 4, 5, 6;
    QCOMPARE(shiftGatedWeights(other, 2, 6), 3.0 + 4.0 + 5.0 + 6.0);
    Eigen::ArrayXd left(6);
    left << 1, 2, 0, 0, 0, 0;
    QVERIFY((other == left).all());
}

void GatesTest::shiftOutsideTheHorizon()
{
    Eigen::ArrayXd row(4);
    row << 1, 2, 3, 4;
    const Eigen::ArrayXd before = row;
    QCOMPARE(shiftGatedWeights(row, 2, 2), 0.0);   // no slip
    QCOMPARE(shiftGatedWeights(row, 3, 1), 0.0);   // early
    QCOMPARE(shiftGatedWeights(row, 5, 9), 0.0);   // planned after the horizon
    QCOMPARE(shiftGatedWeights(row, -6, -1), 0.0); // reference before the horizon
    QVERIFY((row == before).all());
    // Planned before the start, reached in month 1: month 0 moves to month 0 + 3.
    QCOMPARE(shiftGatedWeights(row, -2, 1), 0.0);
    Eigen::ArrayXd expected(4);
    expected << 0, 2, 3, 4 + 1;
    QVERIFY((row == expected).all());
}

void GatesTest::gatedSlipProjectsLikeAHandShift_data()
{
    QTest::addColumn<QString>("milestone");
    QTest::addColumn<QString>("forecast");
    QTest::addColumn<int>("planned");
    QTest::addColumn<int>("reference");
    // M2 planned 2025-06-30; the sample's own forecast 2025-07-08 slips it one month.
    QTest::newRow("M2 one month") << "M2"
                                  << "2025-07-08" << 5 << 6;
    QTest::newRow("M2 three months") << "M2"
                                     << "2025-09-02" << 5 << 8;
    // M1 is done (actual 2025-04-03, planned 2025-03-31): the actual date slips it.
    QTest::newRow("M1 done late") << "M1" << QString() << 2 << 3;
    QTest::newRow("M3 into November") << "M3"
                                      << "2025-11-20" << 8 << 10;
}

void GatesTest::gatedSlipProjectsLikeAHandShift()
{
    QFETCH(QString, milestone);
    QFETCH(QString, forecast);
    QFETCH(int, planned);
    QFETCH(int, reference);
    const Plan gated = gatedSample(milestone, forecast);
    for (std::size_t s = 0; s < gated.scenarios.size(); ++s) {
        const Scenario &scenario = gated.scenarios[s];
        // By hand: the weights of months planned..reference−1 move (reference − planned) later.
        Eigen::ArrayXd weights = channelWeights(gated, scenario);
        const int shift = reference - planned;
        for (int m = reference - 1; m >= planned; --m) {
            weights[m + shift] += weights[m];
            weights[m] = 0.0;
        }
        const Plan byHand = shiftedByHand(gated, s, weights);
        const Projection expected = project(byHand, byHand.scenarios[s]);
        const Projection actual = project(gated, scenario);
        const QString difference = projectionDifference(actual, expected);
        QVERIFY2(difference.isEmpty(),
                 qPrintable(scenario.name + QStringLiteral(": ") + difference));
        QCOMPARE(actual.spendLostToGates.abs().maxCoeff(), 0.0);
        QVERIFY(test::allFinite(actual));
    }
}

void GatesTest::noSlipChangesNothing_data()
{
    QTest::addColumn<QString>("milestone");
    QTest::addColumn<QString>("planned");
    QTest::addColumn<QString>("forecast");
    // M3 (planned 2025-09-30) is not yet due on the status date 2025-07-01.
    QTest::newRow("not yet due") << "M3" << QString() << QString();
    QTest::newRow("on the day") << "M2" << QString() << "2025-06-30";
    // Late by days but inside the planned month: nothing moves to a later month.
    QTest::newRow("late within the month") << "M2"
                                           << "2025-06-10"
                                           << "2025-06-28";
    QTest::newRow("early") << "M2" << QString() << "2025-05-10";
    QTest::newRow("planned after the horizon") << "M4"
                                               << "2026-01-31"
                                               << "2026-03-01";
}

void GatesTest::noSlipChangesNothing()
{
    QFETCH(QString, milestone);
    QFETCH(QString, planned);
    QFETCH(QString, forecast);
    Plan gated = gatedSample(milestone, forecast);
    if (!planned.isEmpty())
        gated.milestones[static_cast<std::size_t>(gated.milestoneIndex(milestone))].planned =
            planned;
    Plan plain = gated;
    for (Milestone &item : plain.milestones)
        item.gates.clear();
    for (std::size_t s = 0; s < gated.scenarios.size(); ++s) {
        const Projection actual = project(gated, gated.scenarios[s]);
        const Projection expected = project(plain, plain.scenarios[s]);
        // Bit for bit: the weights are not touched at all.
        QVERIFY((actual.spend == expected.spend).all());
        QCOMPARE(actual.totals.customers, expected.totals.customers);
        QCOMPARE(actual.totals.value, expected.totals.value);
        QCOMPARE(actual.spendLostToGates.abs().maxCoeff(), 0.0);
    }
}

void GatesTest::slipPastTheHorizonLosesTheMovedWeights()
{
    // M2 (planned June, month 5) reached in March 2026 (month 14): June..December move 9 months
    // and all leave the 12-month horizon.
    const Plan gated = gatedSample(QStringLiteral("M2"), QStringLiteral("2026-03-01"));
    // M4 (planned December, month 11) reached in February 2026: December moves out.
    const Plan lateEnd = gatedSample(QStringLiteral("M4"), QStringLiteral("2026-02-15"));
    const int c = gated.channelIndex(shortVideo);
    for (std::size_t s = 0; s < gated.scenarios.size(); ++s) {
        const Scenario &scenario = gated.scenarios[s];
        const ScenarioInputs ungated = prepareUngatedScenario(gated, scenario);
        const Eigen::ArrayXd weights = ungated.weights.row(c).transpose();
        const double channelPool = ungated.pool * ungated.shares[c];

        const double moved = weights.segment(5, 7).sum();
        const Projection projection = project(gated, scenario);
        QVERIFY(near(projection.spendLostToGates[c], channelPool * moved));
        QVERIFY(near(projection.totals.channelSpend, ungated.pool - channelPool * moved));
        for (int m = 0; m < 12; ++m)
            QVERIFY(near(projection.spend(c, m), m < 5 ? channelPool * weights[m] : 0.0));
        // Other channels are untouched.
        const Projection plain = project(gated, scenario, ungated);
        for (Eigen::Index other = 0; other < projection.spend.rows(); ++other)
            if (other != c)
                QVERIFY((projection.spend.row(other) == plain.spend.row(other)).all());

        const Projection end = project(lateEnd, lateEnd.scenarios[s]);
        QVERIFY(near(end.spendLostToGates[c], channelPool * weights[11]));
        QCOMPARE(end.spend(c, 11), 0.0);
        QVERIFY(near(end.spendLostToGates.sum(), channelPool * weights[11]));
    }
}

void GatesTest::statusDateSlipsAnOverdueGate()
{
    // M3 without a forecast, overdue on a status date in November: it slips to November.
    Plan plan = gatedSample(QStringLiteral("M3"), QString());
    const Scenario &scenario = plan.scenarios.front();
    const Projection onTime = project(plan, scenario); // the plan's status date is 2025-07-01
    const Projection plain = project(plan, scenario, prepareUngatedScenario(plan, scenario));
    QVERIFY((onTime.spend == plain.spend).all());
    const Projection late =
        project(plan, scenario, prepareScenario(plan, scenario, QDate(2025, 11, 3)));
    const int c = plan.channelIndex(shortVideo);
    QCOMPARE(late.spend(c, 8), 0.0);
    QCOMPARE(late.spend(c, 9), 0.0);
    QVERIFY(near(late.spend(c, 10), plain.spend(c, 10) + plain.spend(c, 8)));
    QVERIFY(near(late.spend(c, 11), plain.spend(c, 11) + plain.spend(c, 9)));
    // The plan's own status date does the same.
    plan.statusDate = QStringLiteral("2025-11-03");
    QVERIFY((project(plan, plan.scenarios.front()).spend == late.spend).all());
}

void GatesTest::twoGatesOnOneChannelShiftInTurn()
{
    // M1 (done 2025-04-03, planned March) then M2 (forecast July, planned June) both gate the
    // channel: March moves to April, then June to July.
    Plan plan = gatedSample(QStringLiteral("M2"), QStringLiteral("2025-07-08"));
    plan.milestones[0].gates = {shortVideo};
    const Scenario &scenario = plan.scenarios.front();
    Eigen::ArrayXd weights = channelWeights(plan, scenario);
    weights[3] += weights[2];
    weights[2] = 0.0;
    weights[6] += weights[5];
    weights[5] = 0.0;
    const Plan byHand = shiftedByHand(plan, 0, weights);
    const QString difference =
        projectionDifference(project(plan, scenario), project(byHand, byHand.scenarios.front()));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void GatesTest::costOfDelayComparesOnTimeWithForecast()
{
    const Plan plan = gatedSample(QStringLiteral("M2"), QStringLiteral("2025-07-08"));
    const Scenario &scenario = plan.scenarios.front();
    const DelayCostReport report = delayCosts(plan, scenario, QDate(2025, 7, 1));
    QCOMPARE(report.milestones.size(), std::size_t(1));
    const DelayCost &cost = report.milestones.front();
    QCOMPARE(cost.id, QStringLiteral("M2"));
    QCOMPARE(cost.delayDays, 8);
    QCOMPARE(cost.slipMonths, 1);
    QCOMPARE(cost.gates, QStringList{shortVideo});
    const Projection onTime = project(plan, scenario, prepareUngatedScenario(plan, scenario));
    const Projection forecast = project(plan, scenario);
    QVERIFY(near(cost.onTime.customers, onTime.totals.customers));
    QVERIFY(near(cost.forecast.customers, forecast.totals.customers));
    QVERIFY(near(cost.onTime.value, onTime.totals.value));
    QVERIFY(near(cost.forecast.value, forecast.totals.value));
    QVERIFY(near(cost.onTime.cac, onTime.totals.cac));
    QVERIFY(near(cost.forecast.cac, forecast.totals.cac));
    // A month later, the same money still lands in the horizon, but with less time to return:
    // customers are lost to carryover leaving the horizon, none of the money is.
    QVERIFY(cost.customersDelta() < 0.0);
    QCOMPARE(cost.spendLost, 0.0);
    QCOMPARE(report.spendLost, 0.0);
    QVERIFY(*cost.cacDelta() > 0.0);
}

void GatesTest::costOfDelayCountsTheMoneyLost()
{
    const Plan plan = gatedSample(QStringLiteral("M4"), QStringLiteral("2026-01-20"));
    const Scenario &scenario = plan.scenarios[1];
    const DelayCostReport report = delayCosts(plan, scenario, QDate(2025, 7, 1));
    QCOMPARE(report.milestones.size(), std::size_t(1));
    const DelayCost &cost = report.milestones.front();
    const ScenarioInputs ungated = prepareUngatedScenario(plan, scenario);
    const int c = plan.channelIndex(shortVideo);
    const double decemberSpend = ungated.pool * ungated.shares[c] * ungated.weights(c, 11);
    QVERIFY(decemberSpend > 0.0);
    QVERIFY(near(cost.spendLost, decemberSpend));
    QVERIFY(near(report.spendLost, decemberSpend));
    QVERIFY(near(cost.onTime.spend - cost.forecast.spend, decemberSpend));
    // A late milestone that gates nothing costs nothing and is not listed.
    Plan ungatedPlan = plan;
    ungatedPlan.milestones[3].gates.clear();
    QVERIFY(delayCosts(ungatedPlan, scenario, QDate(2025, 7, 1)).milestones.empty());
}

void GatesTest::costOfDelayHoldsOtherSlips()
{
    // M2 and M4 both slip: M2's cost is measured with M4 still late, so the two costs are the
    // prices of each delay on its own, and only the forecast projection holds both.
    Plan plan = gatedSample(QStringLiteral("M2"), QStringLiteral("2025-08-12"));
    plan.milestones[3].gates = {QStringLiteral("KOL matrix & live streams")};
    plan.milestones[3].forecast = QStringLiteral("2026-01-10");
    const Scenario &scenario = plan.scenarios.front();
    const DelayCostReport report = delayCosts(plan, scenario, QDate(2025, 7, 1));
    QCOMPARE(report.milestones.size(), std::size_t(2));
    const Projection forecast = project(plan, scenario);
    Plan onlyM4 = plan;
    onlyM4.milestones[1].gates.clear();
    const Projection withoutM2 = project(onlyM4, scenario);
    QVERIFY(near(report.milestones[0].onTime.customers, withoutM2.totals.customers));
    QVERIFY(near(report.milestones[0].forecast.customers, forecast.totals.customers));
    QVERIFY(near(report.spendLost, forecast.spendLostToGates.sum()));
    QVERIFY(near(report.milestones[1].spendLost, forecast.spendLostToGates.sum()));
    QCOMPARE(report.milestones[0].spendLost, 0.0);
}

// A free-timing re-plan chooses the months itself, so it must not put a gated channel's money
// before its milestone is reached (MODEL.md §6): with M3 forecast for November, short video
// spends nothing in July–October, and the answer is still the optimum of what is allowed.
void GatesTest::freeTimingReplanWaitsForTheGate()
{
    const Plan plan = gatedSample(QStringLiteral("M3"), QStringLiteral("2025-11-10"));
    ReplanOptions options;
    options.timing = ReplanTiming::Free;
    const auto result = replanRemainder(plan, plan.scenarios.front(), options);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    const int c = plan.channelIndex(shortVideo);
    QCOMPARE(result->setup.statusMonth, 6);
    QCOMPARE(result->setup.firstSpendMonth[c], 4);
    const Eigen::ArrayXXd &monthly = result->replan.monthly;
    for (int j = 0; j < 4; ++j)
        QCOMPARE(monthly(c, j), 0.0);
    QVERIFY(monthly.row(c).sum() > 0.0); // it still spends, from November on
    QVERIFY2(result->kktResidual <= 1e-6, qPrintable(QString::number(result->kktResidual)));
    QVERIFY2(result->optimalityGap <= 1e-6, qPrintable(QString::number(result->optimalityGap)));
    // A gate reached before the open months restricts nothing.
    const Plan reached = gatedSample(QStringLiteral("M3"), QStringLiteral("2025-05-10"));
    const auto free = replanRemainder(reached, reached.scenarios.front(), options);
    QVERIFY(free.ok());
    QCOMPARE(free->setup.firstSpendMonth[c], 0);
}

QTEST_GUILESS_MAIN(GatesTest)
#include "GatesTest.moc"
