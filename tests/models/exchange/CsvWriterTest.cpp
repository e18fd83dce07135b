// CSV export (RFC 4180): quoting, embedded line breaks, Chinese names, BOM, full precision,
// one file per table or only the one asked for; read back through a small RFC 4180 parser.

#include "models/exchange/CsvWriter.h"
#include "ExchangeTestSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace cplan {

namespace {

// A strict RFC 4180 reader: fields separated by commas, records by CRLF, quoted fields may hold
// commas, doubled quotes and line breaks. Returns nullopt on malformed input.
std::optional<std::vector<QStringList>> parseCsv(const QString &text)
{
    std::vector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool afterQuote = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                field += ch;
            }
            continue;
        }
        if (ch == QLatin1Char(',')) {
            record << field;
            field.clear();
            afterQuote = false;
        } else if (ch == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                return std::nullopt;
            ++i;
            record << field;
            records.push_back(record);
            record.clear();
            field.clear();
            afterQuote = false;
        } else if (ch == QLatin1Char('"')) {
            if (!field.isEmpty() || afterQuote)
                return std::nullopt; // a quote inside an unquoted field
            quoted = true;
        } else {
            if (afterQuote)
                return std::nullopt;
            field += ch;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        return std::nullopt; // the last record must end with CRLF
    return records;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The sample with names that need quoting: quotes, commas, a line break and Chinese.
Plan awkwardPlan()
{
    Plan plan = test::samplePlan();
    const QString oldName = plan.channels[0].name;
    const QString newName = QStringLiteral("Search \"long-tail\", 搜索\n关键词");
    plan.channels[0].name = newName;
    for (Actual &actual : plan.actuals) {
        if (actual.channel == oldName)
            actual.channel = newName;
    }
    plan.scenarios[1].name = QStringLiteral("方案 B, 2500万");
    plan.stages[1] = QStringLiteral("注册用户");
    return plan;
}

} // namespace

