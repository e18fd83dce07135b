#pragma once

// Comparison of engine output with tests/data/golden/: same keys, same array lengths, null
// where null, numbers within 1e-9 relative (MODEL.md: "agree to 1e-9 relative"). Shared by the
// engine tests and the CLI tests.

#include "TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <utility>

namespace cplan::test {

// The sample's scenarios and the slugs of their golden files.
inline const std::vector<std::pair<QString, QString>> &goldenScenarios()
{
    static const std::vector<std::pair<QString, QString>> scenarios = {
        {QStringLiteral("Plan A (CNY 20M)"), QStringLiteral("plan-a-cny-20m")},
        {QStringLiteral("Plan B (CNY 25M)"), QStringLiteral("plan-b-cny-25m")},
        {QStringLiteral("Plan A + conversion programme"),
         QStringLiteral("plan-a-conversion-programme")}};
    return scenarios;
}

// The data rows of a golden-file test: one row per sample scenario, columns "scenario" (its
// name) and "slug" (its golden files).
inline void addGoldenScenarioRows()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("slug");
    for (const auto &[name, slug] : goldenScenarios())
        QTest::newRow(qPrintable(slug)) << name << slug;
}

// tests/data/golden/brokerage-2025.<kind>.<slug>.json
inline QJsonObject goldenJson(const QString &kind, const QString &slug)
{
    QFile file(dataPath(QStringLiteral("golden/brokerage-2025.%1.%2.json").arg(kind, slug)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Relative 1e-9, with an absolute floor only for expected values within 1e-3 of zero (there a
// relative bound would demand more digits than the inputs carry).
inline bool numbersAgree(double actual, double expected)
{
    const double tolerance = 1e-9 * std::max(std::abs(expected), 1e-3);
    return std::abs(actual - expected) <= tolerance;
}

inline QString jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QStringLiteral("{object}");
    if (value.isArray())
        return QStringLiteral("[array of %1]").arg(value.toArray().size());
    QJsonArray wrapper{value};
    const QByteArray text = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

// Every difference, one line each, located by its JSON path ("totals.cac", "channels[2].roi").
inline void compareJson(const QJsonValue &actual, const QJsonValue &expected, const QString &path,
                        QStringList &differences)
{
    const auto differ = [&](const QString &why) {
        differences << QStringLiteral("%1: %2 (got %3, expected %4)")
                           .arg(path.isEmpty() ? QStringLiteral("<root>") : path, why,
                                jsonText(actual), jsonText(expected));
    };
    if (expected.isObject()) {
        if (!actual.isObject())
            return differ(QStringLiteral("not an object"));
        const QJsonObject a = actual.toObject();
        const QJsonObject e = expected.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            const QString child = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            if (!a.contains(it.key()))
                differences << QStringLiteral("%1: missing key").arg(child);
            else
                compareJson(a.value(it.key()), it.value(), child, differences);
        }
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!e.contains(it.key()))
                differences << QStringLiteral("%1: extra key")
                                   .arg(path.isEmpty() ? it.key()
                                                       : path + QLatin1Char('.') + it.key());
        }
        return;
    }
    if (expected.isArray()) {
        if (!actual.isArray())
            return differ(QStringLiteral("not an array"));
        const QJsonArray a = actual.toArray();
        const QJsonArray e = expected.toArray();
        if (a.size() != e.size())
            return differ(QStringLiteral("length %1 instead of %2").arg(a.size()).arg(e.size()));
        for (qsizetype i = 0; i < e.size(); ++i)
            compareJson(a.at(i), e.at(i), path + QStringLiteral("[%1]").arg(i), differences);
        return;
    }
    if (expected.isNull()) {
        if (!actual.isNull())
            differ(QStringLiteral("not null"));
        return;
    }
    if (expected.isDouble()) {
        if (!actual.isDouble())
            return differ(QStringLiteral("not a number"));
        if (!numbersAgree(actual.toDouble(), expected.toDouble()))
            differ(QStringLiteral("numbers differ"));
        return;
    }
    if (actual != expected)
        differ(QStringLiteral("values differ"));
}

inline QStringList jsonDifferences(const QJsonValue &actual, const QJsonValue &expected)
{
    QStringList differences;
    compareJson(actual, expected, QString(), differences);
    return differences;
}

} // namespace cplan::test
