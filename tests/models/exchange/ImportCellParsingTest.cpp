// Amounts and months as spreadsheets write them (models/exchange/ImportCellParsing.h).

#include "models/exchange/ImportCellParsing.h"

#include <QTest>

using namespace cplan;

class ImportCellParsingTest : public QObject
{
    Q_OBJECT

private slots:
    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("expected");
        QTest::newRow("plain") << QStringLiteral("1234.5") << 1234.5;
        QTest::newRow("thousands") << QStringLiteral("1,234,567.89") << 1234567.89;
        QTest::newRow("yen") << QStringLiteral("¥1,234") << 1234.0;
        QTest::newRow("full-width yen") << QStringLiteral("￥283,410.25") << 283410.25;
        QTest::newRow("full-width digits") << QStringLiteral("￥１２，３４５．５") << 12345.5;
        QTest::newRow("CNY prefix") << QStringLiteral("CNY 1,000") << 1000.0;
        QTest::newRow("yuan suffix") << QStringLiteral("1000元") << 1000.0;
        QTest::newRow("dollar") << QStringLiteral("$1,234.50") << 1234.5;
        QTest::newRow("spaces") << QStringLiteral(" 1 234 567 ") << 1234567.0;
        QTest::newRow("european") << QStringLiteral("1.234,56") << 1234.56;
        QTest::newRow("decimal comma") << QStringLiteral("12,5") << 12.5;
        QTest::newRow("negative") << QStringLiteral("-5,000") << -5000.0;
        QTest::newRow("brackets") << QStringLiteral("(1,234)") << -1234.0;
        QTest::newRow("minus sign") << QStringLiteral("−12") << -12.0;
        QTest::newRow("negative yen") << QStringLiteral("-¥12") << -12.0;
        QTest::newRow("scientific") << QStringLiteral("1.5E+3") << 1500.0;
        QTest::newRow("excel digits") << QStringLiteral("280013.78000000003") << 280013.78;
    }
    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(double, expected);
        const auto value = parseAmount(text);
        QVERIFY2(value.has_value(), qPrintable(text));
        QCOMPARE(*value, expected);
    }

    void notAmounts_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {"", "  ", "abc", "12abc", "1,2,3", "1.2.3", "--5", "1,23.45",
                                 "N/A", "#DIV/0!", "12%"})
            QTest::newRow(text) << QString::fromUtf8(text);
    }
    void notAmounts()
    {
        QFETCH(QString, text);
        QVERIFY2(!parseAmount(text).has_value(), qPrintable(text));
    }

    void months_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("iso month") << QStringLiteral("2025-03") << QStringLiteral("2025-03");
        QTest::newRow("slash") << QStringLiteral("2025/3") << QStringLiteral("2025-03");
        QTest::newRow("dot") << QStringLiteral("2025.03") << QStringLiteral("2025-03");
        QTest::newRow("chinese") << QStringLiteral("2025年3月") << QStringLiteral("2025-03");
        QTest::newRow("chinese padded")
            << QStringLiteral("2025 年 03 月") << QStringLiteral("2025-03");
        QTest::newRow("full-width")
            << QStringLiteral("２０２５年３月") << QStringLiteral("2025-03");
        QTest::newRow("english short") << QStringLiteral("Mar 2025") << QStringLiteral("2025-03");
        QTest::newRow("english long")
            << QStringLiteral("September 2025") << QStringLiteral("2025-09");
        QTest::newRow("english dash") << QStringLiteral("Dec-2025") << QStringLiteral("2025-12");
        QTest::newRow("year first") << QStringLiteral("2025 Mar") << QStringLiteral("2025-03");
        QTest::newRow("first of month")
            << QStringLiteral("2025-03-01") << QStringLiteral("2025-03");
        QTest::newRow("first with time")
            << QStringLiteral("2025-03-01 00:00:00") << QStringLiteral("2025-03");
        QTest::newRow("slash date") << QStringLiteral("2025/3/1") << QStringLiteral("2025-03");
        QTest::newRow("chinese date")
            << QStringLiteral("2025年3月1日") << QStringLiteral("2025-03");
        QTest::newRow("excel serial") << QStringLiteral("45717") << QStringLiteral("2025-03");
        QTest::newRow("excel serial .0") << QStringLiteral("45658.0") << QStringLiteral("2025-01");
    }
    void months()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto month = parseMonthCell(text);
        QVERIFY2(month.has_value(), qPrintable(text));
        QCOMPARE(*month, expected);
    }

    void notMonths_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {"", "2025-13", "2025-03-15", "45720", "Mar", "Foo 2025", "2025",
                                 "03/2025", "2025年13月", "12", "2025-3-31"})
            QTest::newRow(text) << QString::fromUtf8(text);
    }
    void notMonths()
    {
        QFETCH(QString, text);
        QVERIFY2(!parseMonthCell(text).has_value(), qPrintable(text));
    }

    void excelSerials()
    {
        QCOMPARE(dateFromExcelSerial(45717), QDate(2025, 3, 1));
        QCOMPARE(dateFromExcelSerial(61), QDate(1900, 3, 1));
        QVERIFY(!dateFromExcelSerial(60).isValid()); // Excel's 1900-02-29
        QVERIFY(!dateFromExcelSerial(3e6).isValid());
    }
};

QTEST_APPLESS_MAIN(ImportCellParsingTest)
#include "ImportCellParsingTest.moc"
