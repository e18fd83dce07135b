// `cplan set`'s paths and edits (MODEL.md §9): every path form the validator writes, bad paths
// and unknown names refused with the place named, and values read as JSON or as plain text.

#include "models/history/JsonPathEdit.h"
#include "models/storage/PlanJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

QJsonObject sampleJson()
{
    return planContentJson(samplePlan());
}

const QString planA = u"Plan A (CNY 20M)"_s;
const QString search = u"Search (long-tail keywords)"_s;

PathSteps steps(const QString &path)
{
    const Result<PathSteps> parsed = parsePlanPath(path);
    if (!parsed)
        qWarning() << parsed.error();
    return parsed ? *parsed : PathSteps{};
}

// Sets and returns the error ("" on success).
QString setError(QJsonObject &json, const QString &path, const QJsonValue &value)
{
    const Result<PathSteps> parsed = parsePlanPath(path);
    if (!parsed)
        return parsed.error();
    const Status status = setJsonPath(json, *parsed, value);
    return status ? QString() : status.error();
}

QJsonObject scenarioA(const QJsonObject &json)
{
    return json.value(u"scenarios"_s).toArray().at(0).toObject();
}

} // namespace

class JsonPathEditTest : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryPathForm();
    void parseErrorsSayWhere_data();
    void parseErrorsSayWhere();
    void pathTextRoundTrips();
    void setsEveryKindOfPlace();
    void createsOnlyKnownOptionalFields();
    void nullUnsetsAnOptionalField();
    void unknownPlacesAreNamed_data();
    void unknownPlacesAreNamed();
    void signoffIsRefusedEvenWhenWritten();
    void failedEditLeavesThePlanAlone();
    void setValuesAreJsonOrText_data();
    void setValuesAreJsonOrText();
};

void JsonPathEditTest::parsesEveryPathForm()
{
    using K = PathStep::Kind;
    QCOMPARE(steps(u"name"_s), (PathSteps{{K::Field, u"name"_s, 0}}));
    QCOMPARE(steps(u"scenarios[\"Plan A\"].budget"_s), (PathSteps{{K::Field, u"scenarios"_s, 0},
                                                                  {K::Named, u"Plan A"_s, 0},
                                                                  {K::Field, u"budget"_s, 0}}));
    QCOMPARE(steps(u"scenarios[\"Plan A\"].channels[\"Search\"].conversion[1]"_s),
             (PathSteps{{K::Field, u"scenarios"_s, 0},
                        {K::Named, u"Plan A"_s, 0},
                        {K::Field, u"channels"_s, 0},
                        {K::Named, u"Search"_s, 0},
                        {K::Field, u"conversion"_s, 0},
                        {K::Index, QString(), 1}}));
    QCOMPARE(steps(u"milestones[\"M2\"].planned"_s).at(1).name, u"M2"_s);
    QCOMPARE(steps(u"actuals[\"2025-03/Search\"].spend"_s).at(1).name, u"2025-03/Search"_s);
    QCOMPARE(steps(u"people[\"Li Wei\"].role"_s).at(2).name, u"role"_s);
    QCOMPARE(steps(u"stages[0]"_s).at(1).index, 0);
    // Quotes and backslashes inside names, as the validator's messages escape them.
    QCOMPARE(steps(u"scenarios[\"The \\\"best\\\" plan \\\\ 2\"].name"_s).at(1).name,
             u"The \"best\" plan \\ 2"_s);
    QCOMPARE(steps(u"channels[\"\\u00e9t\\u00e9\"]"_s).at(1).name, u"été"_s);
    QCOMPARE(steps(u"channels[\"微信 ]. [\"]"_s).at(1).name, u"微信 ]. ["_s);
}

