#include "models/domain/PlanDates.h"

#include "models/domain/Months.h"
#include "models/domain/NumberText.h"

#include <QRegularExpression>

#include <limits>

namespace cplan {

Result<QDate> parsePlanDate(const QString &text, const QString &start, int months,
                            const QDate &today)
{
    // A year written out (four digits, also full-width) is the user's; only short dates move.
    static const QRegularExpression year(QStringLiteral("[0-9０-９]{4}"));
    const auto first = parseMonth(start);
    const bool shortDate = !year.match(text).hasMatch();
    auto date = NumberText::parseDate(text, today);
    // "2/29" read in a leap year, so the plan's years decide whether it exists.
    if (!date && shortDate && first && months >= 1)
        date = NumberText::parseDate(text, QDate(2024, 1, 1));
    if (!date || !first || months < 1 || !shortDate)
        return date;
    const QDate last = first->addMonths(months).addDays(-1);
    QDate best;
    qint64 bestDistance = std::numeric_limits<qint64>::max();
    for (int y = first->year() - 1; y <= last.year() + 1; ++y) {
        const QDate candidate(y, date->month(), date->day());
        if (!candidate.isValid())
            continue; // 2/29 in a year without it
        const qint64 distance = candidate < *first ? candidate.daysTo(*first)
                                : candidate > last ? last.daysTo(candidate)
                                                   : 0;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best.isValid() ? Result<QDate>(best) : date;
}

} // namespace cplan
