#include "models/storage/PlanJson.h"
#include "models/domain/PlanValidator.h"
#include "support/PlanComparison.h"

#include "TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

const QString planA = QStringLiteral("scenarios[\"Plan A (CNY 20M)\"]");
const QString search = QStringLiteral("Search (long-tail keywords)");
const QString searchPath = planA + QStringLiteral(".channels[\"Search (long-tail keywords)\"]");

QByteArray sampleBytes()
{
    QFile file(test::dataPath(QStringLiteral("brokerage-2025.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample plan");
    return file.readAll();
}

QJsonObject sampleObject()
{
    return QJsonDocument::fromJson(sampleBytes()).object();
}

// `node` with the value at `path` replaced (or removed, for an undefined value). Path steps are
// object keys, or list positions written as numbers.
QJsonValue changed(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString step = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = step.toInt();
        array[index] = changed(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(step);
    else
        object[step] = changed(object.value(step), path, value);
    return object;
}

QStringList steps(const char *dotted)
{
    return QString::fromUtf8(dotted).split(QLatin1Char('|'));
}

QByteArray bytesOf(const QJsonValue &root)
{
    return QJsonDocument(root.toObject()).toJson();
}

// The error of reading the sample with one value changed; empty when it reads fine.
QString errorAfter(const char *path, const QJsonValue &value)
{
    const auto plan = readPlanJson(bytesOf(changed(sampleObject(), steps(path), value)));
    return plan.ok() ? QString() : plan.error();
}

// First place where two JSON trees differ ("" when equal), numbers compared as doubles.
QString firstDifference(const QJsonValue &a, const QJsonValue &b, const QString &where)
{
    if (a.type() != b.type())
        return where + QStringLiteral(" (type)");
    if (a.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.keys() != y.keys())
            return where + QStringLiteral(" keys: ") + x.keys().join(QLatin1Char(',')) +
                   QStringLiteral(" vs ") + y.keys().join(QLatin1Char(','));
        for (const QString &key : x.keys()) {
            const QString difference =
                firstDifference(x.value(key), y.value(key), where + QLatin1Char('.') + key);
            if (!difference.isEmpty())
                return difference;
        }
        return {};
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return where + QStringLiteral(" (size)");
        for (qsizetype i = 0; i < x.size(); ++i) {
            const QString difference = firstDifference(
                x.at(i), y.at(i), where + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'));
            if (!difference.isEmpty())
                return difference;
        }
        return {};
    }
    if (a.isDouble())
        return a.toDouble() == b.toDouble() ? QString() : where;
    return a == b ? QString() : where;
}

// Every place in the tree under `node`, as change() paths.
void collectPaths(const QJsonValue &node, const QStringList &path, QList<QStringList> &paths)
{
    if (!path.isEmpty())
        paths.append(path);
    if (node.isObject()) {
        const QJsonObject object = node.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectPaths(it.value(), path + QStringList{it.key()}, paths);
    } else if (node.isArray()) {
        const QJsonArray array = node.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectPaths(array.at(i), path + QStringList{QString::number(i)}, paths);
    }
}

// A value of a type the field cannot take.
QJsonValue wrongTypeFor(const QJsonValue &value)
{
    if (value.isString())
        return 7;
    if (value.isDouble())
        return u"x"_s;
    return true;
}

} // namespace

class PlanJsonTest : public QObject
{
    Q_OBJECT

private slots:
    void sampleReads();
    void sampleRoundTripsAsPlan();
    void sampleRoundTripsAsJsonTree();
    void embeddedSampleMatchesTestData();
    void chineseNameIntactInBytes();
    void defaultsWhenAbsent();
    void defaultsAreLeftOut();
    void channelPhasingOverrideRoundTrips();
    void saturationNullMeansNone();
    void notJson();
    void wrongFormat_data();
    void wrongFormat();
    void structuralErrorLocated_data();
    void structuralErrorLocated();
    void allErrorsCollected();
    void damagedInputRefusedCleanly();
    void baselineScenarioRoundTrips();
    void milestoneGatesRoundTrip();
};

void PlanJsonTest::sampleReads()
{
    const auto plan = readPlanJson(sampleBytes());
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error()));
    QCOMPARE(plan->name, QStringLiteral("Brokerage customer acquisition 2025"));
    QCOMPARE(plan->months, 12);
    QCOMPARE(plan->discountRateAnnual, 0.08);
    QCOMPARE(plan->stages.size(), 3);
    QVERIFY(plan->categories[3].kind == CategoryKind::Reserve);
    QCOMPARE(plan->channels[3].group, QStringLiteral("Private traffic"));
    QVERIFY(plan->targets[1].op == Comparison::GreaterOrEqual);
    QCOMPARE(plan->targets[0].metric, QStringLiteral("cost_per_stage.1"));
    QCOMPARE(plan->milestones[0].actual, QStringLiteral("2025-04-03"));
    QVERIFY(plan->milestones[1].status == MilestoneStatus::InProgress);
    QCOMPARE(plan->milestones[3].checks[1].metric, QStringLiteral("cac_to_date"));
    QCOMPARE(plan->milestones[2].dependsOn, QStringList{QStringLiteral("M2")});
    QCOMPARE(plan->scenarios.size(), std::size_t(3));
    const Scenario &a = plan->scenarios[0];
    QCOMPARE(a.categoryShares, (std::vector<double>{0.6, 0.2, 0.15, 0.05}));
    QVERIFY(a.phasing.kind == Phasing::Kind::Quarterly);
    QCOMPARE(a.uncertainty.retention, std::optional<double>(0.01));
    QCOMPARE(a.channels[2].carryover, 0.3);
    QCOMPARE(a.channels[2].uncertainty.cpl, std::optional<double>(0.35));
    QVERIFY(!a.channels[2].uncertainty.arpu);
    QCOMPARE(a.channels[0].saturationSpend, std::optional<double>(900000));
    QVERIFY(!a.channels[5].saturationSpend);
    QCOMPARE(a.channels[5].conversion, (std::vector<double>{0.5, 0.2}));
    QVERIFY(!a.channels[0].phasing);
    QCOMPARE(plan->actuals.size(), std::size_t(18));
    QCOMPARE(plan->actuals[0].spend, 280013.78);
    QCOMPARE(plan->actuals[17].volumes, (std::vector<double>{796, 406, 73}));
}

