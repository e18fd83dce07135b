#include "models/team/TeamFields.h"

#include "models/history/CanonicalJson.h"
#include "models/history/JsonPathEdit.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <deque>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TeamFields)
};

// Keys of these objects are names (channels, categories), written in brackets as §8 writes them.
bool keyedByName(const PathSteps &steps)
{
    if (steps.empty() || steps.back().kind != PathStep::Kind::Field)
        return false;
    return steps.back().name == QLatin1String("channels") ||
           steps.back().name == QLatin1String("category_shares");
}

bool isFieldName(const QString &key)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return identifier.match(key).hasMatch();
}

// The names of a list's elements when every element has a distinct one; else empty.
QStringList elementNames(const QJsonArray &list)
{
    QStringList names;
    QSet<QString> seen;
    for (const QJsonValue &element : list) {
        const QString name = element.isObject() ? listElementName(element) : QString();
        if (name.isEmpty() || seen.contains(name))
            return {};
        seen.insert(name);
        names.append(name);
    }
    return names;
}

void addFields(TeamFields &fields, PathSteps &steps, const QJsonValue &value)
{
    if (value.isObject() && !value.toObject().isEmpty() && !steps.empty()) {
        const QJsonObject object = value.toObject();
        const bool named = keyedByName(steps);
        for (auto it = object.begin(); it != object.end(); ++it) {
            PathStep step;
            step.kind =
                named || !isFieldName(it.key()) ? PathStep::Kind::Named : PathStep::Kind::Field;
            step.name = it.key();
            steps.push_back(step);
            addFields(fields, steps, it.value());
            steps.pop_back();
        }
        return;
    }
    if (value.isArray() && !value.toArray().isEmpty()) {
        const QJsonArray list = value.toArray();
        const QStringList names = elementNames(list);
        if (!names.isEmpty()) {
            const QString path = planPathText(steps);
            fields[path] = TeamField{path, true, QJsonArray::fromStringList(names)};
            for (qsizetype i = 0; i < list.size(); ++i) {
                steps.push_back(PathStep{PathStep::Kind::Named, names.at(i), 0});
                addFields(fields, steps, list.at(i));
                steps.pop_back();
            }
            return;
        }
    }
    const QString path = planPathText(steps);
    fields[path] = TeamField{path, false, value};
}

// A tree of rows, built back into JSON. Keys are views into the rows' paths (or into the
// names the full parser unescaped): a plan of 58,000 rows is rebuilt without a string copy per
// step.
struct Node
{
    std::map<QStringView, Node> children;
    const TeamField *field = nullptr;
};

bool isAsciiWordChar(QChar c, bool first)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'_' ||
           (!first && u >= u'0' && u <= u'9');
}

// The keys of a path as planPathText() writes it, as views into it; false when it needs the
// full parser (an escaped name, or anything unusual), which then decides.
bool splitPath(QStringView path, std::vector<QStringView> &keys)
{
    keys.clear();
    const qsizetype n = path.size();
    qsizetype at = 0;
    const auto readWord = [&] {
        const qsizetype start = at;
        while (at < n && isAsciiWordChar(path[at], at == start))
            ++at;
        if (at == start)
            return false;
        keys.push_back(path.sliced(start, at - start));
        return true;
    };
    if (!readWord())
        return false;
    while (at < n) {
        const QChar c = path[at++];
        if (c == u'.') {
            if (!readWord())
                return false;
            continue;
        }
        if (c != u'[' || at >= n)
            return false;
        const qsizetype start = at;
        if (path[at] == u'"') {
            ++at;
            while (at < n && path[at] != u'"') {
                if (path[at] == u'\\')
                    return false;
                ++at;
            }
            if (at >= n)
                return false;
            keys.push_back(path.sliced(start + 1, at - start - 1));
            ++at;
        } else {
            while (at < n && path[at] >= u'0' && path[at] <= u'9')
                ++at;
            // The key of an index is its number as text: no leading zeros here.
            if (at == start || (at - start > 1 && path[start] == u'0'))
                return false;
            keys.push_back(path.sliced(start, at - start));
        }
        if (at >= n || path[at] != u']')
            return false;
        ++at;
    }
    return true;
}

