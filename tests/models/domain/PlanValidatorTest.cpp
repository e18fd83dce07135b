#include "models/domain/PlanValidator.h"
#include "models/storage/PlanJson.h"

#include <QTest>

#include <functional>
#include <limits>

using namespace cplan;
using namespace Qt::StringLiterals;

using PlanChange = std::function<void(Plan &)>;
Q_DECLARE_METATYPE(PlanChange)

namespace {

const double notANumber = std::numeric_limits<double>::quiet_NaN();
const double infinity = std::numeric_limits<double>::infinity();

const QString planA = u"scenarios[\"Plan A (CNY 20M)\"]"_s;
const QString searchA = planA + u".channels[\"Search (long-tail keywords)\"]"_s;

ChannelDrivers &search(Plan &plan)
{
    return plan.scenarios[0].channels[0];
}

// Renames a plan channel together with the actual rows that name it.
void renameChannel(Plan &plan, std::size_t index, const QString &name)
{
    for (Actual &actual : plan.actuals) {
        if (actual.channel == plan.channels[index].name)
            actual.channel = name;
    }
    plan.channels[index].name = name;
}

QStringList texts(const std::vector<Violation> &violations)
{
    QStringList lines;
    for (const Violation &violation : violations)
        lines.append(violation.text());
    return lines;
}

} // namespace

class PlanValidatorTest : public QObject
{
    Q_OBJECT

private slots:
    void sampleIsValid();
    void blankPlanIsValid();
    void ruleBroken_data();
    void ruleBroken();
    void severalViolationsAllReported();
    void validationAfterAnEditEqualsAFullOne();
    void modelExampleVerbatim();
    void formatsNumbers();
    void joinsViolations();
    void sharesWithinTolerance();

private:
    void addPlanRows();
    void addListRows();
    void addMilestoneRows();
    void addScenarioRows();
    void addChannelRows();
    void addActualRows();
};

void PlanValidatorTest::sampleIsValid()
{
    const auto violations = validatePlan(samplePlan());
    QCOMPARE(texts(violations), QStringList());
}

void PlanValidatorTest::blankPlanIsValid()
{
    QCOMPARE(texts(validatePlan(blankPlan())), QStringList());
}

// Issue 21, B: sums within 1e-6 of 1 are accepted (5e-7 off, either way).
void PlanValidatorTest::sharesWithinTolerance()
{
    for (const double off : {5e-7, -5e-7}) {
        Plan plan = samplePlan();
        plan.scenarios[0].categoryShares[0] += off;
        search(plan).share += off;
        QCOMPARE(texts(validatePlan(plan)), QStringList());
    }
}

void PlanValidatorTest::ruleBroken_data()
{
    QTest::addColumn<PlanChange>("change");
    QTest::addColumn<QStringList>("expected");
    addPlanRows();
    addListRows();
    addMilestoneRows();
    addScenarioRows();
    addChannelRows();
    addActualRows();
}

void PlanValidatorTest::ruleBroken()
{
    QFETCH(PlanChange, change);
    QFETCH(QStringList, expected);
    Plan plan = samplePlan();
    change(plan);
    QCOMPARE(texts(validatePlan(plan)), expected);
}