void PlanJsonTest::sampleRoundTripsAsPlan()
{
    const Plan sample = samplePlan();
    const auto again = readPlanJson(writePlanJson(sample));
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error()));
    QCOMPARE_PLANS(*again, sample);
}

void PlanJsonTest::sampleRoundTripsAsJsonTree()
{
    const QJsonObject written = QJsonDocument::fromJson(writePlanJson(samplePlan())).object();
    const QJsonObject original = sampleObject();
    QCOMPARE(firstDifference(written, original, QStringLiteral("root")), QString());
    QVERIFY(written == original);
}

void PlanJsonTest::embeddedSampleMatchesTestData()
{
    QCOMPARE(samplePlanJson(), sampleBytes());
    QCOMPARE_PLANS(samplePlan(), *readPlanJson(sampleBytes()));
}

void PlanJsonTest::chineseNameIntactInBytes()
{
    const QByteArray written = writePlanJson(samplePlan());
    QVERIFY(written.contains(QStringLiteral("股票推广引流年度方案 2025").toUtf8()));
    QVERIFY(!written.contains("\\u"));
    QCOMPARE(readPlanJson(written)->nameZh, QStringLiteral("股票推广引流年度方案 2025"));
}

void PlanJsonTest::defaultsWhenAbsent()
{
    QJsonValue root = sampleObject();
    for (const char *path :
         {"plan|value_horizon_months", "plan|discount_rate_annual", "plan|variance_threshold",
          "plan|milestone_thresholds_days", "plan|name_zh", "plan|status_date", "plan|targets",
          "plan|milestones", "plan|actuals", "plan|channels|0|group", "plan|scenarios|0|phasing",
          "plan|scenarios|0|uncertainty"})
        root = changed(root, steps(path), QJsonValue(QJsonValue::Undefined));
    for (const char *key : {"carryover", "min_share", "max_share", "uncertainty"})
        root = changed(root,
                       steps("plan|scenarios|0|channels|KOL matrix & live streams") +
                           QStringList{QString::fromUtf8(key)},
                       QJsonValue(QJsonValue::Undefined));
    const auto plan = readPlanJson(bytesOf(root));
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error()));
    QCOMPARE(plan->valueHorizonMonths, 36);
    QCOMPARE(plan->discountRateAnnual, 0.0);
    QCOMPARE(plan->varianceThreshold, 0.1);
    QCOMPARE(plan->milestoneThresholdsDays, (std::array<int, 2>{3, 7}));
    QVERIFY(plan->nameZh.isEmpty());
    QVERIFY(plan->statusDate.isEmpty());
    QVERIFY(plan->targets.empty() && plan->milestones.empty() && plan->actuals.empty());
    QVERIFY(plan->channels[0].group.isEmpty());
    QCOMPARE(plan->scenarios[0].phasing, Phasing{});
    QVERIFY(plan->scenarios[0].uncertainty.isEmpty());
    const ChannelDrivers &kol = plan->scenarios[0].channels[2];
    QCOMPARE(kol.carryover, 0.0);
    QCOMPARE(kol.minShare, 0.0);
    QCOMPARE(kol.maxShare, 1.0);
    QVERIFY(kol.uncertainty.isEmpty());
}

