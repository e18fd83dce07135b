// The import of actuals (models/exchange/ActualsImport.h): mapping, channel matching, every
// refusal reason of the preview, and applying as one undo step.

#include "models/exchange/ActualsImport.h"
#include "TestPaths.h"
#include "models/document/PlanDocument.h"
#include "models/domain/PlanValidator.h"
#include "models/storage/PlanJson.h"

#include <QTest>
#include <QUndoStack>

using namespace cplan;

namespace {

const QString search = QStringLiteral("Search (long-tail keywords)");
const QString video = QStringLiteral("Short video ads");

// A table whose data rows start at row 2, as below a header row.
SourceTable table(QStringList header,
                  std::initializer_list<std::initializer_list<QStringView>> rows)
{
    SourceTable result;
    result.header = std::move(header);
    for (const auto &cells : rows) {
        QStringList row;
        for (const QStringView cell : cells)
            row << cell.toString();
        result.rowNumbers.push_back(int(result.rows.size()) + 2);
        result.rows.push_back(row);
    }
    return result;
}

const QStringList englishHeader{
    QStringLiteral("Month"), QStringLiteral("Channel"),          QStringLiteral("Spend"),
    QStringLiteral("Leads"), QStringLiteral("Registered users"), QStringLiteral("Accounts opened")};

} // namespace

class ActualsImportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_plan = samplePlan(); }

    void guessEnglishHeaders()
    {
        const ImportMapping mapping = guessMapping(englishHeader, m_plan);
        QCOMPARE(mapping.month, 0);
        QCOMPARE(mapping.channel, 1);
        QCOMPARE(mapping.spend, 2);
        QCOMPARE(mapping.stages, (std::vector<int>{3, 4, 5}));
        QVERIFY(checkMapping(mapping, m_plan, englishHeader).ok());
    }

    void guessChineseHeaders()
    {
        const QStringList header{QStringLiteral("备注"),       QStringLiteral("开户数"),
                                 QStringLiteral("渠道"),       QStringLiteral("月份"),
                                 QStringLiteral("花费（元）"), QStringLiteral("线索"),
                                 QStringLiteral("注册用户")};
        const ImportMapping mapping = guessMapping(header, m_plan);
        QCOMPARE(mapping.month, 3);
        QCOMPARE(mapping.channel, 2);
        QCOMPARE(mapping.spend, 4);
        QCOMPARE(mapping.stages, (std::vector<int>{5, 6, 1}));
    }

    void guessOtherWords()
    {
        const QStringList header{QStringLiteral(" MONTH "), QStringLiteral("渠道名称"),
                                 QStringLiteral("消耗"), QStringLiteral("stage0"),
                                 QStringLiteral("Spend (CNY)")};
        const ImportMapping mapping = guessMapping(header, m_plan);
        QCOMPARE(mapping.month, 0);
        QCOMPARE(mapping.channel, 1);
        // "spend" ranks before "消耗" among the spend words, and the unit in brackets is ignored.
        QCOMPARE(mapping.spend, 4);
        QCOMPARE(mapping.stages, (std::vector<int>{3, -1, -1}));
    }

    void parseMappingText()
    {
        const QStringList header{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                 QStringLiteral("线索")};
        auto mapping = parseMapping(QStringLiteral("month=1, channel=B,spend=c,stage0=线索"),
                                    header, m_plan, guessMapping(header, m_plan));
        QVERIFY2(mapping.ok(), mapping.ok() ? "" : qPrintable(mapping.error()));
        QCOMPARE(mapping->month, 0);
        QCOMPARE(mapping->channel, 1);
        QCOMPARE(mapping->spend, 2);
        QCOMPARE(mapping->stages, (std::vector<int>{3, -1, -1}));
        QCOMPARE(mappingText(*mapping, header),
                 QStringLiteral("month=A,channel=B,spend=C,stage0=线索,stage1=-,stage2=-"));
        // The text form reads back to the same mapping.
        auto again = parseMapping(mappingText(*mapping, header), header, m_plan, {});
        QVERIFY(again.ok());
        QCOMPARE(*again, *mapping);

        QCOMPARE(parseMapping(QStringLiteral("month=9"), header, m_plan, {}).error(),
                 QStringLiteral("--map month: column 9 does not exist (the table has 4 columns)"));
        QCOMPARE(parseMapping(QStringLiteral("month=Date"), header, m_plan, {}).error(),
                 QStringLiteral("--map month: no column is headed “Date” (the headers are A, B, "
                                "C, 线索)"));
        QCOMPARE(parseMapping(QStringLiteral("cost=A"), header, m_plan, {}).error(),
                 QStringLiteral("--map: unknown role “cost” (use month, channel, spend, stage0, "
                                "stage1, …)"));
        QCOMPARE(parseMapping(QStringLiteral("stage3=A"), header, m_plan, {}).error(),
                 QStringLiteral("--map stage3: the plan has 3 stages (stage0 to stage2)"));
        // Issue 21: a stage number past int's range was read as 0 and mapped stage0.
        const auto huge =
            parseMapping(QStringLiteral("stage99999999999999999999=A"), header, m_plan, {});
        QVERIFY(!huge.ok());
        QCOMPARE(huge.error(), QStringLiteral("--map stage99999999999999999999: the plan has 3 "
                                              "stages (stage0 to stage2)"));
        QCOMPARE(parseMapping(QStringLiteral("month"), header, m_plan, {}).error(),
                 QStringLiteral("--map: “month” is not ROLE=COLUMN"));
    }

    void checkMappingRules()
    {
        const QStringList header{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                 QStringLiteral("D")};
        ImportMapping mapping;
        mapping.stages = {-1, -1, -1};
        QCOMPARE(checkMapping(mapping, m_plan, header).error(),
                 QStringLiteral("No column is chosen for month, channel, spend. The headers are: "
                                "A, B, C, D."));
        mapping.month = 0;
        mapping.channel = 1;
        mapping.spend = 1;
        QCOMPARE(checkMapping(mapping, m_plan, header).error(),
                 QStringLiteral("column 2 (“B”) is chosen for two roles."));
        mapping.spend = 2;
        mapping.stages = {-1, 3, -1};
        QCOMPARE(checkMapping(mapping, m_plan, header).error(),
                 QStringLiteral("The stage “Registered users” has a column but “Leads” before it "
                                "has none; volumes are measured from the first stage on."));
        mapping.stages = {3, -1, -1};
        QVERIFY(checkMapping(mapping, m_plan, header).ok());
    }

    void channelMatching()
    {
        QCOMPARE(matchChannel(search, m_plan), search);
        QCOMPARE(matchChannel(QStringLiteral("  short  VIDEO ads "), m_plan), video);
        QCOMPARE(matchChannel(QStringLiteral("ShortVideoAds"), m_plan), video);
        QCOMPARE(matchChannel(QStringLiteral("Tiktok"), m_plan), QString());
        const QHash<QString, QString> choices{{QStringLiteral("Tiktok"), video},
                                              {QStringLiteral("Other"), QString()}};
        QCOMPARE(matchChannel(QStringLiteral("Tiktok"), m_plan, choices), video);
        QCOMPARE(matchChannel(QStringLiteral("Other"), m_plan, choices), QString());
    }

    void previewEveryOutcome()
    {
        const SourceTable source = table(
            englishHeader, {
                               {u"2025-04", search, u"1,000", u"10", u"5", u"1"}, // 2 added
                               {u"2025/3", video, u"¥2,000", u"20", u"", u""},    // 3 replaced
                               {u"2025-04", u"Tiktok", u"5", u"", u"", u""}, // 4 unknown channel
                               {u"2026-02", search, u"5", u"", u"", u""},    // 5 outside horizon
                               {u"2025-05", search, u"-5", u"", u"", u""},   // 6 negative spend
                               {u"2025-04", search, u"7", u"", u"", u""},    // 7 duplicate of row 2
                               {u"2025-06", search, u"abc", u"", u"", u""},  // 8 not a number
                               {u"soon", search, u"5", u"", u"", u""},       // 9 not a month
                               {u"2025-06", video, u"", u"", u"", u""},      // 10 empty spend
                               {u"2025-06", u"", u"5", u"", u"", u""},       // 11 empty channel
                               {u"2025-07", video, u"5", u"", u"3", u""},    // 12 stage gap
                               {u"2025-07", search, u"5", u"-1", u"", u""},  // 13 negative volume
                               {u"2025-08", u"short video ads", u"1e3", u"12", u"",
                                u""}, // 14 added, case-insensitive
                           });
        const ImportMapping mapping = guessMapping(source.header, m_plan);
        const ImportPreview preview =
            previewImport(source, mapping, m_plan, QStringLiteral("x.csv"));
        QCOMPARE(preview.rows.size(), std::size_t(13));
        QCOMPARE(preview.added, 2);
        QCOMPARE(preview.replaced, 1);
        QCOMPARE(preview.refused, 10);
        const QStringList expected{
            QStringLiteral("row 2: adds 2025-04 × Search (long-tail keywords), spend 1,000, "
                           "Leads 10, Registered users 5, Accounts opened 1"),
            QStringLiteral("row 3: replaces 2025-03 × Short video ads, spend 2,000, Leads 20 "
                           "(was spend 421,251.87)"),
            QStringLiteral("row 4: channel “Tiktok” is not in the plan"),
            QStringLiteral("row 5: month 2026-02 is outside the plan's horizon 2025-01 to "
                           "2025-12"),
            QStringLiteral("row 6: spend -5 is negative"),
            QStringLiteral("row 7: 2025-04 × Search (long-tail keywords) was already given in "
                           "row 2"),
            QStringLiteral("row 8: spend “abc” is not a number"),
            QStringLiteral("row 9: “soon” is not a month (write 2025-03, 2025/3, 2025年3月, Mar "
                           "2025 or the first day of the month)"),
            QStringLiteral("row 10: the spend is empty"),
            QStringLiteral("row 11: the channel is empty"),
            QStringLiteral("row 12: “Registered users” is given but “Leads” before it is empty; "
                           "volumes are measured from the first stage on"),
            QStringLiteral("row 13: Leads -1 is negative"),
            QStringLiteral("row 14: adds 2025-08 × Short video ads, spend 1,000, Leads 12"),
            QStringLiteral("x.csv: 2 row(s) to add, 1 to replace, 10 refused"),
        };
        const QStringList report = previewReport(preview, m_plan);
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(report.value(i), expected.at(i));
        QCOMPARE(report.size(), expected.size());
        QCOMPARE(unknownChannels(source, mapping, m_plan), QStringList{QStringLiteral("Tiktok")});
    }

    void choicesPlaceUnknownChannels()
    {
        const SourceTable source =
            table(englishHeader, {{u"2025-04", u"Tiktok", u"5"}, {u"2025-05", u"Billboard", u"5"}});
        ImportMapping mapping = guessMapping(source.header, m_plan);
        mapping.channelChoices.insert(QStringLiteral("Tiktok"), video);
        mapping.channelChoices.insert(QStringLiteral("Billboard"), QString());
        const ImportPreview preview = previewImport(source, mapping, m_plan, QStringLiteral("x"));
        QCOMPARE(preview.rows[0].outcome, ImportRow::Outcome::Added);
        QCOMPARE(preview.rows[0].actual.channel, video);
        QCOMPARE(preview.rows[1].reason,
                 QStringLiteral("row 3: channel “Billboard” is left out by your choice"));
    }

    void applyIsOneUndoStep()
    {
        PlanDocument document;
        document.resetTo(m_plan);
        const SourceTable source = table(englishHeader, {{u"2025-04", video, u"100", u"1"},
                                                         {u"2025-03", search, u"200"},
                                                         {u"2025-04", search, u"300", u"3", u"2"},
                                                         {u"2025-04", u"Tiktok", u"5"}});
        const ImportPreview preview = previewImport(source, guessMapping(source.header, m_plan),
                                                    m_plan, QStringLiteral("april.csv"));
        QCOMPARE(preview.accepted(), 3);
        const Plan before = document.plan();
        QVERIFY(document.applyEdit(importEdit(preview)).ok());
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Import 3 actual row(s) from "
                                                                  "april.csv"));
        const auto &actuals = document.plan().actuals;
        QCOMPARE(actuals.size(), before.actuals.size() + 2);
        // New rows go after March, in plan channel order (Search before Short video ads).
        const std::size_t march = before.actuals.size();
        QCOMPARE(actuals[march].month, QStringLiteral("2025-04"));
        QCOMPARE(actuals[march].channel, search);
        QCOMPARE(actuals[march].volumes, (std::vector<double>{3, 2}));
        QCOMPARE(actuals[march + 1].channel, video);
        const auto replaced = std::find_if(actuals.begin(), actuals.end(), [](const Actual &a) {
            return a.month == QLatin1String("2025-03") && a.channel == search;
        });
        QCOMPARE(replaced->spend, 200.0);
        QVERIFY(replaced->volumes.empty());
        QVERIFY(validatePlan(document.plan()).empty());
        document.undoStack()->undo();
        QCOMPARE(document.plan(), before);
    }

    void nothingToApply()
    {
        Plan plan = m_plan;
        const SourceTable source = table(englishHeader, {{u"2030-01", search, u"1"}});
        const ImportPreview preview =
            previewImport(source, guessMapping(source.header, plan), plan, QStringLiteral("f"));
        QCOMPARE(applyImport(plan, preview).error(), QStringLiteral("f: no row can be imported"));
        QCOMPARE(plan, m_plan);
    }

private:
    Plan m_plan;
};

QTEST_GUILESS_MAIN(ActualsImportTest)
#include "ActualsImportTest.moc"
