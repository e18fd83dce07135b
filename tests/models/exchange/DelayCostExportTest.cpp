// The cost of delay in the exports and the PDF board report (MODEL.md §6 "Gates", issue 25): a
// plan with a slipped gate gets the "delays" table, with the engine's numbers; a plan without
// one keeps exactly its tables (the sample's exports are unchanged).

#include "ExchangeTestSupport.h"
#include "models/engine/DelayCost.h"
#include "models/exchange/CsvWriter.h"
#include "models/exchange/ExportWorkbook.h"
#include "models/exchange/ReportContent.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace cplan {

class DelayCostExportTest : public QObject
{
    Q_OBJECT

private slots:
    void aGatedSlipAddsTheCostOfDelayTable()
    {
        Plan plan = test::samplePlan();
        const auto plain = buildExportWorkbook(plan, {}, QDate(2025, 7, 1));
        QVERIFY(plain.ok());
        QVERIFY(!plain->table(QStringLiteral("delays")));
        QCOMPARE(int(plain->tables.size()), int(exportTableIds().size()));

        plan.milestones[1].gates = {plan.channels[1].name}; // M2, 8 days late into July
        const auto gated = buildExportWorkbook(plan, {}, QDate(2025, 7, 1));
        QVERIFY(gated.ok());
        const ExportTable *delays = gated->table(QStringLiteral("delays"));
        QVERIFY(delays);
        QCOMPARE(gated->tables[7].id, QStringLiteral("delays")); // after the checks
        QCOMPARE(delays->rows.size(), std::size_t(1));
        QCOMPARE(delays->columns.size(), qsizetype(delays->rows[0].size()));
        const DelayCost cost =
            delayCosts(plan, plan.scenarios.front(), QDate(2025, 7, 1)).milestones.front();
        QCOMPARE(delays->rows[0][0].text, QStringLiteral("M2"));
        QCOMPARE(*delays->rows[0][1].number, 8.0);
        QCOMPARE(delays->rows[0][2].text, plan.channels[1].name);
        QCOMPARE(*delays->rows[0][3].number, cost.onTime.customers);
        QCOMPARE(*delays->rows[0][4].number, cost.forecast.customers);
        QCOMPARE(*delays->rows[0][5].number, cost.customersDelta());
        QVERIFY(*delays->rows[0][5].number < 0.0);
        // The workbook's projection is the gated one, as the Milestones page shows.
        const ExportTable *summary = gated->table(QStringLiteral("summary"));
        QVERIFY(summary);

        // The board report's Milestones page lists the table after the checks.
        const ReportContent content = buildReportContent(*gated, QDate(2025, 7, 2));
        bool listed = false;
        for (const ReportPage &page : content.pages) {
            if (page.kind != ReportPageKind::Milestones)
                continue;
            for (const ReportTable &table : page.tables)
                listed = listed || table.tableId == QLatin1String("delays");
        }
        QVERIFY(listed);
        QCOMPARE(exportTableTitle(QStringLiteral("delays")), QStringLiteral("Cost of delay"));

        // CSV: one more file for the gated plan, the same files as before for the sample.
        QTemporaryDir dir;
        QVERIFY(writeCsv(*gated, dir.filePath(QStringLiteral("g.csv"))).ok());
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("g-delays.csv"))));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), exportTableIds().size() + 1);
        QTemporaryDir plainDir;
        QVERIFY(writeCsv(*plain, plainDir.filePath(QStringLiteral("p.csv"))).ok());
        QCOMPARE(QDir(plainDir.path()).entryList(QDir::Files).size(), exportTableIds().size());
    }
};

} // namespace cplan

QTEST_GUILESS_MAIN(cplan::DelayCostExportTest)
#include "DelayCostExportTest.moc"
