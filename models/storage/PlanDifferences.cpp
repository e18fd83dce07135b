#include "models/storage/PlanDifferences.h"

#include "models/storage/PlanJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanDifferences)
};

QString shown(const QJsonValue &value)
{
    if (value.isUndefined())
        return Tr::tr("(absent)");
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
            .left(80);
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
            .left(80);
    return value.toVariant().toString();
}

// Names a list element by its "name" or "id" when it has one, as the validator's paths do.
QString elementPath(const QString &path, const QJsonArray &array, qsizetype index)
{
    const QJsonObject element = array.at(index).toObject();
    for (const char *key : {"name", "id"}) {
        const QString name = element.value(QLatin1String(key)).toString();
        if (!name.isEmpty())
            return path + QStringLiteral("[\"") + name + QStringLiteral("\"]");
    }
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

void compare(const QJsonValue &before, const QJsonValue &after, const QString &path,
             QStringList &lines)
{
    if (before == after)
        return;
    if (before.isObject() && after.isObject()) {
        const QJsonObject a = before.toObject();
        const QJsonObject b = after.toObject();
        QStringList keys = a.keys();
        for (const QString &key : b.keys()) {
            if (!a.contains(key))
                keys.append(key);
        }
        for (const QString &key : keys)
            compare(a.value(key), b.value(key),
                    path.isEmpty() ? key : path + QLatin1Char('.') + key, lines);
        return;
    }
    if (before.isArray() && after.isArray()) {
        const QJsonArray a = before.toArray();
        const QJsonArray b = after.toArray();
        if (a.size() != b.size())
            lines.append(
                Tr::tr("%1: %2 entries → %3 entries").arg(path).arg(a.size()).arg(b.size()));
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
            compare(a.at(i), b.at(i), elementPath(path, a, i), lines);
        return;
    }
    lines.append(Tr::tr("%1: %2 → %3").arg(path, shown(before), shown(after)));
}

} // namespace

QStringList planDifferences(const Plan &before, const Plan &after, int maxLines)
{
    if (before == after)
        return {};
    const QJsonValue a =
        QJsonDocument::fromJson(writePlanJson(before)).object().value(QLatin1String("plan"));
    const QJsonValue b =
        QJsonDocument::fromJson(writePlanJson(after)).object().value(QLatin1String("plan"));
    QStringList lines;
    compare(a, b, QString(), lines);
    if (lines.isEmpty())
        lines.append(Tr::tr("the plans differ in a value the JSON form does not show (such as -0 "
                            "against 0, or a default written out)"));
    if (lines.size() > maxLines) {
        const qsizetype more = lines.size() - maxLines;
        lines = lines.mid(0, maxLines);
        lines.append(Tr::tr("… and %1 more differences").arg(more));
    }
    return lines;
}

} // namespace cplan
