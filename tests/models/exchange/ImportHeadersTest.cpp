// Real finance files (issue 22 A.1–A.5, issue 21 "smaller"): units in headers scale the
// values, stage columns map by meaning in either language, unmapped stage-like columns are
// named, totals rows are skipped, the header row is found below title rows, refusal details
// exist apart from the "row N:" prefix, and a funnel that grows is warned about.

#include "models/exchange/ImportHeaders.h"
#include "ExchangeTestSupport.h"
#include "models/exchange/ActualsImport.h"
#include "models/exchange/TableReader.h"

#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using namespace cplan;
using cplan::test::samplePlan;

namespace {

const QString search = QStringLiteral("Search (long-tail keywords)");

SourceTable table(QStringList header, std::vector<QStringList> rows)
{
    SourceTable result;
    result.header = std::move(header);
    for (auto &row : rows) {
        result.rowNumbers.push_back(int(result.rows.size()) + 2);
        result.rows.push_back(std::move(row));
    }
    return result;
}

// The sample plan with its stages named in Chinese, as a director builds it in the Chinese UI.
Plan chinesePlan()
{
    Plan plan = samplePlan();
    plan.stages = {QStringLiteral("线索"), QStringLiteral("注册用户"), QStringLiteral("开户")};
    return plan;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class ImportHeadersTest : public QObject
{
    Q_OBJECT

private slots:
    void unitsInHeaders_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<double>("scale");
        QTest::newRow("万元 ascii brackets") << QStringLiteral("花费(万元)") << 1e4;
        QTest::newRow("万元 full-width") << QStringLiteral("金额（万元）") << 1e4;
        QTest::newRow("CNY 10k") << QStringLiteral("spend (CNY 10k)") << 1e4;
        QTest::newRow("千元") << QStringLiteral("消耗(千元)") << 1e3;
        QTest::newRow("亿元") << QStringLiteral("投放金额（亿元）") << 1e8;
        QTest::newRow("元") << QStringLiteral("花费（元）") << 1.0;
        QTest::newRow("slash") << QStringLiteral("花费/万元") << 1e4;
        QTest::newRow("written on") << QStringLiteral("花费万元") << 1e4;
        QTest::newRow("brackets 【】") << QStringLiteral("花费【万元】") << 1e4;
        QTest::newRow("thousand") << QStringLiteral("Spend (CNY thousand)") << 1e3;
        QTest::newRow("million") << QStringLiteral("Spend (CNY m)") << 1e6;
        QTest::newRow("千万") << QStringLiteral("花费(千万元)") << 1e7;
        QTest::newRow("百万") << QStringLiteral("花费(百万元)") << 1e6;
        QTest::newRow("十万") << QStringLiteral("花费(十万元)") << 1e5;
        QTest::newRow("万人") << QStringLiteral("线索(万人)") << 1e4;
    }
    void unitsInHeaders()
    {
        QFETCH(QString, header);
        QFETCH(double, scale);
        const auto unit = headerUnit(header);
        QVERIFY2(unit.has_value(), qPrintable(header));
        QCOMPARE(unit->scale, scale);
    }

    void noUnit()
    {
        QVERIFY(!headerUnit(QStringLiteral("花费")).has_value());
        QVERIFY(!headerUnit(QStringLiteral("转化率(%)")).has_value());
        QVERIFY(!headerUnit(QStringLiteral("CPC/CPA")).has_value());
        QCOMPARE(headerKey(QStringLiteral("花费(万元)")), QStringLiteral("花费"));
        QCOMPARE(headerKey(QStringLiteral("花费/万元")), QStringLiteral("花费"));
        QCOMPARE(noteUnit(QStringLiteral("单位：万元"))->scale, 1e4);
        QVERIFY(!noteUnit(QStringLiteral("2025年投放实际数据")).has_value());
    }

    // A.1: "花费(万元)" 10.1235 is CNY 101,235, not CNY 10.12; the preview says so.
    void wanYuanColumnIsScaled()
    {
        const Plan plan = samplePlan();
        const SourceTable source =
            table({QStringLiteral("月份"), QStringLiteral("渠道"), QStringLiteral("花费(万元)"),
                   QStringLiteral("线索(万人)")},
                  {{QStringLiteral("2025-04"), search, QStringLiteral("10.1235"),
                    QStringLiteral("0.48")}});
        const ImportMapping mapping = guessMapping(source.header, plan);
        QCOMPARE(mapping.spend, 2);
        const ImportPreview preview = previewImport(source, mapping, plan, QStringLiteral("a.csv"));
        QCOMPARE(preview.accepted(), 1);
        QCOMPARE(preview.rows[0].actual.spend, 101235.0);
        QCOMPARE(preview.rows[0].actual.volumes, (std::vector<double>{4800.0}));
        QCOMPARE(preview.notes.size(), 2);
        QVERIFY(preview.notes[0].contains(QStringLiteral("万元")));
        QVERIFY(preview.notes[0].contains(QStringLiteral("10,000")));
    }

    // A note row "单位：万元" above the header scales the spend column without a unit.
    void noteRowUnitScalesSpend()
    {
        const Plan plan = samplePlan();
        SourceTable source =
            table({QStringLiteral("月份"), QStringLiteral("渠道"), QStringLiteral("花费")},
                  {{QStringLiteral("2025-04"), search, QStringLiteral("28.001378")}});
        source.titleRows = {{QStringLiteral("单位：万元")}};
        source.titleRowNumbers = {1};
        const ImportPreview preview =
            previewImport(source, guessMapping(source.header, plan), plan, QStringLiteral("a"));
        QCOMPARE(preview.rows[0].actual.spend, 280013.78);
    }

    // A.2: Chinese stage names with count suffixes; the accounts-opened figure is not dropped.
    void stagesByMeaning()
    {
        const Plan plan = chinesePlan();
        const QStringList header{QStringLiteral("月份"),       QStringLiteral("渠道"),
                                 QStringLiteral("花费"),       QStringLiteral("线索数"),
                                 QStringLiteral("注册用户数"), QStringLiteral("开户数")};
        const ImportMapping mapping = guessMapping(header, plan);
        QCOMPARE(mapping.stages, (std::vector<int>{3, 4, 5}));
        QVERIFY(unmappedColumnWarnings(header, mapping, plan).isEmpty());
    }

    void stagesByMeaningOtherForms_data()
    {
        QTest::addColumn<bool>("chineseStages");
        QTest::addColumn<QStringList>("header");
        QTest::newRow("english plan, chinese headers")
            << false << QStringList{QStringLiteral("月份"),     QStringLiteral("渠道"),
                                    QStringLiteral("花费"),     QStringLiteral("线索数量"),
                                    QStringLiteral("注册人数"), QStringLiteral("开户户数")};
        QTest::newRow("chinese plan, english headers")
            << true
            << QStringList{QStringLiteral("Month"),
                           QStringLiteral("Channel"),
                           QStringLiteral("Spend"),
                           QStringLiteral("Leads count"),
                           QStringLiteral("# Registered users"),
                           QStringLiteral("Accounts opened #")};
        QTest::newRow("full-width brackets and spaces")
            << true << QStringList{QStringLiteral("月份"),         QStringLiteral("渠道"),
                                   QStringLiteral("花费（元）"),   QStringLiteral("线索 （个）"),
                                   QStringLiteral("注册 用户 数"), QStringLiteral("开户数（户）")};
    }
    void stagesByMeaningOtherForms()
    {
        QFETCH(bool, chineseStages);
        QFETCH(QStringList, header);
        const Plan plan = chineseStages ? chinesePlan() : samplePlan();
        const ImportMapping mapping = guessMapping(header, plan);
        QCOMPARE(mapping.spend, 2);
        QCOMPARE(mapping.stages, (std::vector<int>{3, 4, 5}));
    }

    // A shortened form keeps two characters: "客户数" is not "客".
    void formsKeepTwoCharacters()
    {
        const QSet<QString> forms = headerForms(headerKey(QStringLiteral("客户数")));
        QVERIFY(forms.contains(QStringLiteral("客户")));
        QVERIFY(!forms.contains(QStringLiteral("客")));
    }

    // An unmapped column that looks like a stage or an amount is named in a warning.
    void unmappedStageColumnIsNamed()
    {
        const Plan plan = chinesePlan();
        const QStringList header{QStringLiteral("月份"),       QStringLiteral("渠道"),
                                 QStringLiteral("花费"),       QStringLiteral("线索数"),
                                 QStringLiteral("注册用户数"), QStringLiteral("开户数"),
                                 QStringLiteral("备注")};
        ImportMapping mapping = guessMapping(header, plan);
        mapping.stages[2] = -1; // the user (or a remembered mapping) left 开户数 out
        const QStringList warnings = unmappedColumnWarnings(header, mapping, plan);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings[0].contains(QStringLiteral("开户数")), qPrintable(warnings[0]));
        // A second amount column ("实际花费（万元）") left out is named too.
        const QStringList two{QStringLiteral("月份"), QStringLiteral("渠道"),
                              QStringLiteral("花费"), QStringLiteral("返点金额（万元）")};
        QCOMPARE(unmappedColumnWarnings(two, guessMapping(two, plan), plan).size(), 1);
    }

