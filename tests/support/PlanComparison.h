#pragma once

// QCOMPARE_PLANS(actual, expected): like QVERIFY(actual == expected) for two Plans, but a
// failure lists what differs, field by field (`scenarios["Plan A"].budget: 20000000 →
// 25000000`), instead of printing "false". Needs cplan_storage (PlanDifferences).

#include "models/domain/Plan.h"
#include "models/storage/PlanDifferences.h"

#include <QTest>

namespace cplan::test {

inline bool comparePlans(const Plan &actual, const Plan &expected, const char *actualText,
                         const char *expectedText, const char *file, int line)
{
    if (actual == expected)
        return true;
    const QString message = QStringLiteral("%1 and %2 differ (before → after = expected → "
                                           "actual):\n   ")
                                .arg(QLatin1String(actualText), QLatin1String(expectedText)) +
                            planDifferences(expected, actual).join(QStringLiteral("\n   "));
    QTest::qFail(qPrintable(message), file, line);
    return false;
}

} // namespace cplan::test

#define QCOMPARE_PLANS(actual, expected)                                                           \
    do {                                                                                           \
        if (!cplan::test::comparePlans(actual, expected, #actual, #expected, __FILE__, __LINE__))  \
            return;                                                                                \
    } while (false)