void JsonPathEditTest::parseErrorsSayWhere_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << u""_s
                           << u"the path is empty (for example scenarios[\"Plan A\"].budget)"_s;
    QTest::newRow("starts with a bracket")
        << u"[\"Plan A\"].budget"_s
        << u"path \"[\\\"Plan A\\\"].budget\": expected a field name at character 1 (found \"[\")"_s;
    QTest::newRow("unclosed quote")
        << u"scenarios[\"Plan A].budget"_s
        << u"path \"scenarios[\\\"Plan A].budget\": the quoted name is not closed at character 26 (found the end)"_s;
    QTest::newRow("missing bracket")
        << u"scenarios[\"Plan A\".budget"_s
        << u"path \"scenarios[\\\"Plan A\\\".budget\": expected \"]\" at character 19 (found \".\")"_s;
    QTest::newRow("bare name in brackets")
        << u"scenarios[Plan A]"_s
        << u"path \"scenarios[Plan A]\": expected a quoted name or an index at character 11 (found \"P\")"_s;
    QTest::newRow("negative index")
        << u"stages[-1]"_s
        << u"path \"stages[-1]\": expected a quoted name or an index at character 8 (found \"-\")"_s;
    QTest::newRow("trailing dot")
        << u"name."_s << u"path \"name.\": expected a field name at character 6 (found the end)"_s;
    QTest::newRow("space")
        << u"months = 3"_s
        << u"path \"months = 3\": expected \".\" or \"[\" at character 7 (found \" \")"_s;
    QTest::newRow("bad escape")
        << u"channels[\"a\\qb\"]"_s
        << u"path \"channels[\\\"a\\\\qb\\\"]\": unknown escape in a name (use \\\" for a quote and \\\\ for a backslash) at character 12 (found \"\\\\\")"_s;
}

void JsonPathEditTest::parseErrorsSayWhere()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    const Result<PathSteps> parsed = parsePlanPath(path);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error(), message);
}

void JsonPathEditTest::pathTextRoundTrips()
{
    for (const QString &path :
         {u"name"_s, u"scenarios[\"Plan A\"].channels[\"Search\"].conversion[1]"_s,
          u"scenarios[\"a \\\"b\\\" \\\\ c\"].budget"_s,
          u"actuals[\"2025-03/Search\"].volumes[0]"_s, u"milestone_thresholds_days[1]"_s}) {
        QCOMPARE(planPathText(steps(path)), path);
    }
}

