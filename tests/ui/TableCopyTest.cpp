// Read-only tables copy the whole selection with headers as tab-separated text whose numbers a
// spreadsheet reads as numbers.

#include "ui/widgets/TableCopy.h"

#include <QApplication>
#include <QClipboard>
#include <QTableWidget>
#include <QTest>

using namespace cplan;

class TableCopyTest : public QObject
{
    Q_OBJECT

private:
    static QTableWidget *makeTable()
    {
        auto *table = new QTableWidget(2, 3);
        table->setHorizontalHeaderLabels(
            {QStringLiteral("Total"), QStringLiteral("Plan A"), QStringLiteral("Δ")});
        const QString cells[2][3] = {{QStringLiteral("Customer acquisition cost (CAC)"),
                                      QStringLiteral("CNY 1,234.50"), QStringLiteral("−CNY 12.00")},
                                     {QStringLiteral("Return on investment (ROI)"),
                                      QStringLiteral("12.5%"), QStringLiteral("+2.3 pp")}};
        for (int r = 0; r < 2; ++r) {
            for (int c = 0; c < 3; ++c)
                table->setItem(r, c, new QTableWidgetItem(cells[r][c]));
        }
        return table;
    }

private slots:
    void numbersLoseTheirFormatting()
    {
        QCOMPARE(TableCopy::plainCellText(QStringLiteral("CNY 20,000,000")),
                 QStringLiteral("20000000"));
        QCOMPARE(TableCopy::plainCellText(QStringLiteral("CNY 148.52")), QStringLiteral("148.52"));
        QCOMPARE(TableCopy::plainCellText(QStringLiteral("+CNY 5,000,000")),
                 QStringLiteral("5000000"));
        QCOMPARE(TableCopy::plainCellText(QStringLiteral("−CNY 12.00")), QStringLiteral("-12.00"));
        QCOMPARE(TableCopy::plainCellText(QStringLiteral("12.5%")), QStringLiteral("12.5%"));
        QCOMPARE(TableCopy::plainCellText(QStringLiteral("+2.3 pp")), QStringLiteral("2.3"));
        QCOMPARE(TableCopy::plainCellText(QStringLiteral("1 : 3.00")), QStringLiteral("3.00"));
        QCOMPARE(TableCopy::plainCellText(QStringLiteral("month 7")), QStringLiteral("7"));
        QCOMPARE(TableCopy::plainCellText(QStringLiteral("+2 months")), QStringLiteral("2"));
        QCOMPARE(TableCopy::plainCellText(QStringLiteral("—")), QString());
        // The Chinese UI's forms (issue 22 B.6): amounts in 万/亿, months, percentage points.
        QCOMPARE(TableCopy::plainCellText(QStringLiteral("¥2,000万")), QStringLiteral("20000000"));
        QCOMPARE(TableCopy::plainCellText(QStringLiteral("¥28.001378万")),
                 QStringLiteral("280013.78"));
        QCOMPARE(TableCopy::plainCellText(QStringLiteral("-¥1.5亿")), QStringLiteral("-150000000"));
        QCOMPARE(TableCopy::plainCellText(QStringLiteral("¥1,142.53")), QStringLiteral("1142.53"));
        QCOMPARE(TableCopy::plainCellText(QStringLiteral("第 15 个月")), QStringLiteral("15"));
        QCOMPARE(TableCopy::plainCellText(QStringLiteral("+0.0 个百分点")), QStringLiteral("0.0"));
        QCOMPARE(TableCopy::plainCellText(QStringLiteral("3 天")), QStringLiteral("3"));
        QCOMPARE(TableCopy::plainCellText(QStringLiteral("第一批内容")),
                 QStringLiteral("第一批内容"));
        QCOMPARE(TableCopy::plainCellText(QStringLiteral("Short video ads")),
                 QStringLiteral("Short video ads"));
    }

    void ctrlACtrlCCopiesEverythingWithHeaders()
    {
        std::unique_ptr<QTableWidget> table(makeTable());
        TableCopy::install(table.get());
        table->show();
        QVERIFY(QTest::qWaitForWindowExposed(table.get()));
        table->setFocus();
        QApplication::clipboard()->clear();
        QTest::keyClick(table.get(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(table->selectionModel()->selectedIndexes().size(), 6);
        QTest::keyClick(table.get(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("Total\tPlan A\tΔ\n"
                                "Customer acquisition cost (CAC)\t1234.50\t-12.00\n"
                                "Return on investment (ROI)\t12.5%\t2.3\n"));
    }

    void aPartialSelectionCopiesItsRectangle()
    {
        std::unique_ptr<QTableWidget> table(makeTable());
        TableCopy::install(table.get());
        table->setRangeSelected(QTableWidgetSelectionRange(0, 1, 1, 1), true);
        QCOMPARE(TableCopy::selectionText(table.get()), QStringLiteral("Plan A\n1234.50\n12.5%\n"));
    }

    void aRawValueWinsOverTheShownText()
    {
        std::unique_ptr<QTableWidget> table(makeTable());
        table->item(0, 1)->setData(TableCopy::RawValueRole, 1234.5678);
        table->setRangeSelected(QTableWidgetSelectionRange(0, 1, 0, 1), true);
        QCOMPARE(TableCopy::selectionText(table.get()), QStringLiteral("Plan A\n1234.5678\n"));
    }
};

QTEST_MAIN(TableCopyTest)
#include "TableCopyTest.moc"
