// PlanReports: each derived report is computed once per change (however often it is read), only
// for what the change can affect, and never returned stale: every cached number equals a fresh
// engine call on the current plan.

#include "models/reports/PlanReports.h"
#include "models/document/PlanDocument.h"
#include "models/engine/ComparisonReport.h"
#include "models/engine/Milestones.h"
#include "models/engine/Projection.h"
#include "models/engine/ScenarioInputs.h"
#include "models/engine/Variance.h"
#include "models/storage/PlanJson.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cplan;

namespace {

// What every page, chart and dock of the window reads after a change, read twice.
void readEverything(const PlanDocument &document)
{
    const PlanReports &reports = document.reports();
    for (int pass = 0; pass < 2; ++pass) {
        for (int s = 0; s < int(document.plan().scenarios.size()); ++s)
            QVERIFY(reports.projection(s));
        QVERIFY(document.projection());
        QVERIFY(reports.variance());
        QVERIFY(reports.milestones());
        QVERIFY(reports.comparison().ok());
        QVERIFY(reports.comparison(document.plan().scenarios.back().name).ok());
    }
}

PlanReports::Counts operator-(const PlanReports::Counts &a, const PlanReports::Counts &b)
{
    return {a.projections - b.projections, a.variances - b.variances,
            a.milestoneEvaluations - b.milestoneEvaluations, a.comparisons - b.comparisons};
}

void compareCounts(const PlanReports::Counts &got, const PlanReports::Counts &expected)
{
    QCOMPARE(got.projections, expected.projections);
    QCOMPARE(got.variances, expected.variances);
    QCOMPARE(got.milestoneEvaluations, expected.milestoneEvaluations);
    QCOMPARE(got.comparisons, expected.comparisons);
}

// Every cached report against a fresh computation on the document's current plan.
void checkAgainstEngine(const PlanDocument &document)
{
    const Plan &plan = document.plan();
    const PlanReports &reports = document.reports();
    for (int s = 0; s < int(plan.scenarios.size()); ++s) {
        const Projection fresh = project(plan, plan.scenarios[std::size_t(s)]);
        const Projection *cached = reports.projection(s);
        QVERIFY(cached);
        QCOMPARE(cached->scenario, fresh.scenario);
        QCOMPARE(cached->totals.customers, fresh.totals.customers);
        QCOMPARE(cached->totals.channelSpend, fresh.totals.channelSpend);
        QCOMPARE(cached->totals.value, fresh.totals.value);
        QCOMPARE(cached->targets.size(), fresh.targets.size());
    }
    const Scenario &active = document.activeScenario();
    const Projection fresh = project(plan, active);
    // Actuals are compared with the plan's baseline scenario, whichever is active.
    const Scenario &baseline = plan.scenarios[std::size_t(plan.baselineScenarioIndex())];
    const VarianceReport variance = computeVariance(plan, baseline, project(plan, baseline));
    QCOMPARE(reports.variance()->rows.size(), variance.rows.size());
    for (std::size_t i = 0; i < variance.rows.size(); ++i)
        QCOMPARE(reports.variance()->rows[i].spendVariance, variance.rows[i].spendVariance);
    QCOMPARE(reports.variance()->reforecast.customers, variance.reforecast.customers);
    const MilestoneReport milestones = evaluateMilestones(
        plan, active, fresh, effectiveStatusDate(plan, QDate(), QDate(2025, 7, 1)));
    QCOMPARE(reports.milestones()->milestones.size(), milestones.milestones.size());
    for (std::size_t i = 0; i < milestones.milestones.size(); ++i) {
        QCOMPARE(reports.milestones()->milestones[i].delayDays, milestones.milestones[i].delayDays);
        QCOMPARE(reports.milestones()->milestones[i].checks.size(),
                 milestones.milestones[i].checks.size());
        for (std::size_t k = 0; k < milestones.milestones[i].checks.size(); ++k)
            QCOMPARE(reports.milestones()->milestones[i].checks[k].projected,
                     milestones.milestones[i].checks[k].projected);
    }
    const auto comparison = compareScenarios(plan, {});
    QVERIFY(comparison.ok());
    QCOMPARE(reports.comparison()->scenarios.size(), comparison->scenarios.size());
    for (std::size_t s = 0; s < comparison->scenarios.size(); ++s) {
        QCOMPARE(reports.comparison()->scenarios[s].totals.customers,
                 comparison->scenarios[s].totals.customers);
        QCOMPARE(reports.comparison()->scenarios[s].delta, comparison->scenarios[s].delta);
    }
}

} // namespace

class PlanReportsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void oneBudgetEditComputesEachReportOnce();
    void milestoneEditKeepsProjectionsAndVariance();
    void actualEditKeepsProjectionsAndMilestones();
    void undoAndRedoAreNeverStale();
    void switchingScenarioRecomputesOnlyItsReports();
    void aBrokenScenarioHasNoProjection();
    void gatesMakeMilestonesAndTheDayProjectionInputs();

private:
    QTemporaryDir m_folder;
    std::unique_ptr<PlanDocument> m_document;
};

void PlanReportsTest::init()
{
    m_document = std::make_unique<PlanDocument>();
    m_document->setRecoveryFolder(m_folder.path());
    m_document->setClock([] { return QDateTime(QDate(2025, 7, 1), QTime(9, 0), Qt::UTC); });
    m_document->resetTo(samplePlan());
    readEverything(*m_document);
}

