#include "models/history/FieldChanges.h"

#include "models/domain/ValidationPath.h"
#include "models/history/JsonPathEdit.h"
#include "models/storage/PlanJson.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <climits>

namespace cplan {

namespace {

const QLatin1String channelsKey("channels");
const QLatin1String categoriesKey("categories");
const QLatin1String categorySharesKey("category_shares");
const QLatin1String scenariosKey("scenarios");
const QLatin1String actualsKey("actuals");
const QLatin1String pastActualsKey("past_actuals");
const QLatin1String nameKey("name");

// The order fields are listed in: the order the file writes them (MODEL.md §1, §2, §6, §7), so
// a diff reads top-down like the plan. Keys not listed (added after this list) come last.
int fieldRank(const QString &key)
{
    static const QHash<QString, int> ranks = [] {
        const QStringList order =
            QStringLiteral("id name name_zh currency start months value_horizon_months "
                           "discount_rate_annual status_date baseline_scenario stages categories "
                           "kind group phase owner planned forecast actual status depends_on gates "
                           "checks metric op value label budget category_shares share cpl "
                           "saturation_spend carryover conversion arpu_monthly arpu margin "
                           "retention_monthly retention min_share max_share quarterly monthly "
                           "phasing uncertainty channels targets variance_threshold "
                           "milestone_thresholds_days milestones scenarios month channel spend "
                           "volumes actuals past_actuals people role")
                .split(QLatin1Char(' '));
        QHash<QString, int> table;
        for (qsizetype rank = 0; rank < order.size(); ++rank)
            table.insert(order[rank], int(rank));
        return table;
    }();
    return ranks.value(key, INT_MAX);
}

bool byRank(const QString &first, const QString &second)
{
    const int a = fieldRank(first);
    const int b = fieldRank(second);
    return a != b ? a < b : first < second;
}

// The first field of a path: `scenarios` of `scenarios["A"].budget`.
QString topField(const QString &path)
{
    qsizetype end = 0;
    while (end < path.size() && path.at(end) != QLatin1Char('.') &&
           path.at(end) != QLatin1Char('['))
        ++end;
    return path.left(end);
}

// One plan list (channels or categories) on both sides: the order a scenario's table keyed by
// its names is listed in, and the names changed in place (after → before), so that a renamed
// channel's drivers are compared with its old drivers rather than reported removed and added.
struct NameList
{
    QStringList order;
    QHash<QString, QString> renamed;

    NameList() = default;
    NameList(const QStringList &before, const QStringList &after)
    {
        order = after;
        if (before == after)
            return;
        const QSet<QString> beforeNames(before.begin(), before.end());
        const QSet<QString> afterNames(after.begin(), after.end());
        for (const QString &name : before) {
            if (!afterNames.contains(name))
                order.append(name);
        }
        for (qsizetype i = 0; i < std::min(before.size(), after.size()); ++i) {
            if (before[i] != after[i] && !afterNames.contains(before[i]) &&
                !beforeNames.contains(after[i]))
                renamed.insert(after[i], before[i]);
        }
    }
};

QStringList namesOf(const QJsonValue &list)
{
    QStringList names;
    for (const QJsonValue &element : list.toArray())
        names.append(element.toObject().value(nameKey).toString());
    return names;
}

template <typename Items>
QStringList namesOf(const Items &items)
{
    QStringList names;
    names.reserve(qsizetype(items.size()));
    for (const auto &item : items)
        names.append(item.name);
    return names;
}

// The recursive diff of two JSON values into `changes`.
class JsonDiffer
{
public:
    JsonDiffer(NameList channels, NameList categories, std::vector<FieldChange> &changes)
        : m_channels(std::move(channels)), m_categories(std::move(categories)), m_changes(changes)
    {}

    void value(const QJsonValue &before, const QJsonValue &after, const QString &path,
               const QString &key)
    {
        if (before == after)
            return;
        if (before.isObject() && after.isObject())
            object(before.toObject(), after.toObject(), path, key);
        else if (before.isArray() && after.isArray())
            array(before.toArray(), after.toArray(), path);
        else
            m_changes.push_back({path, before, after});
    }

