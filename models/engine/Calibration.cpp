#include "models/engine/Calibration.h"

#include "models/domain/Months.h"
#include "models/domain/ValidationPath.h"

#include <Eigen/Dense>

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Calibration)
};

// MODEL.md §5.6.
constexpr int minimumObservations = 6;
constexpr double largestCarryover = 0.95;
constexpr int holdoutObservations = 3;
constexpr double unseenSaturationFactor = 10.0;
constexpr double largestCarryoverError = 0.25;
constexpr double largestHalfWidth = 0.9;
// A series longer than this (50 years) is a typing error in a month, not history.
constexpr int longestSeries = 600;

// The grid the global search starts from: θ in steps of 0.01 over [0, 0.95]; the saturation
// rate d = 1/κ as d·S_max ∈ {0} ∪ 10^[-3, 3] (61 points per decade-spaced line). The grid only
// has to put one start in the basin of the global optimum; the refinement finds its bottom.
constexpr int carryoverGridSteps = 95;
constexpr int saturationGridSteps = 60;
constexpr double saturationGridLow = -3.0;
constexpr double saturationGridHigh = 3.0;
constexpr int refinementStarts = 5;

QString valueText(double value)
{
    return QString::number(value, 'g', 12);
}

// The observed part of a series, in the fit's own terms.
struct Observations
{
    const std::vector<double> *spend = nullptr;
    std::vector<int> months; // series indices with leads measured
    std::vector<double> leads;
    double largestSpend = 0.0;
};

Observations observationsOf(const ChannelHistory &history)
{
    Observations observations;
    observations.spend = &history.spend;
    for (std::size_t m = 0; m < history.leads.size(); ++m) {
        if (history.leads[m]) {
            observations.months.push_back(static_cast<int>(m));
            observations.leads.push_back(*history.leads[m]);
        }
    }
    for (const double spend : history.spend)
        observations.largestSpend = std::max(observations.largestSpend, spend);
    return observations;
}

// MODEL.md §3.4 over the series, with ∂A/∂θ when asked:
// A₀ = (1−θ)S₀, A_m = (1−θ)S_m + θA_{m−1};  D₀ = −S₀, D_m = −S_m + A_{m−1} + θD_{m−1}.
void adstock(const std::vector<double> &spend, double theta, std::vector<double> &effective,
             std::vector<double> *derivative)
{
    effective.resize(spend.size());
    if (derivative)
        derivative->resize(spend.size());
    double previous = 0.0;
    double previousDerivative = 0.0;
    for (std::size_t m = 0; m < spend.size(); ++m) {
        const double current = (1.0 - theta) * spend[m] + theta * previous;
        if (derivative) {
            const double d = -spend[m] + previous + theta * previousDerivative;
            (*derivative)[m] = d;
            previousDerivative = d;
        }
        effective[m] = current;
        previous = current;
    }
}

// The fit's parameters: c = 1/p (leads per unit of effective spend at low spend), s = S_max/κ
// (the saturation rate scaled by the largest spend, 0 = none) and θ. Scaling keeps the three of
// comparable size for the solver; the reported drivers are p = 1/c and κ = S_max/s.
struct Parameters
{
    double c = 0.0;
    double s = 0.0;
    double theta = 0.0;
};

struct Evaluated
{
    Parameters parameters;
    double sse = std::numeric_limits<double>::infinity();
};

class LeadFitProblem
{
public:
    explicit LeadFitProblem(const Observations &observations)
        : m_observations(observations),
          m_scale(observations.largestSpend > 0.0 ? observations.largestSpend : 1.0)
    {}

    double scale() const { return m_scale; }

    // f_m = A_m / (1 + s·A_m/S_max) at the observed months.
    void responseShape(const std::vector<double> &effective, double s,
                       std::vector<double> &shape) const
    {
        shape.resize(m_observations.months.size());
        for (std::size_t i = 0; i < shape.size(); ++i) {
            const double a = effective[static_cast<std::size_t>(m_observations.months[i])];
            shape[i] = a / (1.0 + s * a / m_scale);
        }
    }

