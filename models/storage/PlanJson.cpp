#include "models/storage/PlanJson.h"

#include "models/history/CanonicalJson.h"

#include "models/storage/JsonTextCheck.h"
#include "models/storage/PlanJsonReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace cplan {

namespace {

const QLatin1String formatTag("campaign-planner/1");

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanJson)
};

QJsonArray numberArray(const std::vector<double> &numbers)
{
    QJsonArray array;
    for (double number : numbers)
        array.append(number);
    return array;
}

// Even phasing is written only where it means something: as a channel's override of a
// scenario phasing, where it is the empty object (the scenario leaves it out altogether).
QJsonObject phasingObject(const Phasing &phasing)
{
    QJsonObject object;
    if (phasing.kind == Phasing::Kind::Quarterly)
        object.insert(QLatin1String("quarterly"), numberArray(phasing.weights));
    else if (phasing.kind == Phasing::Kind::Monthly)
        object.insert(QLatin1String("monthly"), numberArray(phasing.weights));
    return object;
}

QJsonObject uncertaintyObject(const Uncertainty &uncertainty)
{
    QJsonObject object;
    if (uncertainty.cpl)
        object.insert(QLatin1String("cpl"), *uncertainty.cpl);
    if (uncertainty.conversion)
        object.insert(QLatin1String("conversion"), *uncertainty.conversion);
    if (uncertainty.arpu)
        object.insert(QLatin1String("arpu"), *uncertainty.arpu);
    if (uncertainty.retention)
        object.insert(QLatin1String("retention"), *uncertainty.retention);
    return object;
}

void insertIfSet(QJsonObject &object, QLatin1String key, const QString &text)
{
    if (!text.isEmpty())
        object.insert(key, text);
}

QJsonObject driversObject(const ChannelDrivers &drivers)
{
    QJsonObject object;
    object.insert(QLatin1String("share"), drivers.share);
    object.insert(QLatin1String("cpl"), drivers.cpl);
    if (drivers.saturationSpend)
        object.insert(QLatin1String("saturation_spend"), *drivers.saturationSpend);
    if (drivers.carryover != 0.0)
        object.insert(QLatin1String("carryover"), drivers.carryover);
    object.insert(QLatin1String("conversion"), numberArray(drivers.conversion));
    object.insert(QLatin1String("arpu_monthly"), drivers.arpuMonthly);
    object.insert(QLatin1String("margin"), drivers.margin);
    object.insert(QLatin1String("retention_monthly"), drivers.retentionMonthly);
    object.insert(QLatin1String("min_share"), drivers.minShare);
    object.insert(QLatin1String("max_share"), drivers.maxShare);
    if (drivers.phasing)
        object.insert(QLatin1String("phasing"), phasingObject(*drivers.phasing));
    if (!drivers.uncertainty.isEmpty())
        object.insert(QLatin1String("uncertainty"), uncertaintyObject(drivers.uncertainty));
    return object;
}

QJsonObject scenarioObject(const Plan &plan, const Scenario &scenario)
{
    QJsonObject object;
    object.insert(QLatin1String("name"), scenario.name);
    object.insert(QLatin1String("budget"), scenario.budget);
    // The scenario's lists are aligned with the plan's; a plan that breaks that (only possible
    // in memory) is written as far as both go rather than read out of bounds.
    QJsonObject shares;
    for (std::size_t i = 0; i < plan.categories.size() && i < scenario.categoryShares.size(); ++i)
        shares.insert(plan.categories[i].name, scenario.categoryShares[i]);
    object.insert(QLatin1String("category_shares"), shares);
    if (scenario.phasing.kind != Phasing::Kind::Even)
        object.insert(QLatin1String("phasing"), phasingObject(scenario.phasing));
    if (!scenario.uncertainty.isEmpty())
        object.insert(QLatin1String("uncertainty"), uncertaintyObject(scenario.uncertainty));
    QJsonObject channels;
    for (std::size_t i = 0; i < plan.channels.size() && i < scenario.channels.size(); ++i)
        channels.insert(plan.channels[i].name, driversObject(scenario.channels[i]));
    object.insert(QLatin1String("channels"), channels);
    // MODEL.md §10: a draft never signed off writes no "signoff", so older plans write as before.
    if (!(scenario.signoff == Signoff{})) {
        QJsonObject signoff{{QLatin1String("state"), toString(scenario.signoff.state)}};
        insertIfSet(signoff, QLatin1String("by"), scenario.signoff.by);
        insertIfSet(signoff, QLatin1String("at"), scenario.signoff.at);
        insertIfSet(signoff, QLatin1String("comment"), scenario.signoff.comment);
        insertIfSet(signoff, QLatin1String("approved_by"), scenario.signoff.approvedBy);
        insertIfSet(signoff, QLatin1String("approved_at"), scenario.signoff.approvedAt);
        object.insert(QLatin1String("signoff"), signoff);
    }
    return object;
}

