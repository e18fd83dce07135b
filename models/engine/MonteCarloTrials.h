#pragma once

// The trial kernel of the Monte Carlo analysis (MODEL.md §5.3), used by MonteCarlo.cpp.
//
// Only cpl, conversion, arpu and retention are uncertain, so the spend, the effective spend A
// (§3.4) and the saturation factor h = A/(1 + A/κ) (§3.5) are the same in every trial: leads
// are h / p_c, and a trial only rescales each channel's row. The kernel therefore works on
// tiles of a few trials, with the trials as the contiguous inner dimension of every working
// array (channel-major, trial-minor) so each step is a vectorised loop over the tile and a
// tile's arrays stay in the L1 cache; months enter through one matrix product per block
// (monthly customers) and, when a payback month is asked for, the cohort recursion of §3.10,
// run per tile and stopped as soon as every trial of the tile has paid back.

#include "models/domain/Plan.h"
#include "models/engine/Projection.h"

#include <Eigen/Core>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace cplan {

using RowArray = Eigen::Array<double, 1, Eigen::Dynamic>;

// Reads one metric of MODEL.md §4 from totals; resolved once by name so a trial does not
// compare strings. Empty for an unknown name.
using MetricReader = std::function<std::optional<double>(const Totals &)>;
MetricReader metricReader(const QString &metric, int stageCount);

// Where the trials write: one slot per trial, so blocks on different threads never share one.
struct TrialOutputs
{
    std::vector<std::vector<double>> values; // [metric][trial]
    std::vector<std::vector<char>> defined;  // [metric][trial]: false = null
    Eigen::ArrayXXd monthlyCustomers;        // trials x M
};

class MonteCarloTrials
{
public:
    // `metrics` are the names the trials evaluate (each must be known to metricReader).
    MonteCarloTrials(const Plan &plan, const Scenario &scenario, const QStringList &metrics);

    // Scratch arrays of one thread, kept across its blocks so a block allocates nothing.
    struct Workspace
    {
        // Tile arrays, trials x channels (column-major, 8 trials per channel).
        std::vector<double> uniform;   // one per family: the draws, then the factors 1 + u·t
        std::vector<double> magnitude; // one per family
        std::vector<double> perLead;   // customers per unit of h
        std::vector<double> valueTerms;
        std::vector<double> monthlyMargin;
        std::vector<double> retention; // drawn and clipped
        std::vector<double> ratio;     // ρ/(1+δ)
        std::vector<double> lifetime;
        std::vector<double> fade; // ρ^H
        std::vector<double> marginPerUnit;
        std::vector<double> active;       // the state of the §3.10 recursion
        std::vector<double> stageTotals;  // tile x stages
        std::vector<double> values;       // tile
        std::vector<int> payback;         // tile: month, 0 = none within T
        std::vector<double> blockPerLead; // the block's trials x channels, for the fan
    };

    int monthCount() const { return m_monthCount; }
    // Runs trials [first, first + count) into `outputs` (sized for every trial). Thread-safe
    // when each thread passes its own workspace.
    void run(std::uint64_t seed, int first, int count, TrialOutputs &outputs,
             Workspace &workspace) const;

private:
    // One tile of trials [first, first + count), count ≤ the tile width, whose first row in the
    // block of `blockCount` trials is `row`: stage totals, value and payback into the
    // workspace's tile arrays, customers per unit of h into its block matrix.
    void runTile(std::uint64_t seed, int first, int count, int row, int blockCount,
                 Workspace &workspace) const;
    // MODEL.md §3.10 for one tile: the first month at which the cumulative margin covers the
    // cumulative spend, per trial (0 = none within T).
    void paybackMonths(int count, Workspace &workspace) const;

    int m_channelCount = 0;
    int m_monthCount = 0;
    int m_stageCount = 0;
    int m_valueHorizon = 1;
    double m_monthlyDiscount = 0.0;
    Totals m_fixed; // budget, spend, overhead, reserve: the same in every trial

    Eigen::ArrayXXd m_saturated;  // C x M: h = A/(1 + A/κ)
    RowArray m_saturatedSum;      // 1 x C: Σ_m h
    RowArray m_costPerLead;       // 1 x C, each driver as a row so it broadcasts over trials
    Eigen::ArrayXXd m_conversion; // (K−1) x C
    RowArray m_arpu;
    RowArray m_margin;
    RowArray m_retention;
    RowArray m_retentionCeiling; // 0.9999 where retention is uncertain, else 1
    // Half-widths u per family (rows: cpl, conversion, arpu, retention) x channel.
    Eigen::ArrayXXd m_halfWidths;
    Eigen::ArrayXd m_halfWidthLanes;  // the same laid out as a tile's draws: family, channel, trial
    Eigen::ArrayXd m_cumulativeSpend; // T: the same in every trial (§3.10)

    std::vector<MetricReader> m_readers;
    bool m_needsPayback = false;
};

} // namespace cplan
