#include "models/engine/GoalSeek.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <limits>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GoalSeek)
};

QString amountText(double value)
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale.toString(value, 'f', value < 100.0 ? 2 : 0);
}

// Enough doublings to go from 1 to far beyond any budget (2^200), and enough bisection steps to
// pin the pool to the last bits of a double.
constexpr int maximumDoublings = 200;
constexpr int maximumBisections = 200;

// The optimal split's objective (customers or value) at every pool, from the prepared curves.
class PoolEvaluator
{
public:
    PoolEvaluator(const ScenarioInputs &inputs, OptimizerObjective objective,
                  Eigen::ArrayXd minShares, Eigen::ArrayXd maxShares)
        : m_curves(inputs, objective), m_minShares(std::move(minShares)),
          m_maxShares(std::move(maxShares))
    {}

    double objectiveAt(double pool) const
    {
        const Eigen::ArrayXd amounts =
            optimalAmounts(m_curves, pool, m_minShares * pool, m_maxShares * pool);
        double total = 0.0;
        for (int c = 0; c < m_curves.channelCount(); ++c)
            total += m_curves.objective(c, amounts[c]);
        return total;
    }

    // MODEL.md §3.9: cac = spend / customers, and the optimal split spends the whole pool.
    std::optional<double> cacAt(double pool) const
    {
        const double customers = objectiveAt(pool);
        if (!(customers > 0.0))
            return std::nullopt;
        return pool / customers;
    }

    // The objective's least upper bound over all pools: each channel that can get a positive
    // share tends to its saturation limit (never reached).
    double supremum() const
    {
        double total = 0.0;
        for (int c = 0; c < m_curves.channelCount(); ++c) {
            if (m_maxShares[c] > 0.0)
                total += m_curves.limit(c);
        }
        return total;
    }

private:
    ChannelCurves m_curves;
    Eigen::ArrayXd m_minShares;
    Eigen::ArrayXd m_maxShares;
};

} // namespace

QString toString(GoalKind goal)
{
    switch (goal) {
    case GoalKind::CacCap:
        return QStringLiteral("cac-cap");
    case GoalKind::ReachCustomers:
        return QStringLiteral("reach-customers");
    case GoalKind::ReachValue:
        return QStringLiteral("reach-value");
    }
    return {};
}

OptimizerObjective goalObjective(GoalKind goal)
{
    return goal == GoalKind::ReachValue ? OptimizerObjective::Value : OptimizerObjective::Customers;
}