void JsonPathEditTest::setsEveryKindOfPlace()
{
    QJsonObject json = sampleJson();
    QCOMPARE(setError(json, u"name"_s, u"New name"_s), QString());
    QCOMPARE(json.value(u"name"_s), QJsonValue(u"New name"_s));

    QCOMPARE(setError(json, u"scenarios[\"%1\"].budget"_s.arg(planA), 25000000), QString());
    QCOMPARE(scenarioA(json).value(u"budget"_s), QJsonValue(25000000));

    const QString conversion =
        u"scenarios[\"%1\"].channels[\"%2\"].conversion[1]"_s.arg(planA, search);
    QCOMPARE(setError(json, conversion, 0.2), QString());
    const QJsonObject drivers =
        scenarioA(json).value(u"channels"_s).toObject().value(search).toObject();
    QCOMPARE(drivers.value(u"conversion"_s).toArray(), (QJsonArray{0.3, 0.2}));

    QCOMPARE(setError(json, u"scenarios[\"%1\"].category_shares[\"Reserve\"]"_s.arg(planA), 0.1),
             QString());
    QCOMPARE(scenarioA(json).value(u"category_shares"_s).toObject().value(u"Reserve"_s),
             QJsonValue(0.1));

    QCOMPARE(setError(json, u"milestones[\"M2\"].planned"_s, u"2025-07-15"_s), QString());
    QCOMPARE(json.value(u"milestones"_s).toArray().at(1).toObject().value(u"planned"_s),
             QJsonValue(u"2025-07-15"_s));

    QCOMPARE(setError(json, u"actuals[\"2025-03/%1\"].spend"_s.arg(search), 280000), QString());
    bool found = false;
    for (const QJsonValue &row : json.value(u"actuals"_s).toArray()) {
        const QJsonObject object = row.toObject();
        if (object.value(u"month"_s) == u"2025-03"_s && object.value(u"channel"_s) == search) {
            QCOMPARE(object.value(u"spend"_s), QJsonValue(280000));
            found = true;
        }
    }
    QVERIFY(found);

    QCOMPARE(setError(json, u"channels[\"%1\"].group"_s.arg(search), u"Search"_s), QString());
    QCOMPARE(json.value(u"channels"_s).toArray().at(0).toObject().value(u"group"_s),
             QJsonValue(u"Search"_s));
    QCOMPARE(setError(json, u"stages[2]"_s, u"Accounts"_s), QString());
    QCOMPARE(json.value(u"stages"_s).toArray().at(2), QJsonValue(u"Accounts"_s));
    QCOMPARE(setError(json, u"targets[0].value"_s, 140), QString());
    QCOMPARE(json.value(u"targets"_s).toArray().at(0).toObject().value(u"value"_s),
             QJsonValue(140));
    QCOMPARE(setError(json, u"scenarios[\"%1\"].phasing.quarterly[3]"_s.arg(planA), 0.4),
             QString());

    // people["Li Wei"].role: a list of named elements, as any other.
    json.insert(u"people"_s,
                QJsonArray{QJsonObject{{u"name"_s, u"Li Wei"_s}, {u"role"_s, u"pm"_s}}});
    QCOMPARE(setError(json, u"people[\"Li Wei\"].role"_s, u"finance"_s), QString());
    QCOMPARE(json.value(u"people"_s).toArray().at(0).toObject().value(u"role"_s),
             QJsonValue(u"finance"_s));

    // The edited JSON is still a plan the reader takes, with the edits in it.
    const Result<Plan> read =
        readPlanJson(QJsonDocument(QJsonObject{{u"format"_s, u"campaign-planner/1"_s},
                                               {u"plan"_s,
                                                [&] {
                                                    QJsonObject copy = json;
                                                    copy.remove(u"people"_s);
                                                    return copy;
                                                }()}})
                         .toJson());
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error()));
    QCOMPARE(read->scenarios[0].budget, 25000000.0);
    QCOMPARE(read->scenarios[0].channels[0].conversion[1], 0.2);
}

void JsonPathEditTest::createsOnlyKnownOptionalFields()
{
    QJsonObject json = sampleJson();
    // The sample's Search channel has a saturation and no carryover: unset the one, then set
    // both through the path.
    const QString channel = u"scenarios[\"%1\"].channels[\"%2\"]"_s.arg(planA, search);
    QCOMPARE(setError(json, channel + u".saturation_spend"_s, QJsonValue::Null), QString());
    QVERIFY(!scenarioA(json)
                 .value(u"channels"_s)
                 .toObject()
                 .value(search)
                 .toObject()
                 .contains(u"saturation_spend"_s));
    QCOMPARE(setError(json, channel + u".saturation_spend"_s, 800000), QString());
    QCOMPARE(setError(json, channel + u".carryover"_s, 0.2), QString());
    // An optional object that is not there yet is created for its field.
    QCOMPARE(setError(json, channel + u".uncertainty.cpl"_s, 0.3), QString());
    const QJsonObject drivers =
        scenarioA(json).value(u"channels"_s).toObject().value(search).toObject();
    QCOMPARE(drivers.value(u"saturation_spend"_s), QJsonValue(800000));
    QCOMPARE(drivers.value(u"carryover"_s), QJsonValue(0.2));
    QCOMPARE(drivers.value(u"uncertainty"_s).toObject().value(u"cpl"_s), QJsonValue(0.3));
    QCOMPARE(setError(json, u"milestones[\"M3\"].forecast"_s, u"2025-10-10"_s), QString());
    QCOMPARE(setError(json, u"status_date"_s, u"2025-08-01"_s), QString());

    QCOMPARE(setError(json, channel + u".saturation"_s, 1),
             channel + u".saturation: unknown field"_s);
    QCOMPARE(setError(json, u"scenarios[\"%1\"].budgte"_s.arg(planA), 1),
             u"scenarios[\"%1\"].budgte: unknown field"_s.arg(planA));
    QCOMPARE(setError(json, u"milestones[\"M3\"].planed"_s, u"2025-10-10"_s),
             u"milestones[\"M3\"].planed: unknown field"_s);
    // Optional only where the format has it: a scenario has no saturation_spend.
    QCOMPARE(setError(json, u"scenarios[\"%1\"].saturation_spend"_s.arg(planA), 1),
             u"scenarios[\"%1\"].saturation_spend: unknown field"_s.arg(planA));
    QCOMPARE(setError(json, channel + u".foo.bar"_s, 1), channel + u".foo: unknown field"_s);
}

