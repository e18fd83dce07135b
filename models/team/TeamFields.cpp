#include "models/team/TeamFields.h"

#include "models/history/CanonicalJson.h"
#include "models/history/JsonPathEdit.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

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

// A tree of rows, built back into JSON.
struct Node
{
    std::map<QString, Node> children;
    const TeamField *field = nullptr;
};

Result<QJsonValue> build(const Node &node, const QString &where)
{
    if (node.field && !node.field->names) {
        if (!node.children.empty())
            return Error{Tr::tr("team store: the field %1 is both a value and has fields below "
                                "it")
                             .arg(where)};
        return node.field->value;
    }
    if (node.field && node.field->names) {
        QJsonArray list;
        for (const QJsonValue &name : node.field->value.toArray()) {
            const auto child = node.children.find(name.toString());
            if (child == node.children.end())
                return Error{Tr::tr("team store: %1 names \"%2\", which has no fields")
                                 .arg(where, name.toString())};
            auto element =
                build(child->second, where + QStringLiteral("[\"%1\"]").arg(name.toString()));
            if (!element)
                return element;
            list.append(*element);
        }
        if (qsizetype(node.children.size()) != list.size())
            return Error{
                Tr::tr("team store: %1 has fields of an element it does not name").arg(where)};
        return QJsonValue(list);
    }
    QJsonObject object;
    for (const auto &[key, child] : node.children) {
        auto value = build(child, where.isEmpty() ? key : where + QLatin1Char('.') + key);
        if (!value)
            return value;
        object.insert(key, *value);
    }
    return QJsonValue(object);
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
    Node root;
    for (const auto &[path, field] : fields) {
        const auto steps = parsePlanPath(path);
        if (!steps)
            return Error{
                Tr::tr("team store: a field has a path that does not read: %1").arg(steps.error())};
        Node *node = &root;
        for (const PathStep &step : *steps) {
            const QString key =
                step.kind == PathStep::Kind::Index ? QString::number(step.index) : step.name;
            node = &node->children[key];
        }
        node->field = &field;
    }
    auto built = build(root, QString());
    if (!built)
        return Error{built.error()};
    return built->toObject();
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
