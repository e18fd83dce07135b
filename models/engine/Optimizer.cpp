#include "models/engine/Optimizer.h"

#include "models/engine/ChannelResponse.h"
#include "models/engine/Ratio.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Optimizer)
};

// Bounds are checked on shares; sums of a few shares carry rounding of ~1e-16 each, and the
// validator accepts shares summing to 1 within 1e-6 (MODEL.md §2).
constexpr double boundsTolerance = 1e-9;

} // namespace

QString toString(OptimizerObjective objective)
{
    return objective == OptimizerObjective::Customers ? QStringLiteral("customers")
                                                      : QStringLiteral("value");
}

std::optional<OptimizerObjective> optimizerObjectiveFromString(const QString &text)
{
    if (text == QLatin1String("value"))
        return OptimizerObjective::Value;
    if (text == QLatin1String("customers"))
        return OptimizerObjective::Customers;
    return std::nullopt;
}

ChannelCurves::ChannelCurves(const ScenarioInputs &inputs, OptimizerObjective objective)
    : m_channelCount(inputs.channelCount)
{
    // MODEL.md §3.4: A[c,m] = x · a_c[m] where a_c is the adstock of the phasing weights, since
    // the recursion is linear in the spend.
    m_adstockedWeights = effectiveSpend(inputs.weights, inputs.carryover);
    // MODEL.md §3.5–§3.8: customers_c = leads_c · Π r_c,k; value_c = customers_c · LTV_c.
    m_scale = customersPerLead(inputs);
    if (objective == OptimizerObjective::Value)
        m_scale *= inputs.lifetimeValue;
    // A validated plan has cpl > 0; the projection gives no leads otherwise, and so do we.
    m_scale = (inputs.costPerLead > 0.0).select(m_scale / inputs.costPerLead, 0.0);
    m_inverseSaturation = inputs.inverseSaturation;
    m_offsets = Eigen::ArrayXXd::Zero(m_adstockedWeights.rows(), m_adstockedWeights.cols());
}

ChannelCurves::ChannelCurves(Eigen::ArrayXXd adstockedWeights, Eigen::ArrayXXd offsets,
                             Eigen::ArrayXd scale, Eigen::ArrayXd inverseSaturation)
    : m_channelCount(static_cast<int>(adstockedWeights.rows())),
      m_adstockedWeights(std::move(adstockedWeights)), m_offsets(std::move(offsets)),
      m_scale(std::move(scale)), m_inverseSaturation(std::move(inverseSaturation))
{}

double ChannelCurves::objective(int channel, double amount) const
{
    // f_c(x) = k_c/p_c · Σ_m A/(1 + A/κ_c), A = x·a_c[m]  (MODEL.md §3.5).
    const double inverseSaturation = m_inverseSaturation[channel];
    double leadsTimesCost = 0.0;
    for (Eigen::Index m = 0; m < m_adstockedWeights.cols(); ++m) {
        // Adding a zero offset leaves the bits of x·a unchanged (the §5.2 optimizer).
        const double effective = m_offsets(channel, m) + amount * m_adstockedWeights(channel, m);
        leadsTimesCost += effective / (1.0 + effective * inverseSaturation);
    }
    return m_scale[channel] * leadsTimesCost;
}

double ChannelCurves::marginal(int channel, double amount) const
{
    // d/dx [A / (1 + A/κ)] = a / (1 + A/κ)² with A = o + x·a; without saturation it is the constant
    // a.
    const double inverseSaturation = m_inverseSaturation[channel];
    double sum = 0.0;
    for (Eigen::Index m = 0; m < m_adstockedWeights.cols(); ++m) {
        const double weight = m_adstockedWeights(channel, m);
        const double effective = m_offsets(channel, m) + amount * weight;
        const double denominator = 1.0 + effective * inverseSaturation;
        sum += weight / (denominator * denominator);
    }
    return m_scale[channel] * sum;
}

double ChannelCurves::limit(int channel) const
{
    // As x grows, A/(1 + A/κ) → κ in every month with a positive adstocked weight.
    if (m_scale[channel] <= 0.0)
        return 0.0;
    if (m_inverseSaturation[channel] <= 0.0)
        return std::numeric_limits<double>::infinity();
    const auto activeMonths = (m_adstockedWeights.row(channel) > 0.0).count();
    return m_scale[channel] * static_cast<double>(activeMonths) / m_inverseSaturation[channel];
}

