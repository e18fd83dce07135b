#pragma once

// Calibrating a channel's drivers from its past months (MODEL.md §5.6): the lead response
// (cost per lead p, saturation spend κ, carryover θ) by bounded least squares, the conversion
// rates as pooled ratios, each with its standard error and an honest "identified" flag
// (ARCHITECTURE.md rule 16: evidence and its uncertainty travel together).
//
// Pure functions of values (rule 3): no Qt containers in the fit's loops, same input = same bits.

#include "models/domain/Plan.h"
#include "models/domain/Result.h"

#include <optional>
#include <vector>

namespace cplan {

// One channel's past months as one series in calendar order (MODEL.md §5.6 "Series"): from its
// first to its last past row; a month without a row has spend 0 and no observation.
struct ChannelHistory
{
    QString firstMonth;                       // "YYYY-MM" of element 0
    std::vector<double> spend;                // per month of the series
    std::vector<std::optional<double>> leads; // measured leads; nullopt = no observation
    // Per stage k (0 = leads): Σ volume_k over the rows that measured stages k−1 and k, and
    // Σ volume_{k−1} over the same rows (k ≥ 1); index 0 unused.
    std::vector<double> pooledNumerator;
    std::vector<double> pooledDenominator;
};

// Builds the series of `channel` from the rows of `pastActuals` that name it (any order).
// Refuses, naming the row as `past_actuals[i]` (its index in the whole list) and the value: a
// month that is not YYYY-MM, a month given twice, negative or non-finite spend or volumes, more
// volumes than `stageCount` stages, and volumes that grow down the funnel. A channel without
// rows gives an empty series.
Result<ChannelHistory> channelHistory(const std::vector<Actual> &pastActuals,
                                      const QString &channel, int stageCount);

// Why a driver keeps the scenario's current value (MODEL.md §5.6 "Not identified").
enum class NotIdentifiedReason
{
    None,                 // identified
    TooFewMonths,         // fewer than 6 observed months: no fit at all
    NoSaturationSeen,     // fitted κ > 10 × the largest effective spend seen (or none at all)
    Singular,             // JᵀJ singular: the data cannot separate the parameters
    SpendNeverVaried,     // one spend in every observed month: cpl and saturation are not separable
    TooFewDegrees,        // n − k < 3
    StandardErrorTooLarge // se > estimate, or for carryover se > 0.25
};

struct FittedDriver
{
    std::optional<double> estimate; // nullopt when there is no estimate (κ: no saturation seen)
    std::optional<double> standardError;
    NotIdentifiedReason reason = NotIdentifiedReason::TooFewMonths;

    bool identified() const { return reason == NotIdentifiedReason::None; }
};

struct LeadResponseFit
{
    int observations = 0; // n: months with spend and leads measured
    bool fitted = false;  // false when n < 6 (then only `observations` is meaningful)
    FittedDriver cpl;
    FittedDriver saturationSpend;
    FittedDriver carryover;
    // SSE of the reported model (with κ = none when no saturation is seen), and the global
    // minimum over the whole parameter space (κ = ∞ allowed); equal when κ is identified.
    double sse = 0.0;
    double unrestrictedSse = 0.0;
    std::optional<double> r2;          // null when the leads never varied
    std::optional<double> mape;        // over observed months with leads > 0
    std::optional<double> holdoutMape; // last 3 observed months predicted from the rest
    double largestEffectiveSpend = 0.0;
    // The fitted leads per month of the series (empty when not fitted), for the chart.
    std::vector<double> fittedLeads;
};

// The global least-squares fit of MODEL.md §5.6 (grid over θ and 1/κ with p eliminated in closed
// form, then a bounded Levenberg–Marquardt refinement from the best grid points).
LeadResponseFit fitLeadResponse(const ChannelHistory &history);

// The predicted leads of a series for given drivers (MODEL.md §3.4–3.5); κ nullopt = none.
std::vector<double> predictedLeads(const std::vector<double> &spend, double cpl,
                                   std::optional<double> saturationSpend, double carryover);

struct FittedRate
{
    std::optional<double> estimate; // null when no row measured both stages (or none came in)
    std::optional<double> standardError;
};

struct ChannelCalibration
{
    LeadResponseFit leads;
    std::vector<FittedRate> conversion; // K−1 rates
    // Monte Carlo half-widths from the standard errors (MODEL.md §5.6 "Uncertainty").
    std::optional<double> cplUncertainty;
    std::optional<double> conversionUncertainty;
};

ChannelCalibration calibrateChannel(const ChannelHistory &history);

// Every plan channel's calibration from `plan.pastActuals`, in plan order. Fails on the first
// row channelHistory() refuses.
Result<std::vector<ChannelCalibration>> calibratePlan(const Plan &plan);

// Which drivers a calibration may change (`cplan calibrate --only`, the dialog's checkboxes).
struct CalibrationChoice
{
    bool cpl = true;
    bool saturation = true;
    bool carryover = true;
    bool conversion = true;
};

// Sets the chosen, identified drivers of `channel` in `scenario` to the fitted values (MODEL.md
// §5.6 "Applying"): cpl, saturation spend and carryover when identified, each conversion rate
// that has an estimate, and the Monte Carlo half-widths of the drivers set. Unidentified drivers
// keep their current values. Returns how many values changed.
int applyCalibration(Scenario &scenario, int channel, const ChannelCalibration &calibration,
                     const CalibrationChoice &choice);

// The word for a reason in JSON ("no_saturation_seen"); empty for None.
QString reasonKey(NotIdentifiedReason reason);
// The reason in words for people ("no saturation seen"), translated; empty for None.
QString reasonText(NotIdentifiedReason reason);

} // namespace cplan
