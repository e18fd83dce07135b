#include "models/domain/Months.h"

#include <QRegularExpression>

namespace cplan {

std::optional<QDate> parseMonth(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), 1);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QDate> parseIsoDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString monthText(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

int monthOffset(const QDate &start, const QDate &date)
{
    return (date.year() - start.year()) * 12 + (date.month() - start.month());
}

QString monthLabel(const QString &start, int m)
{
    const auto first = parseMonth(start);
    if (!first)
        return QString::number(m + 1);
    return monthText(first->addMonths(m));
}

} // namespace cplan