double ChannelCurves::slope(int channel, double amount) const
{
    // d²/dx² = −2·a²/κ / (1 + A/κ)³.
    const double inverseSaturation = m_inverseSaturation[channel];
    double sum = 0.0;
    for (Eigen::Index m = 0; m < m_adstockedWeights.cols(); ++m) {
        const double weight = m_adstockedWeights(channel, m);
        const double effective = m_offsets(channel, m) + amount * weight;
        const double denominator = 1.0 + effective * inverseSaturation;
        sum += weight * weight * inverseSaturation / (denominator * denominator * denominator);
    }
    return -2.0 * m_scale[channel] * sum;
}

double ChannelCurves::amountForMarginal(int channel, double multiplier, double lower, double upper,
                                        bool tiesToUpper) const
{
    if (upper <= lower)
        return lower;
    // A channel whose marginal equals λ at a bound (always the case for a channel without
    // saturation when λ is its constant marginal) may sit anywhere; the caller picks the end.
    if (tiesToUpper && marginal(channel, upper) >= multiplier)
        return upper;
    if (marginal(channel, lower) <= multiplier)
        return lower;
    if (marginal(channel, upper) >= multiplier)
        return upper;
    // f' is decreasing and convex between the bounds, so Newton from the left end moves right
    // monotonically without overshooting; the bracket guards against rounding all the same.
    double left = lower;
    double right = upper;
    double amount = lower;
    for (int iteration = 0; iteration < 200; ++iteration) {
        const double excess = marginal(channel, amount) - multiplier;
        if (excess > 0.0)
            left = amount;
        else
            right = amount;
        if (excess == 0.0)
            return amount;
        const double curvature = slope(channel, amount);
        double next = curvature < 0.0 ? amount - excess / curvature : 0.5 * (left + right);
        if (!(next > left && next < right))
            next = 0.5 * (left + right);
        if (std::abs(next - amount) <= 1e-15 * std::max(std::abs(next), 1.0) ||
            right - left <= 1e-15 * std::max(std::abs(right), 1.0))
            return next;
        amount = next;
    }
    return amount;
}

Eigen::ArrayXd optimalAmounts(const ChannelCurves &curves, double pool, const Eigen::ArrayXd &lower,
                              const Eigen::ArrayXd &upper, double *multiplier)
{
    const int count = curves.channelCount();
    const auto amountsAt = [&](double lambda, bool tiesToUpper) {
        Eigen::ArrayXd amounts(count);
        for (int c = 0; c < count; ++c)
            amounts[c] = curves.amountForMarginal(c, lambda, lower[c], upper[c], tiesToUpper);
        return amounts;
    };
    // The multiplier λ lies between the smallest marginal at an upper bound (every channel at
    // its max: too much spend) and the largest marginal at a lower bound (all at their min).
    double low = std::numeric_limits<double>::infinity();
    double high = 0.0;
    for (int c = 0; c < count; ++c) {
        low = std::min(low, curves.marginal(c, upper[c]));
        high = std::max(high, curves.marginal(c, lower[c]));
    }
    if (count == 0 || lower.sum() >= pool || upper.sum() <= pool) {
        if (multiplier)
            *multiplier = count == 0 ? 0.0 : high;
        return count == 0 ? Eigen::ArrayXd() : (lower.sum() >= pool ? lower : upper);
    }
    low = std::min(low, high);
    // Bisection on λ: Σ_c x_c(λ) is non-increasing in λ.
    for (int iteration = 0; iteration < 200 && high - low > 1e-15 * high; ++iteration) {
        const double middle = 0.5 * (low + high);
        if (middle <= low || middle >= high)
            break;
        if (amountsAt(middle, false).sum() > pool)
            low = middle;
        else
            high = middle;
    }
    // x(high) spends at most the pool and x(low) at least; between them only channels whose
    // marginal sits at λ move. For a channel without saturation (constant marginal, the
    // degenerate case) that is its whole [min, max] range: the gap is shared in proportion to
    // these ranges, which fills channels tied at λ exactly and leaves the others where they are.
    const Eigen::ArrayXd atHigh = amountsAt(high, false);
    const Eigen::ArrayXd atLow = amountsAt(low, true);
    const Eigen::ArrayXd room = (atLow - atHigh).max(0.0);
    const double gap = pool - atHigh.sum();
    Eigen::ArrayXd amounts = atHigh;
    if (room.sum() > 0.0 && gap > 0.0)
        amounts += room * std::min(gap / room.sum(), 1.0);
    if (multiplier)
        *multiplier = 0.5 * (low + high);
    return amounts.max(lower).min(upper);
}

