// Changed fields in the plan's language (MODEL.md §10 "Diff ... with human names, amounts in the
// plan's currency"): labels without paths, values as money, percentages and dates, groups by
// scenario, channel, milestone, plan settings and actuals; in English and in Chinese.

#include "models/history/FieldLabels.h"
#include "models/storage/PlanJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

const QJsonValue absent(QJsonValue::Undefined);
const QString planA = u"Plan A (CNY 20M)"_s;
const QString search = u"Search (long-tail keywords)"_s;

QString label(const QString &path)
{
    static const Plan plan = samplePlan();
    return fieldLabel(path, plan);
}

QString value(const QString &path, const QJsonValue &json)
{
    static const Plan plan = samplePlan();
    return valueText(path, json, plan);
}

} // namespace

class FieldLabelsTest : public QObject
{
    Q_OBJECT

private slots:
    void labelsInEnglish_data();
    void labelsInEnglish();
    void valuesInThePlansUnits_data();
    void valuesInThePlansUnits();
    void changesAreGrouped();
    void labelsAndValuesInChinese();
};

void FieldLabelsTest::labelsInEnglish_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("label");
    const QString channel = u"scenarios[\"%1\"].channels[\"%2\"]"_s.arg(planA, search);
    const QString prefix = planA + u" ▸ "_s + search + u" ▸ "_s;
    QTest::newRow("cpl") << channel + u".cpl"_s << prefix + u"Cost per lead"_s;
    QTest::newRow("conversion 0") << channel + u".conversion[0]"_s
                                  << prefix + u"Conversion Leads → Registered users"_s;
    QTest::newRow("conversion 1") << channel + u".conversion[1]"_s
                                  << prefix + u"Conversion Registered users → Accounts opened"_s;
    QTest::newRow("saturation") << channel + u".saturation_spend"_s
                                << prefix + u"Saturation spend"_s;
    QTest::newRow("arpu") << channel + u".arpu_monthly"_s << prefix + u"ARPU (monthly)"_s;
    QTest::newRow("channel uncertainty")
        << channel + u".uncertainty.cpl"_s << prefix + u"Uncertainty ▸ Cost per lead"_s;
    QTest::newRow("channel phasing")
        << channel + u".phasing.quarterly[1]"_s << prefix + u"Phasing ▸ Q2"_s;
    QTest::newRow("whole channel") << channel << planA + u" ▸ "_s + search + u" ▸ Drivers"_s;
    QTest::newRow("budget") << u"scenarios[\"%1\"].budget"_s.arg(planA) << planA + u" ▸ Budget"_s;
    QTest::newRow("category share")
        << u"scenarios[\"%1\"].category_shares[\"Reserve\"]"_s.arg(planA)
        << planA + u" ▸ Reserve ▸ Share of budget"_s;
    QTest::newRow("monthly phasing") << u"scenarios[\"%1\"].phasing.monthly[2]"_s.arg(planA)
                                     << planA + u" ▸ Phasing ▸ 2025-03"_s;
    QTest::newRow("scenario name")
        << u"scenarios[\"%1\"].name"_s.arg(planA) << planA + u" ▸ Name"_s;
    QTest::newRow("whole scenario") << u"scenarios[\"Plan C\"]"_s << u"Scenario Plan C"_s;
    QTest::newRow("milestone planned")
        << u"milestones[\"M2\"].planned"_s << u"Milestone M2 ▸ Planned date"_s;
    QTest::newRow("milestone check")
        << u"milestones[\"M4\"].checks[1].value"_s << u"Milestone M4 ▸ Check 2 ▸ Value"_s;
    QTest::newRow("months") << u"months"_s << u"Plan ▸ Horizon (months)"_s;
    QTest::newRow("name") << u"name"_s << u"Plan ▸ Name"_s;
    QTest::newRow("stage") << u"stages[1]"_s << u"Plan ▸ Stage 2"_s;
    QTest::newRow("threshold") << u"milestone_thresholds_days[0]"_s
                               << u"Plan ▸ Delay level 1 up to (days)"_s;
    QTest::newRow("channel group")
        << u"channels[\"%1\"].group"_s.arg(search) << u"Channel %1 ▸ Group"_s.arg(search);
    QTest::newRow("target") << u"targets[0].value"_s
                            << u"Target Cost per registered user ▸ Value"_s;
    QTest::newRow("actual spend") << u"actuals[\"2025-03/%1\"].spend"_s.arg(search)
                                  << u"Actuals ▸ 2025-03 ▸ %1 ▸ Spend"_s.arg(search);
    QTest::newRow("actual volume") << u"actuals[\"2025-03/%1\"].volumes[2]"_s.arg(search)
                                   << u"Actuals ▸ 2025-03 ▸ %1 ▸ Accounts opened"_s.arg(search);
    QTest::newRow("past actual row") << u"past_actuals[\"2024-12/%1\"]"_s.arg(search)
                                     << u"Past actuals ▸ 2024-12 ▸ %1"_s.arg(search);
    QTest::newRow("sign-off") << u"scenarios[\"%1\"].signoff.approved_by"_s.arg(planA)
                              << planA + u" ▸ Sign-off ▸ Approved by"_s;
    QTest::newRow("person") << u"people[\"Li Wei\"].role"_s << u"Person Li Wei ▸ Role"_s;
    QTest::newRow("unknown field")
        << u"scenarios[\"%1\"].review_state"_s.arg(planA) << planA + u" ▸ Review state"_s;
    QTest::newRow("not a path") << u"scenarios[oops"_s << u"scenarios[oops"_s;
}

