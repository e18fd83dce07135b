// The past months calibration fits to travel with the exports (issue 24, MODEL.md §5.6): a plan
// that keeps past actuals gets a "past_actuals" table (an XLSX sheet, a CSV with --table); a plan
// without them keeps exactly its tables.

#include "ExchangeTestSupport.h"
#include "models/exchange/CsvWriter.h"
#include "models/exchange/ExportWorkbook.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace cplan {

class PastActualsExportTest : public QObject
{
    Q_OBJECT

private slots:
    void pastMonthsAreATableOfTheirOwn()
    {
        Plan plan = test::samplePlan();
        const auto plain = buildExportWorkbook(plan, {}, QDate(2025, 7, 1));
        QVERIFY(plain.ok());
        QVERIFY(!plain->table(QStringLiteral("past_actuals")));

        plan.pastActuals = {
            {QStringLiteral("2024-11"), plan.channels[0].name, 250000.5, {1200.0, 300.0}},
            {QStringLiteral("2024-12"), plan.channels[1].name, 180000.0, {}},
        };
        const auto workbook = buildExportWorkbook(plan, {}, QDate(2025, 7, 1));
        QVERIFY(workbook.ok());
        const ExportTable *past = workbook->table(QStringLiteral("past_actuals"));
        QVERIFY(past);
        QCOMPARE(past->columns.size(), qsizetype(3 + plan.stages.size()));
        QCOMPARE(past->rows.size(), std::size_t(2));
        QCOMPARE(past->rows[0][0].text, QStringLiteral("2024-11"));
        QCOMPARE(past->rows[0][1].text, plan.channels[0].name);
        QCOMPARE(*past->rows[0][2].number, 250000.5);
        QCOMPARE(*past->rows[0][3].number, 1200.0);
        QCOMPARE(*past->rows[0][4].number, 300.0);
        QVERIFY(past->rows[0][5].isEmpty()); // the third stage was not measured
        QVERIFY(past->rows[1][3].isEmpty());
        QCOMPARE(exportTableTitle(QStringLiteral("past_actuals")), QStringLiteral("Past actuals"));

        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("past.csv"));
        QVERIFY(writeCsv(*workbook, csv, QStringLiteral("past_actuals")).ok());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.contains("2024-11,") && bytes.contains("250000.50"), bytes.constData());
    }
};

} // namespace cplan

QTEST_GUILESS_MAIN(cplan::PastActualsExportTest)
#include "PastActualsExportTest.moc"
