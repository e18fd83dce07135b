#pragma once

// What the exchange tests share: the sample plan, the golden JSON of a scenario, and the
// 1e-9 relative comparison of MODEL.md.

#include "TestPaths.h"
#include "models/storage/PlanIo.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <optional>

namespace cplan::test {

inline Plan samplePlan()
{
    const auto plan = loadPlan(dataPath(QStringLiteral("brokerage-2025.json")));
    if (!plan)
        qFatal("cannot load the sample plan");
    return *plan;
}

// "Plan A (CNY 20M)" -> "plan-a-cny-20m", as the golden files are named.
inline QString goldenSlug(const QString &scenario)
{
    QString slug = scenario.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug;
}

// tests/data/golden/brokerage-2025.<kind>.<slug>.json
inline QJsonObject golden(const QString &kind, const QString &scenario)
{
    QFile file(dataPath(
        QStringLiteral("golden/brokerage-2025.%1.%2.json").arg(kind, goldenSlug(scenario))));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing golden file");
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline bool sameNumber(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({std::abs(a), std::abs(b), 1e-300}) ||
           std::abs(a - b) < 1e-12;
}

inline bool sameNumber(std::optional<double> a, std::optional<double> b)
{
    if (!a || !b)
        return !a && !b;
    return sameNumber(*a, *b);
}

} // namespace cplan::test