void FieldLabelsTest::labelsInEnglish()
{
    QFETCH(QString, path);
    QFETCH(QString, label);
    QCOMPARE(::label(path), label);
}

void FieldLabelsTest::valuesInThePlansUnits_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("json");
    QTest::addColumn<QString>("text");
    const QString channel = u"scenarios[\"%1\"].channels[\"%2\"]"_s.arg(planA, search);
    QTest::newRow("budget") << u"scenarios[\"%1\"].budget"_s.arg(planA) << QJsonValue(25000000)
                            << u"CNY 25,000,000"_s;
    QTest::newRow("cpl") << channel + u".cpl"_s << QJsonValue(45.5) << u"CNY 45.50"_s;
    QTest::newRow("saturation") << channel + u".saturation_spend"_s << QJsonValue(900000)
                                << u"CNY 900,000"_s;
    QTest::newRow("no saturation") << channel + u".saturation_spend"_s << absent << u"—"_s;
    QTest::newRow("share") << channel + u".share"_s << QJsonValue(0.2) << u"20%"_s;
    QTest::newRow("conversion") << channel + u".conversion[1]"_s << QJsonValue(0.125) << u"12.5%"_s;
    QTest::newRow("conversion list")
        << channel + u".conversion"_s << QJsonValue(QJsonArray{0.3, 0.12}) << u"30%, 12%"_s;
    QTest::newRow("uncertainty") << channel + u".uncertainty.cpl"_s << QJsonValue(0.35) << u"35%"_s;
    QTest::newRow("category share")
        << u"scenarios[\"%1\"].category_shares[\"Reserve\"]"_s.arg(planA) << QJsonValue(0.05)
        << u"5%"_s;
    QTest::newRow("actual spend") << u"actuals[\"2025-03/%1\"].spend"_s.arg(search)
                                  << QJsonValue(272815.53) << u"CNY 272,815.53"_s;
    QTest::newRow("volume") << u"actuals[\"2025-03/%1\"].volumes[0]"_s.arg(search)
                            << QJsonValue(5086) << u"5,086"_s;
    QTest::newRow("date") << u"milestones[\"M2\"].planned"_s << QJsonValue(u"2025-06-30"_s)
                          << u"2025-06-30"_s;
    QTest::newRow("months") << u"months"_s << QJsonValue(24) << u"24"_s;
    QTest::newRow("text") << u"milestones[\"M2\"].owner"_s << QJsonValue(u"Marketing"_s)
                          << u"Marketing"_s;
    QTest::newRow("null") << u"milestones[\"M2\"].forecast"_s << QJsonValue(QJsonValue::Null)
                          << u"(none)"_s;
    QTest::newRow("whole scenario")
        << u"scenarios[\"Plan C\"]"_s << QJsonValue(QJsonObject{{u"name"_s, u"Plan C"_s}})
        << u"Plan C"_s;
}

