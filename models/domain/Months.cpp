#include "models/domain/Months.h"

#include <algorithm>

namespace cplan {

namespace {

// The number written by `count` ASCII digits at `from`, or -1. (Months and dates are read by
// hand: a plan's validation, variance and tables read tens of thousands per change, and a
// regular expression costs a microsecond each.)
int digitsAt(const QString &text, qsizetype from, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[from + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

} // namespace

std::optional<QDate> parseMonth(const QString &text)
{
    if (text.size() != 7 || text[4] != QLatin1Char('-'))
        return std::nullopt;
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    if (year < 0 || month < 0)
        return std::nullopt;
    const QDate date(year, month, 1);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QDate> parseIsoDate(const QString &text)
{
    if (text.size() != 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-'))
        return std::nullopt;
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString monthText(const QDate &date)
{
    if (!date.isValid() || date.year() < 0 || date.year() > 9999)
        return date.toString(QStringLiteral("yyyy-MM"));
    const int year = date.year();
    const int month = date.month();
    const char16_t text[7] = {char16_t(u'0' + year / 1000),
                              char16_t(u'0' + year / 100 % 10),
                              char16_t(u'0' + year / 10 % 10),
                              char16_t(u'0' + year % 10),
                              u'-',
                              char16_t(u'0' + month / 10),
                              char16_t(u'0' + month % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 7);
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

QDate planCalendarDate(const QString &statusDate, const QString &start, int months,
                       const QDate &today)
{
    if (const std::optional<QDate> status = parseIsoDate(statusDate))
        return *status;
    const std::optional<QDate> first = parseMonth(start);
    if (!first)
        return today;
    const QDate end = first->addMonths(std::max(months, 1));
    return today >= *first && today < end ? today : *first;
}

} // namespace cplan