void PlanReportsTest::oneBudgetEditComputesEachReportOnce()
{
    const PlanReports::Counts before = m_document->reports().counts();
    const int active = m_document->activeScenarioIndex();
    QVERIFY(m_document->setBudget(active, m_document->activeScenario().budget * 1.1));
    readEverything(*m_document);
    // Only the edited scenario is projected again; its variance and milestones follow; the
    // comparison is rebuilt once per base that is read (two bases here).
    compareCounts(m_document->reports().counts() - before, {1, 1, 1, 2});
    checkAgainstEngine(*m_document);
}

void PlanReportsTest::milestoneEditKeepsProjectionsAndVariance()
{
    const PlanReports::Counts before = m_document->reports().counts();
    Milestone milestone = m_document->plan().milestones.front();
    milestone.name += QStringLiteral(" (renamed)");
    QVERIFY(m_document->setMilestone(0, milestone));
    readEverything(*m_document);
    compareCounts(m_document->reports().counts() - before, {0, 0, 1, 0});
    checkAgainstEngine(*m_document);
}

void PlanReportsTest::actualEditKeepsProjectionsAndMilestones()
{
    const PlanReports::Counts before = m_document->reports().counts();
    const Actual &actual = m_document->plan().actuals.front();
    QVERIFY(
        m_document->setActual(actual.month, actual.channel, actual.spend * 1.5, actual.volumes));
    readEverything(*m_document);
    compareCounts(m_document->reports().counts() - before, {0, 1, 0, 0});
    checkAgainstEngine(*m_document);
}

void PlanReportsTest::undoAndRedoAreNeverStale()
{
    const double customers = m_document->projection()->totals.customers;
    QVERIFY(m_document->setBudget(0, m_document->plan().scenarios[0].budget * 0.5));
    readEverything(*m_document);
    QVERIFY(m_document->projection()->totals.customers != customers);
    checkAgainstEngine(*m_document);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->projection()->totals.customers, customers);
    checkAgainstEngine(*m_document);
    m_document->undoStack()->redo();
    checkAgainstEngine(*m_document);
}

void PlanReportsTest::switchingScenarioRecomputesOnlyItsReports()
{
    const PlanReports::Counts before = m_document->reports().counts();
    m_document->setActiveScenarioIndex(1);
    readEverything(*m_document);
    // Milestones follow the active scenario; the variance compares with the baseline, which
    // did not change.
    compareCounts(m_document->reports().counts() - before, {0, 0, 1, 0});
    checkAgainstEngine(*m_document);
}

void PlanReportsTest::aBrokenScenarioHasNoProjection()
{
    Plan plan = samplePlan();
    plan.scenarios[1].channels.pop_back(); // drivers no longer match the channels
    m_document->resetTo(plan);
    QVERIFY(m_document->reports().projection(0));
    QVERIFY(!m_document->reports().projection(1));
    QVERIFY(!m_document->reports().comparison().ok());
    QVERIFY(m_document->reports().comparison().error().contains(plan.scenarios[1].name));
}

void PlanReportsTest::gatesMakeMilestonesAndTheDayProjectionInputs()
{
    // M3 (planned 2025-09-30, no forecast) gates the short-video channel; no status date, so
    // the day decides whether it is overdue (MODEL.md §6).
    Plan plan = samplePlan();
    plan.statusDate.clear();
    plan.milestones[2].gates = {QStringLiteral("Short video ads")};
    QDate today(2025, 7, 1);
    m_document->setClock([&today] { return QDateTime(today, QTime(9, 0), Qt::UTC); });
    m_document->resetTo(plan);
    readEverything(*m_document);
    const double onTime = m_document->reports().projection(0)->totals.customers;
    QCOMPARE(onTime, project(plan, plan.scenarios[0]).totals.customers);
    QVERIFY(m_document->reports().delayCosts()->milestones.empty());

    // A milestone edit is now a projection input: every scenario is projected again.
    PlanReports::Counts before = m_document->reports().counts();
    Milestone m3 = m_document->plan().milestones[2];
    m3.forecast = QStringLiteral("2025-11-12");
    QVERIFY(m_document->setMilestone(2, m3));
    readEverything(*m_document);
    compareCounts(m_document->reports().counts() - before, {3, 1, 1, 2});
    const Plan &edited = m_document->plan();
    const double late = m_document->reports().projection(0)->totals.customers;
    QVERIFY(late < onTime);
    QCOMPARE(late, project(edited, edited.scenarios[0],
                           prepareScenario(edited, edited.scenarios[0], today))
                       .totals.customers);
    const DelayCostReport *costs = m_document->reports().delayCosts();
    QVERIFY(costs);
    QCOMPARE(costs->milestones.size(), std::size_t(1));
    QCOMPARE(costs->milestones[0].onTime.customers, onTime);
    QCOMPARE(costs->milestones[0].forecast.customers, late);

    // Without the forecast, the day makes M3 overdue once it is past September.
    m3.forecast.clear();
    QVERIFY(m_document->setMilestone(2, m3));
    QCOMPARE(m_document->reports().projection(0)->totals.customers, onTime);
    today = QDate(2025, 11, 12);
    QCOMPARE(m_document->reports().projection(0)->totals.customers, late);
    QCOMPARE(m_document->reports().delayCosts()->milestones.size(), std::size_t(1));

    // A what-if is computed, never stored in the plan.
    const Plan kept = m_document->plan();
    const auto whatIf = m_document->reports().delayCostsIf(2, QDate(2025, 12, 20));
    QVERIFY(whatIf);
    QCOMPARE(whatIf->milestones.size(), std::size_t(1));
    QVERIFY(whatIf->milestones[0].forecast.customers < late);
    QVERIFY(m_document->plan() == kept);
}

QTEST_GUILESS_MAIN(PlanReportsTest)
#include "PlanReportsTest.moc"
