// The XLSX export read back (unzip + sheet XML): every number against the engine's golden JSON
// (MODEL.md §3–§7, to 1e-9 relative), formulas, number formats, frozen panes, Chinese title.

#include "models/exchange/XlsxWriter.h"
#include "ExchangeTestSupport.h"
#include "XlsxReadBack.h"
#include "models/engine/ComparisonReport.h"
#include "models/exchange/ExportWorkbook.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace cplan {

namespace {

std::optional<double> jsonNumber(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

std::optional<double> cellNumber(const test::XlsxCell *cell)
{
    return cell && cell->number ? cell->number : std::nullopt;
}

// The golden value of a total by metric id ("stage_volumes.1" -> totals.stage_volumes[1]).
std::optional<double> goldenTotal(const QJsonObject &totals, const QString &metricId)
{
    const QString key = metricId.section(QLatin1Char('.'), 0, 0);
    if (metricId.contains(QLatin1Char('.')))
        return jsonNumber(
            totals.value(key).toArray().at(metricId.section(QLatin1Char('.'), 1).toInt()));
    return jsonNumber(totals.value(key));
}

} // namespace

class XlsxWriterTest : public QObject
{
    Q_OBJECT

private:
    Plan m_plan;
    ExportWorkbook m_workbook;
    test::XlsxBook m_book;
    QTemporaryDir m_dir;
    const QString m_scenario = QStringLiteral("Plan B (CNY 25M)");

    // The row of `table`'s header on its sheet (its title is in the row above).
    int headerRow(const test::XlsxSheet &sheet, const ExportTable &table) const
    {
        for (int row = 0; row + 1 < sheet.rowCount(); ++row) {
            if (sheet.text(row, 0) == table.title &&
                sheet.text(row + 1, 0) == table.columns.front())
                return row + 1;
        }
        return -1;
    }
    const test::XlsxSheet &sheetOf(const QString &tableId, int *header) const
    {
        const ExportTable *table = m_workbook.table(tableId);
        const test::XlsxSheet *sheet = m_book.sheet(table->sheet);
        if (!sheet)
            qFatal("sheet missing");
        *header = headerRow(*sheet, *table);
        return *sheet;
    }

private slots:
    void initTestCase()
    {
        m_plan = test::samplePlan();
        auto workbook = buildExportWorkbook(m_plan, m_scenario, QDate(2025, 7, 1));
        QVERIFY2(workbook.ok(), qPrintable(workbook.ok() ? QString() : workbook.error()));
        m_workbook = *workbook;
        const QString path = m_dir.filePath(QStringLiteral("plan.xlsx"));
        const Status written = writeXlsx(m_workbook, path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error()));
        m_book = test::readXlsx(path);
        QVERIFY2(m_book.error.isEmpty(), qPrintable(m_book.error));
    }

    void sheetsAreTheIssuesSeven()
    {
        QStringList names;
        for (const auto &sheet : m_book.sheets)
            names << sheet.name;
        QCOMPARE(names, (QStringList{QStringLiteral("Summary"), QStringLiteral("Channels"),
                                     QStringLiteral("Monthly"), QStringLiteral("Comparison"),
                                     QStringLiteral("Milestones"), QStringLiteral("Actuals"),
                                     QStringLiteral("Re-forecast")}));
    }