    // A.5: totals rows are skipped with a note, not refused as bad months.
    void totalsRowsAreSkipped()
    {
        QVERIFY(isTotalsLabel(QStringLiteral("合计")));
        QVERIFY(isTotalsLabel(QStringLiteral("小计：")));
        QVERIFY(isTotalsLabel(QStringLiteral("2025年总计")));
        QVERIFY(isTotalsLabel(QStringLiteral("Grand Total")));
        QVERIFY(isTotalsLabel(QStringLiteral("Subtotal")));
        QVERIFY(!isTotalsLabel(QStringLiteral("Total Media Group")));
        QVERIFY(!isTotalsLabel(QStringLiteral("2025-04")));
        const Plan plan = samplePlan();
        const SourceTable source =
            table({QStringLiteral("月份"), QStringLiteral("渠道"), QStringLiteral("花费")},
                  {{QStringLiteral("2025-04"), search, QStringLiteral("100")},
                   {QStringLiteral("2025-04"), QStringLiteral("小计"), QStringLiteral("100")},
                   {QStringLiteral("合计"), QString(), QStringLiteral("100")},
                   {QStringLiteral("Total"), QString(), QStringLiteral("100")}});
        const ImportPreview preview =
            previewImport(source, guessMapping(source.header, plan), plan, QStringLiteral("a"));
        QCOMPARE(preview.added, 1);
        QCOMPARE(preview.refused, 0);
        QCOMPARE(preview.skipped, 3);
        QCOMPARE(preview.rows[2].outcome, ImportRow::Outcome::Skipped);
        QVERIFY(preview.rows[2].reason.startsWith(QStringLiteral("row 4: ")));
        QVERIFY(previewReport(preview, plan).constLast().contains(QStringLiteral("3 totals")));
        Plan applied = plan;
        QVERIFY(applyImport(applied, preview).ok());
        QCOMPARE(applied.actuals.size(), plan.actuals.size() + 1);
    }

