// The global least-squares fit of a channel's lead response (MODEL.md §5.6): a grid over θ and
// 1/κ with p eliminated in closed form, then a bounded Levenberg–Marquardt refinement from the
// best grid points, and the choice between the fit with and without saturation.

#include "models/engine/CalibrationParts.h"

#include <Eigen/Dense>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace cplan::calibration {

namespace {

// The grid the global search starts from: θ in steps of 0.01 over [0, 0.95]; the saturation
// rate d = 1/κ as d·S_max ∈ {0} ∪ 10^[-3, 3] (61 points per decade-spaced line). The grid only
// has to put one start in the basin of the global optimum; the refinement finds its bottom.
constexpr int carryoverGridSteps = 95;
constexpr int saturationGridSteps = 60;
constexpr double saturationGridLow = -3.0;
constexpr double saturationGridHigh = 3.0;
constexpr int refinementStarts = 5;

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

Drivers driversOf(const Parameters &parameters, double scale)
{
    Drivers drivers;
    drivers.cpl = 1.0 / parameters.c;
    if (parameters.s > 0.0)
        drivers.saturationSpend = scale / parameters.s;
    drivers.carryover = parameters.theta;
    return drivers;
}

} // namespace

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

} // namespace cplan::calibration