void PlanValidatorTest::addPlanRows()
{
    const auto row = [](const char *name, PlanChange change, const QString &expected) {
        QTest::newRow(name) << change << QStringList{expected};
    };
    row(
        "name empty", [](Plan &p) { p.name = u"  "_s; }, u"name: must not be empty"_s);
    row(
        "currency lower case", [](Plan &p) { p.currency = u"cny"_s; },
        u"currency: must be 3 capital letters A-Z (got \"cny\")"_s);
    row(
        "currency 4 letters", [](Plan &p) { p.currency = u"CNYY"_s; },
        u"currency: must be 3 capital letters A-Z (got \"CNYY\")"_s);
    row(
        "start month 13", [](Plan &p) { p.start = u"2025-13"_s; },
        u"start: must be a month YYYY-MM (got \"2025-13\")"_s);
    row(
        "months 0",
        [](Plan &p) {
            p.months = 0;
            p.actuals.clear();
        },
        u"months: must be between 1 and 120 (got 0)"_s);
    row(
        "months 121", [](Plan &p) { p.months = 121; },
        u"months: must be between 1 and 120 (got 121)"_s);
    row(
        "value horizon 0", [](Plan &p) { p.valueHorizonMonths = 0; },
        u"value_horizon_months: must be between 1 and 240 (got 0)"_s);
    row(
        "value horizon 241", [](Plan &p) { p.valueHorizonMonths = 241; },
        u"value_horizon_months: must be between 1 and 240 (got 241)"_s);
    row(
        "discount 1.5", [](Plan &p) { p.discountRateAnnual = 1.5; },
        u"discount_rate_annual: must be between 0 and 1 (got 1.5)"_s);
    row(
        "discount NaN", [](Plan &p) { p.discountRateAnnual = notANumber; },
        u"discount_rate_annual: must be a finite number (got nan)"_s);
    row(
        "status date", [](Plan &p) { p.statusDate = u"2025-02-30"_s; },
        u"status_date: must be a date YYYY-MM-DD (got \"2025-02-30\")"_s);
    row(
        "baseline scenario", [](Plan &p) { p.baselineScenario = u"Plan Z"_s; },
        u"baseline_scenario: must name a scenario of the plan (got \"Plan Z\")"_s);
    row(
        "variance threshold", [](Plan &p) { p.varianceThreshold = -0.1; },
        u"variance_threshold: must be at least 0 (got -0.1)"_s);
    row(
        "thresholds reversed",
        [](Plan &p) {
            p.milestoneThresholdsDays = {5, 3};
        },
        u"milestone_thresholds_days: must be [a, b] with 0 <= a <= b (got [5, 3])"_s);
    row(
        "threshold negative",
        [](Plan &p) {
            p.milestoneThresholdsDays = {-1, 3};
        },
        u"milestone_thresholds_days: must be [a, b] with 0 <= a <= b (got [-1, 3])"_s);
    row(
        "target metric", [](Plan &p) { p.targets[3].metric = u"roi2"_s; },
        u"targets[3].metric: unknown metric \"roi2\""_s);
    row(
        "target cost_per_stage.3", [](Plan &p) { p.targets[0].metric = u"cost_per_stage.3"_s; },
        u"targets[0].metric: unknown metric \"cost_per_stage.3\" (the stage number must be from "
        "0 to 2)"_s);
    row(
        "target stage_conversion.0", [](Plan &p) { p.targets[1].metric = u"stage_conversion.0"_s; },
        u"targets[1].metric: unknown metric \"stage_conversion.0\" (the stage number must be "
        "from 1 to 2)"_s);
    row(
        "target cumulative", [](Plan &p) { p.targets[2].metric = u"spend_cum"_s; },
        u"targets[2].metric: unknown metric \"spend_cum\""_s);
    row(
        "target value NaN", [](Plan &p) { p.targets[2].value = notANumber; },
        u"targets[2].value: must be a finite number (got nan)"_s);
}