    // The best c for fixed s and θ is Σyf / Σf² (least squares in one linear parameter);
    // c must be positive, so a non-positive optimum is no fit (infinite SSE).
    Evaluated profile(const std::vector<double> &effective, double s, double theta,
                      std::vector<double> &shape) const
    {
        responseShape(effective, s, shape);
        double sff = 0.0;
        double syf = 0.0;
        for (std::size_t i = 0; i < shape.size(); ++i) {
            sff += shape[i] * shape[i];
            syf += m_observations.leads[i] * shape[i];
        }
        Evaluated result;
        if (!(sff > 0.0) || !(syf > 0.0))
            return result;
        result.parameters = Parameters{syf / sff, s, theta};
        result.sse = sse(result.parameters);
        return result;
    }

    double sse(const Parameters &parameters) const
    {
        adstock(*m_observations.spend, parameters.theta, m_effective, nullptr);
        double total = 0.0;
        for (std::size_t i = 0; i < m_observations.months.size(); ++i) {
            const double a = m_effective[static_cast<std::size_t>(m_observations.months[i])];
            const double residual =
                m_observations.leads[i] - parameters.c * a / (1.0 + parameters.s * a / m_scale);
            total += residual * residual;
        }
        return total;
    }

    // Residuals r = y − ŷ and the Jacobian of ŷ with respect to (c, s, θ).
    void linearise(const Parameters &parameters, Eigen::VectorXd &residuals,
                   Eigen::MatrixXd &jacobian) const
    {
        adstock(*m_observations.spend, parameters.theta, m_effective, &m_derivative);
        const auto n = static_cast<Eigen::Index>(m_observations.months.size());
        residuals.resize(n);
        jacobian.resize(n, 3);
        for (Eigen::Index i = 0; i < n; ++i) {
            const auto m =
                static_cast<std::size_t>(m_observations.months[static_cast<std::size_t>(i)]);
            const double a = m_effective[m];
            const double u = 1.0 + parameters.s * a / m_scale;
            residuals[i] = m_observations.leads[static_cast<std::size_t>(i)] - parameters.c * a / u;
            jacobian(i, 0) = a / u;
            jacobian(i, 1) = -parameters.c * a * a / (m_scale * u * u);
            jacobian(i, 2) = parameters.c * m_derivative[m] / (u * u);
        }
    }

private:
    const Observations &m_observations;
    double m_scale;
    mutable std::vector<double> m_effective;
    mutable std::vector<double> m_derivative;
};

double clampParameter(int index, double value)
{
    switch (index) {
    case 0:
        return std::max(value, std::numeric_limits<double>::min());
    case 1:
        return std::max(value, 0.0);
    default:
        return std::clamp(value, 0.0, largestCarryover);
    }
}

std::array<double, 3> asArray(const Parameters &p)
{
    return {p.c, p.s, p.theta};
}

Parameters fromArray(const std::array<double, 3> &values)
{
    return Parameters{values[0], values[1], values[2]};
}

// A parameter at a bound whose gradient points out of the box stays there this step.
bool heldAtBound(int index, double value, double descent)
{
    if (index == 1 && value <= 0.0 && descent < 0.0)
        return true;
    if (index == 2 && value <= 0.0 && descent < 0.0)
        return true;
    if (index == 2 && value >= largestCarryover && descent > 0.0)
        return true;
    return false;
}

