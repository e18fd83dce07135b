#include "models/history/JsonPathEdit.h"

#include "models/domain/ValidationPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <initializer_list>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonPathEdit)
};

bool isWordStart(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('_');
}

bool isWordChar(QChar c)
{
    return isWordStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

class PathParser
{
public:
    explicit PathParser(const QString &path) : m_path(path) {}

    Result<PathSteps> parse()
    {
        if (m_path.trimmed().isEmpty())
            return Error{Tr::tr("the path is empty (for example scenarios[\"Plan A\"].budget)")};
        PathSteps steps;
        if (!readField(steps))
            return failure();
        while (m_at < m_path.size()) {
            const QChar c = m_path.at(m_at);
            if (c == QLatin1Char('.')) {
                ++m_at;
                if (!readField(steps))
                    return failure();
            } else if (c == QLatin1Char('[')) {
                ++m_at;
                if (!readBracket(steps))
                    return failure();
            } else {
                m_problem = Tr::tr("expected \".\" or \"[\"");
                return failure();
            }
        }
        return steps;
    }

private:
    Error failure() const
    {
        const QString found =
            m_at < m_path.size() ? quoted(QString(m_path.at(m_at))) : Tr::tr("the end");
        return Error{Tr::tr("path %1: %2 at character %3 (found %4)")
                         .arg(quoted(m_path), m_problem)
                         .arg(m_at + 1)
                         .arg(found)};
    }

    bool readField(PathSteps &steps)
    {
        if (m_at >= m_path.size() || !isWordStart(m_path.at(m_at))) {
            m_problem = Tr::tr("expected a field name");
            return false;
        }
        const qsizetype start = m_at;
        while (m_at < m_path.size() && isWordChar(m_path.at(m_at)))
            ++m_at;
        steps.push_back({PathStep::Kind::Field, m_path.mid(start, m_at - start), 0});
        return true;
    }

    bool readBracket(PathSteps &steps)
    {
        if (m_at < m_path.size() && m_path.at(m_at) == QLatin1Char('"')) {
            ++m_at;
            QString name;
            if (!readString(name))
                return false;
            steps.push_back({PathStep::Kind::Named, name, 0});
        } else {
            const qsizetype start = m_at;
            while (m_at < m_path.size() && m_path.at(m_at).isDigit() &&
                   m_path.at(m_at).unicode() < 0x80)
                ++m_at;
            bool ok = false;
            const qsizetype index = m_path.mid(start, m_at - start).toLongLong(&ok);
            if (m_at == start || !ok) {
                m_at = start;
                m_problem = Tr::tr("expected a quoted name or an index");
                return false;
            }
            steps.push_back({PathStep::Kind::Index, QString(), index});
        }
        if (m_at >= m_path.size() || m_path.at(m_at) != QLatin1Char(']')) {
            m_problem = Tr::tr("expected \"]\"");
            return false;
        }
        ++m_at;
        return true;
    }

    // A JSON string body after its opening quote, through the closing quote.
    bool readString(QString &text)
    {
        while (m_at < m_path.size()) {
            const QChar c = m_path.at(m_at);
            if (c == QLatin1Char('"')) {
                ++m_at;
                return true;
            }
            if (c != QLatin1Char('\\')) {
                text += c;
                ++m_at;
                continue;
            }
            if (m_at + 1 >= m_path.size())
                break;
            const QChar escaped = m_path.at(m_at + 1);
            const char16_t plain = escaped.unicode();
            if (plain == u'"' || plain == u'\\' || plain == u'/') {
                text += escaped;
            } else if (plain == u'n') {
                text += QLatin1Char('\n');
            } else if (plain == u't') {
                text += QLatin1Char('\t');
            } else if (plain == u'r') {
                text += QLatin1Char('\r');
            } else if (plain == u'b') {
                text += QChar(u'\b');
            } else if (plain == u'f') {
                text += QChar(u'\f');
            } else if (plain == u'u' && m_at + 6 <= m_path.size()) {
                bool ok = false;
                const uint code = m_path.mid(m_at + 2, 4).toUInt(&ok, 16);
                if (!ok) {
                    m_problem = Tr::tr("expected four hexadecimal digits after \\u");
                    return false;
                }
                text += QChar(char16_t(code));
                m_at += 4;
            } else {
                m_problem = Tr::tr("unknown escape in a name (use \\\" for a quote and \\\\ for "
                                   "a backslash)");
                return false;
            }
            m_at += 2;
        }
        m_problem = Tr::tr("the quoted name is not closed");
        return false;
    }

    const QString &m_path;
    qsizetype m_at = 0;
    QString m_problem;
};

// What kind of object a path leads to, for the fields it may gain.
enum class Place
{
    Plan,
    Scenario,
    Drivers,
    PlanChannel,
    Milestone,
    ActualRow,
    Uncertainty,
    Phasing,
    Other
};

Place placeOf(const PathSteps &steps, std::size_t count)
{
    if (count == 0)
        return Place::Plan;
    const PathStep &last = steps[count - 1];
    if (last.kind == PathStep::Kind::Field) {
        if (last.name == QLatin1String("uncertainty"))
            return Place::Uncertainty;
        if (last.name == QLatin1String("phasing"))
            return Place::Phasing;
        return Place::Other;
    }
    if (count < 2 || steps[count - 2].kind != PathStep::Kind::Field)
        return Place::Other;
    const QString &list = steps[count - 2].name;
    if (count == 2) {
        if (list == QLatin1String("scenarios"))
            return Place::Scenario;
        if (list == QLatin1String("channels"))
            return Place::PlanChannel;
        if (list == QLatin1String("milestones"))
            return Place::Milestone;
        if (list == QLatin1String("actuals") || list == QLatin1String("past_actuals"))
            return Place::ActualRow;
        return Place::Other;
    }
    if (count == 4 && list == QLatin1String("channels") &&
        steps[0].name == QLatin1String("scenarios"))
        return Place::Drivers;
    return Place::Other;
}

// Fields the interchange JSON leaves out when they are unset (PlanJson.cpp): only these may be
// created by an edit; any other missing key is a misspelt or unknown field.
bool isOptionalField(Place place, const QString &key)
{
    const auto among = [&key](std::initializer_list<const char *> names) {
        return std::any_of(names.begin(), names.end(),
                           [&key](const char *name) { return key == QLatin1String(name); });
    };
    switch (place) {
    case Place::Plan:
        return among({"name_zh", "status_date", "baseline_scenario", "past_actuals", "people"});
    case Place::Scenario:
        return among({"phasing", "uncertainty"});
    case Place::Drivers:
        return among({"saturation_spend", "carryover", "phasing", "uncertainty"});
    case Place::PlanChannel:
        return among({"group"});
    case Place::Milestone:
        return among({"forecast", "actual", "depends_on", "gates", "checks"});
    case Place::ActualRow:
        return among({"volumes"});
    case Place::Uncertainty:
        return among({"cpl", "conversion", "arpu", "retention"});
    case Place::Phasing:
        return among({"quarterly", "monthly"});
    case Place::Other:
        break;
    }
    return false;
}

// "no such scenario", by the list or map the name was looked up in.
QString noSuch(const PathSteps &steps, std::size_t at)
{
    const QString list =
        at > 0 && steps[at - 1].kind == PathStep::Kind::Field ? steps[at - 1].name : QString();
    if (list == QLatin1String("scenarios"))
        return Tr::tr("no such scenario");
    if (list == QLatin1String("channels"))
        return Tr::tr("no such channel");
    if (list == QLatin1String("categories") || list == QLatin1String("category_shares"))
        return Tr::tr("no such category");
    if (list == QLatin1String("milestones"))
        return Tr::tr("no such milestone");
    if (list == QLatin1String("actuals") || list == QLatin1String("past_actuals"))
        return Tr::tr("no such actual row (rows are named \"YYYY-MM/channel\")");
    if (list == QLatin1String("people"))
        return Tr::tr("no such person");
    return Tr::tr("no such entry");
}

} // namespace

