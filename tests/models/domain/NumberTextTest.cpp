#include "models/domain/NumberText.h"

#include <QLocale>
#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using namespace cplan;

class NumberTextTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void acceptsAmounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("expected");
        QTest::newRow("plain") << QStringLiteral("20000000") << 2e7;
        QTest::newRow("grouped") << QStringLiteral("20,000,000") << 2e7;
        QTest::newRow("yen") << QStringLiteral("¥20,000,000") << 2e7;
        QTest::newRow("fullwidth yen") << QStringLiteral("￥20,000,000") << 2e7;
        QTest::newRow("code and M") << QStringLiteral("CNY 20M") << 2e7;
        QTest::newRow("M") << QStringLiteral("20M") << 2e7;
        QTest::newRow("wan") << QStringLiteral("2000万") << 2e7;
        QTest::newRow("yi") << QStringLiteral("0.2亿") << 2e7;
        QTest::newRow("wan yuan") << QStringLiteral("2,000 万元") << 2e7;
        QTest::newRow("fullwidth digits") << QStringLiteral("２０００万") << 2e7;
        QTest::newRow("fullwidth comma") << QStringLiteral("２０，０００，０００") << 2e7;
        QTest::newRow("yuan") << QStringLiteral("20000元") << 2e4;
        QTest::newRow("code after") << QStringLiteral("20,000 CNY") << 2e4;
        QTest::newRow("RMB") << QStringLiteral("RMB 1.5万") << 15000.0;
        QTest::newRow("k") << QStringLiteral("45k") << 45000.0;
        QTest::newRow("decimals") << QStringLiteral("45.50") << 45.5;
        QTest::newRow("nbsp") << QStringLiteral("1\u00a0234") << 1234.0;
        QTest::newRow("negative") << QStringLiteral("-5") << -5.0;
        QTest::newRow("minus sign") << QStringLiteral("−2万") << -20000.0;
        QTest::newRow("sign after currency") << QStringLiteral("¥-300") << -300.0;
        QTest::newRow("exponent") << QStringLiteral("2e7") << 2e7;
        QTest::newRow("billion") << QStringLiteral("1.25bn") << 1.25e9;
        // Issue 21, B: every unit word's value, so a unit read as another power of ten (千万 as
        // 10^6 was a 10x error no test saw) fails here.
        QTest::newRow("unit 千") << QStringLiteral("3千") << 3e3;
        QTest::newRow("unit 万") << QStringLiteral("3万") << 3e4;
        QTest::newRow("unit 萬") << QStringLiteral("3萬") << 3e4;
        QTest::newRow("unit 十万") << QStringLiteral("3十万") << 3e5;
        QTest::newRow("unit 百万") << QStringLiteral("3百万") << 3e6;
        QTest::newRow("unit 千万") << QStringLiteral("3千万") << 3e7;
        QTest::newRow("unit 亿") << QStringLiteral("3亿") << 3e8;
        QTest::newRow("unit 億") << QStringLiteral("3億") << 3e8;
        QTest::newRow("unit k") << QStringLiteral("3k") << 3e3;
        QTest::newRow("unit K") << QStringLiteral("3K") << 3e3;
        QTest::newRow("unit M") << QStringLiteral("3M") << 3e6;
        QTest::newRow("unit mn") << QStringLiteral("3mn") << 3e6;
        QTest::newRow("unit MM") << QStringLiteral("3MM") << 3e6;
        QTest::newRow("unit bn") << QStringLiteral("3bn") << 3e9;
        QTest::newRow("unit B") << QStringLiteral("3B") << 3e9;
    }

    void acceptsAmounts()
    {
        QFETCH(QString, text);
        QFETCH(double, expected);
        const Result<double> parsed = NumberText::parseAmount(text, QStringLiteral("CNY"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
        QCOMPARE(parsed.value(), expected);
    }

    void refusesAmounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        const QString notAmount = QStringLiteral("\"%1\" is not an amount of money (for example "
                                                 "20,000,000, 2000万 or CNY 20M)");
        QTest::newRow("empty") << QString() << QStringLiteral("an amount is needed");
        QTest::newRow("word") << QStringLiteral("lots") << notAmount.arg(QStringLiteral("lots"));
        QTest::newRow("percent") << QStringLiteral("20%") << notAmount.arg(QStringLiteral("20%"));
        QTest::newRow("bad groups")
            << QStringLiteral("1,5") << notAmount.arg(QStringLiteral("1,5"));
        QTest::newRow("two units")
            << QStringLiteral("2万亿x") << notAmount.arg(QStringLiteral("2万亿x"));
        QTest::newRow("two signs") << QStringLiteral("--5") << notAmount.arg(QStringLiteral("--5"));
        QTest::newRow("trailing text")
            << QStringLiteral("20000 approx") << notAmount.arg(QStringLiteral("20000 approx"));
        QTest::newRow("other currency")
            << QStringLiteral("USD 20M")
            << QStringLiteral("\"USD 20M\" is not in CNY, the plan's currency");
        QTest::newRow("euro") << QStringLiteral("€5")
                              << QStringLiteral("\"€5\" is not in CNY, the plan's currency");
        QTest::newRow("mixed currencies")
            << QStringLiteral("USD 5 EUR") << notAmount.arg(QStringLiteral("USD 5 EUR"));
    }

    void refusesAmounts()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const Result<double> parsed = NumberText::parseAmount(text, QStringLiteral("CNY"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error(), message);
    }

    void percentages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("expected");
        QTest::newRow("bare above 1") << QStringLiteral("60") << 0.6;
        QTest::newRow("with sign") << QStringLiteral("60%") << 0.6;
        QTest::newRow("fraction") << QStringLiteral("0.6") << 0.6;
        QTest::newRow("one is all") << QStringLiteral("1") << 1.0;
        QTest::newRow("decimal percent") << QStringLiteral("12.5%") << 0.125;
        QTest::newRow("bare decimal percent") << QStringLiteral("12.5") << 0.125;
        QTest::newRow("fullwidth") << QStringLiteral("６０％") << 0.6;
        QTest::newRow("zero") << QStringLiteral("0") << 0.0;
        QTest::newRow("negative stays") << QStringLiteral("-5") << -5.0;
        QTest::newRow("over 100% stays") << QStringLiteral("140%") << 1.4;
    }

    void percentages()
    {
        QFETCH(QString, text);
        QFETCH(double, expected);
        const Result<double> parsed = NumberText::parsePercent(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
        QCOMPARE(parsed.value(), expected);
    }

    void refusesPercentages()
    {
        QCOMPARE(NumberText::parsePercent(QStringLiteral("60万")).error(),
                 QStringLiteral("\"60万\" is not a percentage (for example 60%, 60 or 0.6)"));
        QCOMPARE(NumberText::parsePercent(QStringLiteral("¥60")).error(),
                 QStringLiteral("\"¥60\" is not a percentage (for example 60%, 60 or 0.6)"));
        QCOMPARE(NumberText::parsePercent(QStringLiteral("half")).error(),
                 QStringLiteral("\"half\" is not a percentage (for example 60%, 60 or 0.6)"));
        QCOMPARE(NumberText::parsePercent(QStringLiteral(" ")).error(),
                 QStringLiteral("a percentage is needed"));
    }

    void plainNumbers()
    {
        QCOMPARE(NumberText::parseNumber(QStringLiteral("1,234.5")).value(), 1234.5);
        QCOMPARE(NumberText::parseNumber(QStringLiteral("12.5%")).value(), 0.125);
        QCOMPARE(NumberText::parseNumber(QStringLiteral("3万")).value(), 30000.0);
        QCOMPARE(NumberText::parseNumber(QStringLiteral("¥3")).error(),
                 QStringLiteral("\"¥3\" is not a number"));
        QCOMPARE(NumberText::parseNumber(QStringLiteral("x")).error(),
                 QStringLiteral("\"x\" is not a number"));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("iso") << QStringLiteral("2025-04-03") << QDate(2025, 4, 3);
        QTest::newRow("slashes") << QStringLiteral("2025/4/3") << QDate(2025, 4, 3);
        QTest::newRow("dots") << QStringLiteral("2025.4.3") << QDate(2025, 4, 3);
        QTest::newRow("chinese") << QStringLiteral("2025年4月3日") << QDate(2025, 4, 3);
        QTest::newRow("compact") << QStringLiteral("20250403") << QDate(2025, 4, 3);
        QTest::newRow("month/day this year") << QStringLiteral("4/3") << QDate(2031, 4, 3);
        QTest::newRow("chinese month day") << QStringLiteral("4月3日") << QDate(2031, 4, 3);
        QTest::newRow("fullwidth") << QStringLiteral("２０２５／４／３") << QDate(2025, 4, 3);
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        const Result<QDate> parsed = NumberText::parseDate(text, QDate(2031, 7, 9));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
        QCOMPARE(parsed.value(), expected);
    }

    void refusesDates()
    {
        for (const QString &text : {QStringLiteral("2025-02-30"), QStringLiteral("13/1"),
                                    QStringLiteral("soon"), QStringLiteral("2025-4")}) {
            const Result<QDate> parsed = NumberText::parseDate(text, QDate(2031, 7, 9));
            QVERIFY2(!parsed.ok(), qPrintable(text));
            QCOMPARE(parsed.error(),
                     QStringLiteral("\"%1\" is not a date (for example 2025-04-03, 2025/4/3 or "
                                    "4/3)")
                         .arg(text));
        }
    }

    void formatsAmounts()
    {
        QCOMPARE(NumberText::formatAmount(2e7, QStringLiteral("CNY")),
                 QStringLiteral("CNY 20,000,000"));
        QCOMPARE(NumberText::formatAmount(45.5, QStringLiteral("CNY")),
                 QStringLiteral("CNY 45.50"));
        QCOMPARE(NumberText::formatAmount(2e7, QStringLiteral("CNY"), AmountStyle::ChineseUnits),
                 QStringLiteral("¥2,000万"));
        QCOMPARE(NumberText::formatAmount(1.25e8, QStringLiteral("CNY"), AmountStyle::ChineseUnits),
                 QStringLiteral("¥1.25亿"));
        QCOMPARE(NumberText::formatAmount(9500, QStringLiteral("CNY"), AmountStyle::ChineseUnits),
                 QStringLiteral("¥9,500"));
        QCOMPARE(NumberText::formatAmount(-35000, QStringLiteral("USD"), AmountStyle::ChineseUnits),
                 QStringLiteral("-USD 3.5万"));
        QCOMPARE(NumberText::formatPercent(0.125), QStringLiteral("12.5%"));
        QCOMPARE(NumberText::formatQuantity(1234.5), QStringLiteral("1,234.5"));
    }

    // A column's amounts with one number of decimals (issue 22 B.7): the decimals the column
    // needs, then every cell written with exactly them, in its own unit.
    void formatsColumnsOfAmounts()
    {
        const auto decimals = [](std::vector<double> values, AmountStyle style) {
            return NumberText::amountDecimals(values, style);
        };
        const AmountStyle zh = AmountStyle::ChineseUnits;
        const AmountStyle en = AmountStyle::Grouped;
        QCOMPARE(decimals({674.4, 688, 938.41}, zh), 2);
        QCOMPARE(decimals({674.4, 688}, zh), 1);
        QCOMPARE(decimals({2e7, 2.5e7, 9500}, zh), 0);
        QCOMPARE(decimals({2402006.490815597, 280013.78}, zh), 1); // ¥240.2万, ¥28万
        QCOMPARE(decimals({1.2346e8}, zh), 2);                     // two decimals of 亿 at most
        QCOMPARE(decimals({9999.996}, zh), 0);                     // ¥1万
        QCOMPARE(decimals({2e7, 1809}, en), 0);
        QCOMPARE(decimals({2e7, 1901.04}, en), 2);
        QCOMPARE(decimals({1901.001}, en), 0); // no cents to show
        QCOMPARE(decimals({}, en), 0);
        QCOMPARE(decimals({std::nan(""), std::numeric_limits<double>::infinity()}, zh), 0);

        const QString cny = QStringLiteral("CNY");
        QCOMPARE(NumberText::formatAmount(688, cny, zh, 2), QStringLiteral("¥688.00"));
        QCOMPARE(NumberText::formatAmount(674.4, cny, zh, 2), QStringLiteral("¥674.40"));
        QCOMPARE(NumberText::formatAmount(280013.78, cny, zh, 1), QStringLiteral("¥28.0万"));
        QCOMPARE(NumberText::formatAmount(2e7, cny, zh, 0), QStringLiteral("¥2,000万"));
        QCOMPARE(NumberText::formatAmount(2e7, cny, zh, 2), QStringLiteral("¥2,000.00万"));
        QCOMPARE(NumberText::formatAmount(1.2346e8, cny, zh, 2), QStringLiteral("¥1.23亿"));
        QCOMPARE(NumberText::formatAmount(9999.996, cny, zh, 2), QStringLiteral("¥1.00万"));
        QCOMPARE(NumberText::formatAmount(99999999, cny, zh, 0), QStringLiteral("¥1亿"));
        QCOMPARE(NumberText::formatAmount(-35000, QStringLiteral("USD"), zh, 2),
                 QStringLiteral("-USD 3.50万"));
        QCOMPARE(NumberText::formatAmount(-0.001, cny, zh, 2), QStringLiteral("¥0.00"));
        QCOMPARE(NumberText::formatAmount(1809, cny, en, 2), QStringLiteral("CNY 1,809.00"));
        QCOMPARE(NumberText::formatAmount(2e7, cny, en, 0), QStringLiteral("CNY 20,000,000"));
        QCOMPARE(NumberText::formatAmount(-0.001, cny, en, 2), QStringLiteral("CNY 0.00"));
        // A negative count of decimals is the value's own choice.
        QCOMPARE(NumberText::formatAmount(45.5, cny, en, -1), QStringLiteral("CNY 45.50"));
        // What a column shows reads back to the value at the precision shown.
        for (double value : {688.0, 674.4, 280013.78, 2e7, 1.2346e8, -35000.0}) {
            const QString text = NumberText::formatAmount(value, cny, zh, 2);
            const Result<double> parsed = NumberText::parseAmount(text, cny);
            QVERIFY2(parsed.ok(), qPrintable(text));
            const double unit = std::abs(value) >= 1e8 ? 1e8 : std::abs(value) >= 1e4 ? 1e4 : 1;
            QVERIFY2(std::abs(*parsed - value) <= unit * 0.005 * 1.000001, qPrintable(text));
        }
    }

    // Whatever a cell shows in either style reads back as the same number, bit for bit.
    void formattedAmountsReadBackExactly_data()
    {
        QTest::addColumn<double>("value");
        for (double value : {0.0, 1.0, 45.5, 9999.99, 10000.0, 20000000.0, 25000000.0, 1.25e8,
                             123456789.5, 3.5e11, 0.01, 7654321.09, -35000.0})
            QTest::newRow(qPrintable(QString::number(value, 'g', 17))) << value;
    }

    void formattedAmountsReadBackExactly()
    {
        QFETCH(double, value);
        for (AmountStyle style : {AmountStyle::Grouped, AmountStyle::ChineseUnits}) {
            const QString text = NumberText::formatAmount(value, QStringLiteral("CNY"), style);
            const Result<double> parsed = NumberText::parseAmount(text, QStringLiteral("CNY"));
            QVERIFY2(parsed.ok(), qPrintable(text));
            if (style == AmountStyle::Grouped && std::floor(value) != value)
                QCOMPARE(parsed.value(), std::round(value * 100) / 100); // two decimals shown
            else
                QCOMPARE(parsed.value(), value);
        }
    }
};

QTEST_GUILESS_MAIN(NumberTextTest)
#include "NumberTextTest.moc"
