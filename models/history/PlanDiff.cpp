#include "models/history/PlanDiff.h"

#include "models/engine/Projection.h"
#include "models/history/FieldChanges.h"
#include "models/history/FieldLabels.h"

#include <QJsonArray>

namespace cplan {

namespace {

QJsonValue jsonOrNull(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

QJsonValue jsonOrNull(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// The metrics of totalsEffectMetrics() for `name` in `plan`; all nullopt when it has no such
// scenario.
std::vector<std::optional<double>> scenarioMetrics(const Plan &plan, const QString &name)
{
    const std::vector<QString> &metrics = totalsEffectMetrics();
    std::vector<std::optional<double>> values(metrics.size());
    const int index = plan.scenarioIndex(name);
    if (index < 0)
        return values;
    const Projection projection = project(plan, plan.scenarios[std::size_t(index)]);
    for (std::size_t i = 0; i < metrics.size(); ++i)
        values[i] = metricValue(projection, metrics[i]);
    return values;
}

} // namespace

const std::vector<QString> &totalsEffectMetrics()
{
    static const std::vector<QString> metrics{QStringLiteral("customers"), QStringLiteral("cac"),
                                              QStringLiteral("roi"), QStringLiteral("value")};
    return metrics;
}

PlanDiff diffPlans(const Plan &from, const Plan &to)
{
    PlanDiff diff;
    diff.changes = fieldChanges(from, to);
    QStringList names;
    for (const Scenario &scenario : to.scenarios)
        names.append(scenario.name);
    for (const Scenario &scenario : from.scenarios) {
        if (!names.contains(scenario.name))
            names.append(scenario.name);
    }
    const std::vector<QString> &metrics = totalsEffectMetrics();
    for (const QString &name : std::as_const(names)) {
        const auto before = scenarioMetrics(from, name);
        const auto after = scenarioMetrics(to, name);
        for (std::size_t i = 0; i < metrics.size(); ++i)
            diff.totals.push_back({name, metrics[i], before[i], after[i]});
    }
    return diff;
}

QJsonObject diffJson(const PlanDiff &diff, const QString &fromName, const QString &toName,
                     const Plan &labelsPlan)
{
    QJsonArray changes;
    for (const FieldChange &change : diff.changes)
        changes.append(QJsonObject{{QLatin1String("path"), change.path},
                                   {QLatin1String("label"), fieldLabel(change.path, labelsPlan)},
                                   {QLatin1String("before"), jsonOrNull(change.before)},
                                   {QLatin1String("after"), jsonOrNull(change.after)}});
    QJsonObject totals;
    for (const TotalsEffect &effect : diff.totals) {
        QJsonObject scenario = totals.value(effect.scenario).toObject();
        scenario.insert(effect.metric,
                        QJsonObject{{QLatin1String("before"), jsonOrNull(effect.before)},
                                    {QLatin1String("after"), jsonOrNull(effect.after)}});
        totals.insert(effect.scenario, scenario);
    }
    return QJsonObject{{QLatin1String("from"), fromName},
                       {QLatin1String("to"), toName},
                       {QLatin1String("changes"), changes},
                       {QLatin1String("totals"), totals}};
}

} // namespace cplan
