#include "models/engine/AnalysisJson.h"

#include "models/engine/JsonValues.h"
#include "models/engine/ReportJson.h"

#include <QJsonArray>

namespace cplan {

namespace {

// Fields of totalFields() as an object shaped like totalsJson(): per-stage fields as arrays.
QJsonObject fieldsJson(const std::vector<TotalField> &fields,
                       const std::vector<std::optional<double>> &values)
{
    QJsonObject object;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const TotalField &field = fields[i];
        if (field.stage < 0) {
            object.insert(field.key, optionalJson(values[i]));
            continue;
        }
        QJsonArray array = object.value(field.key).toArray();
        array.append(optionalJson(values[i]));
        object.insert(field.key, array);
    }
    return object;
}

QJsonObject splitJson(const ChannelSplit &split, const QStringList &channels)
{
    QJsonObject shares;
    QJsonObject marginal;
    for (qsizetype c = 0; c < channels.size(); ++c) {
        const auto index = static_cast<Eigen::Index>(c);
        shares.insert(channels.at(c), split.shares[index]);
        marginal.insert(channels.at(c), split.marginal[index]);
    }
    QJsonObject object;
    object.insert(QStringLiteral("shares"), shares);
    object.insert(QStringLiteral("objective"), split.objective);
    object.insert(QStringLiteral("marginal"), marginal);
    object.insert(QStringLiteral("customers"), split.customers);
    object.insert(QStringLiteral("value"), split.value);
    return object;
}

} // namespace

QJsonObject comparisonJson(const ComparisonReport &report)
{
    QJsonArray scenarios;
    for (const ScenarioComparison &comparison : report.scenarios) {
        QJsonArray channels;
        for (const ChannelComparison &channel : comparison.channels) {
            QJsonObject row;
            row.insert(QStringLiteral("name"), channel.channel);
            row.insert(QStringLiteral("spend"), channel.spend);
            row.insert(QStringLiteral("customers"), channel.customers);
            row.insert(QStringLiteral("delta_spend"), channel.spendDelta);
            row.insert(QStringLiteral("delta_customers"), channel.customersDelta);
            row.insert(QStringLiteral("delta_rel_spend"), optionalJson(channel.spendDeltaRelative));
            row.insert(QStringLiteral("delta_rel_customers"),
                       optionalJson(channel.customersDeltaRelative));
            channels.append(row);
        }
        QJsonObject object;
        object.insert(QStringLiteral("name"), comparison.scenario);
        object.insert(QStringLiteral("totals"), totalsJson(comparison.totals));
        object.insert(QStringLiteral("delta"), fieldsJson(comparison.fields, comparison.delta));
        object.insert(QStringLiteral("delta_rel"),
                      fieldsJson(comparison.fields, comparison.deltaRelative));
        object.insert(QStringLiteral("channels"), channels);
        scenarios.append(object);
    }
    QJsonObject object;
    object.insert(QStringLiteral("base"), report.base);
    object.insert(QStringLiteral("scenarios"), scenarios);
    return object;
}

QJsonObject optimizerJson(const OptimizerResult &result, const QStringList &locked)
{
    QJsonObject object;
    object.insert(QStringLiteral("scenario"), result.scenario);
    object.insert(QStringLiteral("objective"), toString(result.objective));
    object.insert(QStringLiteral("pool"), result.pool);
    object.insert(QStringLiteral("current"), splitJson(result.current, result.channels));
    object.insert(QStringLiteral("optimal"), splitJson(result.optimal, result.channels));
    object.insert(QStringLiteral("uplift"), result.uplift);
    object.insert(QStringLiteral("uplift_rel"), optionalJson(result.upliftRelative));
    object.insert(QStringLiteral("locked"), QJsonArray::fromStringList(locked));
    return object;
}

