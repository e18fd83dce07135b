// Months.h: the "YYYY-MM" months and "YYYY-MM-DD" dates of the file format, read by hand.
#include "models/domain/Months.h"

#include <QTest>

using namespace cplan;
using namespace Qt::StringLiterals;

class MonthsTest : public QObject
{
    Q_OBJECT

private slots:
    void readsMonths_data();
    void readsMonths();
    void readsDates_data();
    void readsDates();
    void writesMonths();
};

void MonthsTest::readsMonths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("month"); // invalid: refused
    QTest::newRow("plain") << u"2025-03"_s << QDate(2025, 3, 1);
    QTest::newRow("december") << u"1999-12"_s << QDate(1999, 12, 1);
    QTest::newRow("month 13") << u"2025-13"_s << QDate();
    QTest::newRow("month 0") << u"2025-00"_s << QDate();
    QTest::newRow("one digit") << u"2025-3"_s << QDate();
    QTest::newRow("a date") << u"2025-03-01"_s << QDate();
    QTest::newRow("slash") << u"2025/03"_s << QDate();
    QTest::newRow("trailing") << u"2025-03x"_s << QDate();
    QTest::newRow("leading space") << u" 2025-03"_s << QDate();
    QTest::newRow("sign") << u"-025-03"_s << QDate();
    QTest::newRow("full-width digits") << u"２０２５-03"_s << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void MonthsTest::readsMonths()
{
    QFETCH(QString, text);
    QFETCH(QDate, month);
    const std::optional<QDate> read = parseMonth(text);
    QCOMPARE(read.has_value(), month.isValid());
    if (read)
        QCOMPARE(*read, month);
}

void MonthsTest::readsDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("plain") << u"2025-04-03"_s << QDate(2025, 4, 3);
    QTest::newRow("leap day") << u"2024-02-29"_s << QDate(2024, 2, 29);
    QTest::newRow("no leap day") << u"2025-02-29"_s << QDate();
    QTest::newRow("day 32") << u"2025-01-32"_s << QDate();
    QTest::newRow("a month") << u"2025-01"_s << QDate();
    QTest::newRow("time") << u"2025-01-01T00"_s << QDate();
    QTest::newRow("letters") << u"2025-0a-01"_s << QDate();
}

void MonthsTest::readsDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const std::optional<QDate> read = parseIsoDate(text);
    QCOMPARE(read.has_value(), date.isValid());
    if (read)
        QCOMPARE(*read, date);
}

void MonthsTest::writesMonths()
{
    QCOMPARE(monthText(QDate(2025, 3, 17)), u"2025-03"_s);
    QCOMPARE(monthText(QDate(987, 11, 1)), u"0987-11"_s);
    QCOMPARE(monthLabel(u"2025-11"_s, 3), u"2026-02"_s);
    QCOMPARE(monthLabel(u"2025-01"_s, 0), u"2025-01"_s);
    QCOMPARE(monthLabel(u"garbage"_s, 4), u"5"_s);
}

QTEST_APPLESS_MAIN(MonthsTest)
#include "MonthsTest.moc"
