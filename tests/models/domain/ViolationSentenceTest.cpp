// The validator's findings become sentences about the place the user sees; the JSON paths stay
// in the CLI (Violation::text()).

#include "models/domain/ViolationSentence.h"
#include "models/storage/PlanJson.h"

#include <QTest>

using namespace cplan;

namespace {
// The first violation whose path ends with `suffix`.
std::optional<Violation> violationAt(const Plan &plan, const QString &suffix)
{
    for (const Violation &violation : validatePlan(plan)) {
        if (violation.path.endsWith(suffix))
            return violation;
    }
    return std::nullopt;
}
} // namespace

class ViolationSentenceTest : public QObject
{
    Q_OBJECT

private slots:
    void aChannelDriverNamesTheChannelAndTheColumn()
    {
        Plan plan = samplePlan();
        plan.scenarios[0].channels[1].cpl = -5; // Short video ads
        const auto violation = violationAt(plan, QStringLiteral(".cpl"));
        QVERIFY(violation);
        QVERIFY(violation->text().startsWith(QStringLiteral("scenarios[")));
        QCOMPARE(violationSentence(plan, *violation),
                 QStringLiteral("Short video ads: cost per lead must be more than 0 (you typed "
                                "−5)"));
        // Read outside the scenario's table, the sentence says which scenario.
        QCOMPARE(violationSentence(plan, *violation, ScenarioMention::Include),
                 QStringLiteral("%1 · Short video ads: cost per lead must be more than 0 (you "
                                "typed −5)")
                     .arg(plan.scenarios[0].name));
    }

    void ratesAreInPercent()
    {
        Plan plan = samplePlan();
        plan.scenarios[0].channels[0].margin = 1.4;
        const auto violation = violationAt(plan, QStringLiteral(".margin"));
        QVERIFY(violation);
        QCOMPARE(violationSentence(plan, *violation),
                 QStringLiteral("Search (long-tail keywords): margin must be between 0% and 100% "
                                "(you typed 140%)"));
        plan = samplePlan();
        plan.scenarios[0].channels[0].conversion[1] = 2.0;
        const auto rate = violationAt(plan, QStringLiteral(".conversion[1]"));
        QVERIFY(rate);
        QCOMPARE(violationSentence(plan, *rate),
                 QStringLiteral("Search (long-tail keywords): registered users → accounts opened "
                                "conversion must be between 0% and 100% (you typed 200%)"));
    }

    void sharesThatDoNotAddUp()
    {
        Plan plan = samplePlan();
        plan.scenarios[0].channels[0].share += 0.05;
        const std::vector<Violation> violations = validatePlan(plan);
        QVERIFY(!violations.empty());
        const QString sentence = violationSentence(plan, violations.front());
        QVERIFY2(sentence.contains(QStringLiteral("must add up to 100% (now 105%)")),
                 qPrintable(sentence));
        QVERIFY(!sentence.contains(QStringLiteral("scenarios[")));
    }

    void milestonesAndActualsByTheirNames()
    {
        Plan plan = samplePlan();
        plan.milestones[1].planned = QStringLiteral("2025-13-40");
        const auto date = violationAt(plan, QStringLiteral(".planned"));
        QVERIFY(date);
        const QString sentence = violationSentence(plan, *date);
        QVERIFY2(
            sentence.startsWith(
                QStringLiteral("Milestone %1: planned date must be").arg(plan.milestones[1].id)),
            qPrintable(sentence));
        QVERIFY(!sentence.contains(QStringLiteral("milestones[")));

        plan = samplePlan();
        QVERIFY(!plan.actuals.empty());
        plan.actuals[0].spend = -1;
        const auto spend = violationAt(plan, QStringLiteral("actuals[0].spend"));
        QVERIFY(spend);
        QCOMPARE(violationSentence(plan, *spend),
                 QStringLiteral("Actuals %1 · %2: spend must be at least 0 (you typed −1)")
                     .arg(plan.actuals[0].month, plan.actuals[0].channel));
    }

    void aPlanSettingIsASentence()
    {
        Plan plan = samplePlan();
        plan.months = 0;
        const auto months = violationAt(plan, QStringLiteral("months"));
        QVERIFY(months);
        const QString sentence = violationSentence(plan, *months);
        QVERIFY2(sentence.startsWith(QStringLiteral("Number of months must")),
                 qPrintable(sentence));
    }
};

QTEST_GUILESS_MAIN(ViolationSentenceTest)
#include "ViolationSentenceTest.moc"
