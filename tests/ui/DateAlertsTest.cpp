// Issue 22 C.12: dates that are most likely slips are alerts, not accepted in silence: an
// actual row for a month after the status date, a milestone planned after the plan's end.

#include "TestPaths.h"

#include "models/document/PlanDocument.h"
#include "models/storage/PlanIo.h"
#include "ui/mainwindow/Alerts.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cplan;

class DateAlertsTest : public QObject
{
    Q_OBJECT

private:
    static int count(const std::vector<Alert> &alerts, const QString &text)
    {
        return int(std::count_if(alerts.begin(), alerts.end(),
                                 [&](const Alert &a) { return a.text.contains(text); }));
    }

private slots:
    void futureActualAndLateMilestoneAreAlerts()
    {
        QTemporaryDir dir;
        auto loaded = loadPlan(test::dataPath(QStringLiteral("brokerage-2025.json")));
        QVERIFY(loaded.ok());
        Plan plan = loaded.value();
        QCOMPARE(plan.statusDate, QStringLiteral("2025-07-01"));
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        {
            PlanDocument document;
            document.setRecoveryFolder(dir.path());
            QVERIFY(document.open(test::dataPath(QStringLiteral("brokerage-2025.json"))).ok());
            // The sample itself has neither.
            const auto alerts = collectAlerts(document);
            QCOMPARE(count(alerts, QStringLiteral("after the status date")), 0);
            QCOMPARE(count(alerts, QStringLiteral("after the plan ends")), 0);
            QCOMPARE(count(alerts, QStringLiteral("before it in the funnel")), 0);
        }
        Actual september = plan.actuals.front();
        september.month = QStringLiteral("2025-09");
        plan.actuals.push_back(september);
        // Issue 21: registrations above leads (a funnel that grows) are an alert too.
        plan.actuals[1].volumes = {1000, 1200};
        plan.milestones.back().planned = QStringLiteral("2026-03-02");
        QVERIFY(savePlan(plan, path, PlanFormat::Json).ok());
        PlanDocument document;
        document.setRecoveryFolder(dir.path());
        QVERIFY(document.open(path).ok());
        const auto alerts = collectAlerts(document);
        QCOMPARE(count(alerts, QStringLiteral("after the status date")), 1);
        QCOMPARE(count(alerts, QStringLiteral("after the plan ends on")), 1);
        QCOMPARE(count(alerts, QStringLiteral("before it in the funnel")), 1);
        const auto future = std::find_if(alerts.begin(), alerts.end(), [](const Alert &a) {
            return a.text.contains(QStringLiteral("after the status date"));
        });
        QCOMPARE(future->place.page, PageId::Actuals);
        QCOMPARE(future->place.row, int(plan.actuals.size()) - 1);
    }
};

QTEST_MAIN(DateAlertsTest)
#include "DateAlertsTest.moc"
