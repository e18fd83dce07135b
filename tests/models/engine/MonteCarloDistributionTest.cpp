// Pins the draw of MODEL.md §5.3 (issue 14, item 11): each uncertain driver is scaled by a
// factor from the triangular distribution on [1-u, 1+u] with mode 1. Replacing the draw with a
// uniform (or a normal, or a narrower triangle) used to leave every test green.
//
// With uncertainty on one channel's ARPU only, the plan's value is an affine function of that
// channel's factor f (its lifetime value is proportional to ARPU; everything else is fixed). Two
// deterministic projections give the line; each Monte Carlo percentile of value then maps back
// to a percentile of f, which is compared with the closed form of the triangular quantile:
//   F^-1(p) = 1 - u + u sqrt(2p)        for p <= 1/2
//   F^-1(p) = 1 + u - u sqrt(2(1-p))    for p >= 1/2
// (the uniform's would be 1 - u + 2up: P5 = 1 - 0.9u against the triangle's 1 - 0.684u).
//
// With uncertainty on one channel's cost per lead only, customers = a + b / f: the kernel's
// trials give f one by one, whose sample variance must be the triangle's u²/6 (the uniform's is
// u²/3), and the public run's customer percentiles map to the triangle's quantiles of f.

#include "SamplePlan.h"

#include "models/engine/MonteCarlo.h"
#include "models/engine/MonteCarloTrials.h"
#include "models/engine/Projection.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace cplan;

namespace {

constexpr double halfWidth = 0.4;

double triangularQuantile(double p, double u)
{
    return p <= 0.5 ? 1.0 - u + u * std::sqrt(2.0 * p) : 1.0 + u - u * std::sqrt(2.0 * (1.0 - p));
}

Plan planWithOneUncertainArpu()
{
    Plan plan = test::loadSamplePlan();
    Scenario &scenario = plan.scenarios.front();
    scenario.uncertainty = {};
    for (ChannelDrivers &channel : scenario.channels)
        channel.uncertainty = {};
    scenario.channels.front().uncertainty.arpu = halfWidth;
    return plan;
}

Plan planWithOneUncertainCpl()
{
    Plan plan = planWithOneUncertainArpu();
    ChannelDrivers &channel = plan.scenarios.front().channels.front();
    channel.uncertainty = {};
    channel.uncertainty.cpl = halfWidth;
    return plan;
}

// The density of the triangle on [1 - u, 1 + u] with mode 1 at x.
double triangularDensity(double x, double u)
{
    return std::max(0.0, 1.0 - std::abs(x - 1.0) / u) / u;
}

const MetricDistribution *distribution(const MonteCarloResult &result, const char *metric)
{
    for (const MetricDistribution &candidate : result.metrics) {
        if (candidate.metric == QLatin1String(metric))
            return &candidate;
    }
    return nullptr;
}

} // namespace

class MonteCarloDistributionTest : public QObject
{
    Q_OBJECT

private slots:
    void arpuFactorIsTriangular();
    void cplFactorHasTheTriangularVariance();
    void cplFactorHasTheTriangularQuantiles();
};

void MonteCarloDistributionTest::arpuFactorIsTriangular()
{
    const Plan plan = planWithOneUncertainArpu();
    const Scenario &scenario = plan.scenarios.front();

    // The line value(f): at f = 1 and at f = 1.1.
    const double base = project(plan, scenario).totals.value;
    Scenario raised = scenario;
    raised.channels.front().arpuMonthly *= 1.1;
    const double slope = (project(plan, raised).totals.value - base) / 0.1;
    QVERIFY(slope > 0.0);
    const auto factorOf = [&](double value) {
        return 1.0 + (value - base) / slope;
    };

    MonteCarloOptions options;
    options.trials = 100'000;
    const auto result = runMonteCarlo(plan, scenario, options);
    QVERIFY(result.ok());
    const MetricDistribution *value = nullptr;
    for (const MetricDistribution &metric : result->metrics) {
        if (metric.metric == QLatin1String("value"))
            value = &metric;
    }
    QVERIFY(value && value->p5 && value->mean);

    // The standard error of a percentile of 100,000 draws is below 0.003 u here; 0.02 u is
    // a wide margin that no other common shape passes (the uniform misses P5 by 0.22 u).
    const double tolerance = 0.02 * halfWidth;
    const struct
    {
        double p;
        std::optional<double> measured;
    } percentiles[] = {{0.05, value->p5},
                       {0.10, value->p10},
                       {0.50, value->p50},
                       {0.90, value->p90},
                       {0.95, value->p95}};
    for (const auto &percentile : percentiles) {
        const double expected = triangularQuantile(percentile.p, halfWidth);
        const double measured = factorOf(*percentile.measured);
        QVERIFY2(std::abs(measured - expected) < tolerance,
                 qPrintable(QStringLiteral("P%1 of the factor: %2, the triangle's is %3")
                                .arg(percentile.p * 100)
                                .arg(measured)
                                .arg(expected)));
    }
    // Symmetric around the mode: the mean factor is 1.
    QVERIFY2(std::abs(factorOf(*value->mean) - 1.0) < 0.005 * halfWidth,
             qPrintable(QString::number(factorOf(*value->mean))));
}

