#include "models/storage/PlanJsonFields.h"

#include "models/domain/PlanValidator.h"
#include "models/domain/ValidationPath.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

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

} // namespace

QString PlanJsonFields::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return formatNumber(value.toDouble());
    case QJsonValue::String: {
        constexpr qsizetype longest = 60;
        const QString text = value.toString();
        return text.size() > longest ? quoted(text.left(longest) + QStringLiteral("…"))
                                     : quoted(text);
    }
    case QJsonValue::Array:
        return Tr::tr("a list");
    case QJsonValue::Object:
        return Tr::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Tr::tr("nothing");
}

void PlanJsonFields::addError(const QString &path, const QString &message)
{
    m_errors.append(path.isEmpty() ? message : path + QStringLiteral(": ") + message);
}

void PlanJsonFields::checkKeys(const QJsonObject &object, const QString &path,
                               std::initializer_list<QLatin1String> known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool isKnown = false;
        for (const QLatin1String &name : known)
            isKnown = isKnown || it.key() == name;
        if (!isKnown)
            addError(fieldPath(path, it.key()), Tr::tr("unknown key"));
    }
}

std::optional<QJsonValue> PlanJsonFields::lookUp(const QJsonObject &object, const QString &path,
                                                 QLatin1String name, Presence presence)
{
    const auto it = object.constFind(name);
    if (it == object.constEnd()) {
        if (presence == Presence::Required)
            addError(fieldPath(path, key(name)), Tr::tr("missing"));
        return std::nullopt;
    }
    return it.value();
}

std::optional<double> PlanJsonFields::numberValue(const QJsonValue &value, const QString &path)
{
    if (!value.isDouble()) {
        addError(path, Tr::tr("must be a number (got %1)").arg(describe(value)));
        return std::nullopt;
    }
    const double number = value.toDouble();
    // JSON has no NaN or infinity, but a huge literal must not slip through as one.
    if (!std::isfinite(number)) {
        addError(path, Tr::tr("must be a finite number"));
        return std::nullopt;
    }
    return number;
}

std::optional<int> PlanJsonFields::integerValue(const QJsonValue &value, const QString &path)
{
    const auto number = numberValue(value, path);
    if (!number)
        return std::nullopt;
    if (std::floor(*number) != *number) {
        addError(path, Tr::tr("must be a whole number (got %1)").arg(formatNumber(*number)));
        return std::nullopt;
    }
    if (std::abs(*number) > std::numeric_limits<int>::max()) {
        addError(path, Tr::tr("is far too large (got %1)").arg(formatNumber(*number)));
        return std::nullopt;
    }
    return static_cast<int>(*number);
}

std::optional<QString> PlanJsonFields::stringValue(const QJsonValue &value, const QString &path)
{
    if (!value.isString()) {
        addError(path, Tr::tr("must be text (got %1)").arg(describe(value)));
        return std::nullopt;
    }
    return value.toString();
}

bool PlanJsonFields::readString(const QJsonObject &object, const QString &path, QLatin1String name,
                                QString &target, Presence presence)
{
    const auto value = lookUp(object, path, name, presence);
    if (!value)
        return false;
    const auto text = stringValue(*value, fieldPath(path, key(name)));
    if (text)
        target = *text;
    return text.has_value();
}

bool PlanJsonFields::readNumber(const QJsonObject &object, const QString &path, QLatin1String name,
                                double &target, Presence presence)
{
    const auto value = lookUp(object, path, name, presence);
    if (!value)
        return false;
    const auto number = numberValue(*value, fieldPath(path, key(name)));
    if (number)
        target = *number;
    return number.has_value();
}

bool PlanJsonFields::readInteger(const QJsonObject &object, const QString &path, QLatin1String name,
                                 int &target, Presence presence)
{
    const auto value = lookUp(object, path, name, presence);
    if (!value)
        return false;
    const auto number = integerValue(*value, fieldPath(path, key(name)));
    if (number)
        target = *number;
    return number.has_value();
}

std::optional<QJsonArray> PlanJsonFields::readArray(const QJsonObject &object, const QString &path,
                                                    QLatin1String name, Presence presence)
{
    const auto value = lookUp(object, path, name, presence);
    if (!value)
        return std::nullopt;
    if (!value->isArray()) {
        addError(fieldPath(path, key(name)),
                 Tr::tr("must be a list (got %1)").arg(describe(*value)));
        return std::nullopt;
    }
    return value->toArray();
}

std::optional<QJsonObject> PlanJsonFields::readObject(const QJsonObject &object,
                                                      const QString &path, QLatin1String name,
                                                      Presence presence)
{
    const auto value = lookUp(object, path, name, presence);
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        addError(fieldPath(path, key(name)),
                 Tr::tr("must be an object (got %1)").arg(describe(*value)));
        return std::nullopt;
    }
    return value->toObject();
}

std::vector<double> PlanJsonFields::numberList(const QJsonArray &array, const QString &path)
{
    std::vector<double> numbers;
    numbers.reserve(static_cast<std::size_t>(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto number = numberValue(array.at(i), indexPath(path, i));
        numbers.push_back(number.value_or(0.0));
    }
    return numbers;
}

QStringList PlanJsonFields::stringList(const QJsonArray &array, const QString &path)
{
    QStringList texts;
    for (qsizetype i = 0; i < array.size(); ++i)
        texts.append(stringValue(array.at(i), indexPath(path, i)).value_or(QString()));
    return texts;
}

} // namespace cplan