void PlanJsonTest::defaultsAreLeftOut()
{
    const QByteArray written = writePlanJson(blankPlan());
    for (const char *key :
         {"carryover", "saturation_spend", "phasing", "uncertainty", "name_zh", "status_date",
          "group", "depends_on", "checks", "forecast", "baseline_scenario", "gates"})
        QVERIFY2(!written.contains(QByteArray("\"") + key + "\""), key);
    for (const char *key :
         {"min_share", "max_share", "value_horizon_months", "discount_rate_annual",
          "variance_threshold", "milestone_thresholds_days"})
        QVERIFY2(written.contains(QByteArray("\"") + key + "\""), key);
    const auto again = readPlanJson(written);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error()));
    QCOMPARE_PLANS(*again, blankPlan());
}

void PlanJsonTest::channelPhasingOverrideRoundTrips()
{
    Plan plan = samplePlan();
    plan.scenarios[0].channels[0].phasing = Phasing{}; // even, overriding the quarterly phasing
    Phasing monthly{Phasing::Kind::Monthly, std::vector<double>(12, 1.0)};
    monthly.weights[11] = 3.5;
    plan.scenarios[0].channels[1].phasing = monthly;
    plan.milestones[0].forecast = QStringLiteral("2025-04-01");
    plan.actuals[0].volumes.clear();
    const auto again = readPlanJson(writePlanJson(plan));
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error()));
    QCOMPARE_PLANS(*again, plan);
    QCOMPARE(again->scenarios[0].channels[0].phasing, std::optional<Phasing>(Phasing{}));
}

void PlanJsonTest::saturationNullMeansNone()
{
    const auto plan =
        readPlanJson(bytesOf(changed(sampleObject(),
                                     steps("plan|scenarios|0|channels|Search (long-tail keywords)|"
                                           "saturation_spend"),
                                     QJsonValue(QJsonValue::Null))));
    QVERIFY(plan.ok());
    QVERIFY(!plan->scenarios[0].channels[0].saturationSpend);
}

void PlanJsonTest::notJson()
{
    const auto plan = readPlanJson("{\"format\": \"campaign-planner/1\", \"plan\": nope}");
    QVERIFY(!plan.ok());
    // Qt reports the offset where it gave up, a little after the bad token starts at 41.
    QVERIFY(plan.error().startsWith(
        QStringLiteral("not a Campaign Planner plan: not JSON (illegal value at byte ")));
    QCOMPARE(plan.error().count(QLatin1Char('\n')), 0);
    QVERIFY(!readPlanJson(QByteArray()).ok());
    QVERIFY(!readPlanJson("\x89PNG\r\n").ok());
}

void PlanJsonTest::wrongFormat_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("other format") << QByteArray(R"({"format": "other/2", "plan": {}})")
                                  << QStringLiteral("not a Campaign Planner plan (format "
                                                    "\"other/2\", expected "
                                                    "\"campaign-planner/1\")");
    QTest::newRow("format a number")
        << QByteArray(R"({"format": 1, "plan": {}})")
        << QStringLiteral(
               "not a Campaign Planner plan (format 1, expected \"campaign-planner/1\")");
    QTest::newRow("no format") << QByteArray(R"({"plan": {}})")
                               << QStringLiteral("not a Campaign Planner plan (format missing)");
    QTest::newRow("a list") << QByteArray("[1, 2]")
                            << QStringLiteral("not a Campaign Planner plan (format missing)");
    QTest::newRow("no plan") << QByteArray(R"({"format": "campaign-planner/1"})")
                             << QStringLiteral("plan: missing");
    QTest::newRow("plan a list") << QByteArray(R"({"format": "campaign-planner/1", "plan": []})")
                                 << QStringLiteral("plan: must be an object (got a list)");
}

