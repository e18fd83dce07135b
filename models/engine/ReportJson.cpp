#include "models/engine/ReportJson.h"

#include "models/engine/JsonValues.h"

#include <QJsonArray>

namespace cplan {

namespace {

// One array per channel (row), each with one number per month.
QJsonArray rowsJson(const Eigen::ArrayXXd &values)
{
    QJsonArray rows;
    for (Eigen::Index c = 0; c < values.rows(); ++c) {
        QJsonArray row;
        for (Eigen::Index m = 0; m < values.cols(); ++m)
            row.append(values(c, m));
        rows.append(row);
    }
    return rows;
}

QJsonObject channelJson(const ChannelResult &channel)
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), channel.name);
    object.insert(QStringLiteral("spend"), channel.spend);
    object.insert(QStringLiteral("leads"), channel.leads);
    object.insert(QStringLiteral("customers"), channel.customers);
    object.insert(QStringLiteral("stage_volumes"), numbersJson(channel.stageVolumes));
    object.insert(QStringLiteral("cac"), optionalJson(channel.cac));
    object.insert(QStringLiteral("ltv"), channel.ltv);
    object.insert(QStringLiteral("value"), channel.value);
    object.insert(QStringLiteral("roi"), optionalJson(channel.roi));
    object.insert(QStringLiteral("return_ratio"), optionalJson(channel.returnRatio));
    object.insert(QStringLiteral("ltv_cac"), optionalJson(channel.ltvCac));
    return object;
}

} // namespace

QJsonObject totalsJson(const Totals &totals)
{
    QJsonObject object;
    object.insert(QStringLiteral("budget"), totals.budget);
    object.insert(QStringLiteral("channel_spend"), totals.channelSpend);
    object.insert(QStringLiteral("overhead"), totals.overhead);
    object.insert(QStringLiteral("reserve"), totals.reserve);
    object.insert(QStringLiteral("leads"), totals.leads);
    object.insert(QStringLiteral("customers"), totals.customers);
    object.insert(QStringLiteral("stage_volumes"), numbersJson(totals.stageVolumes));
    object.insert(QStringLiteral("cost_per_stage"), numbersJson(totals.costPerStage));
    object.insert(QStringLiteral("cost_per_lead"), optionalJson(totals.costPerLead));
    object.insert(QStringLiteral("cac"), optionalJson(totals.cac));
    object.insert(QStringLiteral("cac_loaded"), optionalJson(totals.cacLoaded));
    object.insert(QStringLiteral("conversion"), optionalJson(totals.conversion));
    object.insert(QStringLiteral("ltv"), optionalJson(totals.ltv));
    object.insert(QStringLiteral("value"), totals.value);
    object.insert(QStringLiteral("roi"), optionalJson(totals.roi));
    object.insert(QStringLiteral("roi_loaded"), optionalJson(totals.roiLoaded));
    object.insert(QStringLiteral("return_ratio"), optionalJson(totals.returnRatio));
    object.insert(QStringLiteral("ltv_cac"), optionalJson(totals.ltvCac));
    object.insert(QStringLiteral("payback_month"), optionalJson(totals.paybackMonth));
    return object;
}

QJsonObject projectionJson(const Projection &projection)
{
    QJsonArray channels;
    for (const auto &channel : projection.channels)
        channels.append(channelJson(channel));

    QJsonObject monthly;
    monthly.insert(QStringLiteral("months"), QJsonArray::fromStringList(projection.months));
    monthly.insert(QStringLiteral("spend"), rowsJson(projection.spend));
    if (!projection.volumes.empty()) {
        monthly.insert(QStringLiteral("leads"), rowsJson(projection.volumes.front()));
        monthly.insert(QStringLiteral("customers"), rowsJson(projection.volumes.back()));
    }
    monthly.insert(QStringLiteral("cumulative_spend"), numbersJson(projection.cumulativeSpend));
    monthly.insert(QStringLiteral("cumulative_margin"), numbersJson(projection.cumulativeMargin));

    QJsonArray targets;
    for (const auto &target : projection.targets) {
        QJsonObject object;
        object.insert(QStringLiteral("metric"), target.metric);
        object.insert(QStringLiteral("op"), toString(target.op));
        object.insert(QStringLiteral("target"), target.target);
        object.insert(QStringLiteral("projected"), optionalJson(target.projected));
        object.insert(QStringLiteral("met"), target.met);
        targets.append(object);
    }

    QJsonObject object;
    object.insert(QStringLiteral("scenario"), projection.scenario);
    object.insert(QStringLiteral("totals"), totalsJson(projection.totals));
    object.insert(QStringLiteral("channels"), channels);
    object.insert(QStringLiteral("monthly"), monthly);
    object.insert(QStringLiteral("targets"), targets);
    return object;
}