class TreeBuilder
{
public:
    Result<QJsonValue> build(const Node &node)
    {
        if (node.field && !node.field->names) {
            if (!node.children.empty())
                return Error{Tr::tr("team store: the field %1 is both a value and has fields "
                                    "below it")
                                 .arg(where())};
            return node.field->value;
        }
        if (node.field && node.field->names) {
            QJsonArray list;
            for (const QJsonValue &nameValue : node.field->value.toArray()) {
                const QString name = nameValue.toString();
                const auto child = node.children.find(QStringView(name));
                if (child == node.children.end())
                    return Error{Tr::tr("team store: %1 names \"%2\", which has no fields")
                                     .arg(where(), name)};
                m_trail.push_back({child->first, true});
                auto element = build(child->second);
                m_trail.pop_back();
                if (!element)
                    return element;
                list.append(*element);
            }
            if (qsizetype(node.children.size()) != list.size())
                return Error{Tr::tr("team store: %1 has fields of an element it does not name")
                                 .arg(where())};
            return QJsonValue(list);
        }
        QJsonObject object;
        for (const auto &[key, child] : node.children) {
            m_trail.push_back({key, false});
            auto value = build(child);
            m_trail.pop_back();
            if (!value)
                return value;
            object.insert(key, *value);
        }
        return QJsonValue(object);
    }

private:
    // Where the builder is, for a message (only ever made for one).
    QString where() const
    {
        QString text;
        for (const auto &[key, element] : m_trail) {
            if (element)
                text += QStringLiteral("[\"%1\"]").arg(key);
            else
                text += (text.isEmpty() ? QString() : QStringLiteral(".")) + key.toString();
        }
        return text;
    }

    std::vector<std::pair<QStringView, bool>> m_trail;
};

Result<QJsonObject> planFromRows(const std::vector<const TeamField *> &rows)
{
    Node root;
    std::deque<QString> unescaped; // keys the full parser made (views point into them)
    std::vector<QStringView> keys;
    for (const TeamField *field : rows) {
        if (!splitPath(field->path, keys)) {
            const auto steps = parsePlanPath(field->path);
            if (!steps)
                return Error{Tr::tr("team store: a field has a path that does not read: %1")
                                 .arg(steps.error())};
            keys.clear();
            for (const PathStep &step : *steps) {
                unescaped.push_back(step.kind == PathStep::Kind::Index ? QString::number(step.index)
                                                                       : step.name);
                keys.push_back(unescaped.back());
            }
        }
        Node *node = &root;
        for (const QStringView key : keys)
            node = &node->children[key];
        node->field = field;
    }
    auto built = TreeBuilder().build(root);
    if (!built)
        return Error{built.error()};
    return built->toObject();
}

} // namespace

bool TeamField::operator==(const TeamField &other) const
{
    return path == other.path && names == other.names &&
           canonicalJson(value) == canonicalJson(other.value);
}

TeamFields teamFields(const QJsonObject &plan)
{
    TeamFields fields;
    PathSteps steps;
    for (auto it = plan.begin(); it != plan.end(); ++it) {
        steps.push_back(PathStep{PathStep::Kind::Field, it.key(), 0});
        addFields(fields, steps, it.value());
        steps.pop_back();
    }
    return fields;
}

Result<QJsonObject> planFromTeamFields(const TeamFields &fields)
{
    std::vector<const TeamField *> rows;
    rows.reserve(fields.size());
    for (const auto &[path, field] : fields)
        rows.push_back(&field);
    return planFromRows(rows);
}

Result<QJsonObject> planFromTeamFields(const std::vector<TeamField> &fields)
{
    std::vector<const TeamField *> rows;
    rows.reserve(fields.size());
    for (const TeamField &field : fields)
        rows.push_back(&field);
    return planFromRows(rows);
}

TeamFieldChanges teamFieldChanges(const TeamFields &before, const TeamFields &after)
{
    TeamFieldChanges changes;
    for (const auto &[path, field] : after) {
        const auto old = before.find(path);
        if (old == before.end() || !(old->second == field))
            changes.write.push_back(field);
    }
    for (const auto &[path, field] : before) {
        if (!after.contains(path))
            changes.remove.push_back(path);
    }
    return changes;
}

QString teamFieldPart(const QString &path)
{
    // The same rules as cplan.path_part() in TeamMigrations.cpp.
    static const QRegularExpression signoff(
        QStringLiteral(R"(^scenarios\["(?:[^"\\]|\\.)*"\]\.signoff(\.|\[|$))"));
    if (signoff.match(path).hasMatch())
        return QStringLiteral("signoff");
    if (path.startsWith(QLatin1String("scenarios[")))
        return QStringLiteral("scenario");
    static const QRegularExpression milestones(QStringLiteral(R"(^milestones(\.|\[|$))"));
    if (milestones.match(path).hasMatch())
        return QStringLiteral("milestone");
    static const QRegularExpression actuals(QStringLiteral(R"(^actuals(\.|\[|$))"));
    if (actuals.match(path).hasMatch())
        return QStringLiteral("actual");
    return QStringLiteral("structure");
}

} // namespace cplan