void PlanValidatorTest::addListRows()
{
    const auto row = [](const char *name, PlanChange change, const QString &expected) {
        QTest::newRow(name) << change << QStringList{expected};
    };
    row(
        "9 stages",
        [](Plan &p) {
            for (int k = 3; k < 9; ++k)
                p.stages.append(u"Stage %1"_s.arg(k));
            for (Scenario &scenario : p.scenarios) {
                for (ChannelDrivers &drivers : scenario.channels)
                    drivers.conversion.resize(8, 0.5);
            }
        },
        u"stages: must have between 2 and 8 stages (got 9)"_s);
    row(
        "stage empty", [](Plan &p) { p.stages[2] = QString(); }, u"stages[2]: must not be empty"_s);
    row(
        "stage duplicate", [](Plan &p) { p.stages[2] = u"Leads"_s; },
        u"stages[2]: duplicate name \"Leads\""_s);
    row(
        "category name empty", [](Plan &p) { p.categories[1].name.clear(); },
        u"categories[1].name: must not be empty"_s);
    row(
        "category duplicate", [](Plan &p) { p.categories[2].name = u"Technology"_s; },
        u"categories[2].name: duplicate name \"Technology\""_s);
    row(
        "no channel category", [](Plan &p) { p.categories[0].kind = CategoryKind::Overhead; },
        u"categories: must include at least one category of kind \"channel\""_s);
    row(
        "no channels",
        [](Plan &p) {
            p.channels.clear();
            for (Scenario &scenario : p.scenarios)
                scenario.channels.clear();
            p.actuals.clear();
        },
        u"channels: must have between 1 and 200 channels (got 0)"_s);
    row(
        "201 channels",
        [](Plan &p) {
            for (int c = 6; c < 201; ++c) {
                p.channels.push_back({u"Channel %1"_s.arg(c), {}});
                for (Scenario &scenario : p.scenarios) {
                    ChannelDrivers drivers = scenario.channels[0];
                    drivers.share = 0.0;
                    drivers.minShare = 0.0;
                    scenario.channels.push_back(drivers);
                }
            }
        },
        u"channels: must have between 1 and 200 channels (got 201)"_s);
    row(
        "channel name empty", [](Plan &p) { renameChannel(p, 3, QString()); },
        u"channels[3].name: must not be empty"_s);
    row(
        "channel duplicate",
        [](Plan &p) {
            std::erase_if(p.actuals,
                          [&](const Actual &a) { return a.channel == p.channels[3].name; });
            p.channels[3].name = p.channels[0].name;
        },
        u"channels[3].name: duplicate name \"Search (long-tail keywords)\""_s);
}

void PlanValidatorTest::addMilestoneRows()
{
    const auto row = [](const char *name, PlanChange change, const QString &expected) {
        QTest::newRow(name) << change << QStringList{expected};
    };
    row(
        "milestone duplicate id",
        [](Plan &p) {
            p.milestones[2].id = u"M1"_s;
            p.milestones[3].dependsOn = QStringList{u"M1"_s};
        },
        u"milestones[2].id: duplicate id \"M1\""_s);
    row(
        "milestone id empty", [](Plan &p) { p.milestones[3].id.clear(); },
        u"milestones[3].id: must not be empty"_s);
    row(
        "depends on unknown", [](Plan &p) { p.milestones[1].dependsOn = QStringList{u"M9"_s}; },
        u"milestones[\"M2\"].depends_on[0]: unknown milestone \"M9\""_s);
    row(
        "dependency cycle",
        [](Plan &p) {
            p.milestones[2].dependsOn = QStringList{u"M2"_s, u"M4"_s};
        },
        u"milestones[\"M3\"].depends_on[1]: depends on itself through M3 -> M4 -> M3"_s);
    row(
        "depends on itself", [](Plan &p) { p.milestones[0].dependsOn = QStringList{u"M1"_s}; },
        u"milestones[\"M1\"].depends_on[0]: depends on itself through M1 -> M1"_s);
    row(
        "planned date", [](Plan &p) { p.milestones[1].planned = u"2025-06-31"_s; },
        u"milestones[\"M2\"].planned: must be a date YYYY-MM-DD (got \"2025-06-31\")"_s);
    row(
        "forecast date", [](Plan &p) { p.milestones[1].forecast = u"soon"_s; },
        u"milestones[\"M2\"].forecast: must be a date YYYY-MM-DD (got \"soon\")"_s);
    row(
        "actual date", [](Plan &p) { p.milestones[0].actual = u"2025/04/03"_s; },
        u"milestones[\"M1\"].actual: must be a date YYYY-MM-DD (got \"2025/04/03\")"_s);
    row(
        "check stage_cum.3", [](Plan &p) { p.milestones[0].checks[0].metric = u"stage_cum.3"_s; },
        u"milestones[\"M1\"].checks[0].metric: unknown metric \"stage_cum.3\" (the stage number "
        "must be from 0 to 2)"_s);
    row(
        "check metric", [](Plan &p) { p.milestones[3].checks[1].metric = u"spending"_s; },
        u"milestones[\"M4\"].checks[1].metric: unknown metric \"spending\""_s);
    row(
        "check value infinite", [](Plan &p) { p.milestones[3].checks[0].value = infinity; },
        u"milestones[\"M4\"].checks[0].value: must be a finite number (got inf)"_s);
    // MODEL.md §6 "Gates".
    row(
        "gate unknown channel",
        [](Plan &p) {
            p.milestones[1].gates = QStringList{u"Short video ads"_s, u"Radio"_s};
        },
        u"milestones[\"M2\"].gates[1]: unknown channel \"Radio\""_s);
    row(
        "gate twice",
        [](Plan &p) {
            p.milestones[1].gates = QStringList{u"Short video ads"_s, u"Short video ads"_s};
        },
        u"milestones[\"M2\"].gates[1]: channel \"Short video ads\" is gated twice"_s);
    row(
        "gate on a cancelled milestone",
        [](Plan &p) {
            p.milestones[2].status = MilestoneStatus::Cancelled;
            p.milestones[2].gates = QStringList{u"Short video ads"_s};
        },
        u"milestones[\"M3\"].gates: a cancelled milestone cannot gate spend (it is never "
        "reached); remove its gates or change its status"_s);
}