    // A.4: a refused row's reason is also kept without the "row N: " prefix (the Chinese
    // translation of that prefix has no ": ", so cutting it off gave an empty detail).
    void refusalDetailStandsAlone()
    {
        const Plan plan = samplePlan();
        const SourceTable source =
            table({QStringLiteral("Month"), QStringLiteral("Channel"), QStringLiteral("Spend")},
                  {{QStringLiteral("2031-04"), search, QStringLiteral("100")}});
        const ImportPreview preview =
            previewImport(source, guessMapping(source.header, plan), plan, QStringLiteral("a"));
        QCOMPARE(preview.refused, 1);
        QVERIFY(preview.rows[0].detail.startsWith(QStringLiteral("month 2031-04 is outside")));
        QCOMPARE(preview.rows[0].reason, QStringLiteral("row 2: ") + preview.rows[0].detail);
    }

    // Issue 21: volumes that grow down the funnel are taken with a warning, not in silence.
    void growingFunnelIsWarned()
    {
        const Plan plan = samplePlan();
        const SourceTable source =
            table({QStringLiteral("Month"), QStringLiteral("Channel"), QStringLiteral("Spend"),
                   QStringLiteral("Leads"), QStringLiteral("Registered users")},
                  {{QStringLiteral("2025-04"), search, QStringLiteral("100"),
                    QStringLiteral("1000"), QStringLiteral("1200")},
                   {QStringLiteral("2025-05"), search, QStringLiteral("100"),
                    QStringLiteral("1000"), QStringLiteral("300")}});
        const ImportPreview preview =
            previewImport(source, guessMapping(source.header, plan), plan, QStringLiteral("a"));
        QCOMPARE(preview.accepted(), 2);
        QCOMPARE(preview.rows[0].warnings.size(), 1);
        QVERIFY(preview.rows[0].warnings[0].contains(QStringLiteral("1,200")));
        QVERIFY(preview.rows[1].warnings.isEmpty());
        QVERIFY(previewReport(preview, plan).at(0).contains(QStringLiteral("warning")));
    }