QJsonArray actualRows(const std::vector<Actual> &rows)
{
    QJsonArray array;
    for (const Actual &actual : rows) {
        QJsonObject item{{QLatin1String("month"), actual.month},
                         {QLatin1String("channel"), actual.channel},
                         {QLatin1String("spend"), actual.spend}};
        if (!actual.volumes.empty())
            item.insert(QLatin1String("volumes"), numberArray(actual.volumes));
        array.append(item);
    }
    return array;
}

QJsonObject milestoneObject(const Milestone &milestone)
{
    QJsonObject object;
    object.insert(QLatin1String("id"), milestone.id);
    object.insert(QLatin1String("name"), milestone.name);
    object.insert(QLatin1String("phase"), milestone.phase);
    object.insert(QLatin1String("owner"), milestone.owner);
    object.insert(QLatin1String("planned"), milestone.planned);
    insertIfSet(object, QLatin1String("forecast"), milestone.forecast);
    insertIfSet(object, QLatin1String("actual"), milestone.actual);
    object.insert(QLatin1String("status"), toString(milestone.status));
    if (!milestone.dependsOn.isEmpty())
        object.insert(QLatin1String("depends_on"), QJsonArray::fromStringList(milestone.dependsOn));
    // MODEL.md §6 "Gates": omitted when empty, so a plan without gates writes as before.
    if (!milestone.gates.isEmpty())
        object.insert(QLatin1String("gates"), QJsonArray::fromStringList(milestone.gates));
    if (!milestone.checks.empty()) {
        QJsonArray checks;
        for (const Check &check : milestone.checks) {
            checks.append(QJsonObject{{QLatin1String("metric"), check.metric},
                                      {QLatin1String("op"), toString(check.op)},
                                      {QLatin1String("value"), check.value}});
        }
        object.insert(QLatin1String("checks"), checks);
    }
    return object;
}

QJsonObject planObject(const Plan &plan)
{
    QJsonObject object;
    object.insert(QLatin1String("name"), plan.name);
    insertIfSet(object, QLatin1String("name_zh"), plan.nameZh);
    object.insert(QLatin1String("currency"), plan.currency);
    object.insert(QLatin1String("start"), plan.start);
    object.insert(QLatin1String("months"), plan.months);
    object.insert(QLatin1String("value_horizon_months"), plan.valueHorizonMonths);
    object.insert(QLatin1String("discount_rate_annual"), plan.discountRateAnnual);
    insertIfSet(object, QLatin1String("status_date"), plan.statusDate);
    insertIfSet(object, QLatin1String("baseline_scenario"), plan.baselineScenario);
    object.insert(QLatin1String("stages"), QJsonArray::fromStringList(plan.stages));

    QJsonArray categories;
    for (const Category &category : plan.categories)
        categories.append(QJsonObject{{QLatin1String("name"), category.name},
                                      {QLatin1String("kind"), toString(category.kind)}});
    object.insert(QLatin1String("categories"), categories);

    QJsonArray channels;
    for (const Channel &channel : plan.channels) {
        QJsonObject item{{QLatin1String("name"), channel.name}};
        insertIfSet(item, QLatin1String("group"), channel.group);
        channels.append(item);
    }
    object.insert(QLatin1String("channels"), channels);

    QJsonArray targets;
    for (const Target &target : plan.targets)
        targets.append(QJsonObject{{QLatin1String("metric"), target.metric},
                                   {QLatin1String("op"), toString(target.op)},
                                   {QLatin1String("value"), target.value},
                                   {QLatin1String("label"), target.label}});
    object.insert(QLatin1String("targets"), targets);

    object.insert(QLatin1String("variance_threshold"), plan.varianceThreshold);
    object.insert(QLatin1String("milestone_thresholds_days"),
                  QJsonArray{plan.milestoneThresholdsDays[0], plan.milestoneThresholdsDays[1]});

    QJsonArray milestones;
    for (const Milestone &milestone : plan.milestones)
        milestones.append(milestoneObject(milestone));
    object.insert(QLatin1String("milestones"), milestones);

    QJsonArray scenarios;
    for (const Scenario &scenario : plan.scenarios)
        scenarios.append(scenarioObject(plan, scenario));
    object.insert(QLatin1String("scenarios"), scenarios);

    // MODEL.md §10 "People and roles"; omitted when nobody is named.
    if (!plan.people.empty()) {
        QJsonArray people;
        for (const Person &person : plan.people)
            people.append(QJsonObject{{QLatin1String("name"), person.name},
                                      {QLatin1String("role"), toString(person.role)}});
        object.insert(QLatin1String("people"), people);
    }

    object.insert(QLatin1String("actuals"), actualRows(plan.actuals));
    // Written only when there are any, so a plan without history reads as it always did.
    if (!plan.pastActuals.empty())
        object.insert(QLatin1String("past_actuals"), actualRows(plan.pastActuals));
    return object;
}

} // namespace

