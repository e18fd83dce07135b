#include "models/storage/PlanJsonReader.h"

#include "models/domain/PlanValidator.h"
#include "models/domain/ValidationPath.h"

#include <QCoreApplication>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanJson)
};

QString key(QLatin1String name)
{
    return QString(name);
}

// Every position of `name` in a plan list. A duplicated plan name (reported by the validator)
// takes the same scenario entry in each position rather than a confusing "missing".
template <typename Items>
std::vector<std::size_t> positionsOf(const Items &items, const QString &name)
{
    std::vector<std::size_t> positions;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].name == name)
            positions.push_back(i);
    }
    return positions;
}

} // namespace

std::optional<Comparison> PlanJsonReader::comparisonValue(const QJsonObject &object,
                                                          const QString &path)
{
    QString text;
    if (!readString(object, path, QLatin1String("op"), text, Presence::Required))
        return std::nullopt;
    const auto op = comparisonFromString(text);
    if (!op)
        addError(fieldPath(path, QStringLiteral("op")),
                 Tr::tr("must be <= or >= (got %1)").arg(quoted(text)));
    return op;
}

Plan PlanJsonReader::read(const QJsonObject &object)
{
    checkKeys(object, {},
              {QLatin1String("name"),
               QLatin1String("name_zh"),
               QLatin1String("currency"),
               QLatin1String("start"),
               QLatin1String("months"),
               QLatin1String("value_horizon_months"),
               QLatin1String("discount_rate_annual"),
               QLatin1String("status_date"),
               QLatin1String("baseline_scenario"),
               QLatin1String("stages"),
               QLatin1String("categories"),
               QLatin1String("channels"),
               QLatin1String("targets"),
               QLatin1String("variance_threshold"),
               QLatin1String("milestone_thresholds_days"),
               QLatin1String("milestones"),
               QLatin1String("scenarios"),
               QLatin1String("actuals"),
               QLatin1String("past_actuals"),
               QLatin1String("people")});
    Plan plan;
    readString(object, {}, QLatin1String("name"), plan.name, Presence::Required);
    readString(object, {}, QLatin1String("name_zh"), plan.nameZh, Presence::Optional);
    readString(object, {}, QLatin1String("currency"), plan.currency, Presence::Required);
    readString(object, {}, QLatin1String("start"), plan.start, Presence::Required);
    readInteger(object, {}, QLatin1String("months"), plan.months, Presence::Required);
    readInteger(object, {}, QLatin1String("value_horizon_months"), plan.valueHorizonMonths,
                Presence::Optional);
    readNumber(object, {}, QLatin1String("discount_rate_annual"), plan.discountRateAnnual,
               Presence::Optional);
    readString(object, {}, QLatin1String("status_date"), plan.statusDate, Presence::Optional);
    readString(object, {}, QLatin1String("baseline_scenario"), plan.baselineScenario,
               Presence::Optional);
    readStages(object, plan);
    readCategories(object, plan);
    readChannels(object, plan);
    readTargets(object, plan);
    readNumber(object, {}, QLatin1String("variance_threshold"), plan.varianceThreshold,
               Presence::Optional);
    readThresholds(object, plan);
    readMilestones(object, plan);
    readScenarios(object, plan);
    readActuals(object, plan);
    readPeople(object, plan);
    return plan;
}

void PlanJsonReader::readPeople(const QJsonObject &object, Plan &plan)
{
    const auto array = readArray(object, {}, QLatin1String("people"), Presence::Optional);
    if (!array)
        return;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString path = indexPath(QStringLiteral("people"), i);
        if (!array->at(i).isObject()) {
            addError(path, Tr::tr("must be an object (got %1)").arg(describe(array->at(i))));
            continue;
        }
        const QJsonObject item = array->at(i).toObject();
        checkKeys(item, path, {QLatin1String("name"), QLatin1String("role")});
        Person person;
        readString(item, path, QLatin1String("name"), person.name, Presence::Required);
        QString roleText;
        if (readString(item, path, QLatin1String("role"), roleText, Presence::Required)) {
            if (const auto role = personRoleFromString(roleText))
                person.role = *role;
            else
                addError(fieldPath(path, QStringLiteral("role")),
                         Tr::tr("must be director, finance, pm or viewer (got %1)")
                             .arg(quoted(roleText)));
        }
        plan.people.push_back(person);
    }
}

