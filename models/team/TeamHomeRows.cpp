// TeamHome's rows of a plan taken part by part (TeamHome.h): the rows that change between two
// plans, found from the parts that differ (the settings and lists, each scenario, each actual
// row), and a plan read back from its rows, only the parts they touch.

#include "models/team/TeamHome.h"

#include "models/history/JsonPathEdit.h"
#include "models/storage/PlanJson.h"

#include <QCoreApplication>
#include <QStringList>

#include <set>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TeamHome)
};

// The lists whose elements are parts of their own: a scenario, an actual row.
const QLatin1String scenariosKey("scenarios");
const QLatin1String actualsKey("actuals");
const QLatin1String pastActualsKey("past_actuals");

bool isListKey(const QString &key)
{
    return key == scenariosKey || key == actualsKey || key == pastActualsKey;
}

// The first step of a row's path: "scenarios" of `scenarios["A"].budget`.
QString topKey(const QString &path)
{
    qsizetype end = 0;
    while (end < path.size() && path.at(end) != QLatin1Char('.') &&
           path.at(end) != QLatin1Char('['))
        ++end;
    return path.left(end);
}

QString elementPath(const QString &key, const QString &name)
{
    return planPathText(
        {PathStep{PathStep::Kind::Field, key, 0}, PathStep{PathStep::Kind::Named, name, 0}});
}

bool isAtOrBelow(const QString &path, const QString &prefix)
{
    if (!path.startsWith(prefix))
        return false;
    if (path.size() == prefix.size())
        return true;
    const QChar next = path.at(prefix.size());
    return next == QLatin1Char('.') || next == QLatin1Char('[');
}

// Calls `f` with every row of `rows` at or below `prefix` (they sort together).
template <typename F>
void forRowsUnder(const TeamFields &rows, const QString &prefix, F f)
{
    for (auto it = rows.lower_bound(prefix); it != rows.end() && it->first.startsWith(prefix);
         ++it) {
        if (isAtOrBelow(it->first, prefix))
            f(it->second);
    }
}

// The rows under `prefix` become `fresh` (rows under `prefix` only).
void replaceRows(const TeamFields &before, const QString &prefix, const TeamFields &fresh,
                 TeamFieldChanges &out)
{
    forRowsUnder(before, prefix, [&](const TeamField &row) {
        if (!fresh.contains(row.path))
            out.remove.push_back(row.path);
    });
    for (const auto &[path, row] : fresh) {
        const auto old = before.find(path);
        if (old == before.end() || !(old->second == row))
            out.write.push_back(row);
    }
}

// The rows of `key` in a plan object (none when the plan leaves it out).
TeamFields rowsOf(const QJsonObject &planJson, const QString &key)
{
    QJsonObject only;
    if (planJson.contains(key))
        only.insert(key, planJson.value(key));
    return teamFields(only);
}

// The plan without its big lists: what every part's JSON needs besides its own element.
Plan headOf(const Plan &plan)
{
    Plan head = plan;
    head.scenarios.clear();
    head.actuals.clear();
    head.pastActuals.clear();
    return head;
}

QString actualName(const Actual &actual)
{
    return actual.month + QLatin1Char('/') + actual.channel;
}

template <typename T>
std::vector<T> &listOf(Plan &plan, const QString &key);
template <>
std::vector<Scenario> &listOf<Scenario>(Plan &plan, const QString &)
{
    return plan.scenarios;
}
template <>
std::vector<Actual> &listOf<Actual>(Plan &plan, const QString &key)
{
    return key == actualsKey ? plan.actuals : plan.pastActuals;
}

// One of the plan's named lists: its rows in `before` become those of `after`, element by
// element where the store keeps it as a named list, else as a whole.
template <typename T, typename NameOf>
void listChanges(const QString &key, const Plan &head, const std::vector<T> &before,
                 const std::vector<T> &after, const TeamFields &beforeRows, bool keysChanged,
                 NameOf nameOf, TeamFieldChanges &out)
{
    if (!keysChanged && before == after)
        return;
    const auto planWith = [&](std::vector<T> elements) {
        Plan plan = head;
        listOf<T>(plan, key) = std::move(elements);
        return planContentJson(plan);
    };
    QStringList names;
    QSet<QString> seen;
    bool distinct = true;
    for (const T &element : after) {
        const QString name = nameOf(element);
        if (name.isEmpty() || seen.contains(name)) {
            distinct = false;
            break;
        }
        seen.insert(name);
        names.append(name);
    }
    const auto namesRow = beforeRows.find(key);
    if (before.empty() || after.empty() || !distinct || namesRow == beforeRows.end() ||
        !namesRow->second.names) {
        replaceRows(beforeRows, key, rowsOf(planWith(after), key), out);
        return;
    }
    const TeamField wantedNames{key, true, QJsonArray::fromStringList(names)};
    if (!(namesRow->second == wantedNames))
        out.write.push_back(wantedNames);
    const auto elementChanges = [&](const T &element) {
        TeamFields fresh = rowsOf(planWith({element}), key);
        fresh.erase(key); // the names row of a list of one
        replaceRows(beforeRows, elementPath(key, nameOf(element)), fresh, out);
    };
    // The usual case: the same elements in the same order, a few of them changed.
    bool sameNames = before.size() == after.size();
    for (std::size_t i = 0; sameNames && i < after.size(); ++i)
        sameNames = nameOf(before[i]) == nameOf(after[i]);
    if (sameNames) {
        for (std::size_t i = 0; i < after.size(); ++i) {
            if (keysChanged || !(before[i] == after[i]))
                elementChanges(after[i]);
        }
        return;
    }
    std::map<QString, const T *> byName;
    for (const T &element : before)
        byName.emplace(nameOf(element), &element);
    for (const T &element : after) {
        const auto old = byName.find(nameOf(element));
        if (old == byName.end() || keysChanged || !(*old->second == element))
            elementChanges(element);
        if (old != byName.end())
            byName.erase(old);
    }
    for (const auto &[name, element] : byName) {
        Q_UNUSED(element);
        forRowsUnder(beforeRows, elementPath(key, name),
                     [&](const TeamField &row) { out.remove.push_back(row.path); });
    }
}

