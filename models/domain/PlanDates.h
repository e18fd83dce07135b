#pragma once

// Dates typed into a plan (issue 22 C.12): a short date without a year ("4/2", "4月2日") means
// that day in the plan, not in the calendar year of today.

#include "models/domain/Result.h"

#include <QDate>
#include <QString>

namespace cplan {

// NumberText::parseDate(), except that a date written without a year takes the year that puts
// it inside the plan's months (from `start`, "YYYY-MM", for `months` months); when no year
// does, the year that puts it nearest to them. Without a valid `start`, the year of `today`.
Result<QDate> parsePlanDate(const QString &text, const QString &start, int months,
                            const QDate &today);

} // namespace cplan