void JsonPathEditTest::nullUnsetsAnOptionalField()
{
    QJsonObject json = sampleJson();
    QCOMPARE(setError(json, u"milestones[\"M2\"].forecast"_s, QJsonValue::Null), QString());
    QVERIFY(!json.value(u"milestones"_s).toArray().at(1).toObject().contains(u"forecast"_s));
    // null on a required field is set as null, for the reader to refuse with its message.
    QCOMPARE(setError(json, u"name"_s, QJsonValue::Null), QString());
    QVERIFY(json.value(u"name"_s).isNull());
}

void JsonPathEditTest::unknownPlacesAreNamed_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("scenario") << u"scenarios[\"Plan Z\"].budget"_s
                              << u"scenarios[\"Plan Z\"]: no such scenario"_s;
    QTest::newRow("scenario channel")
        << u"scenarios[\"%1\"].channels[\"Radio\"].cpl"_s.arg(planA)
        << u"scenarios[\"%1\"].channels[\"Radio\"]: no such channel"_s.arg(planA);
    QTest::newRow("category share")
        << u"scenarios[\"%1\"].category_shares[\"Travel\"]"_s.arg(planA)
        << u"scenarios[\"%1\"].category_shares[\"Travel\"]: no such category"_s.arg(planA);
    QTest::newRow("milestone") << u"milestones[\"M9\"].planned"_s
                               << u"milestones[\"M9\"]: no such milestone"_s;
    QTest::newRow("actual row")
        << u"actuals[\"2025-09/Radio\"].spend"_s
        << u"actuals[\"2025-09/Radio\"]: no such actual row (rows are named \"YYYY-MM/channel\")"_s;
    QTest::newRow("plan channel") << u"channels[\"Radio\"].group"_s
                                  << u"channels[\"Radio\"]: no such channel"_s;
    QTest::newRow("index past the end")
        << u"scenarios[\"%1\"].channels[\"%2\"].conversion[2]"_s.arg(planA, search)
        << u"scenarios[\"%1\"].channels[\"%2\"].conversion[2]: no such element (the list has 2 entries)"_s
               .arg(planA, search);
    QTest::newRow("index into a number")
        << u"scenarios[\"%1\"].budget[0]"_s.arg(planA)
        << u"scenarios[\"%1\"].budget: is a number, not a list (no element [0])"_s.arg(planA);
    QTest::newRow("field of a number")
        << u"months.value"_s << u"months: is a number, so it has no field value"_s;
    QTest::newRow("name on a number")
        << u"months[\"x\"]"_s << u"months: is a number, not a list or a table of names"_s;
    QTest::newRow("unknown top level") << u"budget"_s << u"budget: unknown field"_s;
    QTest::newRow("sign-off") << u"scenarios[\"%1\"].signoff.state"_s.arg(planA)
                              << u"scenarios[\"%1\"].signoff: changes only through sign-off "
                                 u"(cplan signoff), not by setting it"_s.arg(planA);
}

void JsonPathEditTest::unknownPlacesAreNamed()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    QJsonObject json = sampleJson();
    QCOMPARE(setError(json, path, 1), message);
}

