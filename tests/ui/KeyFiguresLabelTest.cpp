// The status bar's key figures say which customers figure is which (issue 22 C.11): where the
// plan has actuals, the model's projection and the latest estimate (actual months, then the
// projection: what the re-plan dialog shows) are both there, labelled, so a re-plan's 9,756 and
// the new scenario's projected 10,454 are not compared unawares.

#include "ui/mainwindow/KeyFiguresLabel.h"

#include "models/document/PlanDocument.h"
#include "models/engine/Projection.h"
#include "models/reports/PlanReports.h"
#include "ui/widgets/FigureFormat.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cplan;

class KeyFiguresLabelTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_recovery;

private slots:
    void theLatestEstimateIsLabelledWhereThereAreActuals()
    {
        PlanDocument document;
        document.setRecoveryFolder(m_recovery.path());
        document.newFromSample();
        QVERIFY(!document.plan().actuals.empty());
        KeyFiguresLabel label(&document);
        const VarianceReport *variance =
            document.reports().variance(document.activeScenarioIndex());
        QVERIFY(variance);
        const QString projected =
            formatFigure(document.projection()->totals.customers, FigureKind::Count, {});
        const QString estimate =
            formatFigure(variance->reforecast.customers, FigureKind::Count, {});
        QVERIFY(projected != estimate);
        QVERIFY2(label.text().contains(QStringLiteral("Customers %1").arg(projected)),
                 qPrintable(label.text()));
        QVERIFY2(label.text().contains(QStringLiteral("latest estimate %1").arg(estimate)),
                 qPrintable(label.text()));
        QVERIFY2(label.toolTip().contains(QStringLiteral("latest estimate")),
                 qPrintable(label.toolTip()));

        // Another scenario: its own latest estimate.
        document.setActiveScenarioIndex(1);
        const VarianceReport *other = document.reports().variance(1);
        QVERIFY(other);
        QVERIFY2(label.text().contains(
                     QStringLiteral("latest estimate %1")
                         .arg(formatFigure(other->reforecast.customers, FigureKind::Count, {}))),
                 qPrintable(label.text()));

        // Without actuals there is only the projection.
        Plan plan = document.plan();
        plan.actuals.clear();
        document.resetTo(plan);
        QVERIFY2(!label.text().contains(QStringLiteral("latest estimate")),
                 qPrintable(label.text()));
    }
};

QTEST_MAIN(KeyFiguresLabelTest)
#include "KeyFiguresLabelTest.moc"
