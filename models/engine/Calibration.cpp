// The calibration of a channel (Calibration.h): the standard errors and quality figures of its
// lead response fit (found in CalibrationLeadFit.cpp), the pooled conversion rates, the Monte
// Carlo half-widths, applying the fitted drivers to a scenario, and the reasons in words.

#include "models/engine/Calibration.h"

#include "models/engine/CalibrationParts.h"

#include <Eigen/Dense>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace cplan {

using namespace calibration;

namespace {

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
