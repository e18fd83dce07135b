#include "models/engine/CalibrationJson.h"

#include "models/engine/JsonValues.h"

#include <QJsonArray>

namespace cplan {

namespace {

QJsonObject driverJson(const FittedDriver &driver)
{
    QJsonObject object{{QLatin1String("estimate"), optionalJson(driver.estimate)},
                       {QLatin1String("se"), optionalJson(driver.standardError)},
                       {QLatin1String("identified"), driver.identified()}};
    if (!driver.identified())
        object.insert(QLatin1String("reason"), reasonKey(driver.reason));
    return object;
}

QJsonObject channelJson(const QString &name, const ChannelCalibration &calibration)
{
    const LeadResponseFit &leads = calibration.leads;
    if (!leads.fitted) {
        return {{QLatin1String("channel"), name},
                {QLatin1String("n"), leads.observations},
                {QLatin1String("reason"), reasonKey(leads.cpl.reason)}};
    }
    QJsonArray conversion;
    for (const FittedRate &rate : calibration.conversion)
        conversion.append(QJsonObject{{QLatin1String("estimate"), optionalJson(rate.estimate)},
                                      {QLatin1String("se"), optionalJson(rate.standardError)}});
    return {{QLatin1String("channel"), name},
            {QLatin1String("n"), leads.observations},
            {QLatin1String("sse"), leads.sse},
            {QLatin1String("r2"), optionalJson(leads.r2)},
            {QLatin1String("mape"), optionalJson(leads.mape)},
            {QLatin1String("holdout_mape"), optionalJson(leads.holdoutMape)},
            {QLatin1String("cpl"), driverJson(leads.cpl)},
            {QLatin1String("saturation_spend"), driverJson(leads.saturationSpend)},
            {QLatin1String("carryover"), driverJson(leads.carryover)},
            {QLatin1String("conversion"), conversion},
            {QLatin1String("uncertainty"),
             QJsonObject{
                 {QLatin1String("cpl"), optionalJson(calibration.cplUncertainty)},
                 {QLatin1String("conversion"), optionalJson(calibration.conversionUncertainty)}}}};
}

} // namespace

QJsonObject calibrationJson(const Plan &plan, const QString &scenario,
                            const std::vector<ChannelCalibration> &calibrations)
{
    QJsonArray channels;
    for (std::size_t c = 0; c < calibrations.size() && c < plan.channels.size(); ++c)
        channels.append(channelJson(plan.channels[c].name, calibrations[c]));
    return {{QLatin1String("scenario"), scenario}, {QLatin1String("channels"), channels}};
}

} // namespace cplan
