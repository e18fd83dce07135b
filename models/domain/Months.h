#pragma once

// Calendar helpers for plan months ("YYYY-MM") and ISO dates ("YYYY-MM-DD").

#include <QDate>
#include <QString>

#include <optional>

namespace cplan {

// The first day of a "YYYY-MM" month, or nullopt when the text is not such a month.
std::optional<QDate> parseMonth(const QString &text);
// A strict ISO "YYYY-MM-DD" date, or nullopt.
std::optional<QDate> parseIsoDate(const QString &text);
// "YYYY-MM" of a date.
QString monthText(const QDate &date);
// Index of `date`'s month counted from the month of `start` (may be negative or >= M).
int monthOffset(const QDate &start, const QDate &date);
// The label of plan month m ("2025-03") for a plan starting at `start` ("YYYY-MM").
QString monthLabel(const QString &start, int m);
// The date a calendar opens at when its cell has no date: the plan's status date
// ("YYYY-MM-DD"), else `today` when it lies in the plan's months (from `start`, "YYYY-MM"),
// else the plan's first month (never a date editor's minimum, 1900).
QDate planCalendarDate(const QString &statusDate, const QString &start, int months,
                       const QDate &today);

} // namespace cplan
