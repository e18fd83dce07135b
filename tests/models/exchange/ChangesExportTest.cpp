// The "Changes" of the exports (MODEL.md §10, issue 23 item 8): the history since the last
// approved version, else since the last version, else all of it; one row per changed field with
// its human name and values in the plan's currency; written as the XLSX sheet "Changes" and the
// PDF appendix; and the board report states which scenario is approved, by whom and when.

#include "ExchangeTestSupport.h"
#include "XlsxReadBack.h"
#include "models/exchange/ExportChanges.h"
#include "models/exchange/ExportWorkbook.h"
#include "models/exchange/ReportContent.h"
#include "models/exchange/XlsxWriter.h"

#include <QJsonValue>
#include <QTemporaryDir>
#include <QTest>

namespace cplan {

namespace {

HistoryEntry entry(qint64 seq, const QString &at, const QString &action,
                   std::vector<FieldChange> changes = {})
{
    HistoryEntry made;
    made.seq = seq;
    made.at = at;
    made.author = QStringLiteral("Li Wei");
    made.action = action;
    made.changes = std::move(changes);
    return made;
}

VersionInfo version(const QString &name, const QString &at)
{
    return {name, at, QStringLiteral("Li Wei"), {}, {}};
}

std::vector<qint64> seqs(const ChangesSince &changes)
{
    std::vector<qint64> out;
    for (const HistoryEntry &each : changes.entries)
        out.push_back(each.seq);
    return out;
}

} // namespace

class ChangesExportTest : public QObject
{
    Q_OBJECT

private:
    std::vector<HistoryEntry> m_history;
    std::vector<VersionInfo> m_versions;

private slots:
    void init()
    {
        m_history = {entry(1, QStringLiteral("2026-12-01T09:00:00Z"), QStringLiteral("one")),
                     entry(2, QStringLiteral("2026-12-02T09:00:00Z"), QStringLiteral("two")),
                     entry(3, QStringLiteral("2026-12-03T09:00:00Z"), QStringLiteral("three")),
                     entry(4, QStringLiteral("2026-12-04T09:00:00Z"), QStringLiteral("four")),
                     entry(5, QStringLiteral("2026-12-05T09:00:00Z"), QStringLiteral("five"))};
        m_versions = {version(QStringLiteral("Approved"), QStringLiteral("2026-12-02T12:00:00Z")),
                      version(QStringLiteral("Later"), QStringLiteral("2026-12-04T09:00:00Z"))};
    }

    void startsAfterTheLastApprovedVersion()
    {
        const ChangesSince changes = changesSince(m_history, m_versions, [](const VersionInfo &v) {
            return v.name == QLatin1String("Approved");
        });
        QCOMPARE(changes.version, QStringLiteral("Approved"));
        QVERIFY(changes.approved);
        QCOMPARE(seqs(changes), (std::vector<qint64>{3, 4, 5}));
    }

    void elseAfterTheLastVersion()
    {
        const ChangesSince changes =
            changesSince(m_history, m_versions, [](const VersionInfo &) { return false; });
        QCOMPARE(changes.version, QStringLiteral("Later"));
        QVERIFY(!changes.approved);
        // An entry of the version's own second is listed, not lost.
        QCOMPARE(seqs(changes), (std::vector<qint64>{4, 5}));
    }

    void elseTheWholeHistory()
    {
        const ChangesSince changes =
            changesSince(m_history, {}, [](const VersionInfo &) { return true; });
        QVERIFY(changes.version.isEmpty());
        QCOMPARE(seqs(changes), (std::vector<qint64>{1, 2, 3, 4, 5}));
    }