template <typename T>
QStringList namesOf(const std::vector<T> &list)
{
    QStringList names;
    for (const T &element : list)
        names.append(element.name);
    return names;
}

} // namespace

TeamFieldChanges TeamHome::changedRows(const Plan &before, const TeamFields &beforeRows,
                                       const Plan &after)
{
    TeamFieldChanges out;
    const Plan headBefore = headOf(before);
    const Plan headAfter = headOf(after);
    if (!(headBefore == headAfter)) {
        TeamFields rowsBefore = teamFields(planContentJson(headBefore));
        TeamFields rowsAfter = teamFields(planContentJson(headAfter));
        std::erase_if(rowsBefore, [](const auto &row) { return isListKey(topKey(row.first)); });
        std::erase_if(rowsAfter, [](const auto &row) { return isListKey(topKey(row.first)); });
        TeamFieldChanges head = teamFieldChanges(rowsBefore, rowsAfter);
        out.write = std::move(head.write);
        out.remove = std::move(head.remove);
    }
    // A scenario's rows are keyed by the channels' and categories' names.
    const bool keysChanged = namesOf(before.channels) != namesOf(after.channels) ||
                             namesOf(before.categories) != namesOf(after.categories);
    listChanges<Scenario>(
        scenariosKey, headAfter, before.scenarios, after.scenarios, beforeRows, keysChanged,
        [](const Scenario &s) { return s.name; }, out);
    listChanges<Actual>(actualsKey, headAfter, before.actuals, after.actuals, beforeRows, false,
                        actualName, out);
    listChanges<Actual>(pastActualsKey, headAfter, before.pastActuals, after.pastActuals,
                        beforeRows, false, actualName, out);
    return out;
}

Result<Plan> TeamHome::planFromRows(const Plan &base, const TeamFields &rows,
                                    const TeamFieldChanges &changed) const
{
    // Only the parts the rows belong to are read back: a scenario, an actual row; a row of the
    // settings or of a list's order (or a removed row) reads the whole plan again.
    std::set<std::pair<QString, QString>> elements;
    bool whole = !changed.remove.empty();
    for (const TeamField &field : changed.write) {
        const QString key = topKey(field.path);
        if (!isListKey(key) || field.path == key) {
            whole = true;
            continue;
        }
        auto steps = parsePlanPath(field.path);
        if (!steps || steps->size() < 2 || steps->at(1).kind != PathStep::Kind::Named) {
            whole = true;
            continue;
        }
        elements.emplace(key, steps->at(1).name);
    }
    Plan plan = base;
    if (!whole) {
        const Plan head = headOf(base);
        const QJsonObject headJson = planContentJson(head);
        for (const auto &entry : elements) {
            // Named, not a structured binding: Clang 14 cannot capture one in a lambda.
            const QString &key = entry.first;
            const QString &name = entry.second;
            TeamFields part;
            forRowsUnder(rows, elementPath(key, name),
                         [&](const TeamField &row) { part[row.path] = row; });
            auto object = planFromTeamFields(part);
            if (!object) {
                whole = true;
                break;
            }
            // {"scenarios": {"A": {...}}}: the element's object under its name.
            const QJsonValue element = object->value(key).toObject().value(name);
            QJsonObject json = headJson;
            json.insert(key, QJsonArray{element});
            auto read = readPlanContentJson(json);
            if (!read) {
                whole = true;
                break;
            }
            if (key == scenariosKey) {
                const int index = plan.scenarioIndex(name);
                if (index < 0 || read->scenarios.size() != 1) {
                    whole = true;
                    break;
                }
                plan.scenarios[std::size_t(index)] = std::move(read->scenarios.front());
            } else {
                std::vector<Actual> &list = key == actualsKey ? plan.actuals : plan.pastActuals;
                const std::vector<Actual> &readList =
                    key == actualsKey ? read->actuals : read->pastActuals;
                const auto found = std::find_if(list.begin(), list.end(), [&](const Actual &a) {
                    return actualName(a) == name;
                });
                if (found == list.end() || readList.size() != 1) {
                    whole = true;
                    break;
                }
                *found = readList.front();
            }
        }
    }
    if (whole) {
        auto object = planFromTeamFields(rows);
        if (!object)
            return Error{QStringLiteral("%1: %2").arg(location(), object.error())};
        auto read = readPlanContentJson(*object);
        if (!read)
            return Error{Tr::tr("%1: the plan in the team store does not read: %2")
                             .arg(location(), read.error())};
        plan = std::move(*read);
    }
    return plan;
}

} // namespace cplan
