// The Phasing page shows what the weights make of the money: each month's and quarter's share
// of the row's spend and its amount, next to the weights.

#include "ui/pages/PhasingPage.h"

#include "models/document/PlanDocument.h"
#include "models/engine/Projection.h"
#include "models/itemmodels/PhasingAmountsModel.h"

#include <QTableView>
#include <QTest>

using namespace cplan;

class PhasingPageTest : public QObject
{
    Q_OBJECT

private slots:
    void showsSharesAndAmountsPerMonthAndQuarter()
    {
        PlanDocument document;
        document.newFromSample();
        PhasingPage page(&document);
        PhasingAmountsModel *amounts = page.amountsModel();
        QCOMPARE(page.amountsView()->model(), amounts);
        const Plan &plan = document.plan();
        QCOMPARE(amounts->rowCount(), 1 + int(plan.channels.size()));
        QCOMPARE(amounts->columnCount(), 12 + 4 + 1);
        const Projection &projection = *document.projection();
        // All channels, the whole year: the channel pool.
        QCOMPARE(amounts->amount(0, amounts->totalColumn()), projection.spend.sum());
        QCOMPARE(amounts->share(0, amounts->totalColumn()), 1.0);
        // Quarterly 35/15/15/35 phasing: Q1 holds 35% of the year, each of its months a third.
        const int q1 = amounts->firstQuarterColumn();
        QCOMPARE(amounts->headerData(q1, Qt::Horizontal).toString(), QStringLiteral("Q1"));
        QVERIFY(qAbs(amounts->share(0, q1) - 0.35) < 1e-12);
        QVERIFY(qAbs(amounts->share(0, 0) - 0.35 / 3) < 1e-12);
        QCOMPARE(amounts->amount(1, 0), projection.spend(0, 0));
        QCOMPARE(amounts->amount(1, q1),
                 projection.spend(0, 0) + projection.spend(0, 1) + projection.spend(0, 2));
        QVERIFY2(amounts->data(amounts->index(0, q1)).toString().startsWith(QStringLiteral("35%")),
                 qPrintable(amounts->data(amounts->index(0, q1)).toString()));

        // A new weight moves the money at once.
        QVERIFY(document.setPhasingWeight(0, -1, 0, 0.5).ok());
        QVERIFY(amounts->share(0, q1) > 0.35);
    }
};

QTEST_MAIN(PhasingPageTest)
#include "PhasingPageTest.moc"
