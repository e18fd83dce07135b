// Metric ids (MODEL.md §4) reach people by names built from the plan's own stages, with the
// unit they are written in and the way that is better.

#include "models/domain/MetricNames.h"
#include "models/storage/PlanJson.h"

#include <QTest>

using namespace cplan;

class MetricNamesTest : public QObject
{
    Q_OBJECT

private slots:
    void namesComeFromThePlansStages()
    {
        const Plan plan = samplePlan(); // Leads, Registered users, Accounts opened
        QCOMPARE(metricDisplayName(plan, QStringLiteral("stage_cum.1")),
                 QStringLiteral("Registered users to date"));
        QCOMPARE(metricDisplayName(plan, QStringLiteral("cost_per_stage.1")),
                 QStringLiteral("Cost per registered user"));
        QCOMPARE(metricDisplayName(plan, QStringLiteral("cost_per_stage.2")),
                 QStringLiteral("Cost per account opened"));
        QCOMPARE(metricDisplayName(plan, QStringLiteral("cost_per_stage.0")),
                 QStringLiteral("Cost per lead"));
        QCOMPARE(metricDisplayName(plan, QStringLiteral("stage_conversion.2")),
                 QStringLiteral("Registered users → accounts opened conversion"));
        QCOMPARE(metricDisplayName(plan, QStringLiteral("return_ratio")),
                 QStringLiteral("Return ratio (value : spend)"));
        QCOMPARE(metricDisplayName(plan, QStringLiteral("cac")),
                 QStringLiteral("Customer acquisition cost (CAC)"));
        QCOMPARE(metricDisplayName(plan, QStringLiteral("payback_month")),
                 QStringLiteral("Payback month"));
        // Renaming a stage renames its metrics.
        Plan renamed = plan;
        renamed.stages[1] = QStringLiteral("Sign-ups");
        QCOMPARE(metricDisplayName(renamed, QStringLiteral("cost_per_stage.1")),
                 QStringLiteral("Cost per sign-up"));
    }

    void noMetricOfAPickerIsShownByItsId()
    {
        const Plan plan = samplePlan();
        for (MetricUse use : {MetricUse::Target, MetricUse::Check}) {
            const QStringList metrics = availableMetrics(plan, use);
            QVERIFY(!metrics.isEmpty());
            for (const QString &id : metrics) {
                // Every offered metric is valid for the plan ...
                QVERIFY2(metricProblem(id, int(plan.stages.size()), use).isEmpty(), qPrintable(id));
                // ... and has a name that is not its id.
                const QString name = metricDisplayName(plan, id);
                QVERIFY2(name != id && !name.contains(QLatin1Char('_')), qPrintable(id));
            }
        }
        QVERIFY(availableMetrics(plan, MetricUse::Check).contains(QStringLiteral("stage_cum.1")));
        QVERIFY(!availableMetrics(plan, MetricUse::Target).contains(QStringLiteral("stage_cum.1")));
    }

    void unitsAndDirections()
    {
        QCOMPARE(metricUnit(QStringLiteral("cac")), MetricUnit::Currency);
        QCOMPARE(metricUnit(QStringLiteral("stage_conversion.1")), MetricUnit::Percent);
        QCOMPARE(metricUnit(QStringLiteral("roi")), MetricUnit::Percent);
        QCOMPARE(metricUnit(QStringLiteral("return_ratio")), MetricUnit::Ratio);
        QCOMPARE(metricUnit(QStringLiteral("payback_month")), MetricUnit::Months);
        QCOMPARE(metricUnit(QStringLiteral("stage_cum.2")), MetricUnit::Count);
        QVERIFY(metricLowerIsBetter(QStringLiteral("cac")));
        QVERIFY(metricLowerIsBetter(QStringLiteral("cost_per_stage.1")));
        QVERIFY(metricLowerIsBetter(QStringLiteral("payback_month")));
        QVERIFY(!metricLowerIsBetter(QStringLiteral("ltv")));
        QCOMPARE(metricDirection(QStringLiteral("customers")), MetricDirection::HigherIsBetter);
        QCOMPARE(metricDirection(QStringLiteral("channel_spend")), MetricDirection::Neutral);
    }

    void singularStageNames()
    {
        QCOMPARE(singularStageName(QStringLiteral("Leads")), QStringLiteral("lead"));
        QCOMPARE(singularStageName(QStringLiteral("Registered users")),
                 QStringLiteral("registered user"));
        QCOMPARE(singularStageName(QStringLiteral("Accounts opened")),
                 QStringLiteral("account opened"));
        QCOMPARE(singularStageName(QStringLiteral("KOL leads")), QStringLiteral("KOL lead"));
        QCOMPARE(singularStageName(QStringLiteral("线索")), QStringLiteral("线索"));
    }

    void anUnknownIdIsShownAsItIs()
    {
        QCOMPARE(metricDisplayName(samplePlan(), QStringLiteral("roi2")), QStringLiteral("roi2"));
    }
};

QTEST_GUILESS_MAIN(MetricNamesTest)
#include "MetricNamesTest.moc"
