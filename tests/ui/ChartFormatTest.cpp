// Axis labels: the locale's number format, 万/亿 for Chinese yuan, short money otherwise.

#include "ui/charts/ChartFormat.h"

#include <QTest>

using namespace cplan;

class ChartFormatTest : public QObject
{
    Q_OBJECT

private slots:
    void chineseUnits_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("small") << 9800.0 << QStringLiteral("9,800");
        QTest::newRow("wan") << 1200000.0 << QStringLiteral("120万");
        QTest::newRow("wan with decimals") << 12500.0 << QStringLiteral("1.25万");
        QTest::newRow("yi") << 250000000.0 << QStringLiteral("2.5亿");
        QTest::newRow("budget") << 20000000.0 << QStringLiteral("2,000万");
        QTest::newRow("negative") << -3000000.0 << QStringLiteral("-300万");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    }
    void chineseUnits()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(chineseUnitsText(value, QLocale(QLocale::English, QLocale::UnitedStates)),
                 expected);
    }

    void shortFigures()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(axisValueText(1200000, FigureKind::Money, false, english), QStringLiteral("1.2M"));
        QCOMPARE(axisValueText(25000, FigureKind::Count, false, english), QStringLiteral("25k"));
        QCOMPARE(axisValueText(2e9, FigureKind::Money, false, english), QStringLiteral("2bn"));
        QCOMPARE(axisValueText(500, FigureKind::Money, false, english), QStringLiteral("500"));
        QCOMPARE(axisValueText(0.25, FigureKind::Percent, false, english), QStringLiteral("25%"));
        QCOMPARE(axisValueText(1e-12, FigureKind::Money, true, english), QStringLiteral("0"));
        QCOMPARE(axisValueText(1200000, FigureKind::Money, true, english), QStringLiteral("120万"));
    }

    void localeSeparators()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(axisValueText(1500000, FigureKind::Money, false, german), QStringLiteral("1,5M"));
        QCOMPARE(chineseUnitsText(12500, german), QStringLiteral("1,25万"));
        QCOMPARE(chineseUnitsText(9800, german), QStringLiteral("9.800"));
    }

    void titles()
    {
        QCOMPARE(axisTitle(QStringLiteral("Spend"), FigureKind::Money, QStringLiteral("CNY")),
                 QStringLiteral("Spend (CNY)"));
        QCOMPARE(axisTitle(QStringLiteral("Customers"), FigureKind::Count, QStringLiteral("CNY")),
                 QStringLiteral("Customers"));
    }
};

QTEST_GUILESS_MAIN(ChartFormatTest)
#include "ChartFormatTest.moc"