    // The writer's fidelity: every cell of every table, numbers as numbers.
    void everyCellIsWrittenAsBuilt()
    {
        int numbers = 0;
        for (const ExportTable &table : m_workbook.tables) {
            const test::XlsxSheet *sheet = m_book.sheet(table.sheet);
            QVERIFY(sheet);
            const int header = headerRow(*sheet, table);
            QVERIFY2(header >= 0, qPrintable(table.id));
            for (int c = 0; c < table.columns.size(); ++c)
                QCOMPARE(sheet->text(header, c), table.columns.at(c));
            for (std::size_t r = 0; r < table.rows.size(); ++r) {
                for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
                    const ExportCell &expected = table.rows[r][c];
                    const test::XlsxCell *cell = sheet->cell(header + 1 + int(r), int(c));
                    const QString where =
                        QStringLiteral("%1 row %2 column %3").arg(table.id).arg(r).arg(c);
                    if (expected.number) {
                        QVERIFY2(cell && cell->number, qPrintable(where));
                        QVERIFY2(test::sameNumber(*cell->number, *expected.number),
                                 qPrintable(where));
                        ++numbers;
                    } else if (!expected.text.isEmpty()) {
                        QVERIFY2(cell, qPrintable(where));
                        QCOMPARE(cell->text, expected.text);
                    } else if (expected.format != CellFormat::Text) {
                        QVERIFY2(cell && cell->text == QStringLiteral("—"), qPrintable(where));
                    }
                }
            }
        }
        QVERIFY(numbers > 1000);
    }

    void summaryMatchesTheProjectionOfEveryScenario()
    {
        int header = -1;
        const auto &sheet = sheetOf(QStringLiteral("summary"), &header);
        const ExportTable *table = m_workbook.table(QStringLiteral("summary"));
        QCOMPARE(table->rowKeys.size(), qsizetype(table->rows.size()));
        for (std::size_t s = 0; s < m_plan.scenarios.size(); ++s) {
            QCOMPARE(sheet.text(header, 1 + int(s)), m_plan.scenarios[s].name);
            const QJsonObject totals =
                test::golden(QStringLiteral("project"), m_plan.scenarios[s].name)
                    .value(QStringLiteral("totals"))
                    .toObject();
            for (qsizetype r = 0; r < table->rowKeys.size(); ++r) {
                const auto *cell = sheet.cell(header + 1 + int(r), 1 + int(s));
                QVERIFY2(
                    test::sameNumber(cellNumber(cell), goldenTotal(totals, table->rowKeys.at(r))),
                    qPrintable(table->rowKeys.at(r)));
            }
        }
    }

    void channelsMatchTheProjection()
    {
        int header = -1;
        const auto &sheet = sheetOf(QStringLiteral("channels"), &header);
        int row = header + 1;
        const int stages = int(m_plan.stages.size());
        for (const Scenario &scenario : m_plan.scenarios) {
            const QJsonArray channels = test::golden(QStringLiteral("project"), scenario.name)
                                            .value(QStringLiteral("channels"))
                                            .toArray();
            for (const QJsonValue &value : channels) {
                const QJsonObject channel = value.toObject();
                QCOMPARE(sheet.text(row, 0), scenario.name);
                QCOMPARE(sheet.text(row, 1), channel.value(QStringLiteral("name")).toString());
                QVERIFY(test::sameNumber(cellNumber(sheet.cell(row, 3)),
                                         jsonNumber(channel.value(QStringLiteral("spend")))));
                const QJsonArray volumes = channel.value(QStringLiteral("stage_volumes")).toArray();
                for (int k = 0; k < stages; ++k)
                    QVERIFY(test::sameNumber(cellNumber(sheet.cell(row, 4 + k)),
                                             jsonNumber(volumes.at(k))));
                const QStringList keys = {
                    QStringLiteral("cac"),          QStringLiteral("ltv"),
                    QStringLiteral("value"),        QStringLiteral("roi"),
                    QStringLiteral("return_ratio"), QStringLiteral("ltv_cac")};
                for (int i = 0; i < keys.size(); ++i) {
                    QVERIFY2(test::sameNumber(cellNumber(sheet.cell(row, 4 + stages + i)),
                                              jsonNumber(channel.value(keys.at(i)))),
                             qPrintable(keys.at(i)));
                }
                ++row;
            }
        }
    }

    void monthlyMatchesTheProjectionWithSumFormulas()
    {
        int header = -1;
        const auto &sheet = sheetOf(QStringLiteral("monthly"), &header);
        const QJsonObject monthly = test::golden(QStringLiteral("project"), m_scenario)
                                        .value(QStringLiteral("monthly"))
                                        .toObject();
        const int months = m_plan.months;
        const int channels = int(m_plan.channels.size());
        int row = header + 1;
        int formulas = 0;
        for (const QString &key :
             {QStringLiteral("spend"), QStringLiteral("leads"), QStringLiteral("customers")}) {
            const QJsonArray values = monthly.value(key).toArray();
            std::vector<double> columnSums(std::size_t(months) + 1, 0.0);
            for (int c = 0; c < channels; ++c, ++row) {
                double rowSum = 0.0;
                for (int m = 0; m < months; ++m) {
                    const double expected = values.at(c).toArray().at(m).toDouble();
                    QVERIFY(test::sameNumber(cellNumber(sheet.cell(row, 2 + m)), expected));
                    rowSum += expected;
                    columnSums[std::size_t(m)] += expected;
                }
                columnSums.back() += rowSum;
                const auto *total = sheet.cell(row, 2 + months);
                QVERIFY(total);
                QVERIFY(test::sameNumber(cellNumber(total), rowSum));
                QCOMPARE(total->formula, QStringLiteral("SUM(C%1:N%1)").arg(row + 1));
                ++formulas;
            }
            QCOMPARE(sheet.text(row, 1), QStringLiteral("Total"));
            for (int m = 0; m <= months; ++m) {
                const auto *total = sheet.cell(row, 2 + m);
                QVERIFY(total && total->formula.startsWith(QLatin1String("SUM(")));
                QVERIFY(test::sameNumber(cellNumber(total), columnSums[std::size_t(m)]));
                ++formulas;
            }
            ++row;
        }
        QCOMPARE(formulas, 3 * (channels + months + 1));
    }

    void comparisonMatchesCompareScenarios()
    {
        const auto report = compareScenarios(m_plan);
        QVERIFY(report.ok());
        int header = -1;
        const auto &sheet = sheetOf(QStringLiteral("comparison"), &header);
        const auto &base = report->scenarios.front();
        // Where the plan has actuals, the latest estimate's row follows the customers row (issue
        // 22 C.11); the fields' rows are the others.
        int row = header;
        for (std::size_t i = 0; i < base.fields.size(); ++i) {
            ++row;
            if (i > 0 && base.fields[i - 1].key == QLatin1String("customers") &&
                !m_plan.actuals.empty()) {
                QVERIFY(sheet.text(row, 0).contains(QStringLiteral("latest estimate")));
                ++row;
            }
            QVERIFY(test::sameNumber(cellNumber(sheet.cell(row, 1)), base.fields[i].value));
            int column = 2;
            for (std::size_t s = 1; s < report->scenarios.size(); ++s) {
                const auto &scenario = report->scenarios[s];
                QVERIFY(test::sameNumber(cellNumber(sheet.cell(row, column)),
                                         scenario.fields[i].value));
                QVERIFY(
                    test::sameNumber(cellNumber(sheet.cell(row, column + 1)), scenario.delta[i]));
                QVERIFY(test::sameNumber(cellNumber(sheet.cell(row, column + 2)),
                                         scenario.deltaRelative[i]));
                column += 3;
            }
        }
    }

    void milestonesMatchTheGoldenReport()
    {
        int header = -1;
        const auto &sheet = sheetOf(QStringLiteral("milestones"), &header);
        const QJsonObject milestones = test::golden(QStringLiteral("milestones"), m_scenario);
        const QJsonArray list = milestones.value(QStringLiteral("milestones")).toArray();
        for (int i = 0; i < list.size(); ++i) {
            const QJsonObject milestone = list.at(i).toObject();
            const int row = header + 1 + i;
            QCOMPARE(sheet.text(row, 0), milestone.value(QStringLiteral("id")).toString());
            QCOMPARE(sheet.text(row, 6), milestone.value(QStringLiteral("reference")).toString());
            QCOMPARE(cellNumber(sheet.cell(row, 7)),
                     milestone.value(QStringLiteral("delay_days")).toDouble());
            QCOMPARE(cellNumber(sheet.cell(row, 8)),
                     milestone.value(QStringLiteral("level")).toDouble());
        }
        int checkHeader = -1;
        sheetOf(QStringLiteral("checks"), &checkHeader);
        int row = checkHeader + 1;
        for (const QJsonValue &value : list) {
            for (const QJsonValue &check :
                 value.toObject().value(QStringLiteral("checks")).toArray()) {
                const QJsonObject object = check.toObject();
                QVERIFY(test::sameNumber(cellNumber(sheet.cell(row, 3)),
                                         jsonNumber(object.value(QStringLiteral("target")))));
                QVERIFY(test::sameNumber(cellNumber(sheet.cell(row, 4)),
                                         jsonNumber(object.value(QStringLiteral("projected")))));
                ++row;
            }
        }
        QVERIFY(row > checkHeader + 4);
    }

    void actualsAndReforecastMatchTheGoldenVariance()
    {
        const QJsonObject variance = test::golden(QStringLiteral("variance"), m_scenario);
        int header = -1;
        const auto &sheet = sheetOf(QStringLiteral("actuals"), &header);
        const QJsonArray rows = variance.value(QStringLiteral("rows")).toArray();
        QVERIFY(!rows.isEmpty());
        int flagged = 0;
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject expected = rows.at(i).toObject();
            const int row = header + 1 + i;
            QCOMPARE(sheet.text(row, 0), expected.value(QStringLiteral("month")).toString());
            QCOMPARE(sheet.text(row, 1), expected.value(QStringLiteral("channel")).toString());
            QVERIFY(test::sameNumber(cellNumber(sheet.cell(row, 2)),
                                     jsonNumber(expected.value(QStringLiteral("planned_spend")))));
            QVERIFY(test::sameNumber(cellNumber(sheet.cell(row, 3)),
                                     jsonNumber(expected.value(QStringLiteral("actual_spend")))));
            QVERIFY(test::sameNumber(cellNumber(sheet.cell(row, 4)),
                                     jsonNumber(expected.value(QStringLiteral("spend_variance")))));
            const bool flag = expected.value(QStringLiteral("spend_flag")).toBool();
            QCOMPARE(sheet.text(row, 5), flag ? QStringLiteral("flagged") : QString());
            flagged += flag ? 1 : 0;
            for (const QJsonValue &stageValue :
                 expected.value(QStringLiteral("stages")).toArray()) {
                const QJsonObject stage = stageValue.toObject();
                const int column = 6 + 4 * stage.value(QStringLiteral("stage")).toInt();
                QVERIFY(test::sameNumber(cellNumber(sheet.cell(row, column)),
                                         jsonNumber(stage.value(QStringLiteral("planned")))));
                QVERIFY(test::sameNumber(cellNumber(sheet.cell(row, column + 1)),
                                         jsonNumber(stage.value(QStringLiteral("actual")))));
                QVERIFY(test::sameNumber(cellNumber(sheet.cell(row, column + 2)),
                                         jsonNumber(stage.value(QStringLiteral("variance")))));
            }
        }
        QVERIFY2(flagged > 0,
                 "the golden rows include flagged spend, so the flag column is checked");

        int reforecastHeader = -1;
        const auto &reforecast = sheetOf(QStringLiteral("reforecast"), &reforecastHeader);
        const QJsonObject planned = test::golden(QStringLiteral("project"), m_scenario)
                                        .value(QStringLiteral("totals"))
                                        .toObject();
        const QJsonObject blended = variance.value(QStringLiteral("reforecast")).toObject();
        const ExportTable *summary = m_workbook.table(QStringLiteral("summary"));
        for (qsizetype r = 0; r < summary->rowKeys.size(); ++r) {
            const int row = reforecastHeader + 1 + int(r);
            const QString &metric = summary->rowKeys.at(r);
            QVERIFY2(
                test::sameNumber(cellNumber(reforecast.cell(row, 1)), goldenTotal(planned, metric)),
                qPrintable(metric));
            QVERIFY2(
                test::sameNumber(cellNumber(reforecast.cell(row, 2)), goldenTotal(blended, metric)),
                qPrintable(metric));
        }
    }

    void titleFormatsAndFrozenHeaders()
    {
        const test::XlsxSheet *summary = m_book.sheet(QStringLiteral("Summary"));
        QVERIFY(summary);
        QCOMPARE(summary->text(0, 0), m_plan.name);
        QCOMPARE(summary->text(1, 0), QStringLiteral("股票推广引流年度方案 2025"));
        for (const auto &sheet : m_book.sheets) {
            QVERIFY2(sheet.frozenRows > 0, qPrintable(sheet.name));
            QVERIFY2(sheet.frozenColumns > 0, qPrintable(sheet.name));
        }
        // Frozen just below the header: the header row is the last frozen one.
        int header = -1;
        const auto &monthly = sheetOf(QStringLiteral("monthly"), &header);
        QCOMPARE(monthly.frozenRows, header + 1);
        QCOMPARE(monthly.frozenColumns, 2);
        const auto *budget =
            summary->cell(headerRow(*summary, *m_workbook.table(QStringLiteral("summary"))) + 1, 1);
        QVERIFY(budget && budget->number);
        QCOMPARE(budget->numberFormat, QStringLiteral("\"¥\"#,##0"));
        int channelsHeader = -1;
        const auto &channels = sheetOf(QStringLiteral("channels"), &channelsHeader);
        QCOMPARE(channels.cell(channelsHeader + 1, 4)->numberFormat, QStringLiteral("#,##0"));
        QCOMPARE(channels.cell(channelsHeader + 1, 4 + 3 + 3)->numberFormat,
                 QStringLiteral("0.0%"));
    }

    void otherCurrenciesAreAPrefix()
    {
        QCOMPARE(xlsxNumberFormat(CellFormat::Money, QStringLiteral("USD")),
                 QStringLiteral("\"USD \"#,##0"));
        QCOMPARE(xlsxNumberFormat(CellFormat::MoneyPrecise, QStringLiteral("CNY")),
                 QStringLiteral("\"¥\"#,##0.00"));
    }

    // Issue 21: a NUL in a name cut the name (and everything after it) off in the workbook.
    void aNulInANameKeepsTheRestOfIt()
    {
        ExportWorkbook workbook = m_workbook;
        workbook.planName = QStringLiteral("Before") + QChar(0) + QStringLiteral("After");
        workbook.tables.front().rows.front().front().text =
            QStringLiteral("Cell") + QChar(0) + QStringLiteral("Tail");
        const QString path = m_dir.filePath(QStringLiteral("nul.xlsx"));
        const Status written = writeXlsx(workbook, path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error()));
        const test::XlsxBook book = test::readXlsx(path);
        QVERIFY2(book.error.isEmpty(), qPrintable(book.error));
        const test::XlsxSheet *sheet = book.sheet(workbook.tables.front().sheet);
        QVERIFY(sheet);
        QCOMPARE(sheet->text(0, 0), QStringLiteral("Before\uFFFDAfter"));
        const int header = headerRow(*sheet, workbook.tables.front());
        QVERIFY(header >= 0);
        QCOMPARE(sheet->text(header + 1, 0), QStringLiteral("Cell\uFFFDTail"));
    }

    void aFailedWriteLeavesNothingBehind()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("report.xlsx"));
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous");
        old.close();
        ExportWorkbook empty;
        QVERIFY(!writeXlsx(empty, target).ok());
        QFile kept(target);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("previous"));
        QVERIFY(writeXlsx(m_workbook, target).ok());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("report.xlsx")});
        QVERIFY(!writeXlsx(m_workbook, dir.filePath(QStringLiteral("missing/report.xlsx"))).ok());
    }
};

} // namespace cplan

QTEST_GUILESS_MAIN(cplan::XlsxWriterTest)
#include "XlsxWriterTest.moc"
