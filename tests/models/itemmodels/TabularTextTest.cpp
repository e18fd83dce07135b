// TabularText: spreadsheet clipboard text in and out, including hostile input.

#include "models/itemmodels/TabularText.h"

#include <QTest>

using namespace cplan;

class TabularTextTest : public QObject
{
    Q_OBJECT

private slots:
    void parsesPlainRows();
    void parsesQuotedCells();
    void padsRaggedRows();
    void formatRoundTrips();
    void refusesHostileInput();
};

void TabularTextTest::parsesPlainRows()
{
    auto rows = TabularText::parse(QStringLiteral("1\t2\r\n3\t4\r\n"));
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), std::size_t(2));
    QCOMPARE(rows.value()[1], (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
    auto single = TabularText::parse(QStringLiteral("42"));
    QVERIFY(single.ok());
    QCOMPARE(single->size(), std::size_t(1));
    QCOMPARE(single.value()[0], QStringList{QStringLiteral("42")});
    auto empty = TabularText::parse(QString());
    QVERIFY(empty.ok());
    QVERIFY(empty->empty());
    auto blankCells = TabularText::parse(QStringLiteral("\t\n"));
    QVERIFY(blankCells.ok());
    QCOMPARE(blankCells.value()[0], (QStringList{QString(), QString()}));
}

void TabularTextTest::parsesQuotedCells()
{
    auto rows = TabularText::parse(
        QStringLiteral("\"a\tb\"\t\"line1\nline2\"\t\"say \"\"hi\"\"\"\nx\t\"\"\tz\n"));
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), std::size_t(2));
    QCOMPARE(rows.value()[0], (QStringList{QStringLiteral("a\tb"), QStringLiteral("line1\nline2"),
                                           QStringLiteral("say \"hi\"")}));
    QCOMPARE(rows.value()[1], (QStringList{QStringLiteral("x"), QString(), QStringLiteral("z")}));
    // A quote inside a cell (not at its start) is an ordinary character.
    auto inner = TabularText::parse(QStringLiteral("5\" screen\t2"));
    QVERIFY(inner.ok());
    QCOMPARE(inner.value()[0][0], QStringLiteral("5\" screen"));
}

void TabularTextTest::padsRaggedRows()
{
    auto rows = TabularText::parse(QStringLiteral("1\n2\t3\t4\n5\t6\n"));
    QVERIFY(rows.ok());
    for (const QStringList &row : rows.value())
        QCOMPARE(row.size(), 3);
    QCOMPARE(rows.value()[0], (QStringList{QStringLiteral("1"), QString(), QString()}));
}

void TabularTextTest::formatRoundTrips()
{
    const std::vector<QStringList> rows{
        {QStringLiteral("Search"), QStringLiteral("0.2"), QStringLiteral("a\tb")},
        {QStringLiteral("x \"quoted\""), QString(), QStringLiteral("two\nlines")}};
    const QString text = TabularText::format(rows);
    QCOMPARE(text.count(QLatin1Char('\n')), 3); // two row ends and one inside a quoted cell
    auto parsed = TabularText::parse(text);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value(), rows);
}

void TabularTextTest::refusesHostileInput()
{
    auto unterminated = TabularText::parse(QStringLiteral("\"open\t1\n2"));
    QVERIFY(!unterminated.ok());
    QVERIFY(unterminated.error().contains(QStringLiteral("quote")));
    QVERIFY(!TabularText::parse(QStringLiteral("a") + QChar(0) + QStringLiteral("b")).ok());
    QVERIFY(!TabularText::parse(QString(TabularText::maxChars + 1, QLatin1Char('1'))).ok());
    QVERIFY(!TabularText::parse(QString(TabularText::maxRows + 1, QLatin1Char('\n'))).ok());
    QVERIFY(!TabularText::parse(QString(TabularText::maxColumns + 1, QLatin1Char('\t'))).ok());
    QString manyCells;
    for (int row = 0; row < 300; ++row)
        manyCells += QString(999, QLatin1Char('\t')) + QLatin1Char('\n');
    auto tooMany = TabularText::parse(manyCells);
    QVERIFY(!tooMany.ok());
    QVERIFY(tooMany.error().contains(QStringLiteral("too large")));
}

QTEST_GUILESS_MAIN(TabularTextTest)
#include "TabularTextTest.moc"