Signoff PlanJsonReader::readSignoff(const QJsonObject &object, const QString &path)
{
    checkKeys(object, path,
              {QLatin1String("state"), QLatin1String("by"), QLatin1String("at"),
               QLatin1String("comment"), QLatin1String("approved_by"),
               QLatin1String("approved_at")});
    Signoff signoff;
    QString stateText;
    if (readString(object, path, QLatin1String("state"), stateText, Presence::Required)) {
        if (const auto state = signoffStateFromString(stateText))
            signoff.state = *state;
        else
            addError(fieldPath(path, QStringLiteral("state")),
                     Tr::tr("must be draft, submitted, approved or locked (got %1)")
                         .arg(quoted(stateText)));
    }
    readString(object, path, QLatin1String("by"), signoff.by, Presence::Optional);
    readString(object, path, QLatin1String("at"), signoff.at, Presence::Optional);
    readString(object, path, QLatin1String("comment"), signoff.comment, Presence::Optional);
    readString(object, path, QLatin1String("approved_by"), signoff.approvedBy, Presence::Optional);
    readString(object, path, QLatin1String("approved_at"), signoff.approvedAt, Presence::Optional);
    return signoff;
}

void PlanJsonReader::readStages(const QJsonObject &object, Plan &plan)
{
    if (const auto array = readArray(object, {}, QLatin1String("stages"), Presence::Required))
        plan.stages = stringList(*array, QStringLiteral("stages"));
}

void PlanJsonReader::readCategories(const QJsonObject &object, Plan &plan)
{
    const auto array = readArray(object, {}, QLatin1String("categories"), Presence::Required);
    if (!array)
        return;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString path = indexPath(QStringLiteral("categories"), i);
        if (!array->at(i).isObject()) {
            addError(path, Tr::tr("must be an object (got %1)").arg(describe(array->at(i))));
            continue;
        }
        const QJsonObject item = array->at(i).toObject();
        checkKeys(item, path, {QLatin1String("name"), QLatin1String("kind")});
        Category category;
        readString(item, path, QLatin1String("name"), category.name, Presence::Required);
        QString kindText;
        if (readString(item, path, QLatin1String("kind"), kindText, Presence::Required)) {
            if (const auto kind = categoryKindFromString(kindText))
                category.kind = *kind;
            else
                addError(
                    fieldPath(path, QStringLiteral("kind")),
                    Tr::tr("must be channel, overhead or reserve (got %1)").arg(quoted(kindText)));
        }
        plan.categories.push_back(category);
    }
}

void PlanJsonReader::readChannels(const QJsonObject &object, Plan &plan)
{
    const auto array = readArray(object, {}, QLatin1String("channels"), Presence::Required);
    if (!array)
        return;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString path = indexPath(QStringLiteral("channels"), i);
        if (!array->at(i).isObject()) {
            addError(path, Tr::tr("must be an object (got %1)").arg(describe(array->at(i))));
            continue;
        }
        const QJsonObject item = array->at(i).toObject();
        checkKeys(item, path, {QLatin1String("name"), QLatin1String("group")});
        Channel channel;
        readString(item, path, QLatin1String("name"), channel.name, Presence::Required);
        readString(item, path, QLatin1String("group"), channel.group, Presence::Optional);
        plan.channels.push_back(channel);
    }
}

void PlanJsonReader::readTargets(const QJsonObject &object, Plan &plan)
{
    const auto array = readArray(object, {}, QLatin1String("targets"), Presence::Optional);
    if (!array)
        return;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString path = indexPath(QStringLiteral("targets"), i);
        if (!array->at(i).isObject()) {
            addError(path, Tr::tr("must be an object (got %1)").arg(describe(array->at(i))));
            continue;
        }
        const QJsonObject item = array->at(i).toObject();
        checkKeys(item, path,
                  {QLatin1String("metric"), QLatin1String("op"), QLatin1String("value"),
                   QLatin1String("label")});
        Target target;
        readString(item, path, QLatin1String("metric"), target.metric, Presence::Required);
        if (const auto op = comparisonValue(item, path))
            target.op = *op;
        readNumber(item, path, QLatin1String("value"), target.value, Presence::Required);
        readString(item, path, QLatin1String("label"), target.label, Presence::Optional);
        plan.targets.push_back(target);
    }
}

void PlanJsonReader::readThresholds(const QJsonObject &object, Plan &plan)
{
    const QString path = QStringLiteral("milestone_thresholds_days");
    const auto array =
        readArray(object, {}, QLatin1String("milestone_thresholds_days"), Presence::Optional);
    if (!array)
        return;
    if (array->size() != 2) {
        addError(path, Tr::tr("must hold 2 whole numbers [a, b] (got %1)").arg(array->size()));
        return;
    }
    for (qsizetype i = 0; i < 2; ++i) {
        if (const auto days = integerValue(array->at(i), indexPath(path, i)))
            plan.milestoneThresholdsDays[static_cast<std::size_t>(i)] = *days;
    }
}