class CsvWriterTest : public QObject
{
    Q_OBJECT

private slots:
    // Issue 22 B.8: plain decimals, never "2.2e+07" or "7699999.999999999".
    void numbersArePlainDecimals()
    {
        ExportTable table =
            makeExportTable(QStringLiteral("t"), QStringLiteral("T"), QStringLiteral("T"),
                            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                             QStringLiteral("d"), QStringLiteral("e")});
        table.rows.push_back({ExportCell::ofNumber(2.2e7, CellFormat::Money),
                              ExportCell::ofNumber(7699999.999999999, CellFormat::Money),
                              ExportCell::ofNumber(0.1234567891, CellFormat::Percent),
                              ExportCell::ofNumber(2.333333333, CellFormat::Ratio),
                              ExportCell::ofNumber(-0.000001, CellFormat::MoneyPrecise)});
        const QString text = QString::fromUtf8(csvTable(table));
        QVERIFY2(text.contains(QStringLiteral("22000000.00,7700000.00,0.123457,2.3333,0.00")),
                 qPrintable(text));
    }

    // Issue 22 D.16: a target without a label (as the GUI makes them) is exported under its
    // metric's name, not as an unlabeled row.
    void unlabeledTargetIsNamedByItsMetric()
    {
        Plan plan = test::samplePlan();
        plan.targets.front().label.clear();
        const auto workbook = buildExportWorkbook(plan, {}, QDate(2025, 7, 1));
        QVERIFY(workbook.ok());
        const ExportTable *targets = workbook->table(QStringLiteral("targets"));
        QVERIFY(targets);
        const ExportCell &label = targets->rows.front().front();
        QVERIFY(!label.text.isEmpty());
        QCOMPARE(label.text, targets->rows.front().at(1).text);
    }

    void fieldsAreQuotedOnlyWhenNeeded()
    {
        QCOMPARE(csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(csvField(QStringLiteral("中文")), QStringLiteral("中文"));
    }

    // Issue 21, A.16: text a spreadsheet would evaluate as a formula gets a leading apostrophe
    // (OWASP); numbers, and text that is a plain number, stay as they are.
    void formulaTextIsNeutralised()
    {
        QCOMPARE(csvField(QStringLiteral("=HYPERLINK(\"http://x\")")),
                 QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
        QCOMPARE(csvField(QStringLiteral("+1+cmd")), QStringLiteral("'+1+cmd"));
        QCOMPARE(csvField(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
        QCOMPARE(csvField(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(csvField(QStringLiteral("\t=1")), QStringLiteral("'\t=1"));
        QCOMPARE(csvField(QStringLiteral("\r=1")), QStringLiteral("\"'\r=1\""));
        QCOMPARE(csvField(QStringLiteral("-5")), QStringLiteral("-5"));
        QCOMPARE(csvField(QStringLiteral("+3.5")), QStringLiteral("+3.5"));
        QCOMPARE(csvField(QStringLiteral("-1e-3")), QStringLiteral("-1e-3"));
        QCOMPARE(csvField(QStringLiteral("a=b")), QStringLiteral("a=b"));

        // Through a whole export: a channel named "=1+2" and a number cell of -5.
        ExportTable table;
        table.columns = {QStringLiteral("=name"), QStringLiteral("value")};
        ExportCell name;
        name.text = QStringLiteral("=1+2");
        ExportCell value;
        value.number = -5.0;
        table.rows.push_back({name, value});
        // (A number is written as a plain decimal to the cent, issue 22 B.8; never neutralised.)
        QCOMPARE(csvTable(table), QByteArray("\xEF\xBB\xBF'=name,value\r\n'=1+2,-5.00\r\n"));
    }

    void oneFilePerTableNamedAfterTheOutput()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("plan.csv"));
        const QStringList expected = csvPaths(out);
        QCOMPARE(expected.size(), exportTableIds().size());
        QCOMPARE(expected.front(), dir.filePath(QStringLiteral("plan-summary.csv")));
        const auto workbook = buildExportWorkbook(test::samplePlan(), {}, QDate(2025, 7, 1));
        QVERIFY(workbook.ok());
        QVERIFY(writeCsv(*workbook, out).ok());
        QStringList written = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QStringList names;
        for (const QString &path : expected)
            names << QFileInfo(path).fileName();
        written.sort();
        names.sort();
        QCOMPARE(written, names);
    }

    void oneTableOnlyWithTable()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("monthly.csv"));
        const auto workbook = buildExportWorkbook(test::samplePlan(), {}, QDate(2025, 7, 1));
        QVERIFY(writeCsv(*workbook, out, QStringLiteral("monthly")).ok());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("monthly.csv")});
        const Status unknown = writeCsv(*workbook, out, QStringLiteral("nope"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().contains(QLatin1String("available: summary")));
    }

    // Every table through the parser: same header, same texts, numbers exactly (shortest
    // round-trip), awkward names intact.
    void roundTripsThroughAnRfc4180Parser()
    {
        const Plan plan = awkwardPlan();
        const auto workbook = buildExportWorkbook(plan, plan.scenarios[1].name, QDate(2025, 7, 1));
        QVERIFY2(workbook.ok(), qPrintable(workbook.ok() ? QString() : workbook.error()));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("awkward.csv"));
        QVERIFY(writeCsv(*workbook, out).ok());
        const QStringList paths = csvPaths(out);
        bool sawAwkwardName = false;
        for (qsizetype t = 0; t < paths.size(); ++t) {
            const ExportTable *table = workbook->table(exportTableIds().at(t));
            const QByteArray bytes = readBytes(paths.at(t));
            QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), qPrintable(paths.at(t)));
            const auto records = parseCsv(QString::fromUtf8(bytes.mid(3)));
            QVERIFY2(records, qPrintable(paths.at(t)));
            QCOMPARE(records->size(), table->rows.size() + 1);
            QCOMPARE(records->front(), table->columns);
            for (std::size_t r = 0; r < table->rows.size(); ++r) {
                const QStringList &fields = (*records)[r + 1];
                QCOMPARE(fields.size(), qsizetype(table->rows[r].size()));
                for (std::size_t c = 0; c < table->rows[r].size(); ++c) {
                    const ExportCell &cell = table->rows[r][c];
                    const QString &field = fields.at(qsizetype(c));
                    if (cell.number) {
                        bool ok = false;
                        // Plain decimals at the column's precision (issue 22 B.8): amounts
                        // and volumes to the cent, shares to 1e-6, ratios to 1e-4.
                        const double precision = cell.format == CellFormat::Percent   ? 5e-7
                                                 : cell.format == CellFormat::Ratio   ? 5e-5
                                                 : cell.format == CellFormat::Integer ? 0.5
                                                                                      : 5e-3;
                        QVERIFY2(std::abs(field.toDouble(&ok) - *cell.number) <= precision * 1.0001,
                                 qPrintable(field));
                        QVERIFY(ok);
                        QVERIFY2(!field.contains(QLatin1Char('e')), qPrintable(field));
                        QVERIFY(!field.contains(QLatin1Char(',')));
                    } else {
                        QCOMPARE(field, cell.text);
                        sawAwkwardName = sawAwkwardName || field == plan.channels[0].name;
                    }
                }
            }
        }
        QVERIFY(sawAwkwardName);
    }

    void chineseScenarioAndStageNamesAreInTheHeaders()
    {
        const Plan plan = awkwardPlan();
        const auto workbook = buildExportWorkbook(plan, {}, QDate(2025, 7, 1));
        const QString csv =
            QString::fromUtf8(csvTable(*workbook->table(QStringLiteral("summary"))));
        QVERIFY(csv.contains(QStringLiteral("\"方案 B, 2500万\"")));
        const QString channels =
            QString::fromUtf8(csvTable(*workbook->table(QStringLiteral("channels"))));
        QVERIFY(channels.contains(QStringLiteral(",注册用户,")));
        QVERIFY(channels.contains(QStringLiteral("\"Search \"\"long-tail\"\", 搜索\n关键词\"")));
    }
};

} // namespace cplan

QTEST_GUILESS_MAIN(cplan::CsvWriterTest)
#include "CsvWriterTest.moc"
