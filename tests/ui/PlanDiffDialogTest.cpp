// The diff view (MODEL.md §10): a finance reviewer reads each changed field by its human name,
// grouped (scenario, channel, milestone, settings), before → after in the plan's currency, and
// the effect on every scenario's key totals (customers, CAC, ROI, value) — the engine's totals,
// not recomputed here.

#include "ui/dialogs/PlanDiffDialog.h"

#include "models/domain/MetricNames.h"
#include "models/history/PlanDiff.h"
#include "models/storage/PlanJson.h"
#include "ui/widgets/ChangeTree.h"
#include "ui/widgets/FigureFormat.h"

#include <QLabel>
#include <QTableWidget>
#include <QTest>

using namespace cplan;

class PlanDiffDialogTest : public QObject
{
    Q_OBJECT

private:
    // The rows of the totals table as "scenario|figure|before|after|change".
    static QStringList totalsRows(const QTableWidget *table)
    {
        QStringList rows;
        for (int row = 0; row < table->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < table->columnCount(); ++column)
                cells << (table->item(row, column) ? table->item(row, column)->text() : QString());
            rows << cells.join(QLatin1Char('|'));
        }
        return rows;
    }

private slots:
    void changedFieldsAreNamedAndGrouped()
    {
        const Plan before = samplePlan();
        Plan after = before;
        after.scenarios[1].budget = 26000000;
        after.scenarios[0].channels[0].cpl *= 2;
        PlanDiffDialog dialog(before, after, QStringLiteral("Board draft"), QStringLiteral("Now"));
        ChangeTree *tree = dialog.changes();
        QCOMPARE(tree->changeCount(), 2);
        QCOMPARE(tree->topLevelItemCount(), 2); // one group per scenario (or its channel)
        QStringList lines;
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            const QTreeWidgetItem *group = tree->topLevelItem(g);
            QVERIFY(!group->text(0).isEmpty());
            for (int c = 0; c < group->childCount(); ++c) {
                const QTreeWidgetItem *item = group->child(c);
                lines << group->text(0) + QStringLiteral(" | ") + item->text(0) +
                             QStringLiteral(": ") + item->text(1) + QStringLiteral(" → ") +
                             item->text(2);
                QVERIFY2(!item->text(0).contains(QLatin1Char('[')), qPrintable(item->text(0)));
            }
        }
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("20,000,000")) ||
                     all.contains(QStringLiteral("25,000,000")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("26,000,000")), qPrintable(all));
        QVERIFY2(all.contains(before.scenarios[1].name), qPrintable(all));
        QVERIFY2(all.contains(before.channels[0].name), qPrintable(all));
        QVERIFY2(dialog.summary()->text().contains(QStringLiteral("2")),
                 qPrintable(dialog.summary()->text()));
    }

    void totalsEffectIsTheEnginesTotals()
    {
        const Plan before = samplePlan();
        Plan after = before;
        after.scenarios[1].budget = 26000000;
        PlanDiffDialog dialog(before, after, QStringLiteral("Board draft"), QStringLiteral("Now"));
        const QTableWidget *totals = dialog.totals();
        QCOMPARE(totals->columnCount(), 5);
        QCOMPARE(totals->horizontalHeaderItem(2)->text(), QStringLiteral("Board draft"));
        QCOMPARE(totals->horizontalHeaderItem(3)->text(), QStringLiteral("Now"));
        QCOMPARE(totals->rowCount(), int(before.scenarios.size()) * 4);
        const QStringList rows = totalsRows(totals);
        // Each row writes one of the diff's totals (histcore's diffPlans, which takes them from
        // the projection) in the plan's currency: every scenario, four figures each.
        const PlanDiff diff = diffPlans(before, after);
        QCOMPARE(int(diff.totals.size()), totals->rowCount());
        QStringList metrics;
        for (const TotalsEffect &effect : diff.totals) {
            const QString figure = metricDisplayName(after, effect.metric);
            const QString expected =
                QStringList{effect.scenario, figure,
                            formatMetric(effect.metric, effect.before, before.currency),
                            formatMetric(effect.metric, effect.after, after.currency)}
                    .join(QLatin1Char('|'));
            bool shown = false;
            for (const QString &row : rows)
                shown = shown || row.startsWith(expected + QLatin1Char('|'));
            QVERIFY2(shown, qPrintable(expected));
            if (!metrics.contains(effect.metric))
                metrics << effect.metric;
        }
        // The scenario whose totals moved comes first.
        QVERIFY2(rows.front().startsWith(before.scenarios[1].name), qPrintable(rows.front()));
        metrics.sort();
        QCOMPARE(metrics, (QStringList{QStringLiteral("cac"), QStringLiteral("customers"),
                                       QStringLiteral("roi"), QStringLiteral("value")}));
        // More budget for Plan B: more customers, shown as a rise.
        bool rose = false;
        for (const QString &row : rows) {
            const QStringList cells = row.split(QLatin1Char('|'));
            if (cells[0] == before.scenarios[1].name &&
                cells[1] == metricDisplayName(after, QStringLiteral("customers")))
                rose = cells[4].startsWith(QLatin1Char('+')) && cells[2] != cells[3];
        }
        QVERIFY2(rose, qPrintable(rows.join(QLatin1Char('\n'))));
        // A scenario that did not change shows no change.
        for (const QString &row : rows) {
            const QStringList cells = row.split(QLatin1Char('|'));
            if (cells[0] == before.scenarios[0].name)
                QCOMPARE(cells[2], cells[3]);
            if (cells[0] == before.scenarios[0].name)
                QVERIFY2(cells[4].isEmpty(), qPrintable(row)); // no change, nothing written
        }
    }

    void samePlanSaysSo()
    {
        const Plan plan = samplePlan();
        PlanDiffDialog dialog(plan, plan, QStringLiteral("Board draft"), QStringLiteral("Now"));
        QCOMPARE(dialog.changes()->changeCount(), 0);
        QVERIFY(dialog.summary()->text().contains(QStringLiteral("same plan")));
    }
};

QTEST_MAIN(PlanDiffDialogTest)
#include "PlanDiffDialogTest.moc"