void PlanValidatorTest::addScenarioRows()
{
    const auto row = [](const char *name, PlanChange change, const QString &expected) {
        QTest::newRow(name) << change << QStringList{expected};
    };
    row(
        "no scenarios", [](Plan &p) { p.scenarios.clear(); },
        u"scenarios: must have at least one scenario"_s);
    row(
        "scenario name empty", [](Plan &p) { p.scenarios[1].name.clear(); },
        u"scenarios[1].name: must not be empty"_s);
    row(
        "scenario duplicate", [](Plan &p) { p.scenarios[1].name = p.scenarios[0].name; },
        u"scenarios[1].name: duplicate name \"Plan A (CNY 20M)\""_s);
    row(
        "budget negative", [](Plan &p) { p.scenarios[0].budget = -1; },
        planA + u".budget: must be at least 0 (got -1)"_s);
    row(
        "budget NaN", [](Plan &p) { p.scenarios[0].budget = notANumber; },
        planA + u".budget: must be a finite number (got nan)"_s);
    row(
        "category share out of range",
        [](Plan &p) {
            p.scenarios[0].categoryShares = {-0.1, 0.9, 0.15, 0.05};
        },
        planA + u".category_shares[\"Marketing\"]: must be between 0 and 1 (got -0.1)"_s);
    row(
        "category shares sum", [](Plan &p) { p.scenarios[0].categoryShares[0] = 0.55; },
        planA + u".category_shares: must sum to 1 (got 0.95)"_s);
    // Issue 21, B: the tolerance of a sum of shares is 1e-6 (MODEL.md §2); widened to 1e-2 it
    // changed no test. Off by 2e-6 is refused (and off by 5e-7 accepted: sharesWithinTolerance).
    row(
        "category shares sum off by 2e-6",
        [](Plan &p) { p.scenarios[0].categoryShares[0] += 2e-6; },
        planA + u".category_shares: must sum to 1 (got 1.000002)"_s);
    row(
        "quarterly 3 weights", [](Plan &p) { p.scenarios[0].phasing.weights.pop_back(); },
        planA + u".phasing.quarterly: must have exactly 4 weights, one per quarter (got 3)"_s);
    row(
        "monthly 11 weights",
        [](Plan &p) {
            p.scenarios[0].phasing = {Phasing::Kind::Monthly, std::vector<double>(11, 1.0)};
        },
        planA + u".phasing.monthly: must have exactly 12 weights, one per month (got 11)"_s);
    row(
        "negative weight", [](Plan &p) { p.scenarios[0].phasing.weights[2] = -0.1; },
        planA + u".phasing.quarterly[2]: must be at least 0 (got -0.1)"_s);
    row(
        "zero weights",
        [](Plan &p) {
            p.scenarios[0].phasing.weights = {0, 0, 0, 0};
        },
        planA + u".phasing.quarterly: must have a positive sum (got 0)"_s);
    row(
        "scenario uncertainty 1", [](Plan &p) { p.scenarios[0].uncertainty.cpl = 1.0; },
        planA + u".uncertainty.cpl: must be at least 0 and less than 1 (got 1)"_s);
    row(
        "scenario uncertainty negative",
        [](Plan &p) { p.scenarios[0].uncertainty.retention = -0.1; },
        planA + u".uncertainty.retention: must be at least 0 and less than 1 (got -0.1)"_s);
}