void PlanJsonTest::wrongFormat()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const auto plan = readPlanJson(bytes);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error(), message);
}

void PlanJsonTest::structuralErrorLocated_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    const QJsonValue absent(QJsonValue::Undefined);
    const QString channels = QStringLiteral("plan|scenarios|0|channels|") + search;
    QTest::newRow("wrong type") << channels + QStringLiteral("|cpl") << QJsonValue(u"abc"_s)
                                << searchPath + QStringLiteral(".cpl: must be a number (got "
                                                               "\"abc\")");
    QTest::newRow("unknown key") << channels + QStringLiteral("|cppl") << QJsonValue(45)
                                 << searchPath + QStringLiteral(".cppl: unknown key");
    QTest::newRow("unknown plan key")
        << QStringLiteral("plan|nmae") << QJsonValue(u"x"_s) << QStringLiteral("nmae: unknown key");
    QTest::newRow("unknown root key")
        << QStringLiteral("extra") << QJsonValue(1)
        << QStringLiteral("extra: unknown key (only \"format\", \"plan\", \"history\" and "
                          "\"versions\" belong here)");
    QTest::newRow("unknown channel")
        << QStringLiteral("plan|scenarios|0|channels|Foo") << QJsonValue(QJsonObject())
        << planA + QStringLiteral(".channels: unknown channel \"Foo\"");
    QTest::newRow("missing channel")
        << QStringLiteral("plan|scenarios|0|channels|Short video ads") << absent
        << planA + QStringLiteral(".channels[\"Short video ads\"]: missing");
    QTest::newRow("unknown category")
        << QStringLiteral("plan|scenarios|0|category_shares|Travel") << QJsonValue(0)
        << planA + QStringLiteral(".category_shares: unknown category \"Travel\"");
    QTest::newRow("missing category")
        << QStringLiteral("plan|scenarios|0|category_shares|Reserve") << absent
        << planA + QStringLiteral(".category_shares[\"Reserve\"]: missing");
    QTest::newRow("non-integer months") << QStringLiteral("plan|months") << QJsonValue(12.5)
                                        << QStringLiteral("months: must be a whole number (got "
                                                          "12.5)");
    QTest::newRow("months as text") << QStringLiteral("plan|months") << QJsonValue(u"12"_s)
                                    << QStringLiteral("months: must be a number (got \"12\")");
    QTest::newRow("missing name") << QStringLiteral("plan|name") << absent
                                  << QStringLiteral("name: missing");
    QTest::newRow("name a number") << QStringLiteral("plan|name") << QJsonValue(3)
                                   << QStringLiteral("name: must be text (got 3)");
    QTest::newRow("stage a number") << QStringLiteral("plan|stages|1") << QJsonValue(true)
                                    << QStringLiteral("stages[1]: must be text (got true)");
    QTest::newRow("category kind")
        << QStringLiteral("plan|categories|1|kind") << QJsonValue(u"cost"_s)
        << QStringLiteral("categories[1].kind: must be channel, "
                          "overhead or reserve (got \"cost\")");
    QTest::newRow("target op") << QStringLiteral("plan|targets|0|op") << QJsonValue(u"<"_s)
                               << QStringLiteral("targets[0].op: must be <= or >= (got \"<\")");
    QTest::newRow("milestone status")
        << QStringLiteral("plan|milestones|1|status") << QJsonValue(u"late"_s)
        << QStringLiteral("milestones[\"M2\"].status: must be planned, in_progress, done or "
                          "cancelled (got \"late\")");
    QTest::newRow("check value") << QStringLiteral("plan|milestones|3|checks|1|value")
                                 << QJsonValue(QJsonValue::Null)
                                 << QStringLiteral("milestones[\"M4\"].checks[1].value: must be "
                                                   "a number (got null)");
    QTest::newRow("conversion rate")
        << channels + QStringLiteral("|conversion|1") << QJsonValue(QJsonArray{1})
        << searchPath + QStringLiteral(".conversion[1]: must be a "
                                       "number (got a list)");
    QTest::newRow("thresholds") << QStringLiteral("plan|milestone_thresholds_days")
                                << QJsonValue(QJsonArray{3, 7, 9})
                                << QStringLiteral("milestone_thresholds_days: must hold 2 whole "
                                                  "numbers [a, b] (got 3)");
    QTest::newRow("threshold fraction")
        << QStringLiteral("plan|milestone_thresholds_days|1") << QJsonValue(7.5)
        << QStringLiteral("milestone_thresholds_days[1]: must be a whole number (got 7.5)");
    QTest::newRow("both phasings")
        << QStringLiteral("plan|scenarios|0|phasing|monthly") << QJsonValue(QJsonArray{1})
        << planA + QStringLiteral(".phasing: must hold either \"quarterly\" or \"monthly\" "
                                  "weights, not both");
    QTest::newRow("uncertainty key")
        << QStringLiteral("plan|scenarios|0|uncertainty|margin") << QJsonValue(0.1)
        << planA + QStringLiteral(".uncertainty.margin: unknown key");
    QTest::newRow("actual spend") << QStringLiteral("plan|actuals|5|spend")
                                  << QJsonValue(u"1,000"_s)
                                  << QStringLiteral("actuals[5].spend: must be a number (got "
                                                    "\"1,000\")");
    QTest::newRow("scenario not an object")
        << QStringLiteral("plan|scenarios|1") << QJsonValue(7)
        << QStringLiteral("scenarios[1]: must be an object (got 7)");
    QTest::newRow("channels a list")
        << QStringLiteral("plan|scenarios|0|channels") << QJsonValue(QJsonArray())
        << planA + QStringLiteral(".channels: must be an object "
                                  "(got a list)");
}

