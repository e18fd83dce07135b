#pragma once

// What the parts of the calibration (Calibration.h) share: the series' history is prepared in
// CalibrationHistory.cpp, the global least-squares fit of the lead response is found in
// CalibrationLeadFit.cpp, and its standard errors, quality figures and the calibration of a
// channel are in Calibration.cpp.

#include "models/engine/Calibration.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace cplan::calibration {

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

// The observed part of a series, in the fit's own terms.
struct Observations
{
    const std::vector<double> *spend = nullptr;
    std::vector<int> months; // series indices with leads measured
    std::vector<double> leads;
    double largestSpend = 0.0;
};

// The months of `history` with leads measured, with their leads, and its largest spend.
Observations observationsOf(const ChannelHistory &history);

// MODEL.md §3.4 over the series, with ∂A/∂θ when asked:
// A₀ = (1−θ)S₀, A_m = (1−θ)S_m + θA_{m−1};  D₀ = −S₀, D_m = −S_m + A_{m−1} + θD_{m−1}.
void adstock(const std::vector<double> &spend, double theta, std::vector<double> &effective,
             std::vector<double> *derivative);

// The fit's parameters: c = 1/p (leads per unit of effective spend at low spend), s = S_max/κ
// (the saturation rate scaled by the largest spend, 0 = none) and θ. Scaling keeps the three of
// comparable size for the solver; the reported drivers are p = 1/c and κ = S_max/s.
struct Parameters
{
    double c = 0.0;
    double s = 0.0;
    double theta = 0.0;
};

// The drivers of a fit in the plan's terms.
struct Drivers
{
    double cpl = 0.0;
    std::optional<double> saturationSpend;
    double carryover = 0.0;
};

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

// The drivers reported for the observed series (MODEL.md §5.6); `ok` false when no positive
// response fits at all.
ModelFit fitModel(const Observations &observations);

} // namespace cplan::calibration