void PlanValidatorTest::addChannelRows()
{
    const auto row = [](const char *name, PlanChange change, const QString &expected) {
        QTest::newRow(name) << change << QStringList{expected};
    };
    row(
        "share out of range",
        [](Plan &p) {
            search(p).share = -0.1;
            p.scenarios[0].channels[1].share = 0.6;
        },
        searchA + u".share: must be between 0 and 1 (got -0.1)"_s);
    row(
        "shares sum", [](Plan &p) { search(p).share = 0.25; },
        planA + u".channels: shares must sum to 1 (got 1.05)"_s);
    row(
        "shares sum off by 2e-6", [](Plan &p) { search(p).share -= 2e-6; },
        planA + u".channels: shares must sum to 1 (got 0.999998)"_s);
    row(
        "cpl 0", [](Plan &p) { search(p).cpl = 0; },
        searchA + u".cpl: must be greater than 0 (got 0)"_s);
    row(
        "cpl infinite", [](Plan &p) { search(p).cpl = infinity; },
        searchA + u".cpl: must be a finite number (got inf)"_s);
    row(
        "saturation 0", [](Plan &p) { search(p).saturationSpend = 0.0; },
        searchA + u".saturation_spend: must be greater than 0 (got 0)"_s);
    row(
        "carryover 1", [](Plan &p) { search(p).carryover = 1.0; },
        searchA + u".carryover: must be at least 0 and less than 1 (got 1)"_s);
    row(
        "carryover negative", [](Plan &p) { search(p).carryover = -0.2; },
        searchA + u".carryover: must be at least 0 and less than 1 (got -0.2)"_s);
    row(
        "conversion count", [](Plan &p) { search(p).conversion = {0.3}; },
        searchA + u".conversion: must have 2 rates, one per stage after the first (got 1)"_s);
    row(
        "conversion rate", [](Plan &p) { search(p).conversion[1] = 1.4; },
        searchA + u".conversion[1]: must be between 0 and 1 (got 1.4)"_s);
    row(
        "arpu negative", [](Plan &p) { search(p).arpuMonthly = -1; },
        searchA + u".arpu_monthly: must be at least 0 (got -1)"_s);
    row(
        "margin", [](Plan &p) { search(p).margin = 1.1; },
        searchA + u".margin: must be between 0 and 1 (got 1.1)"_s);
    row(
        "margin NaN", [](Plan &p) { search(p).margin = notANumber; },
        searchA + u".margin: must be a finite number (got nan)"_s);
    row(
        "retention", [](Plan &p) { search(p).retentionMonthly = 1.01; },
        searchA + u".retention_monthly: must be between 0 and 1 (got 1.01)"_s);
    row(
        "min share", [](Plan &p) { search(p).minShare = -0.1; },
        searchA + u".min_share: must be between 0 and 1 (got -0.1)"_s);
    row(
        "max share", [](Plan &p) { search(p).maxShare = 1.5; },
        searchA + u".max_share: must be between 0 and 1 (got 1.5)"_s);
    row(
        "min above max",
        [](Plan &p) {
            search(p).minShare = 0.5;
            search(p).maxShare = 0.4;
        },
        searchA + u".min_share: must not be more than max_share 0.4 (got 0.5)"_s);
    row(
        "channel phasing",
        [](Plan &p) {
            Phasing phasing{Phasing::Kind::Monthly, std::vector<double>(12, 1.0)};
            phasing.weights[0] = -1;
            search(p).phasing = phasing;
        },
        searchA + u".phasing.monthly[0]: must be at least 0 (got -1)"_s);
    row(
        "channel uncertainty", [](Plan &p) { search(p).uncertainty.conversion = 1.2; },
        searchA + u".uncertainty.conversion: must be at least 0 and less than 1 (got 1.2)"_s);
}