QString listElementName(const QJsonValue &element)
{
    const QJsonObject object = element.toObject();
    if (object.value(QLatin1String("id")).isString())
        return object.value(QLatin1String("id")).toString();
    if (object.value(QLatin1String("name")).isString())
        return object.value(QLatin1String("name")).toString();
    const QJsonValue month = object.value(QLatin1String("month"));
    const QJsonValue channel = object.value(QLatin1String("channel"));
    if (month.isString() && channel.isString())
        return month.toString() + QLatin1Char('/') + channel.toString();
    return QString();
}

namespace {

QString kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return Tr::tr("a list");
    case QJsonValue::Object:
        return Tr::tr("an object");
    case QJsonValue::String:
        return Tr::tr("text");
    case QJsonValue::Double:
        return Tr::tr("a number");
    case QJsonValue::Bool:
        return Tr::tr("true or false");
    default:
        break;
    }
    return Tr::tr("null");
}

class PathEditor
{
public:
    PathEditor(const PathSteps &steps, const QJsonValue &value) : m_steps(steps), m_value(value) {}

    Status set(QJsonValue &node, std::size_t at) const
    {
        const PathStep &step = m_steps[at];
        const bool last = at + 1 == m_steps.size();
        const QString here = planPathText(PathSteps(m_steps.begin(), m_steps.begin() + at + 1));
        const QString parent = planPathText(PathSteps(m_steps.begin(), m_steps.begin() + at));

        if (step.kind == PathStep::Kind::Index) {
            if (!node.isArray())
                return Error{Tr::tr("%1: is %2, not a list (no element [%3])")
                                 .arg(parent, kindOf(node))
                                 .arg(step.index)};
            QJsonArray array = node.toArray();
            if (step.index >= array.size())
                return Error{Tr::tr("%1: no such element (the list has %n entries)", nullptr,
                                    int(array.size()))
                                 .arg(here)};
            return setElement(array, step.index, at, last, node);
        }

        if (step.kind == PathStep::Kind::Named && node.isArray()) {
            QJsonArray array = node.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (listElementName(array.at(i)) == step.name)
                    return setElement(array, i, at, last, node);
            }
            return Error{QStringLiteral("%1: %2").arg(here, noSuch(m_steps, at))};
        }