// Bounded Levenberg–Marquardt (Marquardt's diagonal scaling; a step is projected on the box and
// taken only when it lowers the SSE). `fixed[i]` holds a parameter at its start value.
Evaluated refine(const LeadFitProblem &problem, Evaluated start, std::array<bool, 3> fixed)
{
    Evaluated best = start;
    double lambda = 1e-3;
    Eigen::VectorXd residuals;
    Eigen::MatrixXd jacobian;
    int stalled = 0;
    for (int iteration = 0; iteration < 400 && stalled < 4; ++iteration) {
        problem.linearise(best.parameters, residuals, jacobian);
        const Eigen::VectorXd descent = jacobian.transpose() * residuals; // −½∇SSE
        const std::array<double, 3> values = asArray(best.parameters);
        std::array<int, 3> freeIndex{};
        int freeCount = 0;
        for (int i = 0; i < 3; ++i) {
            if (!fixed[static_cast<std::size_t>(i)] &&
                !heldAtBound(i, values[static_cast<std::size_t>(i)], descent[i]))
                freeIndex[static_cast<std::size_t>(freeCount++)] = i;
        }
        if (freeCount == 0)
            break;
        Eigen::MatrixXd normal(freeCount, freeCount);
        Eigen::VectorXd gradient(freeCount);
        for (int a = 0; a < freeCount; ++a) {
            gradient[a] = descent[freeIndex[static_cast<std::size_t>(a)]];
            for (int b = 0; b < freeCount; ++b)
                normal(a, b) = jacobian.col(freeIndex[static_cast<std::size_t>(a)])
                                   .dot(jacobian.col(freeIndex[static_cast<std::size_t>(b)]));
        }
        bool improved = false;
        while (lambda < 1e16) {
            Eigen::MatrixXd damped = normal;
            for (int a = 0; a < freeCount; ++a)
                damped(a, a) += lambda * std::max(normal(a, a), 1e-300);
            const Eigen::VectorXd step = damped.ldlt().solve(gradient);
            std::array<double, 3> trial = values;
            for (int a = 0; a < freeCount; ++a) {
                const int i = freeIndex[static_cast<std::size_t>(a)];
                trial[static_cast<std::size_t>(i)] =
                    clampParameter(i, values[static_cast<std::size_t>(i)] + step[a]);
            }
            const Parameters candidate = fromArray(trial);
            const double candidateSse = problem.sse(candidate);
            if (std::isfinite(candidateSse) && candidateSse < best.sse) {
                const double gain = (best.sse - candidateSse) / std::max(best.sse, 1e-300);
                best = Evaluated{candidate, candidateSse};
                lambda = std::max(lambda / 3.0, 1e-12);
                improved = true;
                stalled = gain < 1e-15 ? stalled + 1 : 0;
                break;
            }
            lambda *= 4.0;
        }
        if (!improved)
            break;
    }
    return best;
}

std::vector<double> carryoverGrid()
{
    std::vector<double> grid;
    for (int i = 0; i <= carryoverGridSteps; ++i)
        grid.push_back(largestCarryover * i / carryoverGridSteps);
    return grid;
}

std::vector<double> saturationGrid()
{
    std::vector<double> grid{0.0};
    for (int j = 0; j <= saturationGridSteps; ++j)
        grid.push_back(std::pow(10.0, saturationGridLow + (saturationGridHigh - saturationGridLow) *
                                                              j / saturationGridSteps));
    return grid;
}

// The global minimum of the SSE over the box (s = 0 only when `withSaturation` is false).
Evaluated globalFit(const LeadFitProblem &problem, const Observations &observations,
                    bool withSaturation)
{
    static const std::vector<double> thetas = carryoverGrid();
    static const std::vector<double> saturations = saturationGrid();
    std::vector<Evaluated> grid;
    std::vector<double> effective;
    std::vector<double> shape;
    for (const double theta : thetas) {
        adstock(*observations.spend, theta, effective, nullptr);
        for (const double s : saturations) {
            const Evaluated point = problem.profile(effective, s, theta, shape);
            if (std::isfinite(point.sse))
                grid.push_back(point);
            if (!withSaturation)
                break;
        }
    }
    if (grid.empty())
        return {};
    const auto byError = [](const Evaluated &a, const Evaluated &b) {
        return a.sse < b.sse;
    };
    const std::size_t starts = std::min<std::size_t>(refinementStarts, grid.size());
    std::partial_sort(grid.begin(), grid.begin() + static_cast<std::ptrdiff_t>(starts), grid.end(),
                      byError);
    // Also start from the best point without saturation, so a linear channel is refined on the
    // s = 0 face even when a grid point inside the box happened to be marginally lower.
    std::vector<Evaluated> startPoints(grid.begin(),
                                       grid.begin() + static_cast<std::ptrdiff_t>(starts));
    if (withSaturation) {
        const auto linear =
            std::min_element(grid.begin(), grid.end(), [&](const auto &a, const auto &b) {
                const bool aLinear = a.parameters.s == 0.0;
                const bool bLinear = b.parameters.s == 0.0;
                return aLinear != bLinear ? aLinear : a.sse < b.sse;
            });
        if (linear != grid.end() && linear->parameters.s == 0.0)
            startPoints.push_back(*linear);
    }
    const std::array<bool, 3> fixed{false, !withSaturation, false};
    Evaluated best;
    for (const Evaluated &start : startPoints) {
        const Evaluated refined = refine(problem, start, fixed);
        if (refined.sse < best.sse)
            best = refined;
    }
    return best;
}