void PlanJsonReader::readMilestones(const QJsonObject &object, Plan &plan)
{
    const auto array = readArray(object, {}, QLatin1String("milestones"), Presence::Optional);
    if (!array)
        return;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue value = array->at(i);
        if (!value.isObject()) {
            addError(indexPath(QStringLiteral("milestones"), i),
                     Tr::tr("must be an object (got %1)").arg(describe(value)));
            continue;
        }
        const QJsonValue id = value.toObject().value(QLatin1String("id"));
        const QString path =
            elementPath(QStringLiteral("milestones"), i, id.isString() ? id.toString() : QString());
        plan.milestones.push_back(readMilestone(value.toObject(), path));
    }
}

Milestone PlanJsonReader::readMilestone(const QJsonObject &object, const QString &path)
{
    checkKeys(object, path,
              {QLatin1String("id"), QLatin1String("name"), QLatin1String("phase"),
               QLatin1String("owner"), QLatin1String("planned"), QLatin1String("forecast"),
               QLatin1String("actual"), QLatin1String("status"), QLatin1String("depends_on"),
               QLatin1String("checks"), QLatin1String("gates")});
    Milestone milestone;
    readString(object, path, QLatin1String("id"), milestone.id, Presence::Required);
    readString(object, path, QLatin1String("name"), milestone.name, Presence::Required);
    readString(object, path, QLatin1String("phase"), milestone.phase, Presence::Optional);
    readString(object, path, QLatin1String("owner"), milestone.owner, Presence::Optional);
    readString(object, path, QLatin1String("planned"), milestone.planned, Presence::Required);
    readString(object, path, QLatin1String("forecast"), milestone.forecast, Presence::Optional);
    readString(object, path, QLatin1String("actual"), milestone.actual, Presence::Optional);
    QString statusText;
    if (readString(object, path, QLatin1String("status"), statusText, Presence::Optional)) {
        if (const auto status = milestoneStatusFromString(statusText))
            milestone.status = *status;
        else
            addError(fieldPath(path, QStringLiteral("status")),
                     Tr::tr("must be planned, in_progress, done or cancelled (got %1)")
                         .arg(quoted(statusText)));
    }
    if (const auto array = readArray(object, path, QLatin1String("depends_on"), Presence::Optional))
        milestone.dependsOn = stringList(*array, fieldPath(path, QStringLiteral("depends_on")));
    if (const auto array = readArray(object, path, QLatin1String("gates"), Presence::Optional))
        milestone.gates = stringList(*array, fieldPath(path, QStringLiteral("gates")));
    const auto checks = readArray(object, path, QLatin1String("checks"), Presence::Optional);
    for (qsizetype i = 0; checks && i < checks->size(); ++i) {
        const QString checkPath = indexPath(fieldPath(path, QStringLiteral("checks")), i);
        if (!checks->at(i).isObject()) {
            addError(checkPath, Tr::tr("must be an object (got %1)").arg(describe(checks->at(i))));
            continue;
        }
        const QJsonObject item = checks->at(i).toObject();
        checkKeys(item, checkPath,
                  {QLatin1String("metric"), QLatin1String("op"), QLatin1String("value")});
        Check check;
        readString(item, checkPath, QLatin1String("metric"), check.metric, Presence::Required);
        if (const auto op = comparisonValue(item, checkPath))
            check.op = *op;
        readNumber(item, checkPath, QLatin1String("value"), check.value, Presence::Required);
        milestone.checks.push_back(check);
    }
    return milestone;
}

void PlanJsonReader::readScenarios(const QJsonObject &object, Plan &plan)
{
    const auto array = readArray(object, {}, QLatin1String("scenarios"), Presence::Required);
    if (!array)
        return;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue value = array->at(i);
        if (!value.isObject()) {
            addError(indexPath(QStringLiteral("scenarios"), i),
                     Tr::tr("must be an object (got %1)").arg(describe(value)));
            continue;
        }
        const QJsonValue name = value.toObject().value(QLatin1String("name"));
        const QString path = elementPath(QStringLiteral("scenarios"), i,
                                         name.isString() ? name.toString() : QString());
        plan.scenarios.push_back(readScenario(value.toObject(), path, plan));
    }
}