void PlanValidatorTest::addActualRows()
{
    const auto row = [](const char *name, PlanChange change, const QString &expected) {
        QTest::newRow(name) << change
                            << (expected.isEmpty() ? QStringList() : QStringList{expected});
    };
    row(
        "actual month 13", [](Plan &p) { p.actuals[5].month = u"2025-13"_s; },
        u"actuals[5].month: must be a month YYYY-MM (got \"2025-13\")"_s);
    row(
        "actual after horizon", [](Plan &p) { p.actuals[5].month = u"2026-01"_s; },
        u"actuals[5].month: must be inside the plan, 2025-01 to 2025-12 (got \"2026-01\")"_s);
    row(
        "actual before start", [](Plan &p) { p.actuals[5].month = u"2024-12"_s; },
        u"actuals[5].month: must be inside the plan, 2025-01 to 2025-12 (got \"2024-12\")"_s);
    row(
        "actual channel", [](Plan &p) { p.actuals[5].channel = u"Foo"_s; },
        u"actuals[5].channel: unknown channel \"Foo\""_s);
    row(
        "actual duplicate", [](Plan &p) { p.actuals[6].month = u"2025-01"_s; },
        u"actuals[6]: duplicate row: same month and channel as actuals[0]"_s);
    row(
        "actual spend", [](Plan &p) { p.actuals[5].spend = -1; },
        u"actuals[5].spend: must be at least 0 (got -1)"_s);
    row(
        "actual spend NaN", [](Plan &p) { p.actuals[5].spend = notANumber; },
        u"actuals[5].spend: must be a finite number (got nan)"_s);
    row(
        "actual volume", [](Plan &p) { p.actuals[5].volumes[2] = -3; },
        u"actuals[5].volumes[2]: must be at least 0 (got -3)"_s);
    row(
        "actual volumes count", [](Plan &p) { p.actuals[5].volumes.push_back(10); },
        u"actuals[5].volumes: must have at most 3 values, one per stage (got 4)"_s);
    // Past actuals (MODEL.md §5.6): the same rules, named by their own list, without the
    // horizon rule (last year's months are what they are for).
    const auto withPast = [](Plan &p) {
        p.pastActuals = p.actuals;
        for (Actual &past : p.pastActuals)
            past.month = u"2024"_s + past.month.mid(4);
    };
    row(
        "past actual before start", [&](Plan &p) { withPast(p); }, QString());
    row(
        "past actual channel",
        [&](Plan &p) {
            withPast(p);
            p.pastActuals[5].channel = u"Foo"_s;
        },
        u"past_actuals[5].channel: unknown channel \"Foo\""_s);
    row(
        "past actual duplicate",
        [&](Plan &p) {
            withPast(p);
            p.pastActuals[6].month = u"2024-01"_s;
        },
        u"past_actuals[6]: duplicate row: same month and channel as past_actuals[0]"_s);
    row(
        "past actual spend",
        [&](Plan &p) {
            withPast(p);
            p.pastActuals[5].spend = -1;
        },
        u"past_actuals[5].spend: must be at least 0 (got -1)"_s);
    row(
        "past actual month",
        [&](Plan &p) {
            withPast(p);
            p.pastActuals[5].month = u"2024-13"_s;
        },
        u"past_actuals[5].month: must be a month YYYY-MM (got \"2024-13\")"_s);
}