// The drivers of a fit in the plan's terms.
struct Drivers
{
    double cpl = 0.0;
    std::optional<double> saturationSpend;
    double carryover = 0.0;
};

Drivers driversOf(const Parameters &parameters, double scale)
{
    Drivers drivers;
    drivers.cpl = 1.0 / parameters.c;
    if (parameters.s > 0.0)
        drivers.saturationSpend = scale / parameters.s;
    drivers.carryover = parameters.theta;
    return drivers;
}

// The model reported for a series: the global fit, or the fit without saturation when the data
// show none (MODEL.md §5.6: κ beyond 10 × the largest effective spend is "no saturation seen").
struct ModelFit
{
    bool ok = false;
    Drivers drivers;
    Parameters parameters;
    double sse = 0.0;
    double unrestrictedSse = 0.0;
    double largestEffectiveSpend = 0.0;
    bool saturationSeen = false;
};

ModelFit fitModel(const Observations &observations)
{
    ModelFit fit;
    const LeadFitProblem problem(observations);
    const Evaluated unrestricted = globalFit(problem, observations, true);
    if (!std::isfinite(unrestricted.sse))
        return fit;
    fit.ok = true;
    fit.unrestrictedSse = unrestricted.sse;
    std::vector<double> effective;
    adstock(*observations.spend, unrestricted.parameters.theta, effective, nullptr);
    fit.largestEffectiveSpend = *std::max_element(effective.begin(), effective.end());
    const Drivers drivers = driversOf(unrestricted.parameters, problem.scale());
    fit.saturationSeen =
        drivers.saturationSpend &&
        *drivers.saturationSpend <= unseenSaturationFactor * fit.largestEffectiveSpend;
    if (fit.saturationSeen) {
        fit.parameters = unrestricted.parameters;
        fit.sse = unrestricted.sse;
    } else {
        const Evaluated linear = globalFit(problem, observations, false);
        if (!std::isfinite(linear.sse)) {
            fit.ok = false;
            return fit;
        }
        fit.parameters = linear.parameters;
        fit.sse = linear.sse;
        adstock(*observations.spend, linear.parameters.theta, effective, nullptr);
        fit.largestEffectiveSpend = *std::max_element(effective.begin(), effective.end());
    }
    fit.drivers = driversOf(fit.parameters, problem.scale());
    return fit;
}