    void oneRowPerChangedFieldWithHumanNames()
    {
        const Plan plan = test::samplePlan();
        const QString budgetPath =
            QStringLiteral("scenarios[\"%1\"].budget").arg(plan.scenarios[0].name);
        ChangesSince changes;
        changes.version = QStringLiteral("Board");
        changes.approved = true;
        changes.entries = {
            entry(7, QStringLiteral("2026-12-05T09:00:00Z"), QStringLiteral("Set budget"),
                  {{budgetPath, QJsonValue(20000000.0), QJsonValue(25000000.0)},
                   {QStringLiteral("name"), QJsonValue(QStringLiteral("Old")),
                    QJsonValue(QStringLiteral("New"))}}),
            entry(8, QStringLiteral("2026-12-05T10:00:00Z"), QStringLiteral("Approve “Plan A”"))};
        changes.entries[0].reason = QStringLiteral("CFO asked");
        const ExportTable table = changesTable(plan, changes);
        QCOMPARE(table.id, QStringLiteral("changes"));
        QCOMPARE(table.sheet, QStringLiteral("Changes"));
        QVERIFY2(table.title.contains(QStringLiteral("Board")), qPrintable(table.title));
        QCOMPARE(table.rows.size(), std::size_t(3)); // two fields, then the sign-off's own line
        QCOMPARE(*table.rows[0][0].number, 7.0);
        QCOMPARE(table.rows[0][1].text, QStringLiteral("2026-12-05T09:00:00Z"));
        QCOMPARE(table.rows[0][2].text, QStringLiteral("Li Wei"));
        QCOMPARE(table.rows[0][3].text, QStringLiteral("Set budget"));
        QVERIFY2(!table.rows[0][4].text.contains(QStringLiteral("scenarios[")),
                 qPrintable(table.rows[0][4].text));
        QVERIFY2(table.rows[0][4].text.contains(plan.scenarios[0].name),
                 qPrintable(table.rows[0][4].text));
        QVERIFY2(table.rows[0][5].text.contains(QStringLiteral("20,000,000")),
                 qPrintable(table.rows[0][5].text));
        QVERIFY2(table.rows[0][6].text.contains(QStringLiteral("25,000,000")),
                 qPrintable(table.rows[0][6].text));
        QCOMPARE(table.rows[0][7].text, QStringLiteral("CFO asked"));
        QCOMPARE(table.rows[2][3].text, QStringLiteral("Approve “Plan A”"));
        QVERIFY(table.rows[2][4].text.isEmpty());
        for (const auto &row : table.rows)
            QCOMPARE(qsizetype(row.size()), table.columns.size());
    }

    void xlsxHasTheChangesSheetAndTheReportItsAppendix()
    {
        Plan plan = test::samplePlan();
        auto workbook = buildExportWorkbook(plan, {}, QDate(2025, 7, 1));
        QVERIFY(workbook.ok());
        const auto sheetsBefore = workbook->tables.size();
        QVERIFY(!buildReportContent(*workbook, QDate(2025, 7, 2)).pages.empty());
        for (const ReportPage &page : buildReportContent(*workbook, QDate(2025, 7, 2)).pages)
            QVERIFY(page.kind != ReportPageKind::Changes); // no history given: no appendix
        ChangesSince changes;
        changes.entries = {entry(1, QStringLiteral("2026-12-05T09:00:00Z"),
                                 QStringLiteral("Set budget of Plan A"))};
        addChangesTable(workbook.value(), plan, changes);
        QCOMPARE(workbook->tables.size(), sheetsBefore + 1);
        QCOMPARE(exportTableTitle(QStringLiteral("changes")), QStringLiteral("Changes"));

        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("plan.xlsx"));
        QVERIFY(writeXlsx(*workbook, path));
        const test::XlsxBook book = test::readXlsx(path);
        QVERIFY2(book.error.isEmpty(), qPrintable(book.error));
        const test::XlsxSheet *sheet = book.sheet(QStringLiteral("Changes"));
        QVERIFY(sheet);
        bool found = false;
        for (const auto &[position, cell] : sheet->cells)
            found = found || cell.text == QLatin1String("Set budget of Plan A");
        QVERIFY(found);

        const ReportContent content = buildReportContent(*workbook, QDate(2025, 7, 2));
        QCOMPARE(content.pages.back().kind, ReportPageKind::Changes);
        QCOMPARE(content.pages.back().tables.front().tableId, QStringLiteral("changes"));
    }

    void reportStatesWhichScenarioIsApproved()
    {
        Plan plan = test::samplePlan();
        auto plain = buildExportWorkbook(plan, {}, QDate(2025, 7, 1));
        QVERIFY(plain.ok());
        QCOMPARE(plain->approval, QStringLiteral("No scenario is approved yet"));
        const auto titleLines = plain->titleLines.size();

        Signoff &signoff = plan.scenarios[1].signoff;
        signoff.state = SignoffState::Approved;
        signoff.by = signoff.approvedBy = QStringLiteral("Zhang Min");
        signoff.at = signoff.approvedAt = QStringLiteral("2026-12-07T09:30:00Z");
        auto approved = buildExportWorkbook(plan, {}, QDate(2025, 7, 1));
        QVERIFY(approved.ok());
        const QString expected =
            QStringLiteral("“%1” approved by Zhang Min on 2026-12-07").arg(plan.scenarios[1].name);
        QCOMPARE(approved->approval, expected);
        QCOMPARE(approved->titleLines.size(), titleLines + 1);
        QCOMPARE(approved->titleLines.back().second, expected);
        QCOMPARE(buildReportContent(*approved, QDate(2025, 7, 2)).approval, expected);
    }
};

} // namespace cplan

QTEST_MAIN(cplan::ChangesExportTest)
#include "ChangesExportTest.moc"
