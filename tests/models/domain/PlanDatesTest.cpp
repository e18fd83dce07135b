// Issue 22 C.12: a short date ("4/2", "4月2日") takes the year that puts it inside the plan,
// not the calendar year of today.

#include "models/domain/PlanDates.h"

#include <QTest>

using namespace cplan;

class PlanDatesTest : public QObject
{
    Q_OBJECT

private slots:
    void shortDatesTakeThePlansYear_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("calendar-year plan")
            << QStringLiteral("4/2") << QStringLiteral("2025-01") << 12 << QDate(2025, 4, 2);
        QTest::newRow("Chinese") << QStringLiteral("4月2日") << QStringLiteral("2025-01") << 12
                                 << QDate(2025, 4, 2);
        QTest::newRow("fiscal year, spring")
            << QStringLiteral("4/2") << QStringLiteral("2025-07") << 12 << QDate(2026, 4, 2);
        QTest::newRow("fiscal year, autumn")
            << QStringLiteral("9/1") << QStringLiteral("2025-07") << 12 << QDate(2025, 9, 1);
        QTest::newRow("outside: the nearest year")
            << QStringLiteral("12/20") << QStringLiteral("2025-01") << 3 << QDate(2024, 12, 20);
        QTest::newRow("a written year is kept")
            << QStringLiteral("2027/4/2") << QStringLiteral("2025-01") << 12 << QDate(2027, 4, 2);
        QTest::newRow("29 February")
            << QStringLiteral("2/29") << QStringLiteral("2023-07") << 12 << QDate(2024, 2, 29);
    }
    void shortDatesTakeThePlansYear()
    {
        QFETCH(QString, text);
        QFETCH(QString, start);
        QFETCH(int, months);
        QFETCH(QDate, expected);
        const auto date = parsePlanDate(text, start, months, QDate(2026, 12, 6));
        QVERIFY2(date.ok(), date.ok() ? "" : qPrintable(date.error()));
        QCOMPARE(*date, expected);
    }

    void notADate()
    {
        QVERIFY(!parsePlanDate(QStringLiteral("next week"), QStringLiteral("2025-01"), 12,
                               QDate(2026, 12, 6))
                     .ok());
    }
};

QTEST_GUILESS_MAIN(PlanDatesTest)
#include "PlanDatesTest.moc"