Scenario PlanJsonReader::readScenario(const QJsonObject &object, const QString &path,
                                      const Plan &plan)
{
    checkKeys(object, path,
              {QLatin1String("name"), QLatin1String("budget"), QLatin1String("category_shares"),
               QLatin1String("phasing"), QLatin1String("uncertainty"), QLatin1String("channels"),
               QLatin1String("signoff")});
    Scenario scenario;
    readString(object, path, QLatin1String("name"), scenario.name, Presence::Required);
    readNumber(object, path, QLatin1String("budget"), scenario.budget, Presence::Required);
    if (const auto shares =
            readObject(object, path, QLatin1String("category_shares"), Presence::Required))
        readCategoryShares(*shares, fieldPath(path, QStringLiteral("category_shares")), plan,
                           scenario);
    if (const auto phasing = readObject(object, path, QLatin1String("phasing"), Presence::Optional))
        scenario.phasing =
            readPhasing(*phasing, fieldPath(path, QStringLiteral("phasing"))).value_or(Phasing{});
    if (const auto uncertainty =
            readObject(object, path, QLatin1String("uncertainty"), Presence::Optional))
        scenario.uncertainty =
            readUncertainty(*uncertainty, fieldPath(path, QStringLiteral("uncertainty")));
    if (const auto channels =
            readObject(object, path, QLatin1String("channels"), Presence::Required))
        readScenarioChannels(*channels, fieldPath(path, QStringLiteral("channels")), plan,
                             scenario);
    if (const auto signoff = readObject(object, path, QLatin1String("signoff"), Presence::Optional))
        scenario.signoff = readSignoff(*signoff, fieldPath(path, QStringLiteral("signoff")));
    return scenario;
}

void PlanJsonReader::readCategoryShares(const QJsonObject &object, const QString &path,
                                        const Plan &plan, Scenario &scenario)
{
    scenario.categoryShares.assign(plan.categories.size(), 0.0);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto positions = positionsOf(plan.categories, it.key());
        if (positions.empty()) {
            addError(path, Tr::tr("unknown category %1").arg(quoted(it.key())));
            continue;
        }
        const auto share = numberValue(it.value(), namedPath(path, it.key()));
        for (std::size_t position : positions)
            scenario.categoryShares[position] = share.value_or(0.0);
    }
    for (const Category &category : plan.categories) {
        if (!object.contains(category.name))
            addError(namedPath(path, category.name), Tr::tr("missing"));
    }
}

void PlanJsonReader::readScenarioChannels(const QJsonObject &object, const QString &path,
                                          const Plan &plan, Scenario &scenario)
{
    scenario.channels.assign(plan.channels.size(), ChannelDrivers{});
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto positions = positionsOf(plan.channels, it.key());
        if (positions.empty()) {
            addError(path, Tr::tr("unknown channel %1").arg(quoted(it.key())));
            continue;
        }
        const QString channelPath = namedPath(path, it.key());
        if (!it.value().isObject()) {
            addError(channelPath, Tr::tr("must be an object (got %1)").arg(describe(it.value())));
            continue;
        }
        const ChannelDrivers drivers = readDrivers(it.value().toObject(), channelPath);
        for (std::size_t position : positions)
            scenario.channels[position] = drivers;
    }
    for (const Channel &channel : plan.channels) {
        if (!object.contains(channel.name))
            addError(namedPath(path, channel.name), Tr::tr("missing"));
    }
}

ChannelDrivers PlanJsonReader::readDrivers(const QJsonObject &object, const QString &path)
{
    checkKeys(object, path,
              {QLatin1String("share"), QLatin1String("cpl"), QLatin1String("saturation_spend"),
               QLatin1String("carryover"), QLatin1String("conversion"),
               QLatin1String("arpu_monthly"), QLatin1String("margin"),
               QLatin1String("retention_monthly"), QLatin1String("min_share"),
               QLatin1String("max_share"), QLatin1String("phasing"), QLatin1String("uncertainty")});
    ChannelDrivers drivers;
    readNumber(object, path, QLatin1String("share"), drivers.share, Presence::Required);
    readNumber(object, path, QLatin1String("cpl"), drivers.cpl, Presence::Required);
    // null and absent both mean "no saturation" (MODEL.md §2).
    const auto saturation =
        lookUp(object, path, QLatin1String("saturation_spend"), Presence::Optional);
    if (saturation && !saturation->isNull())
        drivers.saturationSpend =
            numberValue(*saturation, fieldPath(path, QStringLiteral("saturation_spend")));
    readNumber(object, path, QLatin1String("carryover"), drivers.carryover, Presence::Optional);
    if (const auto conversion =
            readArray(object, path, QLatin1String("conversion"), Presence::Required))
        drivers.conversion = numberList(*conversion, fieldPath(path, QStringLiteral("conversion")));
    readNumber(object, path, QLatin1String("arpu_monthly"), drivers.arpuMonthly,
               Presence::Required);
    readNumber(object, path, QLatin1String("margin"), drivers.margin, Presence::Required);
    readNumber(object, path, QLatin1String("retention_monthly"), drivers.retentionMonthly,
               Presence::Required);
    readNumber(object, path, QLatin1String("min_share"), drivers.minShare, Presence::Optional);
    readNumber(object, path, QLatin1String("max_share"), drivers.maxShare, Presence::Optional);
    if (const auto phasing = readObject(object, path, QLatin1String("phasing"), Presence::Optional))
        drivers.phasing = readPhasing(*phasing, fieldPath(path, QStringLiteral("phasing")));
    if (const auto uncertainty =
            readObject(object, path, QLatin1String("uncertainty"), Presence::Optional))
        drivers.uncertainty =
            readUncertainty(*uncertainty, fieldPath(path, QStringLiteral("uncertainty")));
    return drivers;
}

