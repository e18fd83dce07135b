#include "models/domain/ValidationPath.h"

namespace cplan {

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString fieldPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString indexPath(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString namedPath(const QString &parent, const QString &name)
{
    return parent + QLatin1Char('[') + quoted(name) + QLatin1Char(']');
}

QString elementPath(const QString &list, qsizetype index, const QString &name)
{
    return name.trimmed().isEmpty() ? indexPath(list, index) : namedPath(list, name);
}

} // namespace cplan