Result<Plan> readPlanJson(const QByteArray &bytes)
{
    Result<PlanJsonFile> file = readPlanJsonFile(bytes);
    if (!file)
        return Error{file.error()};
    return std::move(file->plan);
}

Result<Plan> readPlanContentJson(const QJsonObject &object)
{
    PlanJsonReader reader;
    Plan plan = reader.read(object);
    if (!reader.errors().isEmpty())
        return Error{reader.errors().join(QLatin1Char('\n'))};
    return plan;
}

Result<PlanJsonFile> readPlanJsonFile(const QByteArray &bytes)
{
    // Repeated keys, lone surrogates, huge strings: refused before the parser builds anything.
    const Status text = checkJsonText(bytes);
    if (!text)
        return Error{Tr::tr("not a valid Campaign Planner plan: %1").arg(text.error())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{Tr::tr("not a Campaign Planner plan: not JSON (%1 at byte %2)")
                         .arg(parseError.errorString())
                         .arg(parseError.offset)};
    const QJsonObject root = document.object();
    const QJsonValue format = root.value(QLatin1String("format"));
    if (!document.isObject() || format.isUndefined())
        return Error{Tr::tr("not a Campaign Planner plan (format missing)")};
    if (format.toString() != formatTag)
        return Error{Tr::tr("not a Campaign Planner plan (format %1, expected \"%2\")")
                         .arg(PlanJsonFields::describe(format), formatTag)};

    QStringList errors;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1String("format") && it.key() != QLatin1String("plan") &&
            it.key() != QLatin1String("history") && it.key() != QLatin1String("versions"))
            errors.append(Tr::tr("%1: unknown key (only \"format\", \"plan\", \"history\" and "
                                 "\"versions\" belong here)")
                              .arg(it.key()));
    }
    PlanJsonFile file;
    for (const char *key : {"history", "versions"}) {
        const QJsonValue list = root.value(QLatin1String(key));
        if (list.isUndefined())
            continue;
        if (!list.isArray())
            errors.append(Tr::tr("%1: must be a list (got %2)")
                              .arg(QLatin1String(key), PlanJsonFields::describe(list)));
        else
            (qstrcmp(key, "history") == 0 ? file.history : file.versions) = list.toArray();
    }
    const QJsonValue planValue = root.value(QLatin1String("plan"));
    if (!planValue.isObject()) {
        errors.append(planValue.isUndefined() ? Tr::tr("plan: missing")
                                              : Tr::tr("plan: must be an object (got %1)")
                                                    .arg(PlanJsonFields::describe(planValue)));
        return Error{errors.join(QLatin1Char('\n'))};
    }
    PlanJsonReader reader;
    file.plan = reader.read(planValue.toObject());
    errors.append(reader.errors());
    if (!errors.isEmpty())
        return Error{errors.join(QLatin1Char('\n'))};
    return file;
}

QJsonObject planContentJson(const Plan &plan)
{
    return planObject(plan);
}

QString planContentHash(const Plan &plan)
{
    return canonicalHash(planObject(plan));
}

QByteArray writePlanJson(const Plan &plan)
{
    return writePlanJson(plan, {}, {});
}

QByteArray writePlanJson(const Plan &plan, const QJsonArray &history, const QJsonArray &versions)
{
    QJsonObject root{{QLatin1String("format"), formatTag},
                     {QLatin1String("plan"), planObject(plan)}};
    // Only a plan with a record writes one, so a plan without history writes as before.
    if (!history.isEmpty())
        root.insert(QLatin1String("history"), history);
    if (!versions.isEmpty())
        root.insert(QLatin1String("versions"), versions);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray samplePlanJson()
{
    QFile file(QStringLiteral(":/sample/brokerage-2025.json"));
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "samplePlanJson", "the sample plan resource is compiled in");
    return opened ? file.readAll() : QByteArray();
}

Plan samplePlan()
{
    auto plan = readPlanJson(samplePlanJson());
    // The sample ships inside the program and is checked by the tests; failing here is a
    // build defect, not a user error.
    Q_ASSERT_X(plan.ok(), "samplePlan", qPrintable(plan.error()));
    return plan.ok() ? std::move(plan).value() : Plan{};
}

} // namespace cplan