void JsonPathEditTest::signoffIsRefusedEvenWhenWritten()
{
    // A returned scenario is a draft that has a "signoff" object: still not settable.
    QJsonObject json = sampleJson();
    QJsonArray scenarios = json.value(u"scenarios"_s).toArray();
    QJsonObject scenario = scenarios.at(0).toObject();
    scenario.insert(u"signoff"_s, QJsonObject{{u"state"_s, u"draft"_s}, {u"comment"_s, u"x"_s}});
    scenarios.replace(0, scenario);
    json.insert(u"scenarios"_s, scenarios);
    const QJsonObject before = json;
    QCOMPARE(setError(json, u"scenarios[\"%1\"].signoff.state"_s.arg(planA), u"approved"_s),
             u"scenarios[\"%1\"].signoff: changes only through sign-off (cplan signoff), not "
             u"by setting it"_s.arg(planA));
    QCOMPARE(setError(json, u"scenarios[\"%1\"].signoff"_s.arg(planA), QJsonObject()),
             u"scenarios[\"%1\"].signoff: changes only through sign-off (cplan signoff), not "
             u"by setting it"_s.arg(planA));
    QCOMPARE(json, before);
}

void JsonPathEditTest::failedEditLeavesThePlanAlone()
{
    QJsonObject json = sampleJson();
    const QJsonObject before = json;
    QVERIFY(
        !setError(json, u"scenarios[\"%1\"].channels[\"Radio\"].cpl"_s.arg(planA), 1).isEmpty());
    QVERIFY(!setError(json, u"scenarios[\"%1\"].channels[\"%2\"].nope"_s.arg(planA, search), 1)
                 .isEmpty());
    QCOMPARE(json, before);
}

void JsonPathEditTest::setValuesAreJsonOrText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("integer") << u"25000000"_s << QJsonValue(25000000);
    QTest::newRow("fraction") << u" 0.35 "_s << QJsonValue(0.35);
    QTest::newRow("exponent") << u"2.5e7"_s << QJsonValue(25000000);
    QTest::newRow("negative") << u"-1"_s << QJsonValue(-1);
    QTest::newRow("quoted") << u"\"Plan B\""_s << QJsonValue(u"Plan B"_s);
    QTest::newRow("quoted number") << u"\"42\""_s << QJsonValue(u"42"_s);
    QTest::newRow("true") << u"true"_s << QJsonValue(true);
    QTest::newRow("null") << u"null"_s << QJsonValue(QJsonValue::Null);
    QTest::newRow("list") << u"[0.3, 0.12]"_s << QJsonValue(QJsonArray{0.3, 0.12});
    QTest::newRow("object") << u"{\"quarterly\":[1,1,1,1]}"_s
                            << QJsonValue(QJsonObject{{u"quarterly"_s, QJsonArray{1, 1, 1, 1}}});
    QTest::newRow("plain text") << u"Plan B"_s << QJsonValue(u"Plan B"_s);
    QTest::newRow("date") << u"2025-07-15"_s << QJsonValue(u"2025-07-15"_s);
    QTest::newRow("grouped number") << u"25,000,000"_s << QJsonValue(u"25,000,000"_s);
    QTest::newRow("two values") << u"1] , [2"_s << QJsonValue(u"1] , [2"_s);
    QTest::newRow("empty") << u""_s << QJsonValue(u""_s);
    // Out of a double's range: not a number JSON can hold, so text (the reader then says it
    // must be a number).
    QTest::newRow("huge") << u"1e999"_s << QJsonValue(u"1e999"_s);
    QTest::newRow("Chinese") << u"方案 B"_s << QJsonValue(u"方案 B"_s);
}

void JsonPathEditTest::setValuesAreJsonOrText()
{
    QFETCH(QString, text);
    QFETCH(QJsonValue, value);
    QCOMPARE(parseSetValue(text), value);
}

QTEST_GUILESS_MAIN(JsonPathEditTest)
#include "JsonPathEditTest.moc"
