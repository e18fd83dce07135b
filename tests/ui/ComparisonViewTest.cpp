// The comparison reads like a finance table: each Δ coloured by whether it is better or worse
// for that metric, rates differing in percentage points, payback in months, each total once,
// the best scenario per row marked, and the whole page (table and charts) scrolling together.

#include "ui/charts/ComparisonView.h"
#include "models/document/PlanDocument.h"
#include "models/engine/Projection.h"
#include "models/reports/PlanReports.h"
#include "models/storage/PlanJson.h"
#include "ui/widgets/FigureFormat.h"
#include "ui/widgets/Preferences.h"

#include <QApplication>
#include <QScopeGuard>

#include <QHeaderView>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace cplan;

namespace {
const QString planA = QStringLiteral("Plan A (CNY 20M)");
const QString planB = QStringLiteral("Plan B (CNY 25M)");

int rowOf(const QTableWidget *table, const QString &label)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == label)
            return r;
    }
    return -1;
}

int columnOf(const QTableWidget *table, const QString &header, int after = 0)
{
    for (int c = after; c < table->columnCount(); ++c) {
        if (table->horizontalHeaderItem(c)->text() == header)
            return c;
    }
    return -1;
}
} // namespace

class ComparisonViewTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<ComparisonView> m_view;

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_document = std::make_unique<PlanDocument>();
        m_document->resetTo(samplePlan());
        m_view = std::make_unique<ComparisonView>(m_document.get());
        m_view->setBaseScenario(planA);
        m_view->setScenarioShown(QStringLiteral("Plan A + conversion programme"), false);
        m_view->resize(1000, 700);
    }
    void cleanup()
    {
        m_view.reset();
        m_document.reset();
    }

    void eachTotalAppearsOnce()
    {
        const QTableWidget *table = m_view->table();
        QStringList labels;
        for (int r = 0; r < table->rowCount(); ++r)
            labels << table->item(r, 0)->text();
        for (const QString &label : labels)
            QVERIFY2(labels.count(label) == 1, qPrintable(label));
        // Cost per lead and CAC are not repeated as the first and last stage's cost.
        QVERIFY(!labels.contains(QStringLiteral("Cost per lead")) ||
                !labels.contains(QStringLiteral("Cost per Leads")));
        QCOMPARE(labels.filter(QStringLiteral("Cost per account")).size(), 0);
        QCOMPARE(labels.filter(QStringLiteral("Volume: Leads")).size(), 0);
        QVERIFY(labels.contains(QStringLiteral("Cost per registered user")));
    }

    // Issue 22 E.21: a difference that shows as zero is not coloured as better or worse.
    void aDifferenceShownAsZeroIsNeutral()
    {
        Plan plan = samplePlan();
        const int a = plan.scenarioIndex(planA);
        const int b = plan.scenarioIndex(planB);
        QVERIFY(a >= 0 && b >= 0);
        const QString name = plan.scenarios[std::size_t(b)].name;
        plan.scenarios[std::size_t(b)] = plan.scenarios[std::size_t(a)];
        plan.scenarios[std::size_t(b)].name = name;
        plan.scenarios[std::size_t(b)].budget += 1.0; // one yuan more: differences of ~1e-7
        m_document->resetTo(plan);
        m_view->setBaseScenario(planA);
        const QTableWidget *table = m_view->table();
        const int delta = columnOf(table, QStringLiteral("Δ"));
        const int roi = rowOf(table, QStringLiteral("Return on investment (ROI)"));
        QVERIFY(delta > 0 && roi >= 0);
        const QString text = table->item(roi, delta)->text();
        QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("[1-9]"))), qPrintable(text));
        QCOMPARE(table->item(roi, delta)->data(ComparisonView::VerdictRole).toInt(), 0);
    }

    void deltasAreColouredByTheMetricsDirection()
    {
        const QTableWidget *table = m_view->table();
        const int delta = columnOf(table, QStringLiteral("Δ"));
        QVERIFY(delta > 0);
        // Plan B spends more: CAC rises (worse), customers rise (better).
        const int cac = rowOf(table, QStringLiteral("Customer acquisition cost (CAC)"));
        const int customers = rowOf(table, QStringLiteral("Customers (projection)"));
        QVERIFY(cac >= 0 && customers >= 0);
        QCOMPARE(table->item(cac, delta)->data(ComparisonView::VerdictRole).toInt(), -1);
        QCOMPARE(table->item(customers, delta)->data(ComparisonView::VerdictRole).toInt(), 1);
        QVERIFY(table->item(cac, delta)->foreground().color() !=
                table->item(customers, delta)->foreground().color());
        // Spend is neither.
        const int spend = rowOf(table, QStringLiteral("Channel spend"));
        QCOMPARE(table->item(spend, delta)->data(ComparisonView::VerdictRole).toInt(), 0);
    }

    void ratesDifferInPercentagePointsAndPaybackInMonths()
    {
        const QTableWidget *table = m_view->table();
        const int delta = columnOf(table, QStringLiteral("Δ"));
        const int roi = rowOf(table, QStringLiteral("Return on investment (ROI)"));
        QVERIFY(roi >= 0);
        QVERIFY2(table->item(roi, delta)->text().endsWith(QStringLiteral(" pp")),
                 qPrintable(table->item(roi, delta)->text()));
        QCOMPARE(ComparisonView::deltaText(0.023, FigureKind::Percent, {}),
                 QStringLiteral("+2.3 pp"));
        QCOMPARE(ComparisonView::deltaText(2.0, FigureKind::Month, {}),
                 QStringLiteral("+2 months"));
        QCOMPARE(ComparisonView::deltaText(-1.0, FigureKind::Month, {}),
                 QStringLiteral("-1 month"));
    }

    void theBestScenarioOfARowIsMarked()
    {
        const QTableWidget *table = m_view->table();
        const int a = columnOf(table, QStringLiteral("%1 (base)").arg(planA));
        const int b = columnOf(table, planB);
        QVERIFY(a > 0 && b > 0);
        const int customers = rowOf(table, QStringLiteral("Customers (projection)"));
        const int cac = rowOf(table, QStringLiteral("Customer acquisition cost (CAC)"));
        QVERIFY(table->item(customers, b)->data(ComparisonView::BestRole).toBool());
        QVERIFY(!table->item(customers, a)->data(ComparisonView::BestRole).toBool());
        QVERIFY(table->item(customers, b)->font().bold());
        // Lower is better for CAC: the cheaper plan A is best.
        QVERIFY(table->item(cac, a)->data(ComparisonView::BestRole).toBool());
    }

    // An edit measures only the columns whose texts or bold changed (issue 21 C): the labels'
    // column is not made narrow and then wide again on the way (that repainted the whole
    // table), and every figure column is as wide as measuring all its cells gives.
    void anEditMeasuresOnlyTheColumnsItChanged()
    {
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QTableWidget *table = m_view->table();
        QHeaderView *header = table->horizontalHeader();
        const int b = columnOf(table, planB);
        QVERIFY(b > 0);
        const int valuesOfB = header->sectionSize(b);
        const auto labelsHint = [table, header] {
            return std::max(static_cast<QAbstractItemView *>(table)->sizeHintForColumn(0),
                            header->sectionSizeHint(0));
        };
        const auto figureColumnsAreMeasured = [table, header] {
            for (int column = 1; column < table->columnCount(); ++column) {
                const int shown = header->sectionSize(column);
                table->resizeColumnToContents(column);
                if (header->sectionSize(column) != shown)
                    return false;
            }
            return true;
        };
        QSignalSpy resized(header, &QHeaderView::sectionResized);
        const int scenario = m_document->plan().scenarioIndex(planB);
        const double budget = m_document->plan().scenarios[std::size_t(scenario)].budget;
        for (const double factor : {1000.0, 0.001, 1.0}) {
            resized.clear();
            QVERIFY(m_document->setBudget(scenario, budget * factor + 0.37).ok());
            QCoreApplication::processEvents();
            // The labels' column takes the room the figures leave, in one step.
            for (const QList<QVariant> &signal : resized) {
                if (signal.at(0).toInt() == 0)
                    QCOMPARE(signal.at(2).toInt(), header->sectionSize(0));
            }
            QVERIFY(header->sectionSize(0) >= labelsHint()); // no label cut
            if (factor > 1.0)
                QVERIFY(header->sectionSize(b) > valuesOfB);
            QVERIFY(figureColumnsAreMeasured());
        }
    }

    void theTableShowsEveryRowAndThePageScrolls()
    {
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QTableWidget *table = m_view->table();
        QCOMPARE(table->verticalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
        QVERIFY(table->height() >= table->verticalHeader()->length());
        QVERIFY(m_view->scrollArea());
        QVERIFY(m_view->scrollArea()->widget()->isAncestorOf(table));
    }

    // Issue 22 C.11: where the plan has actuals, each scenario's latest estimate (actual months,
    // then the projection: the re-plan's figure) has its own row beside the projection, both
    // named, so a re-plan's 9,756 is not compared with a projected 10,454 unawares.
    void theLatestEstimateHasItsOwnLabelledRow()
    {
        QVERIFY(!m_document->plan().actuals.empty());
        m_view->setScenarioShown(QStringLiteral("Plan A + conversion programme"), true);
        QTableWidget *table = m_view->table();
        const int projected = rowOf(table, QStringLiteral("Customers (projection)"));
        const int latest = rowOf(table, QStringLiteral("Customers (latest estimate)"));
        QVERIFY2(projected >= 0 && latest == projected + 1,
                 qPrintable(QStringLiteral("%1 / %2").arg(projected).arg(latest)));
        QVERIFY(table->item(latest, 0)->toolTip().contains(QStringLiteral("actual")));
        const Plan &plan = m_document->plan();
        for (int s = 0; s < int(plan.scenarios.size()); ++s) {
            const VarianceReport *variance = m_document->reports().variance(s);
            QVERIFY(variance);
            const int column = columnOf(table, plan.scenarios[std::size_t(s)].name == planA
                                                   ? QStringLiteral("%1 (base)").arg(planA)
                                                   : plan.scenarios[std::size_t(s)].name);
            QVERIFY(column > 0);
            QCOMPARE(table->item(latest, column)->text(),
                     formatFigure(variance->reforecast.customers, FigureKind::Count, {}));
            QCOMPARE(table->item(projected, column)->text(),
                     formatFigure(m_document->reports().projection(s)->totals.customers,
                                  FigureKind::Count, {}));
        }
        // Without actuals there is one customers row, as before.
        Plan without = plan;
        without.actuals.clear();
        m_document->resetTo(without);
        QVERIFY(rowOf(table, QStringLiteral("Customers")) >= 0);
        QCOMPARE(rowOf(table, QStringLiteral("Customers (latest estimate)")), -1);
    }

    // Issue 22 E.21: the Chinese row labels were cut when the scenarios took the width; every
    // label and figure shows whole (the table scrolls sideways instead), in either language.
    void everyLabelAndFigureShowsWhole_data()
    {
        QTest::addColumn<bool>("chinese");
        QTest::newRow("en") << false;
        QTest::newRow("zh") << true;
    }

    void everyLabelAndFigureShowsWhole()
    {
        QFETCH(bool, chinese);
        applyInterfaceLanguage(chinese ? InterfaceLanguage::Chinese : InterfaceLanguage::English);
        applyNumberStyle(Preferences{});
        const auto restore = qScopeGuard([] {
            applyInterfaceLanguage(InterfaceLanguage::English);
            applyNumberStyle(Preferences{});
        });
        // Built in the language, every scenario shown, as wide as the page at 1024 x 700.
        m_view = std::make_unique<ComparisonView>(m_document.get());
        m_view->setBaseScenario(planA);
        m_view->resize(790, 500);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QApplication::processEvents();
        QTableWidget *table = m_view->table();
        QVERIFY(table->columnCount() >= 7);
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                const QModelIndex index = table->model()->index(row, column);
                const int needed = table->sizeHintForIndex(index).width();
                QVERIFY2(table->columnWidth(column) >= needed,
                         qPrintable(QStringLiteral("row %1, column %2 \"%3\": %4 < %5 px")
                                        .arg(row)
                                        .arg(column)
                                        .arg(index.data().toString())
                                        .arg(table->columnWidth(column))
                                        .arg(needed)));
            }
        }
    }
};

QTEST_MAIN(ComparisonViewTest)
#include "ComparisonViewTest.moc"