// Standard errors of the reported drivers (p, κ, θ; κ left out without saturation) from
// σ̂²·(JᵀJ)⁻¹ with J the derivatives of the predicted leads (MODEL.md §5.6).
void setStandardErrors(const Observations &observations, const ModelFit &fit, LeadResponseFit &out)
{
    const bool withSaturation = fit.saturationSeen;
    const int k = withSaturation ? 3 : 2;
    const int n = static_cast<int>(observations.months.size());
    std::vector<double> effective;
    std::vector<double> derivative;
    adstock(*observations.spend, fit.drivers.carryover, effective, &derivative);
    const double p = fit.drivers.cpl;
    const double kappa = withSaturation ? *fit.drivers.saturationSpend : 0.0;
    Eigen::MatrixXd jacobian(n, k);
    for (int i = 0; i < n; ++i) {
        const auto m = static_cast<std::size_t>(observations.months[static_cast<std::size_t>(i)]);
        const double a = effective[m];
        const double u = withSaturation ? 1.0 + a / kappa : 1.0;
        const double predicted = a / (p * u);
        jacobian(i, 0) = -predicted / p;
        if (withSaturation) {
            jacobian(i, 1) = a * a / (p * u * u * kappa * kappa);
            jacobian(i, 2) = derivative[m] / (p * u * u);
        } else {
            jacobian(i, 1) = derivative[m] / p;
        }
    }
    FittedDriver *drivers[3] = {&out.cpl, withSaturation ? &out.saturationSpend : nullptr,
                                &out.carryover};
    const std::array<double, 3> estimates{p, kappa, fit.drivers.carryover};
    std::vector<int> order{0};
    if (withSaturation)
        order.push_back(1);
    order.push_back(2);

    for (std::size_t column = 0; column < order.size(); ++column) {
        FittedDriver &driver = *drivers[order[column]];
        driver.estimate = estimates[static_cast<std::size_t>(order[column])];
        driver.standardError.reset();
        driver.reason = NotIdentifiedReason::None;
    }
    // Scale columns to unit length so the singularity test does not depend on units.
    Eigen::VectorXd norms = jacobian.colwise().norm().transpose();
    bool singular = (norms.array() <= 0.0).any();
    Eigen::MatrixXd covariance;
    if (!singular) {
        const Eigen::MatrixXd scaled = jacobian * norms.cwiseInverse().asDiagonal();
        const Eigen::MatrixXd normal = scaled.transpose() * scaled;
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(normal);
        const double largest = eigen.eigenvalues().maxCoeff();
        const double smallest = eigen.eigenvalues().minCoeff();
        singular = !(smallest > 1e-12 * largest);
        if (!singular && n > k) {
            const double variance = fit.sse / (n - k);
            const Eigen::MatrixXd inverse = normal.inverse();
            covariance = variance * norms.cwiseInverse().asDiagonal() * inverse *
                         norms.cwiseInverse().asDiagonal();
        }
    }
    for (std::size_t column = 0; column < order.size(); ++column) {
        FittedDriver &driver = *drivers[order[column]];
        const auto index = static_cast<Eigen::Index>(column);
        if (covariance.size() > 0 && covariance(index, index) >= 0.0)
            driver.standardError = std::sqrt(covariance(index, index));
        if (n - k < 3)
            driver.reason = NotIdentifiedReason::TooFewDegrees;
        else if (singular)
            driver.reason = NotIdentifiedReason::Singular;
        else if (!driver.standardError || *driver.standardError > *driver.estimate ||
                 (&driver == &out.carryover && *driver.standardError > largestCarryoverError))
            driver.reason = NotIdentifiedReason::StandardErrorTooLarge;
    }
    if (!withSaturation) {
        out.saturationSpend.estimate.reset();
        out.saturationSpend.standardError.reset();
        out.saturationSpend.reason = NotIdentifiedReason::NoSaturationSeen;
    }
}

bool spendNeverVaried(const Observations &observations)
{
    double lowest = std::numeric_limits<double>::infinity();
    double highest = 0.0;
    for (const int m : observations.months) {
        const double spend = (*observations.spend)[static_cast<std::size_t>(m)];
        lowest = std::min(lowest, spend);
        highest = std::max(highest, spend);
    }
    return highest - lowest <= 1e-9 * highest;
}

std::optional<double> meanAbsolutePercentageError(const std::vector<double> &observed,
                                                  const std::vector<double> &predicted)
{
    double total = 0.0;
    int count = 0;
    for (std::size_t i = 0; i < observed.size(); ++i) {
        if (observed[i] > 0.0) {
            total += std::abs(observed[i] - predicted[i]) / observed[i];
            ++count;
        }
    }
    if (count == 0)
        return std::nullopt;
    return total / count;
}

std::optional<double> holdoutError(const ChannelHistory &history, const Observations &observations)
{
    const int n = static_cast<int>(observations.months.size());
    if (n - holdoutObservations < minimumObservations)
        return std::nullopt;
    ChannelHistory reduced = history;
    std::vector<double> heldOut;
    std::vector<int> heldOutMonths;
    for (int i = n - holdoutObservations; i < n; ++i) {
        const auto m = static_cast<std::size_t>(observations.months[static_cast<std::size_t>(i)]);
        reduced.leads[m].reset();
        heldOut.push_back(observations.leads[static_cast<std::size_t>(i)]);
        heldOutMonths.push_back(static_cast<int>(m));
    }
    const Observations reducedObservations = observationsOf(reduced);
    const ModelFit fit = fitModel(reducedObservations);
    if (!fit.ok)
        return std::nullopt;
    const std::vector<double> predicted = predictedLeads(
        history.spend, fit.drivers.cpl, fit.drivers.saturationSpend, fit.drivers.carryover);
    std::vector<double> predictedHeldOut;
    for (const int m : heldOutMonths)
        predictedHeldOut.push_back(predicted[static_cast<std::size_t>(m)]);
    return meanAbsolutePercentageError(heldOut, predictedHeldOut);
}

} // namespace

