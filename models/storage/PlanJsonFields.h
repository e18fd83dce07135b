#pragma once

// Typed, located access to the fields of a JSON object, for PlanJsonReader.
//
// Every accessor records a problem (a missing required key, a value of the wrong type) as a
// located message and carries on, so the reader collects all problems in one pass:
// `scenarios["Plan A"].channels["Search"].cpl: must be a number (got "abc")`.

#include "models/domain/Plan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <vector>

namespace cplan {

class PlanJsonFields
{
public:
    const QStringList &errors() const { return m_errors; }

    // How a value is quoted in "(got ...)": text in quotes, numbers as formatNumber().
    static QString describe(const QJsonValue &value);

protected:
    enum class Presence
    {
        Required,
        Optional
    };

    void addError(const QString &path, const QString &message);
    // Every key of `object` that is not in `known` is an error: it is most likely a typo.
    void checkKeys(const QJsonObject &object, const QString &path,
                   std::initializer_list<QLatin1String> known);

    // Each reader looks up `key` in `object` (at `path`); a missing required key, or a value of
    // the wrong type, is recorded and the target keeps its default. They return true when the
    // target was set.
    bool readString(const QJsonObject &object, const QString &path, QLatin1String key,
                    QString &target, Presence presence);
    bool readNumber(const QJsonObject &object, const QString &path, QLatin1String key,
                    double &target, Presence presence);
    bool readInteger(const QJsonObject &object, const QString &path, QLatin1String key, int &target,
                     Presence presence);
    std::optional<QJsonArray> readArray(const QJsonObject &object, const QString &path,
                                        QLatin1String key, Presence presence);
    std::optional<QJsonObject> readObject(const QJsonObject &object, const QString &path,
                                          QLatin1String key, Presence presence);
    std::optional<QJsonValue> lookUp(const QJsonObject &object, const QString &path,
                                     QLatin1String key, Presence presence);

    // The value itself, located at `path`.
    std::optional<double> numberValue(const QJsonValue &value, const QString &path);
    std::optional<int> integerValue(const QJsonValue &value, const QString &path);
    std::optional<QString> stringValue(const QJsonValue &value, const QString &path);
    std::vector<double> numberList(const QJsonArray &array, const QString &path);
    QStringList stringList(const QJsonArray &array, const QString &path);

private:
    QStringList m_errors;
};

} // namespace cplan
