#pragma once

// The trials of the Monte Carlo analysis (MODEL.md §5.3), used by MonteCarlo.cpp.
//
// Only cpl, conversion, arpu and retention are uncertain, so the spend, the effective spend A
// (§3.4) and the saturation factor h = A/(1 + A/κ) (§3.5) are the same in every trial: leads
// are h / p_c, and a trial only rescales each channel's row. The trials therefore run in tiles
// of 16 (MonteCarloKernel: the draws, the funnel, the value and, when a payback month is asked
// for, the cohort recursion of §3.10, and the monthly customers of the fan, over vectors of the
// widest instruction set the processor has).

#include "models/domain/Plan.h"
#include "models/engine/MonteCarloKernel.h"
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
// A metric that is one member of the totals (customers, cac, ...), else Other; defined in
// MonteCarloTrials.cpp, with the one table of their names.
enum class TotalsField : unsigned char;
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
    // `kernel`: the vector instructions of the tiles (every kernel gives the same bits).
    MonteCarloTrials(const Plan &plan, const Scenario &scenario, const QStringList &metrics,
                     montecarlo::Kernel kernel = montecarlo::Kernel::Automatic);
    // The kernel's inputs point into this object's arrays.
    MonteCarloTrials(const MonteCarloTrials &) = delete;
    MonteCarloTrials &operator=(const MonteCarloTrials &) = delete;

    // Scratch arrays of one thread, kept across its blocks so a block allocates nothing.
    struct Workspace
    {
        montecarlo::KernelScratch tile;
    };

    int monthCount() const { return m_monthCount; }
    // Runs trials [first, first + count) into `outputs` (sized for every trial). Thread-safe
    // when each thread passes its own workspace.
    void run(std::uint64_t seed, int first, int count, TrialOutputs &outputs,
             Workspace &workspace) const;

private:
    int m_channelCount = 0;
    int m_monthCount = 0;
    int m_stageCount = 0;
    Totals m_fixed; // budget, spend, overhead, reserve: the same in every trial

    Eigen::ArrayXXd m_saturated;  // C x M: h = A/(1 + A/κ)
    RowArray m_saturatedSum;      // 1 x C: Σ_m h
    RowArray m_costPerLead;       // 1 x C
    Eigen::ArrayXXd m_conversion; // (K−1) x C
    RowArray m_arpu;
    RowArray m_margin;
    RowArray m_retention;
    RowArray m_retentionCeiling; // 0.9999 where retention is uncertain, else 1
    // Half-widths u per family (rows: cpl, conversion, arpu, retention) x channel.
    Eigen::ArrayXXd m_halfWidths;
    Eigen::ArrayXd m_cumulativeSpend;        // T: the same in every trial (§3.10)
    std::vector<unsigned char> m_mayNearOne; // C: see KernelInputs::mayNearOne

    montecarlo::KernelInputs m_kernelInputs; // points into the arrays above
    montecarlo::TileFunction m_tile = nullptr;
    // The metrics the trials evaluate: the common ones read straight from the totals (no call
    // through std::function per trial and metric), the rest through their reader.
    std::vector<TotalsField> m_fields;
    std::vector<MetricReader> m_readers;
};

} // namespace cplan