void PlanJsonTest::structuralErrorLocated()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    const auto plan =
        readPlanJson(bytesOf(changed(sampleObject(), path.split(QLatin1Char('|')), value)));
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error(), message);
}

void PlanJsonTest::allErrorsCollected()
{
    QJsonValue root = sampleObject();
    root = changed(root, steps("plan|months"), QJsonValue(12.5));
    root = changed(root, steps("plan|currency"), QJsonValue(QJsonValue::Undefined));
    root = changed(root,
                   QStringList{QStringLiteral("plan"), QStringLiteral("scenarios"),
                               QStringLiteral("0"), QStringLiteral("channels"), search,
                               QStringLiteral("cpl")},
                   QJsonValue(u"abc"_s));
    root = changed(root, steps("plan|scenarios|2|channels|Short video ads"),
                   QJsonValue(QJsonValue::Undefined));
    root = changed(root, steps("plan|actuals|0|volumes|2"), QJsonValue(u"x"_s));
    const auto plan = readPlanJson(bytesOf(root));
    QVERIFY(!plan.ok());
    const QStringList lines = plan.error().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.contains(QStringLiteral("months: must be a whole number (got 12.5)")));
    QVERIFY(lines.contains(QStringLiteral("currency: missing")));
    QVERIFY(lines.contains(searchPath + QStringLiteral(".cpl: must be a number (got \"abc\")")));
    QVERIFY(lines.contains(QStringLiteral("scenarios[\"Plan A + conversion programme\"]."
                                          "channels[\"Short video ads\"]: missing")));
    QVERIFY(lines.contains(QStringLiteral("actuals[0].volumes[2]: must be a number (got \"x\")")));
    QCOMPARE(errorAfter("plan|months", QJsonValue(12)), QString());
}

