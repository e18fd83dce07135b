// The ratios of MODEL.md §3.9 that the projection and every Monte Carlo trial share
// (completeTotalRatios): each formula on hand-computed numbers, and a zero denominator always
// null, never NaN or infinity.

#include "models/engine/TotalRatios.h"
#include "models/engine/Projection.h"

#include <QTest>

#include <cmath>

using namespace cplan;

namespace {

Totals sums(double spend, double overhead, std::vector<double> stageVolumes, double value)
{
    Totals totals;
    totals.channelSpend = spend;
    totals.overhead = overhead;
    totals.stageVolumes = std::move(stageVolumes);
    totals.value = value;
    return totals;
}

// Every ratio of the totals, named, for the "never NaN" sweep.
std::vector<std::pair<const char *, std::optional<double>>> ratios(const Totals &totals)
{
    std::vector<std::pair<const char *, std::optional<double>>> all = {
        {"cost_per_lead", totals.costPerLead},
        {"cac", totals.cac},
        {"cac_loaded", totals.cacLoaded},
        {"conversion", totals.conversion},
        {"ltv", totals.ltv},
        {"roi", totals.roi},
        {"roi_loaded", totals.roiLoaded},
        {"return_ratio", totals.returnRatio},
        {"ltv_cac", totals.ltvCac}};
    for (const auto &cost : totals.costPerStage)
        all.emplace_back("cost_per_stage", cost);
    for (std::size_t k = 0; k <= totals.stageVolumes.size(); ++k)
        all.emplace_back("stage_conversion", stageConversion(totals, k));
    return all;
}

bool noneNotFinite(const Totals &totals)
{
    for (const auto &[name, ratio] : ratios(totals)) {
        if (ratio && !std::isfinite(*ratio)) {
            qWarning("%s is %f", name, *ratio);
            return false;
        }
    }
    return true;
}

} // namespace

class TotalRatiosTest : public QObject
{
    Q_OBJECT

private slots:
    void everyFormula();
    void zeroCustomersGiveNullCosts();
    void zeroSpendGivesNullReturns();
    void nothingAtAllIsNullEverywhere();
    void noStages();
    void reusedTotalsLoseStaleRatios();
};

void TotalRatiosTest::everyFormula()
{
    // spend 1000, overhead 200, funnel 500 → 100 → 20, value 3000.
    Totals totals = sums(1000.0, 200.0, {500.0, 100.0, 20.0}, 3000.0);
    completeTotalRatios(totals);
    QCOMPARE(totals.leads, 500.0);
    QCOMPARE(totals.customers, 20.0);
    QCOMPARE(totals.costPerStage.size(), std::size_t(3));
    QCOMPARE(*totals.costPerStage[0], 2.0);
    QCOMPARE(*totals.costPerStage[1], 10.0);
    QCOMPARE(*totals.costPerStage[2], 50.0);
    QCOMPARE(*totals.costPerLead, 2.0);
    QCOMPARE(*totals.cac, 50.0);
    QCOMPARE(*totals.cacLoaded, 60.0);    // (1000 + 200) / 20
    QCOMPARE(*totals.conversion, 0.04);   // 20 / 500
    QCOMPARE(*totals.ltv, 150.0);         // 3000 / 20
    QCOMPARE(*totals.roi, 2.0);           // (3000 − 1000) / 1000
    QCOMPARE(*totals.roiLoaded, 1.5);     // (3000 − 1000 − 200) / (1000 + 200)
    QCOMPARE(*totals.returnRatio, 3.0);   // 3000 / 1000
    QCOMPARE(*totals.ltvCac, 3.0);        // 150 / 50
    QVERIFY(!stageConversion(totals, 0)); // no stage before the first
    QCOMPARE(*stageConversion(totals, 1), 0.2);
    QCOMPARE(*stageConversion(totals, 2), 0.2);
    QVERIFY(!stageConversion(totals, 3));
    // Untouched: the sums the ratios come from.
    QCOMPARE(totals.channelSpend, 1000.0);
    QCOMPARE(totals.value, 3000.0);
}

void TotalRatiosTest::zeroCustomersGiveNullCosts()
{
    Totals totals = sums(1000.0, 200.0, {500.0, 0.0}, 0.0);
    completeTotalRatios(totals);
    QVERIFY(noneNotFinite(totals));
    QCOMPARE(*totals.costPerLead, 2.0);
    QVERIFY(!totals.costPerStage[1]);
    QVERIFY(!totals.cac);
    QVERIFY(!totals.cacLoaded);
    QVERIFY(!totals.ltv);
    QVERIFY(!totals.ltvCac); // a null operand
    QCOMPARE(*totals.conversion, 0.0);
    QCOMPARE(*totals.roi, -1.0);
    QCOMPARE(*totals.returnRatio, 0.0);
    QCOMPARE(*stageConversion(totals, 1), 0.0);
}

void TotalRatiosTest::zeroSpendGivesNullReturns()
{
    Totals totals = sums(0.0, 0.0, {500.0, 20.0}, 3000.0);
    completeTotalRatios(totals);
    QVERIFY(noneNotFinite(totals));
    QVERIFY(!totals.roi);
    QVERIFY(!totals.roiLoaded);
    QVERIFY(!totals.returnRatio);
    QCOMPARE(*totals.cac, 0.0);
    QCOMPARE(*totals.ltv, 150.0);
    QVERIFY(!totals.ltvCac); // 150 / a CAC of 0
}

void TotalRatiosTest::nothingAtAllIsNullEverywhere()
{
    Totals totals = sums(0.0, 0.0, {0.0, 0.0, 0.0}, 0.0);
    completeTotalRatios(totals);
    for (const auto &[name, ratio] : ratios(totals))
        QVERIFY2(!ratio, name);
}

void TotalRatiosTest::noStages()
{
    Totals totals = sums(1000.0, 0.0, {}, 0.0);
    completeTotalRatios(totals);
    QCOMPARE(totals.leads, 0.0);
    QCOMPARE(totals.customers, 0.0);
    QVERIFY(totals.costPerStage.empty());
    QVERIFY(!totals.costPerLead);
    QVERIFY(!totals.cac);
    QVERIFY(!totals.conversion);
    QCOMPARE(*totals.roi, -1.0);
    QVERIFY(noneNotFinite(totals));
}

void TotalRatiosTest::reusedTotalsLoseStaleRatios()
{
    // A Monte Carlo trial completes the same Totals again and again.
    Totals totals = sums(1000.0, 200.0, {500.0, 20.0}, 3000.0);
    completeTotalRatios(totals);
    QVERIFY(totals.cac && totals.ltv);
    totals.stageVolumes = {500.0, 0.0};
    totals.value = 0.0;
    completeTotalRatios(totals);
    QVERIFY(!totals.cac);
    QVERIFY(!totals.ltv);
    QVERIFY(!totals.ltvCac);
    totals.stageVolumes.clear();
    completeTotalRatios(totals);
    QVERIFY(!totals.costPerLead);
    QCOMPARE(totals.leads, 0.0);
}

QTEST_GUILESS_MAIN(TotalRatiosTest)
#include "TotalRatiosTest.moc"
