#pragma once

// The JSON forms of values the engine reports share (MODEL.md §3: a ratio with a zero
// denominator is null, never NaN), used by ReportJson and AnalysisJson.

#include <Eigen/Core>
#include <QJsonArray>
#include <QJsonValue>

#include <optional>
#include <vector>

namespace cplan {

// A value that may be absent: null when it is.
inline QJsonValue optionalJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

inline QJsonValue optionalJson(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

inline QJsonValue optionalJson(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

inline QJsonArray numbersJson(const std::vector<double> &values)
{
    QJsonArray array;
    for (double value : values)
        array.append(value);
    return array;
}

inline QJsonArray numbersJson(const std::vector<std::optional<double>> &values)
{
    QJsonArray array;
    for (const auto &value : values)
        array.append(optionalJson(value));
    return array;
}

inline QJsonArray numbersJson(const Eigen::ArrayXd &values)
{
    QJsonArray array;
    for (Eigen::Index i = 0; i < values.size(); ++i)
        array.append(values[i]);
    return array;
}

} // namespace cplan
