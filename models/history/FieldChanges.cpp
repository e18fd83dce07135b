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
        const char *order[] = {"id",
                               "name",
                               "name_zh",
                               "currency",
                               "start",
                               "months",
                               "value_horizon_months",
                               "discount_rate_annual",
                               "status_date",
                               "baseline_scenario",
                               "stages",
                               "categories",
                               "kind",
                               "group",
                               "phase",
                               "owner",
                               "planned",
                               "forecast",
                               "actual",
                               "status",
                               "depends_on",
                               "gates",
                               "checks",
                               "metric",
                               "op",
                               "value",
                               "label",
                               "budget",
                               "category_shares",
                               "share",
                               "cpl",
                               "saturation_spend",
                               "carryover",
                               "conversion",
                               "arpu_monthly",
                               "arpu",
                               "margin",
                               "retention_monthly",
                               "retention",
                               "min_share",
                               "max_share",
                               "quarterly",
                               "monthly",
                               "phasing",
                               "uncertainty",
                               "channels",
                               "targets",
                               "variance_threshold",
                               "milestone_thresholds_days",
                               "milestones",
                               "scenarios",
                               "month",
                               "channel",
                               "spend",
                               "volumes",
                               "actuals",
                               "past_actuals",
                               "people",
                               "role"};
        QHash<QString, int> table;
        int rank = 0;
        for (const char *field : order)
            table.insert(QString::fromLatin1(field), rank++);
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
        for (const QString &name : before) {
            if (!after.contains(name))
                order.append(name);
        }
        for (qsizetype i = 0; i < std::min(before.size(), after.size()); ++i) {
            if (before[i] != after[i] && !after.contains(before[i]) && !before.contains(after[i]))
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
        if (namedElements(before, beforeNames) && namedElements(after, afterNames)) {
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

    // True when every element has a name (listElementName()) and no two share one.
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
        return !list.isEmpty();
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

// The plan without its scenarios and actual rows, and without the lists that are equal on both
// sides (their JSON would be equal too): what is left to convert for the plan-level fields.
Plan planLevel(const Plan &plan, const Plan &other)
{
    Plan level;
    // Copied member by member would miss a member added later; a whole copy and clearing the
    // big lists costs one copy of the plan's small lists and of the big vectors' storage.
    level = plan;
    level.scenarios.clear();
    level.actuals.clear();
    level.pastActuals.clear();
    if (plan.channels == other.channels)
        level.channels.clear();
    if (plan.categories == other.categories)
        level.categories.clear();
    if (plan.milestones == other.milestones)
        level.milestones.clear();
    if (plan.targets == other.targets)
        level.targets.clear();
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

QJsonArray actualsJson(std::vector<Actual> rows)
{
    Plan holder;
    holder.actuals = std::move(rows);
    return planContentJson(holder).value(actualsKey).toArray();
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
// in as {"name"} only; the others are converted and compared.
void scenarioChanges(const Plan &before, const Plan &after, JsonDiffer &differ)
{
    if (before.scenarios == after.scenarios && before.channels == after.channels &&
        before.categories == after.categories)
        return;
    const bool sameTables = namesOf(before.channels) == namesOf(after.channels) &&
                            namesOf(before.categories) == namesOf(after.categories);
    const bool mayShorten =
        sameTables && uniqueNames(before.scenarios) && uniqueNames(after.scenarios);
    const auto side = [mayShorten](const Plan &plan, const Plan &other) {
        QJsonArray list;
        for (const Scenario &scenario : plan.scenarios) {
            const Scenario *counterpart = findScenario(other.scenarios, scenario.name);
            if (mayShorten && counterpart && *counterpart == scenario)
                list.append(QJsonObject{{nameKey, scenario.name}});
            else
                list.append(scenarioJson(plan, scenario));
        }
        return list;
    };
    differ.array(side(before, after), side(after, before), QString(scenariosKey));
}

QString rowName(const Actual &row)
{
    return row.month + QLatin1Char('/') + row.channel;
}

// Actual rows: the equal rows at the start and the end are left out (a validated plan has one
// row per month x channel, so a row in between cannot match one of them), the rest is compared
// by "month/channel".
void actualChanges(const std::vector<Actual> &before, const std::vector<Actual> &after,
                   const QString &path, JsonDiffer &differ)
{
    std::size_t head = 0;
    const std::size_t shorter = std::min(before.size(), after.size());
    while (head < shorter && before[head] == after[head])
        ++head;
    std::size_t tail = 0;
    while (tail < shorter - head &&
           before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;
    std::vector<Actual> middleBefore(before.begin() + std::ptrdiff_t(head),
                                     before.end() - std::ptrdiff_t(tail));
    std::vector<Actual> middleAfter(after.begin() + std::ptrdiff_t(head),
                                    after.end() - std::ptrdiff_t(tail));
    if (middleBefore.empty() && middleAfter.empty())
        return;
    // Rows that repeat a month x channel (an invalid plan) cannot be matched by name; they are
    // compared whole, by position.
    QSet<QString> seen;
    bool unique = true;
    for (const auto *rows : {&middleBefore, &middleAfter}) {
        seen.clear();
        for (const Actual &row : *rows) {
            const QString name = rowName(row);
            unique = unique && !seen.contains(name);
            seen.insert(name);
        }
    }
    if (!unique) {
        middleBefore = before;
        middleAfter = after;
    }
    differ.array(actualsJson(std::move(middleBefore)), actualsJson(std::move(middleAfter)), path);
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
    scenarioChanges(before, after, listDiffer);
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
