#include "models/domain/ValidationPath.h"

namespace cplan {

QString quoted(const QString &text)
{
    // Control characters are shown as JSON escapes: printed raw, an ESC sequence from a file
    // would act on the terminal (clear the screen, retitle the window).
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += QLatin1Char('"');
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            escaped += QLatin1Char('\\');
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0))
            escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            escaped += c;
    }
    escaped += QLatin1Char('"');
    return escaped;
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