    void object(const QJsonObject &before, const QJsonObject &after, const QString &path,
                const QString &key)
    {
        if (key == channelsKey)
            table(before, after, path, m_channels);
        else if (key == categorySharesKey)
            table(before, after, path, m_categories);
        else
            fields(before, after, path);
    }

    void array(const QJsonArray &before, const QJsonArray &after, const QString &path)
    {
        QStringList beforeNames;
        QStringList afterNames;
        if (namedElements(before, beforeNames) && namedElements(after, afterNames) &&
            (!before.isEmpty() || !after.isEmpty())) {
            named(before, after, beforeNames, afterNames, path);
            return;
        }
        const auto holdsObjects = [](const QJsonArray &list) {
            return std::any_of(list.begin(), list.end(),
                               [](const QJsonValue &element) { return element.isObject(); });
        };
        if (!holdsObjects(before) && !holdsObjects(after) && before.size() != after.size()) {
            m_changes.push_back({path, before, after});
            return;
        }
        // Elements without names (targets, checks): by position.
        const qsizetype common = std::min(before.size(), after.size());
        for (qsizetype i = 0; i < common; ++i)
            value(before.at(i), after.at(i), indexPath(path, i), QString());
        for (qsizetype i = common; i < after.size(); ++i)
            m_changes.push_back(
                {indexPath(path, i), QJsonValue(QJsonValue::Undefined), after.at(i)});
        for (qsizetype i = common; i < before.size(); ++i)
            m_changes.push_back(
                {indexPath(path, i), before.at(i), QJsonValue(QJsonValue::Undefined)});
    }

private:
    // An object's fields, in the file's order: the after object's, then the removed ones.
    void fields(const QJsonObject &before, const QJsonObject &after, const QString &path)
    {
        QStringList keys = after.keys();
        std::sort(keys.begin(), keys.end(), byRank);
        QStringList removed;
        for (auto it = before.begin(); it != before.end(); ++it) {
            if (!after.contains(it.key()))
                removed.append(it.key());
        }
        std::sort(removed.begin(), removed.end(), byRank);
        for (const QString &key : std::as_const(keys))
            value(before.value(key), after.value(key), fieldPath(path, key), key);
        for (const QString &key : std::as_const(removed))
            m_changes.push_back(
                {fieldPath(path, key), before.value(key), QJsonValue(QJsonValue::Undefined)});
    }

    // A scenario's table keyed by channel or category name, in the plan's order.
    void table(const QJsonObject &before, const QJsonObject &after, const QString &path,
               const NameList &names)
    {
        QStringList keys;
        for (const QString &name : names.order) {
            if (after.contains(name))
                keys.append(name);
        }
        for (auto it = after.begin(); it != after.end(); ++it) {
            if (!names.order.contains(it.key()))
                keys.append(it.key());
        }
        QSet<QString> compared;
        for (const QString &key : std::as_const(keys)) {
            QString beforeKey = key;
            if (!before.contains(key)) {
                const auto old = names.renamed.constFind(key);
                if (old != names.renamed.cend() && before.contains(*old) && !after.contains(*old))
                    beforeKey = *old;
            }
            compared.insert(beforeKey);
            value(before.value(beforeKey), after.value(key), namedPath(path, beforeKey), QString());
        }
        QStringList removed;
        for (const QString &name : names.order) {
            if (before.contains(name) && !compared.contains(name))
                removed.append(name);
        }
        for (auto it = before.begin(); it != before.end(); ++it) {
            if (!compared.contains(it.key()) && !removed.contains(it.key()))
                removed.append(it.key());
        }
        for (const QString &key : std::as_const(removed))
            m_changes.push_back(
                {namedPath(path, key), before.value(key), QJsonValue(QJsonValue::Undefined)});
    }

    // True when every element has a name (listElementName()) and no two share one (an empty
    // list too: what is added to it is named).
    static bool namedElements(const QJsonArray &list, QStringList &names)
    {
        QSet<QString> seen;
        names.reserve(list.size());
        for (const QJsonValue &element : list) {
            if (!element.isObject())
                return false;
            QString name = listElementName(element);
            if (name.isEmpty() || seen.contains(name))
                return false;
            seen.insert(name);
            names.append(std::move(name));
        }
        return true;
    }