QJsonObject milestonesJson(const MilestoneReport &report)
{
    QJsonArray milestones;
    for (const auto &milestone : report.milestones) {
        QJsonArray checks;
        for (const auto &check : milestone.checks) {
            QJsonObject object;
            object.insert(QStringLiteral("metric"), check.metric);
            object.insert(QStringLiteral("op"), toString(check.op));
            object.insert(QStringLiteral("target"), check.target);
            object.insert(QStringLiteral("projected"), optionalJson(check.projected));
            object.insert(QStringLiteral("met"), optionalJson(check.met));
            checks.append(object);
        }
        QJsonObject object;
        object.insert(QStringLiteral("id"), milestone.id);
        object.insert(QStringLiteral("name"), milestone.name);
        object.insert(QStringLiteral("planned"), milestone.planned);
        object.insert(QStringLiteral("reference"),
                      milestone.reference.isValid()
                          ? QJsonValue(milestone.reference.toString(Qt::ISODate))
                          : QJsonValue(QJsonValue::Null));
        object.insert(QStringLiteral("delay_days"), milestone.delayDays);
        object.insert(QStringLiteral("level"), milestone.level);
        object.insert(QStringLiteral("blocked_by"),
                      QJsonArray::fromStringList(milestone.blockedBy));
        object.insert(QStringLiteral("checks"), checks);
        milestones.append(object);
    }
    QJsonObject object;
    object.insert(QStringLiteral("status_date"), report.statusDate.toString(Qt::ISODate));
    object.insert(QStringLiteral("milestones"), milestones);
    return object;
}

QJsonObject varianceJson(const VarianceReport &report)
{
    QJsonArray rows;
    for (const auto &row : report.rows) {
        QJsonArray stages;
        for (const auto &stage : row.stages) {
            QJsonObject object;
            object.insert(QStringLiteral("stage"), stage.stage);
            object.insert(QStringLiteral("planned"), stage.planned);
            object.insert(QStringLiteral("actual"), stage.actual);
            object.insert(QStringLiteral("variance"), optionalJson(stage.variance));
            object.insert(QStringLiteral("flag"), stage.flag);
            stages.append(object);
        }
        QJsonObject object;
        object.insert(QStringLiteral("month"), row.month);
        object.insert(QStringLiteral("channel"), row.channel);
        object.insert(QStringLiteral("planned_spend"), row.plannedSpend);
        object.insert(QStringLiteral("actual_spend"), row.actualSpend);
        object.insert(QStringLiteral("spend_variance"), optionalJson(row.spendVariance));
        object.insert(QStringLiteral("spend_flag"), row.spendFlag);
        object.insert(QStringLiteral("stages"), stages);
        rows.append(object);
    }

    QJsonArray byChannel;
    for (const auto &channel : report.byChannel) {
        QJsonObject object;
        object.insert(QStringLiteral("channel"), channel.channel);
        object.insert(QStringLiteral("planned_spend"), channel.plannedSpend);
        object.insert(QStringLiteral("actual_spend"), channel.actualSpend);
        object.insert(QStringLiteral("spend_variance"), optionalJson(channel.spendVariance));
        object.insert(QStringLiteral("spend_flag"), channel.spendFlag);
        object.insert(QStringLiteral("benchmark_stage"), optionalJson(channel.benchmarkStage));
        object.insert(QStringLiteral("planned_cost"), optionalJson(channel.plannedCost));
        object.insert(QStringLiteral("actual_cost"), optionalJson(channel.actualCost));
        object.insert(QStringLiteral("over_benchmark"), channel.overBenchmark);
        byChannel.append(object);
    }

    QJsonArray byMonth;
    for (const auto &month : report.byMonth) {
        QJsonObject object;
        object.insert(QStringLiteral("month"), month.month);
        object.insert(QStringLiteral("planned_spend"), month.plannedSpend);
        object.insert(QStringLiteral("actual_spend"), month.actualSpend);
        object.insert(QStringLiteral("spend_variance"), optionalJson(month.spendVariance));
        object.insert(QStringLiteral("spend_flag"), month.spendFlag);
        byMonth.append(object);
    }

    QJsonObject object;
    object.insert(QStringLiteral("rows"), rows);
    object.insert(QStringLiteral("by_channel"), byChannel);
    object.insert(QStringLiteral("by_month"), byMonth);
    object.insert(QStringLiteral("reforecast"), totalsJson(report.reforecast));
    return object;
}

} // namespace cplan