void PlanJsonTest::damagedInputRefusedCleanly()
{
    // Cut short anywhere: refused with one message, never a crash or a half-read plan.
    const QByteArray bytes = sampleBytes();
    for (qsizetype length = 0; length < bytes.size(); length += 61) {
        const auto plan = readPlanJson(bytes.left(length));
        QVERIFY(!plan.ok());
        QVERIFY(!plan.error().isEmpty());
    }
    // Any field given a value of another type: refused, and the first message names a place.
    QList<QStringList> paths;
    collectPaths(sampleObject().value(u"plan"_s), {u"plan"_s}, paths);
    QVERIFY(paths.size() > 500);
    for (const QStringList &path : std::as_const(paths)) {
        QJsonValue original = sampleObject();
        for (const QString &step : path)
            original = original.isArray() ? original.toArray().at(step.toInt())
                                          : original.toObject().value(step);
        const auto plan =
            readPlanJson(bytesOf(changed(sampleObject(), path, wrongTypeFor(original))));
        QVERIFY2(!plan.ok(), qPrintable(path.join(QLatin1Char('|'))));
        QVERIFY2(plan.error().contains(QStringLiteral(": ")), qPrintable(plan.error()));
    }
}

void PlanJsonTest::baselineScenarioRoundTrips()
{
    // Without the key (the sample): the default, and none written back.
    QVERIFY(samplePlan().baselineScenario.isEmpty());
    QVERIFY(!writePlanJson(samplePlan()).contains("baseline_scenario"));
    // With it: read, kept, and written back under the same key.
    const QJsonValue root = changed(sampleObject(), steps("plan|baseline_scenario"),
                                    QStringLiteral("Plan B (CNY 25M)"));
    const auto plan = readPlanJson(bytesOf(root));
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error()));
    QCOMPARE(plan->baselineScenario, QStringLiteral("Plan B (CNY 25M)"));
    QCOMPARE(plan->baselineScenarioIndex(), 1);
    const QJsonObject written = QJsonDocument::fromJson(writePlanJson(*plan)).object();
    QCOMPARE(written.value(QStringLiteral("plan"))
                 .toObject()
                 .value(QStringLiteral("baseline_scenario"))
                 .toString(),
             QStringLiteral("Plan B (CNY 25M)"));
    QVERIFY(*readPlanJson(writePlanJson(*plan)) == *plan);
    // A name that is no scenario reads, and the validator locates it (MODEL.md §8).
    const auto wrong = readPlanJson(
        bytesOf(changed(sampleObject(), steps("plan|baseline_scenario"), QStringLiteral("Nope"))));
    QVERIFY(wrong.ok());
    const std::vector<Violation> violations = validatePlan(*wrong);
    QCOMPARE(violations.size(), std::size_t(1));
    QCOMPARE(violations.front().text(),
             QStringLiteral("baseline_scenario: must name a scenario of the plan (got \"Nope\")"));
}

void PlanJsonTest::milestoneGatesRoundTrip()
{
    // The sample has no gates and writes none (its bytes are checked above).
    QVERIFY(!writePlanJson(samplePlan()).contains("\"gates\""));
    const QJsonValue root =
        changed(sampleObject(), steps("plan|milestones|1|gates"),
                QJsonArray{QStringLiteral("Short video ads"), QStringLiteral("直播")});
    const auto plan = readPlanJson(bytesOf(root));
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error()));
    QCOMPARE(plan->milestones[1].gates,
             (QStringList{QStringLiteral("Short video ads"), QStringLiteral("直播")}));
    QVERIFY(plan->milestones[0].gates.isEmpty());
    const QByteArray written = writePlanJson(*plan);
    QCOMPARE(QJsonDocument::fromJson(written)
                 .object()
                 .value(QStringLiteral("plan"))
                 .toObject()
                 .value(QStringLiteral("milestones"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("gates")),
             QJsonValue(QJsonArray{QStringLiteral("Short video ads"), QStringLiteral("直播")}));
    QCOMPARE_PLANS(*readPlanJson(written), *plan);
    // The validator names the gate that is no channel (MODEL.md §8).
    const std::vector<Violation> violations = validatePlan(*plan);
    QCOMPARE(violations.size(), std::size_t(1));
    QCOMPARE(violations.front().text(),
             QStringLiteral("milestones[\"M2\"].gates[1]: unknown channel \"直播\""));
    // Not a list of text: located.
    const auto wrong = readPlanJson(
        bytesOf(changed(sampleObject(), steps("plan|milestones|1|gates"), QJsonValue(3))));
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error().contains(QStringLiteral("milestones[\"M2\"].gates")),
             qPrintable(wrong.error()));
}

QTEST_GUILESS_MAIN(PlanJsonTest)
#include "PlanJsonTest.moc"