// With uncertainty on the first channel's cost per lead only, every lead and customer of that
// channel is divided by the factor f (V₀ = h / (p·f), MODEL.md §3.5, with or without saturation:
// h does not depend on p) and nothing else moves: customers = a + b / f. Two projections give a
// and b (f = 1 and f = 2); each trial's customers then give back its f exactly.
struct CplLine
{
    double a = 0.0;
    double b = 0.0;
    double factorOf(double customers) const { return b / (customers - a); }
};

static CplLine cplLine(const Plan &plan)
{
    const Scenario &scenario = plan.scenarios.front();
    const double atOne = project(plan, scenario).totals.customers;
    Scenario doubled = scenario;
    doubled.channels.front().cpl *= 2.0;
    const double atTwo = project(plan, doubled).totals.customers;
    CplLine line;
    line.b = 2.0 * (atOne - atTwo);
    line.a = atOne - line.b;
    return line;
}

// 200,000 trials of the kernel, f per trial; the variance of the triangle on [1 - u, 1 + u] is
// u²/6 (the uniform's is u²/3, a narrower triangle's less). The sample variance of n draws has
// the standard error sqrt((μ₄ − σ⁴)/n) with μ₄ = u⁴/15 for this triangle, i.e.
// u²·sqrt(7/(180 n)) ≈ 0.0026 of u²/6 at n = 200,000; the test allows 4 of them.
void MonteCarloDistributionTest::cplFactorHasTheTriangularVariance()
{
    const Plan plan = planWithOneUncertainCpl();
    const Scenario &scenario = plan.scenarios.front();
    const CplLine line = cplLine(plan);
    QVERIFY(line.b > 0.0);

    constexpr int trials = 200'000;
    const MonteCarloTrials kernel(plan, scenario, {QStringLiteral("customers")});
    TrialOutputs outputs;
    outputs.values.assign(1, std::vector<double>(trials));
    outputs.defined.assign(1, std::vector<char>(trials));
    outputs.monthlyCustomers.resize(0, kernel.monthCount()); // no fan
    MonteCarloTrials::Workspace workspace;
    kernel.run(defaultMonteCarloSeed, 0, trials, outputs, workspace);

    double sum = 0.0;
    double sumOfSquares = 0.0;
    double lowest = 2.0;
    double highest = 0.0;
    for (int trial = 0; trial < trials; ++trial) {
        QVERIFY(outputs.defined[0][static_cast<std::size_t>(trial)]);
        const double f = line.factorOf(outputs.values[0][static_cast<std::size_t>(trial)]);
        sum += f;
        sumOfSquares += (f - 1.0) * (f - 1.0);
        lowest = std::min(lowest, f);
        highest = std::max(highest, f);
    }
    const double n = trials;
    const double mean = sum / n;
    const double variance = (sumOfSquares - n * (mean - 1.0) * (mean - 1.0)) / (n - 1.0);
    const double u = halfWidth;
    const double expected = u * u / 6.0;
    const double standardError = u * u * std::sqrt(7.0 / (180.0 * n));
    QVERIFY2(std::abs(variance - expected) < 4.0 * standardError,
             qPrintable(QStringLiteral("variance of the cpl factor %1, the triangle's is %2 (± %3)")
                            .arg(variance)
                            .arg(expected)
                            .arg(4.0 * standardError)));
    // Mean 1 within 4 standard errors (σ/√n), and the support is [1 − u, 1 + u].
    QVERIFY2(std::abs(mean - 1.0) < 4.0 * std::sqrt(expected / n),
             qPrintable(QString::number(mean)));
    QVERIFY(lowest >= 1.0 - u - 1e-9 && highest <= 1.0 + u + 1e-9);
}

// The public run: P5, P50 and P95 of customers map to P95, P50 and P5 of f (customers fall as f
// rises), compared with the triangle's quantiles within 4 standard errors of a sample quantile,
// sqrt(p(1 − p)/n) / density(quantile): 0.0015 u at P5/P95, 0.0011 u at P50 for n = 200,000.
// (The uniform's P5 is 1 − 0.9 u against the triangle's 1 − 0.684 u.)
void MonteCarloDistributionTest::cplFactorHasTheTriangularQuantiles()
{
    const Plan plan = planWithOneUncertainCpl();
    const CplLine line = cplLine(plan);

    MonteCarloOptions options;
    options.trials = 200'000;
    const auto result = runMonteCarlo(plan, plan.scenarios.front(), options);
    QVERIFY(result.ok());
    const MetricDistribution *customers = distribution(*result, "customers");
    QVERIFY(customers && customers->p5 && customers->p50 && customers->p95);

    const double u = halfWidth;
    const struct
    {
        double p; // of the factor
        double customers;
    } quantiles[] = {{0.95, *customers->p5}, {0.50, *customers->p50}, {0.05, *customers->p95}};
    for (const auto &quantile : quantiles) {
        const double expected = triangularQuantile(quantile.p, u);
        const double standardError = std::sqrt(quantile.p * (1.0 - quantile.p) / options.trials) /
                                     triangularDensity(expected, u);
        const double measured = line.factorOf(quantile.customers);
        QVERIFY2(std::abs(measured - expected) < 4.0 * standardError,
                 qPrintable(QStringLiteral("P%1 of the cpl factor: %2, the triangle's is %3 (± %4)")
                                .arg(quantile.p * 100)
                                .arg(measured)
                                .arg(expected)
                                .arg(4.0 * standardError)));
    }
}

QTEST_GUILESS_MAIN(MonteCarloDistributionTest)
#include "MonteCarloDistributionTest.moc"