Result<ChannelHistory> channelHistory(const std::vector<Actual> &pastActuals,
                                      const QString &channel, int stageCount)
{
    std::map<int, std::size_t> rowOfMonth; // month offset from 0000-01 → row index
    std::optional<QDate> earliest;
    for (std::size_t i = 0; i < pastActuals.size(); ++i) {
        const Actual &row = pastActuals[i];
        if (row.channel != channel)
            continue;
        const QString path = indexPath(QStringLiteral("past_actuals"), static_cast<qsizetype>(i));
        const auto month = parseMonth(row.month);
        if (!month)
            return Error{fieldPath(path, QStringLiteral("month")) + QStringLiteral(": ") +
                         Tr::tr("must be a month YYYY-MM (got %1)").arg(quoted(row.month))};
        if (!std::isfinite(row.spend) || row.spend < 0.0)
            return Error{
                fieldPath(path, QStringLiteral("spend")) + QStringLiteral(": ") +
                Tr::tr("must be a number of at least 0 (got %1)").arg(valueText(row.spend))};
        const QString volumesPath = fieldPath(path, QStringLiteral("volumes"));
        if (static_cast<int>(row.volumes.size()) > stageCount)
            return Error{volumesPath + QStringLiteral(": ") +
                         Tr::tr("must have at most %1 values, one per stage (got %2)")
                             .arg(stageCount)
                             .arg(row.volumes.size())};
        for (std::size_t k = 0; k < row.volumes.size(); ++k) {
            const QString volumePath = indexPath(volumesPath, static_cast<qsizetype>(k));
            const double volume = row.volumes[k];
            if (!std::isfinite(volume) || volume < 0.0)
                return Error{
                    volumePath + QStringLiteral(": ") +
                    Tr::tr("must be a number of at least 0 (got %1)").arg(valueText(volume))};
            if (k > 0 && volume > row.volumes[k - 1])
                return Error{volumePath + QStringLiteral(": ") +
                             Tr::tr("cannot be more than the stage before it (%1 after %2): a "
                                    "funnel only narrows")
                                 .arg(valueText(volume), valueText(row.volumes[k - 1]))};
        }
        const int key = month->year() * 12 + month->month() - 1;
        const auto [first, inserted] = rowOfMonth.emplace(key, i);
        if (!inserted)
            return Error{path + QStringLiteral(": ") +
                         Tr::tr("duplicate row: same month and channel as %1")
                             .arg(indexPath(QStringLiteral("past_actuals"),
                                            static_cast<qsizetype>(first->second)))};
        if (!earliest || *month < *earliest)
            earliest = month;
    }
    ChannelHistory history;
    if (rowOfMonth.empty())
        return history;
    const int firstKey = rowOfMonth.begin()->first;
    const int length = rowOfMonth.rbegin()->first - firstKey + 1;
    if (length > longestSeries)
        return Error{indexPath(QStringLiteral("past_actuals"),
                               static_cast<qsizetype>(rowOfMonth.rbegin()->second)) +
                     QStringLiteral(": ") +
                     Tr::tr("the past months of %1 span %2 months; at most %3 can be calibrated")
                         .arg(quoted(channel))
                         .arg(length)
                         .arg(longestSeries)};
    history.firstMonth = monthText(*earliest);
    history.spend.assign(static_cast<std::size_t>(length), 0.0);
    history.leads.assign(static_cast<std::size_t>(length), std::nullopt);
    history.pooledNumerator.assign(static_cast<std::size_t>(std::max(stageCount, 1)), 0.0);
    history.pooledDenominator.assign(static_cast<std::size_t>(std::max(stageCount, 1)), 0.0);
    for (const auto &[key, rowIndex] : rowOfMonth) {
        const Actual &row = pastActuals[rowIndex];
        const auto m = static_cast<std::size_t>(key - firstKey);
        history.spend[m] = row.spend;
        if (!row.volumes.empty())
            history.leads[m] = row.volumes.front();
        for (std::size_t k = 1; k < row.volumes.size(); ++k) {
            history.pooledNumerator[k] += row.volumes[k];
            history.pooledDenominator[k] += row.volumes[k - 1];
        }
    }
    return history;
}