std::optional<Phasing> PlanJsonReader::readPhasing(const QJsonObject &object, const QString &path)
{
    checkKeys(object, path, {QLatin1String("quarterly"), QLatin1String("monthly")});
    const bool quarterly = object.contains(QLatin1String("quarterly"));
    const bool monthly = object.contains(QLatin1String("monthly"));
    // The empty object is even phasing: how a channel overrides a phased scenario with "even".
    if (!quarterly && !monthly)
        return Phasing{};
    if (quarterly && monthly) {
        addError(path, Tr::tr("must hold either \"quarterly\" or \"monthly\" weights, not both"));
        return std::nullopt;
    }
    const QLatin1String name = quarterly ? QLatin1String("quarterly") : QLatin1String("monthly");
    const auto weights = readArray(object, path, name, Presence::Required);
    if (!weights)
        return std::nullopt;
    Phasing phasing;
    phasing.kind = quarterly ? Phasing::Kind::Quarterly : Phasing::Kind::Monthly;
    phasing.weights = numberList(*weights, fieldPath(path, key(name)));
    return phasing;
}

Uncertainty PlanJsonReader::readUncertainty(const QJsonObject &object, const QString &path)
{
    checkKeys(object, path,
              {QLatin1String("cpl"), QLatin1String("conversion"), QLatin1String("arpu"),
               QLatin1String("retention")});
    Uncertainty uncertainty;
    const auto readHalfWidth = [&](QLatin1String name, std::optional<double> &target) {
        double value = 0.0;
        if (readNumber(object, path, name, value, Presence::Optional))
            target = value;
    };
    readHalfWidth(QLatin1String("cpl"), uncertainty.cpl);
    readHalfWidth(QLatin1String("conversion"), uncertainty.conversion);
    readHalfWidth(QLatin1String("arpu"), uncertainty.arpu);
    readHalfWidth(QLatin1String("retention"), uncertainty.retention);
    return uncertainty;
}

void PlanJsonReader::readActuals(const QJsonObject &object, Plan &plan)
{
    readActualRows(object, QLatin1String("actuals"), plan.actuals);
    readActualRows(object, QLatin1String("past_actuals"), plan.pastActuals);
}

void PlanJsonReader::readActualRows(const QJsonObject &object, QLatin1String key,
                                    std::vector<Actual> &rows)
{
    const auto array = readArray(object, {}, key, Presence::Optional);
    if (!array)
        return;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString path = indexPath(QString(key), i);
        if (!array->at(i).isObject()) {
            addError(path, Tr::tr("must be an object (got %1)").arg(describe(array->at(i))));
            continue;
        }
        const QJsonObject item = array->at(i).toObject();
        checkKeys(item, path,
                  {QLatin1String("month"), QLatin1String("channel"), QLatin1String("spend"),
                   QLatin1String("volumes")});
        Actual actual;
        readString(item, path, QLatin1String("month"), actual.month, Presence::Required);
        readString(item, path, QLatin1String("channel"), actual.channel, Presence::Required);
        readNumber(item, path, QLatin1String("spend"), actual.spend, Presence::Required);
        if (const auto volumes =
                readArray(item, path, QLatin1String("volumes"), Presence::Optional))
            actual.volumes = numberList(*volumes, fieldPath(path, QStringLiteral("volumes")));
        rows.push_back(actual);
    }
}

} // namespace cplan