namespace {

ChannelSplit evaluateSplit(const ScenarioInputs &inputs, const ChannelCurves &curves,
                           OptimizerObjective objective, const Eigen::ArrayXd &amounts, double pool,
                           const Eigen::ArrayXd &fallbackShares)
{
    ChannelSplit split;
    split.amounts = amounts;
    split.shares = pool > 0.0 ? Eigen::ArrayXd(amounts / pool) : fallbackShares;
    split.marginal.resize(inputs.channelCount);
    for (int c = 0; c < inputs.channelCount; ++c) {
        // The projection's own per-channel steps (MODEL.md §3.3–§3.8), so the objective agrees
        // with `cplan project` for the same split.
        const ChannelOutcome outcome = channelOutcome(inputs, c, amounts[c]);
        split.customers += outcome.customers;
        split.value += outcome.value;
        split.marginal[c] = 1000.0 * curves.marginal(c, amounts[c]);
    }
    split.objective = objective == OptimizerObjective::Value ? split.value : split.customers;
    return split;
}

QString sharesText(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace

Result<OptimizerResult> optimizeSplit(const Plan &plan, const Scenario &scenario,
                                      const OptimizerOptions &options)
{
    const QString place = QStringLiteral("scenarios[\"%1\"]").arg(scenario.name);
    ScenarioInputs inputs = prepareScenario(plan, scenario);
    if (options.pool) {
        if (!(*options.pool >= 0.0) || !std::isfinite(*options.pool))
            return Error{Tr::tr("%1: the channel pool must be a number ≥ 0 (got %2)")
                             .arg(place, QString::number(*options.pool))};
        inputs.pool = *options.pool;
    }
    const int count = inputs.channelCount;
    const double pool = inputs.pool;

    Eigen::ArrayXd minShares(count);
    Eigen::ArrayXd maxShares(count);
    for (int c = 0; c < count; ++c) {
        const auto index = static_cast<std::size_t>(c);
        const bool present = index < scenario.channels.size();
        minShares[c] = present ? scenario.channels[index].minShare : 0.0;
        maxShares[c] = present ? scenario.channels[index].maxShare : 1.0;
    }
    // MODEL.md §5.2: a locked channel keeps its share (min = max = share).
    for (const QString &name : options.lockedChannels) {
        const int c = plan.channelIndex(name);
        if (c < 0)
            return Error{Tr::tr("%1: cannot lock \"%2\": the plan has no channel of that name")
                             .arg(place, name)};
        minShares[c] = maxShares[c] = inputs.shares[c];
    }
    const QString lockNote =
        options.lockedChannels.isEmpty() ? QString() : Tr::tr(" (locked channels at their share)");
    if (minShares.sum() > 1.0 + boundsTolerance)
        return Error{
            Tr::tr("%1.channels[*].min_share: the bounds are infeasible: the minimum shares "
                   "add up to %2%3, more than 1")
                .arg(place, sharesText(minShares.sum()), lockNote)};
    if (maxShares.sum() < 1.0 - boundsTolerance)
        return Error{
            Tr::tr("%1.channels[*].max_share: the bounds are infeasible: the maximum shares "
                   "add up to %2%3, less than 1")
                .arg(place, sharesText(maxShares.sum()), lockNote)};
    for (int c = 0; c < count; ++c) {
        if (minShares[c] > maxShares[c])
            return Error{Tr::tr("%1.channels[\"%2\"]: the bounds are infeasible: min_share %3 is "
                                "above max_share %4")
                             .arg(place, plan.channels[static_cast<std::size_t>(c)].name,
                                  sharesText(minShares[c]), sharesText(maxShares[c]))};
    }

    OptimizerResult result;
    result.scenario = scenario.name;
    result.objective = options.objective;
    result.pool = pool;
    for (const auto &channel : plan.channels)
        result.channels << channel.name;
    result.lowerBounds = minShares * pool;
    result.upperBounds = maxShares * pool;

    const ChannelCurves curves(inputs, options.objective);
    const Eigen::ArrayXd currentAmounts = inputs.shares * pool;
    result.current =
        evaluateSplit(inputs, curves, options.objective, currentAmounts, pool, inputs.shares);
    // The scenario's own shares, not x/P again (which would differ in the last bit).
    result.current.shares = inputs.shares;
    const Eigen::ArrayXd best =
        optimalAmounts(curves, pool, result.lowerBounds, result.upperBounds, &result.multiplier);
    result.optimal = evaluateSplit(inputs, curves, options.objective, best, pool, inputs.shares);
    // The current split may lie outside the bounds (they are only the optimizer's limits), so
    // the optimum within them can be worse; say so rather than clamp.
    result.uplift = result.optimal.objective - result.current.objective;
    result.upliftRelative = safeRatio(result.uplift, result.current.objective);
    return result;
}

} // namespace cplan