Result<GoalSeekResult> seekGoal(const Plan &plan, const Scenario &scenario, GoalKind goal,
                                double goalValue, const OptimizerOptions &options)
{
    const QString place = QStringLiteral("scenarios[\"%1\"]").arg(scenario.name);
    if (!std::isfinite(goalValue) || (goal == GoalKind::CacCap && goalValue <= 0.0) ||
        goalValue < 0.0)
        return Error{Tr::tr("%1: the %2 goal must be a positive number (got %3)")
                         .arg(place, toString(goal), QString::number(goalValue))};

    // The optimizer at pool 1 checks the bounds and locks once and gives them as shares.
    OptimizerOptions unitOptions = options;
    unitOptions.objective = goalObjective(goal);
    unitOptions.pool = 1.0;
    const auto unit = optimizeSplit(plan, scenario, unitOptions);
    if (!unit)
        return Error{unit.error()};
    const ScenarioInputs inputs = prepareScenario(plan, scenario);
    const PoolEvaluator evaluator(inputs, unitOptions.objective, unit->lowerBounds,
                                  unit->upperBounds);

    GoalSeekResult result;
    result.goal = goal;
    result.goalValue = goalValue;
    const double start = inputs.pool > 0.0 ? inputs.pool : 1.0;

    if (goal == GoalKind::CacCap) {
        const auto meets = [&](double pool) {
            const auto cac = evaluator.cacAt(pool);
            return cac && *cac <= goalValue;
        };
        // The CAC of the first unit spent: the cheapest customers there are.
        const double smallest = start * 1e-9;
        if (!meets(smallest)) {
            const auto cac = evaluator.cacAt(smallest);
            result.outcome =
                cac ? GoalSeekOutcome::FirstUnitAboveCap : GoalSeekOutcome::NoCustomers;
            result.limit = cac;
        } else {
            double low = smallest;
            double high = start;
            int doublings = 0;
            while (meets(high) && doublings < maximumDoublings) {
                low = high;
                high *= 2.0;
                ++doublings;
            }
            if (doublings == maximumDoublings) {
                result.reachable = true;
                result.unbounded = true;
                result.outcome = GoalSeekOutcome::AnyPoolMeetsCap;
            } else {
                for (int i = 0; i < maximumBisections && high - low > 1e-13 * high; ++i) {
                    const double middle = 0.5 * (low + high);
                    (meets(middle) ? low : high) = middle;
                }
                result.reachable = true;
                result.pool = low;
            }
        }
    } else {
        const auto meets = [&](double pool) {
            return evaluator.objectiveAt(pool) >= goalValue;
        };
        const double supremum = evaluator.supremum();
        if (goalValue <= 0.0) {
            result.reachable = true;
            result.pool = 0.0;
        } else if (goalValue >= supremum) {
            result.outcome = GoalSeekOutcome::BeyondSaturation;
            result.limit = supremum;
        } else {
            double low = 0.0;
            double high = start;
            int doublings = 0;
            while (!meets(high) && doublings < 4 * maximumDoublings) {
                low = high;
                high *= 2.0;
                ++doublings;
            }
            if (!meets(high)) {
                result.outcome = GoalSeekOutcome::NotWithinSearch;
                result.limit = high;
            } else {
                for (int i = 0; i < maximumBisections && high - low > 1e-13 * high; ++i) {
                    const double middle = 0.5 * (low + high);
                    (meets(middle) ? high : low) = middle;
                }
                result.reachable = true;
                result.pool = high;
            }
        }
    }

    OptimizerOptions finalOptions = options;
    finalOptions.objective = unitOptions.objective;
    finalOptions.pool = result.pool;
    auto optimization = optimizeSplit(plan, scenario, finalOptions);
    if (!optimization)
        return Error{optimization.error()};
    result.optimization = std::move(optimization).value();
    if (result.pool) {
        // MODEL.md §3.1: P = B · Σ channel-category shares, so B = P / that sum.
        if (inputs.budget > 0.0 && inputs.pool > 0.0)
            result.budget = *result.pool * inputs.budget / inputs.pool;
    }
    result.explanation = goalSeekSentence(result, amountText, amountText);
    return result;
}

QString goalSeekSentence(const GoalSeekResult &result, const std::function<QString(double)> &money,
                         const std::function<QString(double)> &count)
{
    const double goalValue = result.goalValue;
    const double limit = result.limit.value_or(0.0);
    // A customer goal is a count; a CAC cap and a value goal are money.
    const QString goal =
        result.goal == GoalKind::ReachCustomers ? count(goalValue) : money(goalValue);
    const QString what =
        result.goal == GoalKind::ReachCustomers ? Tr::tr("customers") : Tr::tr("customer value");
    const QString limitText = result.goal == GoalKind::ReachCustomers ? count(limit) : money(limit);
    switch (result.outcome) {
    case GoalSeekOutcome::FirstUnitAboveCap:
        return Tr::tr("unreachable: even the first unit of spend costs %1 per customer, above "
                      "the cap of %2")
            .arg(money(limit), goal);
    case GoalSeekOutcome::NoCustomers:
        return Tr::tr("unreachable: the channels bring no customers");
    case GoalSeekOutcome::AnyPoolMeetsCap:
        return Tr::tr("any pool meets the cap: the blended CAC stays below %1 however much is "
                      "spent (channels without saturation)")
            .arg(goal);
    case GoalSeekOutcome::BeyondSaturation:
        return Tr::tr("unreachable: every channel saturates, so no pool brings %1 %2 (the limit "
                      "is %3, approached but never reached)")
            .arg(goal, what, limitText);
    case GoalSeekOutcome::NotWithinSearch:
        return Tr::tr("unreachable: no pool up to %1 brings %2 %3").arg(money(limit), goal, what);
    case GoalSeekOutcome::Found:
        break;
    }
    if (!result.pool)
        return {};
    return result.goal == GoalKind::CacCap
               ? Tr::tr("the largest channel pool with a blended CAC ≤ %1 is %2")
                     .arg(goal, money(*result.pool))
               : Tr::tr("the smallest channel pool reaching %1 is %2")
                     .arg(goal, money(*result.pool));
}

} // namespace cplan