    // Issue 21 (the CSV fuzzer): a volume past the range of a 64-bit integer (here 1.2e19) in
    // a warning was converted to qint64 to see whether it is whole, which is undefined
    // behaviour (UndefinedBehaviorSanitizer stopped the harness; x86 gave the smallest
    // qint64, so the amount was written with ".00"). Such a number is whole and is written so.
    void hugeVolumeInAWarningIsWrittenWhole()
    {
        const Plan plan = samplePlan();
        const SourceTable source =
            table({QStringLiteral("Month"), QStringLiteral("Channel"), QStringLiteral("Spend"),
                   QStringLiteral("Leads"), QStringLiteral("Registered users")},
                  {{QStringLiteral("2025-04"), search, QStringLiteral("100"),
                    QStringLiteral("1000"), QStringLiteral("12000000000000000000")}});
        const ImportPreview preview =
            previewImport(source, guessMapping(source.header, plan), plan, QStringLiteral("a"));
        QCOMPARE(preview.rows.size(), std::size_t(1));
        QCOMPARE(preview.rows[0].warnings.size(), 1);
        QVERIFY2(preview.rows[0].warnings[0].contains(
                     QStringLiteral("12,000,000,000,000,000,000 is more than")),
                 qPrintable(preview.rows[0].warnings[0]));
    }

