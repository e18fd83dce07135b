#include "models/engine/ReplanJson.h"

#include "models/engine/ReportJson.h"

#include <QJsonArray>

namespace cplan {

namespace {

QJsonObject byChannel(const QStringList &channels, const Eigen::ArrayXd &amounts)
{
    QJsonObject object;
    for (qsizetype c = 0; c < channels.size(); ++c)
        object.insert(channels.at(c), amounts[static_cast<Eigen::Index>(c)]);
    return object;
}

QJsonObject allocationJson(const ReplanSetup &setup, const ReplanAllocation &allocation)
{
    QJsonObject monthly;
    for (qsizetype c = 0; c < setup.channels.size(); ++c) {
        QJsonArray months;
        const auto row = static_cast<Eigen::Index>(c);
        for (Eigen::Index j = 0; j < allocation.monthly.cols(); ++j)
            months.append(allocation.monthly(row, j));
        monthly.insert(setup.channels.at(c), months);
    }
    return QJsonObject{
        {QStringLiteral("open_spend"), byChannel(setup.channels, allocation.openSpend)},
        {QStringLiteral("monthly"), monthly},
        {QStringLiteral("objective"), allocation.objective},
        {QStringLiteral("customers"), allocation.customers},
        {QStringLiteral("value"), allocation.value},
        {QStringLiteral("latest_estimate"), totalsJson(allocation.latestEstimate)}};
}

} // namespace

QJsonObject replanJson(const ReplanResult &result)
{
    const ReplanSetup &setup = result.setup;
    QJsonArray overMax;
    for (const QString &channel : setup.overMax)
        overMax.append(channel);
    QJsonArray locked;
    for (const QString &channel : result.lockedChannels)
        locked.append(channel);
    QJsonArray openMonths;
    for (qsizetype m = setup.statusMonth; m < setup.months.size(); ++m)
        openMonths.append(setup.months.at(m));
    return QJsonObject{
        {QStringLiteral("scenario"), setup.scenario},
        {QStringLiteral("status_month"), setup.months.at(setup.statusMonth)},
        {QStringLiteral("status_date"), setup.statusDate.toString(Qt::ISODate)},
        {QStringLiteral("objective"), toString(result.objective)},
        {QStringLiteral("timing"), toString(result.timing)},
        {QStringLiteral("pool"), setup.pool},
        {QStringLiteral("spent"), setup.spent},
        {QStringLiteral("spent_by_channel"), byChannel(setup.channels, setup.spentByChannel)},
        {QStringLiteral("remaining_pool"), setup.remaining},
        {QStringLiteral("over_max"), overMax},
        {QStringLiteral("locked"), locked},
        {QStringLiteral("open_months"), openMonths},
        {QStringLiteral("baseline"), allocationJson(setup, result.baseline)},
        {QStringLiteral("replan"), allocationJson(setup, result.replan)},
        {QStringLiteral("uplift"), result.uplift},
        {QStringLiteral("kkt_residual"), result.kktResidual},
        {QStringLiteral("optimality_gap"), result.optimalityGap}};
}

} // namespace cplan
