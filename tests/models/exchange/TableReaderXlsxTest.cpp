// XLSX reading (models/exchange/TableReader.h) of workbooks written by libxlsxwriter: shared
// and inline strings, numbers, dates stored as serial numbers with a date style, two sheets.

#include "ExchangeTestFiles.h"
#include "models/exchange/TableReader.h"

#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using namespace cplan;

namespace {

// Sheet "Actuals": a header, a date-styled month, a text month, amounts as numbers and a
// Chinese channel name; sheet "说明" (notes) second. `inlineStrings` = constant-memory mode,
// where libxlsxwriter writes inline strings instead of the shared-string table.
bool writeWorkbook(const QString &path, bool inlineStrings)
{
    lxw_workbook_options options{};
    options.constant_memory = inlineStrings ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!workbook)
        return false;
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Actuals");
    lxw_worksheet *notes = workbook_add_worksheet(workbook, "说明");
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format *money = workbook_add_format(workbook);
    format_set_num_format(money, "#,##0.00");
    const char *header[] = {"Month", "Channel", "Spend", "Leads"};
    for (int column = 0; column < 4; ++column)
        worksheet_write_string(sheet, 0, lxw_col_t(column), header[column], nullptr);
    lxw_datetime april{2025, 4, 1, 0, 0, 0};
    worksheet_write_datetime(sheet, 1, 0, &april, date);
    worksheet_write_string(sheet, 1, 1, "搜索广告", nullptr);
    worksheet_write_number(sheet, 1, 2, 283410.25, money);
    worksheet_write_number(sheet, 1, 3, 5012, nullptr);
    worksheet_write_string(sheet, 2, 0, "2025年5月", nullptr);
    worksheet_write_string(sheet, 2, 1, "Short video ads", nullptr);
    worksheet_write_number(sheet, 2, 2, 1e6, nullptr);
    // Column D left empty in row 3; row 4 skipped entirely; row 5 only in column D.
    worksheet_write_number(sheet, 4, 3, 7, nullptr);
    worksheet_write_string(notes, 0, 0, "Note", nullptr);
    worksheet_write_string(notes, 1, 0, "Exported from the ad platform", nullptr);
    return workbook_close(workbook) == LXW_NO_ERROR;
}

} // namespace

class TableReaderXlsxTest : public QObject
{
    Q_OBJECT

private slots:
    void firstSheet_data()
    {
        QTest::addColumn<bool>("inlineStrings");
        QTest::newRow("shared strings") << false;
        QTest::newRow("inline strings") << true;
    }
    void firstSheet()
    {
        QFETCH(bool, inlineStrings);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("actuals.xlsx"));
        QVERIFY(writeWorkbook(path, inlineStrings));
        const auto table = readTable(path);
        QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error()));
        QVERIFY(table->isWorkbook);
        QCOMPARE(table->sheetNames,
                 (QStringList{QStringLiteral("Actuals"), QStringLiteral("说明")}));
        QCOMPARE(table->sheet, QStringLiteral("Actuals"));
        QCOMPARE(table->header, (QStringList{QStringLiteral("Month"), QStringLiteral("Channel"),
                                             QStringLiteral("Spend"), QStringLiteral("Leads")}));
        QCOMPARE(table->rows.size(), std::size_t(3));
        // The date-styled serial number comes back as a date; numbers as their shortest text.
        QCOMPARE(table->rows[0],
                 (QStringList{QStringLiteral("2025-04-01"), QStringLiteral("搜索广告"),
                              QStringLiteral("283410.25"), QStringLiteral("5012")}));
        QCOMPARE(table->rows[1],
                 (QStringList{QStringLiteral("2025年5月"), QStringLiteral("Short video ads"),
                              QStringLiteral("1000000")}));
        QCOMPARE(table->rows[2],
                 (QStringList{QString(), QString(), QString(), QStringLiteral("7")}));
        QCOMPARE(table->rowNumbers, (std::vector<int>{2, 3, 5}));
        QCOMPARE(table->headerRowNumber, 1);
    }

    void namedSheet()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("actuals.xlsx"));
        QVERIFY(writeWorkbook(path, false));
        TableReadOptions options;
        options.sheet = QStringLiteral("说明");
        const auto table = readTable(path, options);
        QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error()));
        QCOMPARE(table->sheet, QStringLiteral("说明"));
        QCOMPARE(table->header, QStringList{QStringLiteral("Note")});
        QCOMPARE(table->rows.size(), std::size_t(1));

        options.sheet = QStringLiteral("Missing");
        const auto missing = readTable(path, options);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error(), QStringLiteral("actuals.xlsx: no sheet named \"Missing\" (the "
                                                 "workbook has Actuals, 说明)"));
    }

    void progressReachesTheEnd()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("actuals.xlsx"));
        QVERIFY(writeWorkbook(path, false));
        TableReadOptions options;
        QList<int> seen;
        options.progress = [&](int percent) {
            seen << percent;
        };
        QVERIFY(readTable(path, options).ok());
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.constLast(), 100);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    }
};

QTEST_GUILESS_MAIN(TableReaderXlsxTest)
#include "TableReaderXlsxTest.moc"
