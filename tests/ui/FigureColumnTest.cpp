// Sizing a column of figures by the shapes of its texts (ui/widgets/FigureColumn.h) gives the
// width measuring every cell gives, also where a cell has a font of its own (the bold best value
// of the comparison table, issue 21 C).

#include "ui/widgets/FigureColumn.h"

#include <QApplication>
#include <QHeaderView>
#include <QTableWidget>
#include <QTest>

#include <vector>

using namespace cplan;

class FigureColumnTest : public QObject
{
    Q_OBJECT

private:
    // The width of `column` measured over every cell (QTableView::resizeColumnToContents).
    static int fullWidth(QTableWidget &table, int column)
    {
        table.resizeColumnToContents(column);
        return table.horizontalHeader()->sectionSize(column);
    }

    static void fill(QTableWidget &table, const QStringList &texts, int boldRow)
    {
        table.setColumnCount(1);
        table.setRowCount(int(texts.size()));
        table.setHorizontalHeaderLabels({QStringLiteral("Δ")});
        for (int row = 0; row < int(texts.size()); ++row) {
            auto *item = new QTableWidgetItem(texts.at(row));
            QFont font = table.font();
            font.setBold(row == boldRow);
            item->setFont(font);
            table.setItem(row, 0, item);
        }
    }

private slots:
    void aCellInItsOwnFontIsMeasured_data()
    {
        QTest::addColumn<bool>("figures");
        QTest::newRow("figures") << true;
        QTest::newRow("texts") << false;
    }

    // Texts of one shape, the last in bold: bold is wider, so it sets the width.
    void aCellInItsOwnFontIsMeasured()
    {
        QFETCH(bool, figures);
        QTableWidget table;
        table.resize(600, 400);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        fill(table,
             {QStringLiteral("CNY 1,234,567"), QStringLiteral("CNY 2,345,678"),
              QStringLiteral("CNY 9,876,543")},
             2);
        const int full = fullWidth(table, 0);
        table.horizontalHeader()->resizeSection(0, 10);
        fitColumnByShapes(&table, 0, figures);
        QCOMPARE(table.horizontalHeader()->sectionSize(0), full);

        // The same texts, none in bold: narrower.
        fill(table,
             {QStringLiteral("CNY 1,234,567"), QStringLiteral("CNY 2,345,678"),
              QStringLiteral("CNY 9,876,543")},
             -1);
        const int regular = fullWidth(table, 0);
        QVERIFY2(regular < full, qPrintable(QStringLiteral("%1 vs %2").arg(regular).arg(full)));
        table.horizontalHeader()->resizeSection(0, 10);
        fitColumnByShapes(&table, 0, figures);
        QCOMPARE(table.horizontalHeader()->sectionSize(0), regular);
    }
};

QTEST_MAIN(FigureColumnTest)
#include "FigureColumnTest.moc"