void FieldLabelsTest::valuesInThePlansUnits()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, json);
    QFETCH(QString, text);
    QCOMPARE(value(path, json), text);
}

void FieldLabelsTest::changesAreGrouped()
{
    const Plan plan = samplePlan();
    const QString channel = u"scenarios[\"%1\"].channels[\"%2\"]"_s.arg(planA, search);
    const std::vector<FieldChange> changes{
        {channel + u".cpl"_s, 45, 50},
        {u"scenarios[\"%1\"].budget"_s.arg(planA), 1, 2},
        {u"months"_s, 12, 24},
        {channel + u".share"_s, 0.2, 0.25},
        {u"milestones[\"M2\"].planned"_s, u"a"_s, u"b"_s},
        {u"actuals[\"2025-03/%1\"].spend"_s.arg(search), 1, 2},
        {u"channels[\"%1\"].group"_s.arg(search), u"a"_s, u"b"_s},
        {u"scenarios[\"%1\"].name"_s.arg(planA), u"a"_s, u"b"_s},
    };
    const std::vector<ChangeGroup> groups = groupChanges(changes, plan);
    QStringList titles;
    for (const ChangeGroup &group : groups)
        titles.append(group.title + u" ("_s + QString::number(group.changes.size()) + u")"_s);
    QCOMPARE(titles,
             (QStringList{planA + u" ▸ "_s + search + u" (2)"_s, u"Scenario %1 (2)"_s.arg(planA),
                          u"Plan settings (2)"_s, u"Milestone M2 (1)"_s, u"Actuals (1)"_s}));
    QCOMPARE(groups[0].changes[1].path, channel + u".share"_s);
}

void FieldLabelsTest::labelsAndValuesInChinese()
{
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/campaign-planner_zh_CN.qm"_s));
    QCoreApplication::installTranslator(&translator);
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString channel = u"scenarios[\"%1\"].channels[\"%2\"]"_s.arg(planA, search);
    const QString prefix = planA + u" ▸ "_s + search + u" ▸ "_s;
    // The driver names the Drivers page uses.
    QCOMPARE(label(channel + u".cpl"_s), prefix + u"单线索成本"_s);
    QCOMPARE(label(channel + u".saturation_spend"_s), prefix + u"饱和花费"_s);
    QCOMPARE(label(channel + u".conversion[1]"_s),
             prefix + u"Registered users → Accounts opened 转化率"_s);
    QCOMPARE(label(channel + u".retention_monthly"_s), prefix + u"月留存率"_s);
    QCOMPARE(label(u"milestones[\"M2\"].planned"_s), u"里程碑 M2 ▸ 计划日期"_s);
    QCOMPARE(label(u"months"_s), u"方案 ▸ 计划期（月）"_s);
    QCOMPARE(label(u"actuals[\"2025-03/%1\"].spend"_s.arg(search)),
             u"实际数据 ▸ 2025年3月 ▸ %1 ▸ 花费"_s.arg(search));
    QCOMPARE(label(u"scenarios[\"Plan C\"]"_s), u"情景 Plan C"_s);
    QCOMPARE(value(u"milestones[\"M2\"].planned"_s, u"2025-06-30"_s), u"2025年6月30日"_s);
    QCOMPARE(value(u"milestones[\"M2\"].forecast"_s, QJsonValue(QJsonValue::Null)), u"（无）"_s);
    const Plan plan = samplePlan();
    QCOMPARE(groupChanges({{u"months"_s, 12, 24}}, plan).at(0).title, u"方案设置"_s);
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(previous);
}

QTEST_GUILESS_MAIN(FieldLabelsTest)
#include "FieldLabelsTest.moc"