std::vector<double> predictedLeads(const std::vector<double> &spend, double cpl,
                                   std::optional<double> saturationSpend, double carryover)
{
    std::vector<double> leads;
    adstock(spend, carryover, leads, nullptr);
    const double inverseSaturation = saturationSpend ? 1.0 / *saturationSpend : 0.0;
    for (double &value : leads)
        value = value / (cpl * (1.0 + value * inverseSaturation));
    return leads;
}

LeadResponseFit fitLeadResponse(const ChannelHistory &history)
{
    LeadResponseFit result;
    const Observations observations = observationsOf(history);
    result.observations = static_cast<int>(observations.months.size());
    if (result.observations < minimumObservations)
        return result;
    const ModelFit fit = fitModel(observations);
    if (!fit.ok) {
        // No positive response at all (every lead 0, or no spend): p cannot be estimated.
        result.cpl.reason = NotIdentifiedReason::Singular;
        result.saturationSpend.reason = NotIdentifiedReason::Singular;
        result.carryover.reason = NotIdentifiedReason::Singular;
        return result;
    }
    result.fitted = true;
    result.sse = fit.sse;
    result.unrestrictedSse = fit.unrestrictedSse;
    result.largestEffectiveSpend = fit.largestEffectiveSpend;
    setStandardErrors(observations, fit, result);
    if (spendNeverVaried(observations)) {
        // Any split of a constant response between p and κ (and a carryover that only shapes the
        // first months) fits equally well: report none of them as evidence.
        for (FittedDriver *driver : {&result.cpl, &result.saturationSpend, &result.carryover})
            driver->reason = NotIdentifiedReason::SpendNeverVaried;
    }

    result.fittedLeads = predictedLeads(history.spend, fit.drivers.cpl, fit.drivers.saturationSpend,
                                        fit.drivers.carryover);
    std::vector<double> predicted;
    double mean = 0.0;
    for (std::size_t i = 0; i < observations.months.size(); ++i) {
        predicted.push_back(result.fittedLeads[static_cast<std::size_t>(observations.months[i])]);
        mean += observations.leads[i];
    }
    mean /= static_cast<double>(observations.leads.size());
    double total = 0.0;
    for (const double y : observations.leads)
        total += (y - mean) * (y - mean);
    if (total > 0.0)
        result.r2 = 1.0 - fit.sse / total;
    result.mape = meanAbsolutePercentageError(observations.leads, predicted);
    result.holdoutMape = holdoutError(history, observations);
    return result;
}

ChannelCalibration calibrateChannel(const ChannelHistory &history)
{
    ChannelCalibration calibration;
    calibration.leads = fitLeadResponse(history);
    // MODEL.md §5.6 "Conversion": pooled ratios with the standard error of a ratio of counts.
    const std::size_t stages = history.pooledDenominator.size();
    for (std::size_t k = 1; k < stages; ++k) {
        FittedRate rate;
        const double denominator = history.pooledDenominator[k];
        if (denominator > 0.0) {
            const double r = history.pooledNumerator[k] / denominator;
            rate.estimate = r;
            rate.standardError = std::sqrt(std::max(r * (1.0 - r), 0.0) / denominator);
        }
        calibration.conversion.push_back(rate);
    }
    // MODEL.md §5.6 "Uncertainty": u = min(0.9, √6 · se / estimate).
    const auto halfWidth = [](const std::optional<double> &estimate,
                              const std::optional<double> &se) -> std::optional<double> {
        if (!estimate || !se || !(*estimate > 0.0))
            return std::nullopt;
        return std::min(largestHalfWidth, std::sqrt(6.0) * *se / *estimate);
    };
    if (calibration.leads.cpl.identified())
        calibration.cplUncertainty =
            halfWidth(calibration.leads.cpl.estimate, calibration.leads.cpl.standardError);
    for (const FittedRate &rate : calibration.conversion) {
        if (const auto u = halfWidth(rate.estimate, rate.standardError))
            calibration.conversionUncertainty =
                std::max(calibration.conversionUncertainty.value_or(0.0), *u);
    }
    return calibration;
}