QJsonObject goalSeekJson(const GoalSeekResult &result, const QStringList &locked)
{
    QJsonObject object = optimizerJson(result.optimization, locked);
    object.insert(QStringLiteral("pool"), optionalJson(result.pool));
    object.insert(QStringLiteral("goal"), toString(result.goal));
    object.insert(QStringLiteral("goal_value"), result.goalValue);
    object.insert(QStringLiteral("reachable"), result.reachable);
    object.insert(QStringLiteral("unbounded"), result.unbounded);
    object.insert(QStringLiteral("budget"), optionalJson(result.budget));
    object.insert(QStringLiteral("explanation"), result.explanation);
    return object;
}

QJsonObject monteCarloJson(const MonteCarloResult &result)
{
    QJsonObject metrics;
    for (const MetricDistribution &metric : result.metrics) {
        QJsonObject object;
        object.insert(QStringLiteral("mean"), optionalJson(metric.mean));
        object.insert(QStringLiteral("p5"), optionalJson(metric.p5));
        object.insert(QStringLiteral("p10"), optionalJson(metric.p10));
        object.insert(QStringLiteral("p50"), optionalJson(metric.p50));
        object.insert(QStringLiteral("p90"), optionalJson(metric.p90));
        object.insert(QStringLiteral("p95"), optionalJson(metric.p95));
        object.insert(QStringLiteral("defined_trials"), metric.definedTrials);
        metrics.insert(metric.metric, object);
    }
    QJsonArray targets;
    for (const TargetProbability &target : result.targets) {
        QJsonObject object;
        object.insert(QStringLiteral("metric"), target.metric);
        object.insert(QStringLiteral("op"), toString(target.op));
        object.insert(QStringLiteral("target"), target.target);
        object.insert(QStringLiteral("probability"), target.probability);
        object.insert(QStringLiteral("label"), target.label);
        targets.append(object);
    }
    QJsonArray counts;
    for (int count : result.histogram.counts)
        counts.append(count);
    QJsonObject histogram;
    histogram.insert(QStringLiteral("metric"), result.histogram.metric);
    histogram.insert(QStringLiteral("lower"), result.histogram.lower);
    histogram.insert(QStringLiteral("upper"), result.histogram.upper);
    histogram.insert(QStringLiteral("counts"), counts);
    QJsonObject fan;
    fan.insert(QStringLiteral("p10"), numbersJson(result.monthlyCustomersP10));
    fan.insert(QStringLiteral("p50"), numbersJson(result.monthlyCustomersP50));
    fan.insert(QStringLiteral("p90"), numbersJson(result.monthlyCustomersP90));
    // How many trials the fan was taken from (all of them unless the run was very large).
    fan.insert(QStringLiteral("trials"), result.fanTrials);

    QJsonObject object;
    object.insert(QStringLiteral("scenario"), result.scenario);
    object.insert(QStringLiteral("trials"), result.trials);
    // The CLI keeps seeds below 2^53, so the JSON number is exact.
    object.insert(QStringLiteral("seed"), static_cast<double>(result.seed));
    object.insert(QStringLiteral("metrics"), metrics);
    object.insert(QStringLiteral("targets"), targets);
    object.insert(QStringLiteral("histogram"), histogram);
    object.insert(QStringLiteral("monthly_customers"), fan);
    return object;
}

QJsonObject sensitivityJson(const SensitivityResult &result)
{
    QJsonArray bars;
    for (const SensitivityBar &bar : result.bars) {
        QJsonObject object;
        object.insert(QStringLiteral("driver"), bar.driver);
        object.insert(QStringLiteral("low"), optionalJson(bar.low));
        object.insert(QStringLiteral("high"), optionalJson(bar.high));
        bars.append(object);
    }
    QJsonObject object;
    object.insert(QStringLiteral("scenario"), result.scenario);
    object.insert(QStringLiteral("metric"), result.metric);
    object.insert(QStringLiteral("swing"), result.swing);
    object.insert(QStringLiteral("base"), optionalJson(result.base));
    object.insert(QStringLiteral("bars"), bars);
    return object;
}

} // namespace cplan
