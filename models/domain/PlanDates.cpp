#include "models/domain/PlanDates.h"

#include "models/domain/Months.h"
#include "models/domain/NumberText.h"

#include <QRegularExpression>

#include <limits>

namespace cplan {

Result<QDate> parsePlanDate(const QString &text, const QString &start, int months,
                            const QDate &today)
{
    auto date = NumberText::parseDate(text, today);
    if (!date)
        return date;
    const auto first = parseMonth(start);
    // A year written out (four digits, also full-width) is the user's; only short dates move.
    static const QRegularExpression year(QStringLiteral("[0-9０-９]{4}"));
    if (!first || months < 1 || year.match(text).hasMatch())
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
