// Calibrating drivers from past months (MODEL.md §5.6): recovery of known drivers from noisy
// histories, the global optimum against an independent multi-start solver, the honest "not
// identified" cases, pooled conversion rates, the uncertainty formula and bad input.

#include "models/engine/Calibration.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

using namespace cplan;

Q_DECLARE_METATYPE(std::vector<double>)

namespace {

struct TrueDrivers
{
    double cpl = 100.0;
    std::optional<double> saturationSpend;
    double carryover = 0.0;
};

QString monthAfter(int year, int month, int offset)
{
    const int index = year * 12 + (month - 1) + offset;
    return QStringLiteral("%1-%2").arg(index / 12).arg(index % 12 + 1, 2, 10, QLatin1Char('0'));
}

// Past rows of one channel, `months` long from 2024-01, leads from the true drivers plus
// Gaussian noise of `noise` × the mean lead count; a second stage at `rate` of the leads.
std::vector<Actual> generatedRows(const std::vector<double> &spend, const TrueDrivers &truth,
                                  double noise, std::mt19937_64 &random, double rate = 0.2)
{
    const std::vector<double> clean =
        predictedLeads(spend, truth.cpl, truth.saturationSpend, truth.carryover);
    double mean = 0.0;
    for (const double value : clean)
        mean += value;
    mean /= static_cast<double>(clean.size());
    std::normal_distribution<double> gauss(0.0, noise * mean);
    std::vector<Actual> rows;
    for (std::size_t m = 0; m < spend.size(); ++m) {
        const double leads = std::max(0.0, clean[m] + gauss(random));
        rows.push_back(Actual{monthAfter(2024, 1, static_cast<int>(m)),
                              QStringLiteral("Search"),
                              spend[m],
                              {leads, std::round(leads * rate)}});
    }
    return rows;
}

std::vector<double> variedSpend(int months, double mean, std::mt19937_64 &random)
{
    std::lognormal_distribution<double> draw(0.0, 0.6);
    std::vector<double> spend;
    for (int m = 0; m < months; ++m)
        spend.push_back(mean * draw(random));
    return spend;
}

ChannelHistory historyOf(const std::vector<Actual> &rows, int stages = 2)
{
    const auto history = channelHistory(rows, QStringLiteral("Search"), stages);
    if (!history)
        qFatal("%s", qPrintable(history.error()));
    return *history;
}

// An independent solver for the same least-squares problem: Nelder–Mead on (log p, log κ, θ)
// from many random starts, plus the same without saturation. It shares nothing with the engine's
// fit but predictedLeads() (the model itself).
double independentMinimum(const ChannelHistory &history, std::mt19937_64 &random)
{
    const auto sse = [&](double logCpl, std::optional<double> logSaturation, double theta) {
        theta = std::clamp(theta, 0.0, 0.95);
        const auto leads = predictedLeads(
            history.spend, std::exp(logCpl),
            logSaturation ? std::optional<double>(std::exp(*logSaturation)) : std::nullopt, theta);
        double total = 0.0;
        for (std::size_t m = 0; m < leads.size(); ++m) {
            if (history.leads[m]) {
                const double r = *history.leads[m] - leads[m];
                total += r * r;
            }
        }
        return total;
    };
    double best = std::numeric_limits<double>::infinity();
    std::uniform_real_distribution<double> logCplStart(std::log(5.0), std::log(1000.0));
    std::uniform_real_distribution<double> logSaturationStart(std::log(1e3), std::log(1e8));
    std::uniform_real_distribution<double> thetaStart(0.0, 0.95);
    for (int withSaturation = 0; withSaturation < 2; ++withSaturation) {
        const int dimensions = withSaturation ? 3 : 2;
        for (int start = 0; start < 30; ++start) {
            std::vector<std::vector<double>> simplex;
            std::vector<double> first{logCplStart(random), thetaStart(random),
                                      logSaturationStart(random)};
            first.resize(static_cast<std::size_t>(dimensions));
            simplex.push_back(first);
            for (int d = 0; d < dimensions; ++d) {
                auto vertex = first;
                vertex[static_cast<std::size_t>(d)] += d == 1 ? 0.2 : 0.7;
                simplex.push_back(vertex);
            }
            const auto value = [&](const std::vector<double> &x) {
                return sse(x[0], dimensions == 3 ? std::optional<double>(x[2]) : std::nullopt,
                           x[1]);
            };
            std::vector<double> values;
            for (const auto &vertex : simplex)
                values.push_back(value(vertex));
            for (int iteration = 0; iteration < 3000; ++iteration) {
                std::vector<std::size_t> order(simplex.size());
                std::iota(order.begin(), order.end(), 0);
                std::sort(order.begin(), order.end(),
                          [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
                const std::size_t worst = order.back();
                std::vector<double> centroid(static_cast<std::size_t>(dimensions), 0.0);
                for (std::size_t i = 0; i + 1 < order.size(); ++i)
                    for (int d = 0; d < dimensions; ++d)
                        centroid[static_cast<std::size_t>(d)] +=
                            simplex[order[i]][static_cast<std::size_t>(d)] / dimensions;
                const auto along = [&](double t) {
                    std::vector<double> x(static_cast<std::size_t>(dimensions));
                    for (int d = 0; d < dimensions; ++d) {
                        const auto k = static_cast<std::size_t>(d);
                        x[k] = centroid[k] + t * (simplex[worst][k] - centroid[k]);
                    }
                    return x;
                };
                const auto reflected = along(-1.0);
                const double reflectedValue = value(reflected);
                if (reflectedValue < values[order.front()]) {
                    const auto expanded = along(-2.0);
                    const double expandedValue = value(expanded);
                    if (expandedValue < reflectedValue) {
                        simplex[worst] = expanded;
                        values[worst] = expandedValue;
                    } else {
                        simplex[worst] = reflected;
                        values[worst] = reflectedValue;
                    }
                } else if (reflectedValue < values[order[order.size() - 2]]) {
                    simplex[worst] = reflected;
                    values[worst] = reflectedValue;
                } else {
                    const auto contracted = along(0.5);
                    const double contractedValue = value(contracted);
                    if (contractedValue < values[worst]) {
                        simplex[worst] = contracted;
                        values[worst] = contractedValue;
                    } else {
                        for (std::size_t i = 1; i < order.size(); ++i) {
                            for (int d = 0; d < dimensions; ++d) {
                                const auto k = static_cast<std::size_t>(d);
                                simplex[order[i]][k] =
                                    simplex[order.front()][k] +
                                    0.5 * (simplex[order[i]][k] - simplex[order.front()][k]);
                            }
                            values[order[i]] = value(simplex[order[i]]);
                        }
                    }
                }
            }
            best = std::min(best, *std::min_element(values.begin(), values.end()));
        }
    }
    return best;
}

} // namespace

class CalibrationTest : public QObject
{
    Q_OBJECT

private slots:
    void recoversKnownDriversWithinTwoStandardErrors();
    void reachesTheGlobalOptimum();
    void aLinearChannelShowsNoSaturation();
    void constantSpendIsNotIdentified();
    void tooFewMonthsIsNoFit();
    void monthsWithoutRowsAreGapsInTheSeries();
    void holdoutPredictsTheLastThreeMonths();
    void conversionIsThePooledRatio();
    void uncertaintyComesFromTheStandardErrors();
    void badRowsAreNamed_data();
    void badRowsAreNamed();
};

void CalibrationTest::recoversKnownDriversWithinTwoStandardErrors()
{
    // Shapes: saturating with and without carryover, linear; 24 and 36 months; many seeds.
    int identified = 0;
    int covered = 0;
    int saturatingFits = 0;
    for (int seed = 1; seed <= 60; ++seed) {
        std::mt19937_64 random(static_cast<std::uint64_t>(seed));
        const int shape = seed % 3;
        const int months = seed % 2 == 0 ? 36 : 24;
        TrueDrivers truth;
        truth.cpl = 40.0 + 4.0 * seed;
        const double meanSpend = 200000.0;
        if (shape != 2)
            truth.saturationSpend = meanSpend * (0.4 + 0.05 * (seed % 7));
        truth.carryover = shape == 1 ? 0.3 + 0.01 * (seed % 10) : 0.1;
        const auto spend = variedSpend(months, meanSpend, random);
        const ChannelHistory history = historyOf(generatedRows(spend, truth, 0.03, random));
        const LeadResponseFit fit = fitLeadResponse(history);
        QVERIFY(fit.fitted);
        const auto count = [&](const FittedDriver &driver, std::optional<double> truthValue) {
            if (!driver.identified() || !truthValue)
                return;
            ++identified;
            if (std::abs(*driver.estimate - *truthValue) <= 2.0 * *driver.standardError)
                ++covered;
        };
        count(fit.cpl, truth.cpl);
        count(fit.saturationSpend, truth.saturationSpend);
        count(fit.carryover, truth.carryover);
        if (truth.saturationSpend && fit.saturationSpend.identified())
            ++saturatingFits;
        // A channel with no saturation must never be given one that the data cannot show.
        if (!truth.saturationSpend)
            QVERIFY(!fit.saturationSpend.identified() || *fit.saturationSpend.estimate > meanSpend);
    }
    qInfo("%d of %d identified drivers within 2 standard errors; saturation found in %d", covered,
          identified, saturatingFits);
    QVERIFY2(identified >= 100, qPrintable(QString::number(identified)));
    QVERIFY2(covered >= 0.9 * identified,
             qPrintable(QStringLiteral("%1 of %2 covered").arg(covered).arg(identified)));
    // Saturation that the spend reaches is found in most saturating histories.
    QVERIFY2(saturatingFits >= 30, qPrintable(QString::number(saturatingFits)));
}

void CalibrationTest::reachesTheGlobalOptimum()
{
    for (int seed = 100; seed < 112; ++seed) {
        std::mt19937_64 random(static_cast<std::uint64_t>(seed));
        TrueDrivers truth;
        truth.cpl = 80.0;
        if (seed % 2 == 0)
            truth.saturationSpend = 120000.0;
        truth.carryover = 0.05 * (seed % 8);
        const auto spend = variedSpend(18 + seed % 12, 150000.0, random);
        // Much noise on purpose: a rugged SSE surface where a local solver can stop early.
        const ChannelHistory history = historyOf(generatedRows(spend, truth, 0.25, random));
        const LeadResponseFit fit = fitLeadResponse(history);
        QVERIFY(fit.fitted);
        const double reference = independentMinimum(history, random);
        QVERIFY2(fit.unrestrictedSse <= reference * (1.0 + 1e-6),
                 qPrintable(QStringLiteral("seed %1: %2 vs independent %3")
                                .arg(seed)
                                .arg(fit.unrestrictedSse, 0, 'g', 17)
                                .arg(reference, 0, 'g', 17)));
        // The reported SSE is that of the reported drivers.
        const auto predicted =
            predictedLeads(history.spend, *fit.cpl.estimate, fit.saturationSpend.estimate,
                           *fit.carryover.estimate);
        double sse = 0.0;
        for (std::size_t m = 0; m < predicted.size(); ++m)
            if (history.leads[m])
                sse += std::pow(*history.leads[m] - predicted[m], 2);
        QCOMPARE_LE(std::abs(sse - fit.sse), 1e-9 * std::max(sse, 1.0));
        QVERIFY(fit.sse >= fit.unrestrictedSse * (1.0 - 1e-12));
    }
}

void CalibrationTest::aLinearChannelShowsNoSaturation()
{
    std::mt19937_64 random(7);
    const auto spend = variedSpend(30, 100000.0, random);
    TrueDrivers truth{60.0, std::nullopt, 0.2};
    const LeadResponseFit fit =
        fitLeadResponse(historyOf(generatedRows(spend, truth, 0.0, random)));
    QVERIFY(fit.fitted);
    QCOMPARE(fit.saturationSpend.reason, NotIdentifiedReason::NoSaturationSeen);
    QVERIFY(!fit.saturationSpend.estimate);
    QVERIFY(fit.cpl.identified());
    QCOMPARE_LE(std::abs(*fit.cpl.estimate - 60.0), 1e-6 * 60.0);
    QCOMPARE_LE(std::abs(*fit.carryover.estimate - 0.2), 1e-6);
    QCOMPARE_LE(fit.sse, 1e-6);
}

void CalibrationTest::constantSpendIsNotIdentified()
{
    std::mt19937_64 random(11);
    const std::vector<double> spend(24, 50000.0);
    TrueDrivers truth{70.0, 60000.0, 0.0};
    const LeadResponseFit fit =
        fitLeadResponse(historyOf(generatedRows(spend, truth, 0.02, random)));
    QVERIFY(fit.fitted);
    QVERIFY(!fit.cpl.identified());
    QVERIFY(!fit.saturationSpend.identified());
    QCOMPARE(fit.cpl.reason, NotIdentifiedReason::SpendNeverVaried);
}

void CalibrationTest::tooFewMonthsIsNoFit()
{
    std::mt19937_64 random(3);
    const auto spend = variedSpend(5, 100000.0, random);
    const LeadResponseFit fit =
        fitLeadResponse(historyOf(generatedRows(spend, TrueDrivers{}, 0.01, random)));
    QVERIFY(!fit.fitted);
    QCOMPARE(fit.observations, 5);
    QCOMPARE(fit.cpl.reason, NotIdentifiedReason::TooFewMonths);
    QVERIFY(!fit.cpl.estimate);
}

void CalibrationTest::monthsWithoutRowsAreGapsInTheSeries()
{
    // Rows for 2024-01 and 2024-04, given out of order: four months, the gaps spend 0 and have
    // no observation; a row without volumes is spend without an observation.
    std::vector<Actual> rows{
        {QStringLiteral("2024-04"), QStringLiteral("Search"), 300.0, {3.0}},
        {QStringLiteral("2024-02"), QStringLiteral("Other"), 999.0, {9.0}},
        {QStringLiteral("2024-01"), QStringLiteral("Search"), 100.0, {}},
    };
    const ChannelHistory history = historyOf(rows);
    QCOMPARE(history.firstMonth, QStringLiteral("2024-01"));
    QCOMPARE(history.spend, (std::vector<double>{100.0, 0.0, 0.0, 300.0}));
    QVERIFY(!history.leads[0] && !history.leads[1] && !history.leads[2]);
    QCOMPARE(*history.leads[3], 3.0);
}

void CalibrationTest::holdoutPredictsTheLastThreeMonths()
{
    std::mt19937_64 random(21);
    const auto spend = variedSpend(24, 100000.0, random);
    TrueDrivers truth{50.0, 90000.0, 0.25};
    // Exact data: the hold-out fit recovers the drivers, so its error is ~0.
    const LeadResponseFit exact =
        fitLeadResponse(historyOf(generatedRows(spend, truth, 0.0, random)));
    QVERIFY(exact.holdoutMape);
    QCOMPARE_LE(*exact.holdoutMape, 1e-5);
    QVERIFY(exact.r2 && *exact.r2 > 0.999999);
    // The last three months from another channel entirely: the hold-out sees it, the fit's
    // own MAPE much less so.
    auto rows = generatedRows(spend, truth, 0.0, random);
    for (std::size_t m = rows.size() - 3; m < rows.size(); ++m)
        rows[m].volumes = {rows[m].volumes[0] * 3.0, 0.0};
    const LeadResponseFit broken = fitLeadResponse(historyOf(rows));
    // Predicted ~1/3 of what came: an error of ~2/3 in each held-out month.
    QVERIFY(broken.holdoutMape && *broken.holdoutMape > 0.6);
    QVERIFY(*broken.mape < *broken.holdoutMape);
    // Six observed months leave three after the hold-out: no hold-out check.
    const auto shortSpend = variedSpend(8, 100000.0, random);
    const LeadResponseFit shortFit =
        fitLeadResponse(historyOf(generatedRows(shortSpend, truth, 0.01, random)));
    QVERIFY(shortFit.fitted);
    QVERIFY(!shortFit.holdoutMape);
}

void CalibrationTest::conversionIsThePooledRatio()
{
    std::vector<Actual> rows;
    for (int m = 0; m < 6; ++m)
        rows.push_back(Actual{monthAfter(2024, 1, m),
                              QStringLiteral("Search"),
                              1000.0 * (m + 1),
                              {100.0 * (m + 1), 10.0 * (m + 1), 1.0 * m}});
    rows.push_back(Actual{monthAfter(2024, 1, 6), QStringLiteral("Search"), 500.0, {50.0}});
    const ChannelCalibration calibration = calibrateChannel(historyOf(rows, 3));
    QCOMPARE(calibration.conversion.size(), std::size_t{2});
    // Stage 1: Σ10(m+1) / Σ100(m+1) over the six rows that measured both = 0.1.
    QCOMPARE(*calibration.conversion[0].estimate, 0.1);
    QCOMPARE(*calibration.conversion[0].standardError, std::sqrt(0.1 * 0.9 / 2100.0));
    // Stage 2: Σm / Σ10(m+1) = 15 / 210.
    QCOMPARE(*calibration.conversion[1].estimate, 15.0 / 210.0);
    // No row measured a stage: no estimate.
    std::vector<Actual> leadsOnly{rows.back()};
    const ChannelCalibration none = calibrateChannel(historyOf(leadsOnly, 3));
    QVERIFY(!none.conversion[0].estimate);
    QVERIFY(!none.conversionUncertainty);
}

void CalibrationTest::uncertaintyComesFromTheStandardErrors()
{
    std::mt19937_64 random(5);
    const auto spend = variedSpend(36, 100000.0, random);
    const ChannelCalibration calibration = calibrateChannel(
        historyOf(generatedRows(spend, TrueDrivers{80.0, 150000.0, 0.1}, 0.05, random)));
    QVERIFY(calibration.leads.cpl.identified());
    const double expected = std::min(0.9, std::sqrt(6.0) * *calibration.leads.cpl.standardError /
                                              *calibration.leads.cpl.estimate);
    QCOMPARE(*calibration.cplUncertainty, expected);
    double conversion = 0.0;
    for (const FittedRate &rate : calibration.conversion)
        conversion = std::max(conversion, std::sqrt(6.0) * *rate.standardError / *rate.estimate);
    QCOMPARE(*calibration.conversionUncertainty, std::min(0.9, conversion));
}

void CalibrationTest::badRowsAreNamed_data()
{
    QTest::addColumn<QString>("month");
    QTest::addColumn<double>("spend");
    QTest::addColumn<std::vector<double>>("volumes");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative spend") << QStringLiteral("2024-03") << -5.0 << std::vector<double>{1.0}
                                    << QStringLiteral("past_actuals[2].spend: must be a number of "
                                                      "at least 0 (got -5)");
    QTest::newRow("not a month") << QStringLiteral("2024-13") << 5.0 << std::vector<double>{1.0}
                                 << QStringLiteral(
                                        "past_actuals[2].month: must be a month YYYY-MM (got "
                                        "\"2024-13\")");
    QTest::newRow("duplicate month")
        << QStringLiteral("2024-01") << 5.0 << std::vector<double>{1.0}
        << QStringLiteral("past_actuals[2]: duplicate row: same month and channel as "
                          "past_actuals[0]");
    QTest::newRow("funnel grows") << QStringLiteral("2024-03") << 5.0
                                  << std::vector<double>{10.0, 12.0}
                                  << QStringLiteral("past_actuals[2].volumes[1]: cannot be more "
                                                    "than the stage before it (12 after 10): a "
                                                    "funnel only narrows");
    QTest::newRow("too many stages")
        << QStringLiteral("2024-03") << 5.0 << std::vector<double>{3.0, 2.0, 1.0}
        << QStringLiteral("past_actuals[2].volumes: must have at most 2 values, one per stage "
                          "(got 3)");
}

void CalibrationTest::badRowsAreNamed()
{
    QFETCH(QString, month);
    QFETCH(double, spend);
    QFETCH(std::vector<double>, volumes);
    QFETCH(QString, message);
    const std::vector<Actual> rows{
        {QStringLiteral("2024-01"), QStringLiteral("Search"), 1.0, {1.0}},
        {QStringLiteral("2024-02"), QStringLiteral("Search"), 1.0, {1.0}},
        {month, QStringLiteral("Search"), spend, volumes},
    };
    const auto history = channelHistory(rows, QStringLiteral("Search"), 2);
    QVERIFY(!history);
    QCOMPARE(history.error(), message);
}

QTEST_GUILESS_MAIN(CalibrationTest)
#include "CalibrationTest.moc"