    // A.3: the header row is found below a title row and a note row.
    void headerRowBelowTitles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("actuals.csv"));
        QVERIFY(writeFile(path, QStringLiteral("2025年4月投放实际数据,,,\n"
                                               "单位：万元,,,\n"
                                               "\n"
                                               "月份,渠道,花费,线索数\n"
                                               "2025-04,%1,10.5,480\n"
                                               "合计,,10.5,480\n")
                                    .arg(search)
                                    .toUtf8()));
        const auto read = readTable(path);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error()));
        QCOMPARE(read->headerRowNumber, 4);
        QCOMPARE(read->header.at(0), QStringLiteral("月份"));
        QCOMPARE(read->titleRowNumbers, (std::vector<int>{1, 2}));
        QCOMPARE(read->rowNumbers, (std::vector<int>{5, 6}));
        const Plan plan = samplePlan();
        const ImportPreview preview =
            previewImport(*read, guessMapping(read->header, plan), plan, QStringLiteral("a"));
        QCOMPARE(preview.added, 1);
        QCOMPARE(preview.skipped, 1);
        QCOMPARE(preview.rows[0].actual.spend, 105000.0);

        // Chosen by hand: row 1 as the header makes every other row data; back to 4 again.
        TableReadOptions options;
        options.headerRow = 1;
        auto chosen = readTable(path, options);
        QVERIFY(chosen.ok());
        QCOMPARE(chosen->headerRowNumber, 1);
        QCOMPARE(chosen->rows.size(), std::size_t(4));
        QVERIFY(setHeaderRow(chosen.value(), 4).ok());
        QCOMPARE(chosen->header.at(1), QStringLiteral("渠道"));
        QCOMPARE(chosen->rows.size(), std::size_t(2));
        QCOMPARE(chosen->titleRows.size(), std::size_t(2));
        QVERIFY(!setHeaderRow(chosen.value(), 3).ok()); // an empty row
        options.headerRow = 99;
        QVERIFY(!readTable(path, options).ok());
    }

    // A.3: an XLSX with a merged title row (WPS/Excel exports) is read from its real header.
    void mergedTitleInWorkbook()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("actuals.xlsx"));
        lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
        QVERIFY(workbook);
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Sheet1");
        lxw_format *title = workbook_add_format(workbook);
        format_set_bold(title);
        worksheet_merge_range(sheet, 0, 0, 0, 4, "2025年4月 各渠道投放实际数据", title);
        const char *header[] = {"月份", "渠道", "花费（万元）", "线索数", "注册用户数"};
        for (int column = 0; column < 5; ++column)
            worksheet_write_string(sheet, 1, lxw_col_t(column), header[column], nullptr);
        worksheet_write_string(sheet, 2, 0, "2025年4月", nullptr);
        worksheet_write_string(sheet, 2, 1, search.toUtf8().constData(), nullptr);
        worksheet_write_number(sheet, 2, 2, 28.001378, nullptr);
        worksheet_write_number(sheet, 2, 3, 4817, nullptr);
        worksheet_write_number(sheet, 2, 4, 1433, nullptr);
        QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);
        const auto read = readTable(path);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error()));
        QCOMPARE(read->headerRowNumber, 2);
        const Plan plan = samplePlan();
        const ImportMapping mapping = guessMapping(read->header, plan);
        QVERIFY(checkMapping(mapping, plan, read->header).ok());
        const ImportPreview preview = previewImport(*read, mapping, plan, QStringLiteral("a"));
        QCOMPARE(preview.added, 1);
        QCOMPARE(preview.rows[0].actual.spend, 280013.78);
        QCOMPARE(preview.rows[0].actual.volumes, (std::vector<double>{4817, 1433}));
    }

    // Issue 21 A.3: a one-line file is refused at the column limit while it is split, and a
    // giant cell at the cell length limit; both messages name the limit.
    void limitsRefuseEarly()
    {
        QTemporaryDir dir;
        const QString wide = dir.filePath(QStringLiteral("wide.csv"));
        QByteArray line = "month,channel,spend\n";
        for (int i = 0; i < 200000; ++i)
            line += "x,";
        QVERIFY(writeFile(wide, line));
        const auto refused = readTable(wide);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("column limit")),
                 qPrintable(refused.error()));
        const QString longCell = dir.filePath(QStringLiteral("cell.csv"));
        QVERIFY(
            writeFile(longCell, "month,channel,spend\n2025-04," + QByteArray(20000, 'y') + ",1\n"));
        const auto tooLong = readTable(longCell);
        QVERIFY(!tooLong.ok());
        QVERIFY2(tooLong.error().contains(QStringLiteral("cell length limit")),
                 qPrintable(tooLong.error()));
        // Trailing empty fields past the limit are dropped, as before, not refused.
        QVERIFY(writeFile(wide, "month,channel,spend" + QByteArray(1000, ',') + "\n2025-04,a,1\n"));
        QVERIFY(readTable(wide).ok());
    }
};

QTEST_GUILESS_MAIN(ImportHeadersTest)
#include "ImportHeadersTest.moc"