Result<std::vector<ChannelCalibration>> calibratePlan(const Plan &plan)
{
    std::vector<ChannelCalibration> calibrations;
    calibrations.reserve(plan.channels.size());
    for (const Channel &channel : plan.channels) {
        const auto history =
            channelHistory(plan.pastActuals, channel.name, static_cast<int>(plan.stages.size()));
        if (!history)
            return Error{history.error()};
        calibrations.push_back(calibrateChannel(*history));
    }
    return calibrations;
}

int applyCalibration(Scenario &scenario, int channel, const ChannelCalibration &calibration,
                     const CalibrationChoice &choice)
{
    if (channel < 0 || static_cast<std::size_t>(channel) >= scenario.channels.size())
        return 0;
    ChannelDrivers &drivers = scenario.channels[static_cast<std::size_t>(channel)];
    int changed = 0;
    const auto set = [&changed](auto &target, const auto &value) {
        if (target != value) {
            target = value;
            ++changed;
        }
    };
    const LeadResponseFit &leads = calibration.leads;
    if (choice.cpl && leads.cpl.identified()) {
        set(drivers.cpl, *leads.cpl.estimate);
        if (calibration.cplUncertainty)
            set(drivers.uncertainty.cpl, calibration.cplUncertainty);
    }
    if (choice.saturation && leads.saturationSpend.identified())
        set(drivers.saturationSpend, leads.saturationSpend.estimate);
    if (choice.carryover && leads.carryover.identified())
        set(drivers.carryover, *leads.carryover.estimate);
    if (choice.conversion) {
        for (std::size_t k = 0; k < calibration.conversion.size() && k < drivers.conversion.size();
             ++k) {
            if (calibration.conversion[k].estimate)
                set(drivers.conversion[k], *calibration.conversion[k].estimate);
        }
        if (calibration.conversionUncertainty)
            set(drivers.uncertainty.conversion, calibration.conversionUncertainty);
    }
    return changed;
}

QString reasonKey(NotIdentifiedReason reason)
{
    switch (reason) {
    case NotIdentifiedReason::None:
        return {};
    case NotIdentifiedReason::TooFewMonths:
        return QStringLiteral("too_few_months");
    case NotIdentifiedReason::NoSaturationSeen:
        return QStringLiteral("no_saturation_seen");
    case NotIdentifiedReason::Singular:
        return QStringLiteral("singular");
    case NotIdentifiedReason::SpendNeverVaried:
        return QStringLiteral("spend_never_varied");
    case NotIdentifiedReason::TooFewDegrees:
        return QStringLiteral("too_few_degrees_of_freedom");
    case NotIdentifiedReason::StandardErrorTooLarge:
        return QStringLiteral("standard_error_too_large");
    }
    return {};
}

QString reasonText(NotIdentifiedReason reason)
{
    switch (reason) {
    case NotIdentifiedReason::None:
        return {};
    case NotIdentifiedReason::TooFewMonths:
        return Tr::tr("fewer than 6 months with spend and leads");
    case NotIdentifiedReason::NoSaturationSeen:
        return Tr::tr("no saturation seen");
    case NotIdentifiedReason::Singular:
        return Tr::tr("the data cannot separate the drivers");
    case NotIdentifiedReason::SpendNeverVaried:
        return Tr::tr("spend never varied");
    case NotIdentifiedReason::TooFewDegrees:
        return Tr::tr("too few months for three drivers");
    case NotIdentifiedReason::StandardErrorTooLarge:
        return Tr::tr("standard error too large");
    }
    return {};
}

} // namespace cplan
