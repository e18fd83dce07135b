#include "models/engine/DelayCostJson.h"

#include "models/engine/JsonValues.h"

#include <QJsonArray>

namespace cplan {

namespace {

QJsonObject figuresJson(const DelayFigures &figures)
{
    QJsonObject object;
    object.insert(QStringLiteral("spend"), figures.spend);
    object.insert(QStringLiteral("customers"), figures.customers);
    object.insert(QStringLiteral("value"), figures.value);
    object.insert(QStringLiteral("cac"), optionalJson(figures.cac));
    return object;
}

} // namespace

QJsonObject delayCostsJson(const DelayCostReport &report)
{
    QJsonArray milestones;
    for (const DelayCost &cost : report.milestones) {
        QJsonObject delta;
        delta.insert(QStringLiteral("customers"), cost.customersDelta());
        delta.insert(QStringLiteral("value"), cost.valueDelta());
        delta.insert(QStringLiteral("cac"), optionalJson(cost.cacDelta()));
        QJsonObject object;
        object.insert(QStringLiteral("id"), cost.id);
        object.insert(QStringLiteral("name"), cost.name);
        object.insert(QStringLiteral("planned"), cost.planned);
        object.insert(QStringLiteral("reference"), cost.reference.toString(Qt::ISODate));
        object.insert(QStringLiteral("delay_days"), cost.delayDays);
        object.insert(QStringLiteral("slip_months"), cost.slipMonths);
        object.insert(QStringLiteral("gates"), QJsonArray::fromStringList(cost.gates));
        object.insert(QStringLiteral("on_time"), figuresJson(cost.onTime));
        object.insert(QStringLiteral("forecast"), figuresJson(cost.forecast));
        object.insert(QStringLiteral("delta"), delta);
        object.insert(QStringLiteral("spend_lost"), cost.spendLost);
        milestones.append(object);
    }
    QJsonObject object;
    object.insert(QStringLiteral("scenario"), report.scenario);
    object.insert(QStringLiteral("status_date"), report.statusDate.toString(Qt::ISODate));
    object.insert(QStringLiteral("milestones"), milestones);
    object.insert(QStringLiteral("spend_lost"), report.spendLost);
    return object;
}

} // namespace cplan