    // Elements matched by name; an unmatched removed and added pair at the same position is one
    // renamed element, compared under its old name.
    void named(const QJsonArray &before, const QJsonArray &after, const QStringList &beforeNames,
               const QStringList &afterNames, const QString &path)
    {
        QHash<QString, qsizetype> beforeIndex;
        beforeIndex.reserve(beforeNames.size());
        for (qsizetype i = 0; i < beforeNames.size(); ++i)
            beforeIndex.insert(beforeNames[i], i);
        std::vector<qsizetype> match(std::size_t(after.size()), -1);
        std::vector<bool> used(std::size_t(before.size()), false);
        for (qsizetype j = 0; j < after.size(); ++j) {
            const qsizetype i = beforeIndex.value(afterNames[j], -1);
            if (i >= 0) {
                match[std::size_t(j)] = i;
                used[std::size_t(i)] = true;
            }
        }
        for (qsizetype j = 0; j < after.size(); ++j) {
            if (match[std::size_t(j)] < 0 && j < before.size() && !used[std::size_t(j)]) {
                match[std::size_t(j)] = j;
                used[std::size_t(j)] = true;
            }
        }
        for (qsizetype j = 0; j < after.size(); ++j) {
            const qsizetype i = match[std::size_t(j)];
            if (i >= 0)
                value(before.at(i), after.at(j), namedPath(path, beforeNames[i]), QString());
            else
                m_changes.push_back({namedPath(path, afterNames[j]),
                                     QJsonValue(QJsonValue::Undefined), after.at(j)});
        }
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (!used[std::size_t(i)])
                m_changes.push_back({namedPath(path, beforeNames[i]), before.at(i),
                                     QJsonValue(QJsonValue::Undefined)});
        }
    }

