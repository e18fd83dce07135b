#pragma once

// The budget optimizer of MODEL.md §5.2: the split of a channel pool that maximises total
// customer value (or customers) within each channel's min/max share, every other driver
// (phasing, carryover, saturation) held fixed. Goal seek (the pool for a CAC cap or a
// customer/value target) is in GoalSeek.h.

#include "models/domain/Plan.h"
#include "models/domain/Result.h"
#include "models/engine/ScenarioInputs.h"

#include <Eigen/Core>
#include <QString>
#include <QStringList>

#include <optional>

namespace cplan {

enum class OptimizerObjective
{
    Value,
    Customers
};

QString toString(OptimizerObjective objective); // "value", "customers"
std::optional<OptimizerObjective> optimizerObjectiveFromString(const QString &text);

struct OptimizerOptions
{
    OptimizerObjective objective = OptimizerObjective::Value;
    // Channels whose share is held (min = max = the scenario's share), by name.
    QStringList lockedChannels;
    // The channel pool to split; none = the scenario's own pool P (MODEL.md §3.1).
    std::optional<double> pool;
};

// One split of the pool and what it yields.
struct ChannelSplit
{
    Eigen::ArrayXd amounts;  // x_c, the channel's spend over the horizon
    Eigen::ArrayXd shares;   // x_c / P (the scenario's shares when P = 0)
    double objective = 0.0;  // Σ_c value_c or Σ_c customers_c
    double customers = 0.0;  // Σ_c customers_c, whatever the objective
    double value = 0.0;      // Σ_c value_c
    Eigen::ArrayXd marginal; // d objective / d x_c · 1000: per extra 1,000 of spend
};

struct OptimizerResult
{
    QString scenario;
    OptimizerObjective objective = OptimizerObjective::Value;
    double pool = 0.0;
    QStringList channels;
    Eigen::ArrayXd lowerBounds; // min_share·P (or the locked amount)
    Eigen::ArrayXd upperBounds; // max_share·P (or the locked amount)
    ChannelSplit current;       // the scenario's own shares
    ChannelSplit optimal;
    double multiplier = 0.0; // λ: the common marginal return (per unit) of the free channels
    double uplift = 0.0;     // optimal − current objective (≥ 0)
    std::optional<double> upliftRelative; // uplift / current objective; null when that is 0
};

// Optimizes the scenario's split (MODEL.md §5.2). Fails with a located message for infeasible
// bounds (Σ min > 1 or Σ max < 1 after locks) or an unknown locked channel.
Result<OptimizerResult> optimizeSplit(const Plan &plan, const Scenario &scenario,
                                      const OptimizerOptions &options = {});

// The per-channel curves the optimizer works on, prepared once per scenario so goal seek can
// re-optimize at many pools cheaply. f_c(x) = k_c · Σ_m h(o_c[m] + x·a_c[m]) with a_c the adstocked
// phasing (A is linear in x, MODEL.md §3.4) and h(A) = A / (p_c (1 + A/κ_c)) (§3.5).
class ChannelCurves
{
public:
    ChannelCurves(const ScenarioInputs &inputs, OptimizerObjective objective);
    // Curves with a starting adstock: A[c,m] = offsets(c,m) + x·a_c[m] (the re-plan of MODEL.md
    // §5.5, where money already spent carries into the open months). `scale` is k_c/p_c.
    ChannelCurves(Eigen::ArrayXXd adstockedWeights, Eigen::ArrayXXd offsets, Eigen::ArrayXd scale,
                  Eigen::ArrayXd inverseSaturation);

    int channelCount() const { return m_channelCount; }
    // f_c(x): the channel's objective for pool amount x.
    double objective(int channel, double amount) const;
    // f'_c(x), exact: k_c/p_c · Σ_m a_m / (1 + x·a_m/κ_c)²; non-increasing (f is concave).
    double marginal(int channel, double amount) const;
    // The x in [lower, upper] where f'_c(x) = λ (a bound when f' stays above/below λ there).
    // When f' equals λ at a bound, `tiesToUpper` picks the upper one.
    double amountForMarginal(int channel, double multiplier, double lower, double upper,
                             bool tiesToUpper = false) const;
    // sup_x f_c(x): k_c/p_c · κ_c per month the channel spends in; infinite without saturation
    // (0 for a channel that yields nothing).
    double limit(int channel) const;

private:
    double slope(int channel, double amount) const; // f''_c(x) ≤ 0

    int m_channelCount = 0;
    Eigen::ArrayXXd m_adstockedWeights; // C x M: a_c[m]
    Eigen::ArrayXXd m_offsets;          // C x M: adstock already there at x = 0 (0 for §5.2)
    Eigen::ArrayXd m_scale;             // k_c / p_c: customers (or value) per lead, per cpl
    Eigen::ArrayXd m_inverseSaturation; // 1/κ_c
};

// The split maximising Σ f_c(x_c) with Σ x_c = pool and lower ≤ x ≤ upper (KKT: f'_c = λ for
// the channels strictly inside their bounds). Bounds must be feasible. Sets *multiplier to λ.
Eigen::ArrayXd optimalAmounts(const ChannelCurves &curves, double pool, const Eigen::ArrayXd &lower,
                              const Eigen::ArrayXd &upper, double *multiplier = nullptr);

} // namespace cplan