        if (!node.isObject()) {
            if (step.kind == PathStep::Kind::Named)
                return Error{
                    Tr::tr("%1: is %2, not a list or a table of names").arg(parent, kindOf(node))};
            return Error{
                Tr::tr("%1: is %2, so it has no field %3").arg(parent, kindOf(node), step.name)};
        }
        // A scenario's sign-off moves only through its transitions (submit, approve, return,
        // lock), each with its author: setting it would approve without an approver.
        if (step.kind == PathStep::Kind::Field && step.name == QLatin1String("signoff"))
            return Error{Tr::tr("%1: changes only through sign-off (cplan signoff), not by "
                                "setting it")
                             .arg(here)};
        QJsonObject object = node.toObject();
        const bool optional =
            step.kind == PathStep::Kind::Field && isOptionalField(placeOf(m_steps, at), step.name);
        auto child = object.find(step.name);
        if (child == object.end()) {
            if (step.kind == PathStep::Kind::Named)
                return Error{QStringLiteral("%1: %2").arg(here, noSuch(m_steps, at))};
            // An optional field may be added at the end of the path, or as the object that
            // holds it (`uncertainty.cpl` on a channel without uncertainty).
            const bool holdsNext = !last && m_steps[at + 1].kind == PathStep::Kind::Field;
            if (!optional || (!last && !holdsNext))
                return Error{Tr::tr("%1: unknown field").arg(here)};
            if (last) {
                if (!m_value.isNull())
                    object.insert(step.name, m_value);
                node = object;
                return success();
            }
            QJsonValue fresh = QJsonObject();
            const Status inner = set(fresh, at + 1);
            if (!inner)
                return inner;
            object.insert(step.name, fresh);
            node = object;
            return success();
        }
        if (last) {
            // null on a field the format leaves out when unset means "unset".
            if (optional && m_value.isNull())
                object.erase(child);
            else
                *child = m_value;
            node = object;
            return success();
        }
        QJsonValue inner = *child;
        const Status status = set(inner, at + 1);
        if (!status)
            return status;
        *child = inner;
        node = object;
        return success();
    }

private:
    Status setElement(QJsonArray &array, qsizetype index, std::size_t at, bool last,
                      QJsonValue &node) const
    {
        if (last) {
            array.replace(index, m_value);
        } else {
            QJsonValue element = array.at(index);
            const Status status = set(element, at + 1);
            if (!status)
                return status;
            array.replace(index, element);
        }
        node = array;
        return success();
    }

    const PathSteps &m_steps;
    const QJsonValue &m_value;
};

} // namespace

Result<PathSteps> parsePlanPath(const QString &path)
{
    return PathParser(path).parse();
}

QString planPathText(const PathSteps &steps)
{
    QString text;
    for (const PathStep &step : steps) {
        switch (step.kind) {
        case PathStep::Kind::Field:
            text = fieldPath(text, step.name);
            break;
        case PathStep::Kind::Named:
            text = namedPath(text, step.name);
            break;
        case PathStep::Kind::Index:
            text = indexPath(text, step.index);
            break;
        }
    }
    return text;
}

Status setJsonPath(QJsonObject &planJson, const PathSteps &steps, const QJsonValue &value)
{
    if (steps.empty())
        return Error{Tr::tr("the path is empty (for example scenarios[\"Plan A\"].budget)")};
    if (steps.front().kind != PathStep::Kind::Field)
        return Error{Tr::tr("%1: a path starts with a field name").arg(planPathText(steps))};
    QJsonValue root = planJson;
    const Status status = PathEditor(steps, value).set(root, 0);
    if (!status)
        return status;
    planJson = root.toObject();
    return success();
}

QJsonValue parseSetValue(const QString &text)
{
    // Wrapped in a list so that a bare number, string or literal parses as JSON too.
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &error);
    if (error.error == QJsonParseError::NoError && document.isArray() &&
        document.array().size() == 1)
        return document.array().at(0);
    return text;
}

} // namespace cplan