// validatePlanAfter() reuses the actuals' violations only when nothing they depend on changed;
// whatever the edit, its answer is validatePlan()'s.
void PlanValidatorTest::validationAfterAnEditEqualsAFullOne()
{
    Plan before = samplePlan();
    before.actuals.push_back(before.actuals.front()); // a duplicate row
    before.actuals.back().spend = -5;                 // and a negative spend
    before.actuals.push_back({u"2031-01"_s, u"Nowhere"_s, 1.0, {}});
    const std::vector<Violation> previous = validatePlan(before);
    QVERIFY(previous.size() >= 4);

    const std::vector<std::pair<const char *, std::function<void(Plan &)>>> edits = {
        {"budget",
         [](Plan &p) {
             p.scenarios[0].budget = -1;
         }},
        {"nothing",
         [](Plan &) {
         }},
        {"an actual row",
         [](Plan &p) {
             p.actuals[0].spend = -1;
         }},
        {"a channel and its rows",
         [](Plan &p) {
             renameChannel(p, 0, u"Renamed"_s);
         }},
        {"a channel, not its rows",
         [](Plan &p) {
             p.channels[0].name = u"Renamed"_s;
         }},
        {"the start",
         [](Plan &p) {
             p.start = u"2024-12"_s;
         }},
        {"the horizon",
         [](Plan &p) {
             p.months = 3;
         }},
        {"a stage",
         [](Plan &p) {
             p.stages.removeLast();
         }},
    };
    for (const auto &[what, edit] : edits) {
        Plan after = before;
        edit(after);
        const QStringList reused = texts(validatePlanAfter(after, before, previous));
        const QStringList full = texts(validatePlan(after));
        QVERIFY2(reused == full, qPrintable(u"after an edit of %1:\n%2\n-- against --\n%3"_s.arg(
                                     QLatin1String(what), reused.join(u'\n'), full.join(u'\n'))));
    }
}

void PlanValidatorTest::severalViolationsAllReported()
{
    Plan plan = samplePlan();
    plan.months = 121;
    search(plan).cpl = -5;
    plan.scenarios[2].categoryShares[3] = 0.1;
    plan.milestones[1].dependsOn = QStringList{u"M9"_s};
    plan.actuals[17].spend = -1;
    plan.targets[0].metric = u"roi2"_s;
    const QStringList expected{
        u"months: must be between 1 and 120 (got 121)"_s,
        u"targets[0].metric: unknown metric \"roi2\""_s,
        u"milestones[\"M2\"].depends_on[0]: unknown milestone \"M9\""_s,
        searchA + u".cpl: must be greater than 0 (got -5)"_s,
        u"scenarios[\"Plan A + conversion programme\"].category_shares: must sum to 1 (got "
        "1.05)"_s,
        u"actuals[17].spend: must be at least 0 (got -1)"_s,
    };
    QCOMPARE(texts(validatePlan(plan)), expected);
}

void PlanValidatorTest::modelExampleVerbatim()
{
    Plan plan = samplePlan();
    plan.scenarios[0].name = u"Plan A"_s;
    renameChannel(plan, 0, u"Search"_s);
    search(plan).conversion[1] = 1.4;
    const auto violations = validatePlan(plan);
    QCOMPARE(violations.size(), std::size_t(1));
    QCOMPARE(violations[0].text(),
             u"scenarios[\"Plan A\"].channels[\"Search\"].conversion[1]: must be between 0 and 1 "
             "(got 1.4)"_s);
    QCOMPARE(violations[0].path, u"scenarios[\"Plan A\"].channels[\"Search\"].conversion[1]"_s);
}

void PlanValidatorTest::formatsNumbers()
{
    QCOMPARE(formatNumber(1.4), u"1.4"_s);
    QCOMPARE(formatNumber(20000000), u"20000000"_s);
    QCOMPARE(formatNumber(0.1 + 0.2), u"0.30000000000000004"_s);
    QCOMPARE(formatNumber(-0.0), u"0"_s);
    QCOMPARE(formatNumber(1e-7), u"1e-07"_s);
    QCOMPARE(formatNumber(1e300), u"1e+300"_s);
    QCOMPARE(formatNumber(notANumber), u"nan"_s);
    QCOMPARE(formatNumber(-infinity), u"-inf"_s);
}

void PlanValidatorTest::joinsViolations()
{
    const std::vector<Violation> violations{{u"months"_s, u"must be between 1 and 120 (got 0)"_s},
                                            {QString(), u"plan-wide problem"_s}};
    QCOMPARE(violationsText(violations),
             u"months: must be between 1 and 120 (got 0)\nplan-wide problem"_s);
    QCOMPARE(violationsText({}), QString());
}

QTEST_GUILESS_MAIN(PlanValidatorTest)
#include "PlanValidatorTest.moc"
