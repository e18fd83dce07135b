// The Phasing page shows what the weights make of the money: each month's and quarter's share
// of the row's spend and its amount, next to the weights.

#include "ui/pages/PhasingPage.h"

#include "models/document/PlanDocument.h"
#include "models/engine/Projection.h"
#include "models/itemmodels/PhasingAmountsModel.h"
#include "models/itemmodels/PhasingModel.h"
#include "ui/widgets/Preferences.h"
#include "ui/widgets/SpreadsheetView.h"

#include <QApplication>
#include <QScopeGuard>

#include <QScrollBar>
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

    void amountsLineUpWithTheWeightsMonthByMonth()
    {
        PlanDocument document;
        document.newFromSample();
        PhasingPage page(&document);
        page.resize(1024, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *weights = page.view();
        QTableView *amounts = page.amountsView();
        // The x of a column's left edge, in the page.
        auto left = [&page](QTableView *table, int column) {
            return table->viewport()
                ->mapTo(&page, QPoint(table->columnViewportPosition(column), 0))
                .x();
        };
        // The first month whose columns do not line up, or nothing.
        auto misaligned = [&]() -> QString {
            for (int month = 0; month < document.plan().months; ++month) {
                const int column = PhasingModel::FirstMonthColumn + month;
                if (left(weights, column) != left(amounts, month) ||
                    weights->columnWidth(column) != amounts->columnWidth(month))
                    return QStringLiteral("month %1: x %2 / %3, width %4 / %5")
                        .arg(month + 1)
                        .arg(left(weights, column))
                        .arg(left(amounts, month))
                        .arg(weights->columnWidth(column))
                        .arg(amounts->columnWidth(month));
            }
            return {};
        };
        QCOMPARE(misaligned(), QString());
        // Scrolled sideways, the two tables move together.
        QVERIFY(weights->horizontalScrollBar()->maximum() > 0);
        weights->horizontalScrollBar()->setValue(weights->horizontalScrollBar()->maximum() / 2);
        QCOMPARE(amounts->horizontalScrollBar()->value(), weights->horizontalScrollBar()->value());
        QCOMPARE(misaligned(), QString());
        amounts->horizontalScrollBar()->setValue(40);
        QCOMPARE(weights->horizontalScrollBar()->value(), 40);
        QCOMPARE(misaligned(), QString());
        // A new weight (wider amounts) keeps them lined up.
        QVERIFY(document.setPhasingWeight(0, -1, 0, 123.456).ok());
        QTRY_COMPARE(misaligned(), QString());
    }

    // Issue 22 E.21: quarter cells showed "¥184.…" and the all-channels row "11.67% · ¥14…":
    // every amount cell is as wide as its text, in either language.
    void everyAmountShowsWhole_data()
    {
        QTest::addColumn<bool>("chinese");
        QTest::newRow("en") << false;
        QTest::newRow("zh") << true;
    }

    void everyAmountShowsWhole()
    {
        QFETCH(bool, chinese);
        applyInterfaceLanguage(chinese ? InterfaceLanguage::Chinese : InterfaceLanguage::English);
        // The amounts as the language writes them by default ("¥28万" in Chinese).
        applyNumberStyle(Preferences{});
        const auto restore = qScopeGuard([] {
            applyInterfaceLanguage(InterfaceLanguage::English);
            applyNumberStyle(Preferences{});
        });
        PlanDocument document;
        document.newFromSample();
        PhasingPage page(&document);
        page.resize(1024, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *amounts = page.amountsView();
        // The first cell (of all) whose text does not fit its column, or nothing.
        auto cutCell = [amounts]() -> QString {
            const QAbstractItemModel *model = amounts->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    const int needed = amounts->sizeHintForIndex(index).width();
                    if (amounts->columnWidth(column) < needed)
                        return QStringLiteral("row %1, column %2 \"%3\": %4 < %5 px")
                            .arg(row)
                            .arg(column)
                            .arg(index.data().toString())
                            .arg(amounts->columnWidth(column))
                            .arg(needed);
                }
            }
            return {};
        };
        QApplication::processEvents();
        QCOMPARE(cutCell(), QString());
        // After an edit that makes the amounts longer.
        QVERIFY(document.setPhasingWeight(0, -1, 0, 0.123456).ok());
        QTRY_COMPARE(cutCell(), QString());
    }
};

QTEST_MAIN(PhasingPageTest)
#include "PhasingPageTest.moc"