    NameList m_channels;
    NameList m_categories;
    std::vector<FieldChange> &m_changes;
};

// Plan's members, in order, for the check below.
struct PlanMembers
{
    QString name;
    QString nameZh;
    QString currency;
    QString start;
    int months;
    int valueHorizonMonths;
    double discountRateAnnual;
    QString statusDate;
    QStringList stages;
    std::vector<Category> categories;
    std::vector<Channel> channels;
    std::vector<Target> targets;
    double varianceThreshold;
    std::array<int, 2> milestoneThresholdsDays;
    std::vector<Milestone> milestones;
    std::vector<Scenario> scenarios;
    std::vector<Actual> actuals;
    std::vector<Actual> pastActuals;
    QString baselineScenario;
    std::vector<Person> people;
};
// planLevel() copies Plan member by member: a whole copy would copy every actual row (~1 ms
// for 24,000 rows, twice per edit). A member it did not copy would have its changes go unseen,
// so a new member of Plan stops the build here until it is copied below and listed above.
static_assert(sizeof(Plan) == sizeof(PlanMembers),
              "Plan has a member that planLevel() does not copy: add it there and to "
              "PlanMembers");

// The plan without its scenarios and actual rows, and without the lists that are equal on both
// sides (their JSON would be equal too): what is left to convert for the plan-level fields.
Plan planLevel(const Plan &plan, const Plan &other)
{
    Plan level;
    level.name = plan.name;
    level.nameZh = plan.nameZh;
    level.currency = plan.currency;
    level.start = plan.start;
    level.months = plan.months;
    level.valueHorizonMonths = plan.valueHorizonMonths;
    level.discountRateAnnual = plan.discountRateAnnual;
    level.statusDate = plan.statusDate;
    level.stages = plan.stages;
    if (plan.categories != other.categories)
        level.categories = plan.categories;
    if (plan.channels != other.channels)
        level.channels = plan.channels;
    if (plan.targets != other.targets)
        level.targets = plan.targets;
    level.varianceThreshold = plan.varianceThreshold;
    level.milestoneThresholdsDays = plan.milestoneThresholdsDays;
    if (plan.milestones != other.milestones)
        level.milestones = plan.milestones;
    // scenarios, actuals and pastActuals: compared apart (scenarioChanges, actualChanges).
    level.baselineScenario = plan.baselineScenario;
    if (plan.people != other.people)
        level.people = plan.people;
    return level;
}

// One scenario's JSON as the file writes it (its tables need the plan's channel and category
// names, nothing else of the plan).
QJsonValue scenarioJson(const Plan &plan, const Scenario &scenario)
{
    Plan holder;
    holder.categories = plan.categories;
    holder.channels = plan.channels;
    holder.scenarios.push_back(scenario);
    return planContentJson(holder).value(scenariosKey).toArray().at(0);
}

// The rows as the file writes them under `key` ("actuals" or "past_actuals"); undefined where
// the file leaves the key out.
QJsonValue actualsJson(std::vector<Actual> rows, const QString &key)
{
    Plan holder;
    if (key == pastActualsKey)
        holder.pastActuals = std::move(rows);
    else
        holder.actuals = std::move(rows);
    return planContentJson(holder).value(key);
}

// A scenario written with only the channels `include` marks (`include` is aligned with the
// plan's channels).
QJsonValue channelsOnlyJson(const Plan &plan, const Scenario &scenario,
                            const std::vector<bool> &include)
{
    Plan holder;
    holder.categories = plan.categories;
    Scenario reduced = scenario;
    reduced.channels.clear();
    for (std::size_t c = 0; c < include.size(); ++c) {
        if (include[c]) {
            holder.channels.push_back(plan.channels[c]);
            reduced.channels.push_back(scenario.channels[c]);
        }
    }
    holder.scenarios.push_back(std::move(reduced));
    return planContentJson(holder).value(scenariosKey).toArray().at(0);
}

// The channels of a scenario and its counterpart (the scenario of the same name on the other
// side) that must be written to compare their tables: all but those whose drivers equal the
// counterpart's under the same channel name (or the name it had before a rename), matched as
// the table comparison matches them. One edited cell then converts one channel, not 200, and an
// inserted channel converts that channel only. Nothing when names repeat or the lists are not
// aligned (an invalid plan): the caller writes the scenarios whole.
bool channelsToWrite(const Plan &before, const Scenario &was, const Plan &after,
                     const Scenario &now, const NameList &channels, std::vector<bool> &beforeMask,
                     std::vector<bool> &afterMask)
{
    if (was.channels.size() != before.channels.size() ||
        now.channels.size() != after.channels.size())
        return false;
    QHash<QString, std::size_t> beforeIndex;
    beforeIndex.reserve(qsizetype(before.channels.size()));
    for (std::size_t i = 0; i < before.channels.size(); ++i) {
        if (beforeIndex.contains(before.channels[i].name))
            return false;
        beforeIndex.insert(before.channels[i].name, i);
    }
    QSet<QString> afterNames;
    for (const Channel &channel : after.channels) {
        if (afterNames.contains(channel.name))
            return false;
        afterNames.insert(channel.name);
    }
    beforeMask.assign(before.channels.size(), true);
    afterMask.assign(after.channels.size(), true);
    for (std::size_t j = 0; j < after.channels.size(); ++j) {
        const QString &name = after.channels[j].name;
        auto found = beforeIndex.constFind(name);
        if (found == beforeIndex.cend()) {
            const auto old = channels.renamed.constFind(name);
            if (old != channels.renamed.cend() && !afterNames.contains(*old))
                found = beforeIndex.constFind(*old);
        }
        if (found != beforeIndex.cend() && was.channels[*found] == now.channels[j]) {
            beforeMask[*found] = false;
            afterMask[j] = false;
        }
    }
    return true;
}

bool uniqueNames(const std::vector<Scenario> &scenarios)
{
    QSet<QString> seen;
    for (const Scenario &scenario : scenarios) {
        if (seen.contains(scenario.name))
            return false;
        seen.insert(scenario.name);
    }
    return true;
}

const Scenario *findScenario(const std::vector<Scenario> &scenarios, const QString &name)
{
    for (const Scenario &scenario : scenarios) {
        if (scenario.name == name)
            return &scenario;
    }
    return nullptr;
}

// Scenarios equal on both sides (and written under the same channel and category names) stand
// in as {"name"} only; a scenario with a counterpart of the same name is written with the
// channels that differ (channelsToWrite()); the others are written whole.
void scenarioChanges(const Plan &before, const Plan &after, const NameList &channels,
                     JsonDiffer &differ)
{
    if (before.scenarios == after.scenarios && before.channels == after.channels &&
        before.categories == after.categories)
        return;
    const bool sameTables = namesOf(before.channels) == namesOf(after.channels) &&
                            namesOf(before.categories) == namesOf(after.categories);
    const bool matchable = uniqueNames(before.scenarios) && uniqueNames(after.scenarios);
    QJsonArray beforeList;
    QJsonArray afterList;
    std::vector<bool> beforeMask;
    std::vector<bool> afterMask;
    for (const Scenario &was : before.scenarios) {
        const Scenario *now = matchable ? findScenario(after.scenarios, was.name) : nullptr;
        if (now && sameTables && *now == was)
            beforeList.append(QJsonObject{{nameKey, was.name}});
        else if (now && channelsToWrite(before, was, after, *now, channels, beforeMask, afterMask))
            beforeList.append(channelsOnlyJson(before, was, beforeMask));
        else
            beforeList.append(scenarioJson(before, was));
    }
    for (const Scenario &now : after.scenarios) {
        const Scenario *was = matchable ? findScenario(before.scenarios, now.name) : nullptr;
        if (was && sameTables && *was == now)
            afterList.append(QJsonObject{{nameKey, now.name}});
        else if (was && channelsToWrite(before, *was, after, now, channels, beforeMask, afterMask))
            afterList.append(channelsOnlyJson(after, now, afterMask));
        else
            afterList.append(scenarioJson(after, now));
    }
    differ.array(beforeList, afterList, QString(scenariosKey));
}

QString rowName(const Actual &row)
{
    return row.month + QLatin1Char('/') + row.channel;
}

// Rows matched by "month/channel" as JsonDiffer::named() matches named elements (a removed and
// an added row at the same position are one row whose month or channel changed) and compared as
// domain values: only the rows that differ are converted to JSON. False when a name repeats.
bool matchedRowChanges(const Actual *before, std::size_t beforeCount, const Actual *after,
                       std::size_t afterCount, const QString &key, JsonDiffer &differ)
{
    QHash<QString, std::size_t> beforeIndex;
    beforeIndex.reserve(qsizetype(beforeCount));
    for (std::size_t i = 0; i < beforeCount; ++i) {
        const QString name = rowName(before[i]);
        if (beforeIndex.contains(name))
            return false;
        beforeIndex.insert(name, i);
    }
    QSet<QString> afterNames;
    afterNames.reserve(qsizetype(afterCount));
    std::vector<std::ptrdiff_t> match(afterCount, -1);
    std::vector<bool> used(beforeCount, false);
    for (std::size_t j = 0; j < afterCount; ++j) {
        const QString name = rowName(after[j]);
        if (afterNames.contains(name))
            return false;
        afterNames.insert(name);
        const auto found = beforeIndex.constFind(name);
        if (found != beforeIndex.cend()) {
            match[j] = std::ptrdiff_t(*found);
            used[*found] = true;
        }
    }
    for (std::size_t j = 0; j < afterCount; ++j) {
        if (match[j] < 0 && j < beforeCount && !used[j]) {
            match[j] = std::ptrdiff_t(j);
            used[j] = true;
        }
    }
    // In the order JsonDiffer::named() reports: changed pairs and added rows in the after list's
    // order (a pair under its old name), then removed rows. Each side's rows are converted in
    // one go; `beforeAt`/`afterAt` index them (-1: absent on that side).
    std::vector<Actual> beforeRows;
    std::vector<Actual> afterRows;
    struct Step
    {
        QString path;
        qsizetype beforeAt;
        qsizetype afterAt;
    };
    std::vector<Step> steps;
    const auto take = [](std::vector<Actual> &rows, const Actual &row) {
        rows.push_back(row);
        return qsizetype(rows.size()) - 1;
    };
    for (std::size_t j = 0; j < afterCount; ++j) {
        if (match[j] < 0) {
            steps.push_back({namedPath(key, rowName(after[j])), -1, take(afterRows, after[j])});
        } else {
            const Actual &was = before[std::size_t(match[j])];
            if (!(was == after[j]))
                steps.push_back({namedPath(key, rowName(was)), take(beforeRows, was),
                                 take(afterRows, after[j])});
        }
    }
    for (std::size_t i = 0; i < beforeCount; ++i) {
        if (!used[i])
            steps.push_back({namedPath(key, rowName(before[i])), take(beforeRows, before[i]), -1});
    }
    const QJsonArray beforeJson = actualsJson(std::move(beforeRows), actualsKey).toArray();
    const QJsonArray afterJson = actualsJson(std::move(afterRows), actualsKey).toArray();
    const QJsonValue absent(QJsonValue::Undefined);
    for (const Step &step : steps)
        differ.value(step.beforeAt < 0 ? absent : beforeJson.at(step.beforeAt),
                     step.afterAt < 0 ? absent : afterJson.at(step.afterAt), step.path, QString());
    return true;
}

// Actual rows: the equal rows at the start and the end are left out (with one row per month x
// channel, a row in between cannot match one of them), the rest is matched by name.
void actualChanges(const std::vector<Actual> &before, const std::vector<Actual> &after,
                   const QString &key, JsonDiffer &differ)
{
    // A list that is empty on one side may be left out of the file (past_actuals is): compared
    // whole, as the file has it.
    if (before.empty() || after.empty()) {
        differ.value(actualsJson(before, key), actualsJson(after, key), key, key);
        return;
    }
    std::size_t head = 0;
    const std::size_t shorter = std::min(before.size(), after.size());
    while (head < shorter && before[head] == after[head])
        ++head;
    std::size_t tail = 0;
    while (tail < shorter - head &&
           before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;
    if (matchedRowChanges(before.data() + head, before.size() - head - tail, after.data() + head,
                          after.size() - head - tail, key, differ))
        return;
    // Rows that repeat a month x channel (an invalid plan) cannot be matched by name; the
    // lists are compared whole, by position.
    differ.array(actualsJson(before, key).toArray(), actualsJson(after, key).toArray(), key);
}

} // namespace

std::vector<FieldChange> fieldChanges(const Plan &before, const Plan &after)
{
    if (before == after)
        return {};
    const NameList channels(namesOf(before.channels), namesOf(after.channels));
    const NameList categories(namesOf(before.categories), namesOf(after.categories));

    std::vector<FieldChange> changes;
    JsonDiffer plan(channels, categories, changes);
    plan.object(planContentJson(planLevel(before, after)),
                planContentJson(planLevel(after, before)), QString(), QString());

    std::vector<FieldChange> lists;
    JsonDiffer listDiffer(channels, categories, lists);
    scenarioChanges(before, after, channels, listDiffer);
    if (before.actuals != after.actuals)
        actualChanges(before.actuals, after.actuals, actualsKey, listDiffer);
    if (before.pastActuals != after.pastActuals)
        actualChanges(before.pastActuals, after.pastActuals, pastActualsKey, listDiffer);

    // In the file's order: the lists go where "scenarios" stands among the plan's fields.
    const int scenariosRank = fieldRank(scenariosKey);
    const auto place = std::find_if(changes.begin(), changes.end(), [&](const FieldChange &c) {
        return fieldRank(topField(c.path)) > scenariosRank;
    });
    changes.insert(place, std::make_move_iterator(lists.begin()),
                   std::make_move_iterator(lists.end()));
    return changes;
}

std::vector<FieldChange> jsonChanges(const QJsonObject &before, const QJsonObject &after)
{
    std::vector<FieldChange> changes;
    JsonDiffer differ(
        NameList(namesOf(before.value(channelsKey)), namesOf(after.value(channelsKey))),
        NameList(namesOf(before.value(categoriesKey)), namesOf(after.value(categoriesKey))),
        changes);
    differ.object(before, after, QString(), QString());
    return changes;
}

} // namespace cplan
