// The board report prints figures as the interface writes them (issue 22 D.16): the return
// ratio as "1 : 2.10" (not a bare 2.10 beside a ROI in percent), and a target's or a check's
// comparison as ≥ / ≤ (not the file's ">=" / "<=") — the same in every language.

#include "models/exchange/ReportContent.h"
#include "models/engine/Projection.h"
#include "models/engine/Variance.h"
#include "models/exchange/ExportWorkbook.h"
#include "models/storage/PlanJson.h"

#include <QTest>

using namespace cplan;

namespace {
// The text the report prints for row `rowKey` of table `tableId`, column `column`.
QString printed(const ExportWorkbook &workbook, const QString &tableId, const QString &rowKey,
                int column)
{
    const ExportTable *table = workbook.table(tableId);
    if (!table)
        return QStringLiteral("no table %1").arg(tableId);
    const auto row = table->rowKeys.indexOf(rowKey);
    if (row < 0)
        return QStringLiteral("no row %1").arg(rowKey);
    return reportCellText(table->rows[std::size_t(row)][std::size_t(column)], workbook.currency);
}
} // namespace

class ReportContentTest : public QObject
{
    Q_OBJECT

private slots:
    void theReturnRatioPrintsAsOneToX()
    {
        const auto workbook = buildExportWorkbook(samplePlan(), {}, QDate(2025, 7, 1));
        QVERIFY(workbook.ok());
        QCOMPARE(
            printed(workbook.value(), QStringLiteral("summary"), QStringLiteral("return_ratio"), 1),
            QStringLiteral("1 : 2.10"));
        // A difference of two ratios is a number, not a ratio.
        const ExportTable *comparison = workbook.value().table(QStringLiteral("comparison"));
        QVERIFY(comparison);
        for (const auto &row : comparison->rows) {
            if (row.front().text != exportMetricName(samplePlan(), QStringLiteral("return_ratio")))
                continue;
            QCOMPARE(reportCellText(row[1], workbook.value().currency), QStringLiteral("1 : 2.10"));
            QVERIFY2(!reportCellText(row[3], workbook.value().currency).contains(QLatin1Char(':')),
                     qPrintable(reportCellText(row[3], workbook.value().currency)));
        }
        // The key figures on the title page, and a return-ratio target ("Channel ROI 1:3").
        const ReportContent content = buildReportContent(workbook.value(), QDate(2025, 7, 2));
        bool ratioSeen = false, targetSeen = false;
        for (const ReportKeyFigure &figure : content.keyFigures) {
            if (figure.value == QStringLiteral("1 : 2.10") && figure.target.isEmpty())
                ratioSeen = true;
            if (figure.target == QStringLiteral("≥ 1 : 3.00"))
                targetSeen = true;
        }
        QVERIFY(ratioSeen);
        QVERIFY(targetSeen);
    }

    // Issue 22 C.11: where the plan has actuals, the comparison (in the workbook and so in the
    // board report) names the projection and shows each scenario's latest estimate under it.
    void theComparisonNamesTheProjectionAndTheLatestEstimate()
    {
        const Plan plan = samplePlan();
        QVERIFY(!plan.actuals.empty());
        const auto workbook = buildExportWorkbook(plan, {}, QDate(2025, 7, 1));
        QVERIFY(workbook.ok());
        const ExportTable *comparison = workbook.value().table(QStringLiteral("comparison"));
        QVERIFY(comparison);
        int projected = -1, latest = -1;
        for (int r = 0; r < int(comparison->rows.size()); ++r) {
            const QString label = comparison->rows[std::size_t(r)].front().text;
            if (label.contains(QStringLiteral("(projection)")))
                projected = r;
            if (label.contains(QStringLiteral("(latest estimate)")))
                latest = r;
        }
        QVERIFY2(projected >= 0 && latest == projected + 1,
                 qPrintable(QStringLiteral("%1 / %2").arg(projected).arg(latest)));
        const auto &row = comparison->rows[std::size_t(latest)];
        const Projection projection = project(plan, plan.scenarios[0]);
        const VarianceReport variance = computeVariance(plan, plan.scenarios[0], projection);
        QVERIFY(row[1].number);
        QCOMPARE(*row[1].number, variance.reforecast.customers);
        QVERIFY(*row[1].number != projection.totals.customers);

        // Without actuals, one customers row as before.
        Plan without = plan;
        without.actuals.clear();
        const auto plain = buildExportWorkbook(without, {}, QDate(2025, 7, 1));
        QVERIFY(plain.ok());
        for (const auto &line : plain.value().table(QStringLiteral("comparison"))->rows)
            QVERIFY(!line.front().text.contains(QStringLiteral("latest estimate")));
    }

    void comparisonsPrintAsSymbols()
    {
        const auto workbook = buildExportWorkbook(samplePlan(), {}, QDate(2025, 7, 1));
        QVERIFY(workbook.ok());
        const ReportContent content = buildReportContent(workbook.value(), QDate(2025, 7, 2));
        int targets = 0;
        for (const ReportKeyFigure &figure : content.keyFigures) {
            if (figure.target.isEmpty())
                continue;
            ++targets;
            QVERIFY2(figure.target.startsWith(QStringLiteral("≥ ")) ||
                         figure.target.startsWith(QStringLiteral("≤ ")),
                     qPrintable(figure.target));
        }
        QVERIFY(targets >= 3);
        // The milestone checks' table: the comparison column prints as a symbol too.
        bool checkSeen = false;
        for (const ExportTable &table : workbook.value().tables) {
            for (const auto &row : table.rows) {
                for (const ExportCell &cell : row) {
                    const QString text = reportCellText(cell, workbook.value().currency);
                    QVERIFY2(text != QStringLiteral(">=") && text != QStringLiteral("<="),
                             qPrintable(table.id));
                    checkSeen = checkSeen || text == QStringLiteral("≥");
                }
            }
        }
        QVERIFY(checkSeen);
    }
};

QTEST_GUILESS_MAIN(ReportContentTest)
#include "ReportContentTest.moc"
