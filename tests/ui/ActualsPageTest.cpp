// The Actuals page compares the actuals with the plan's baseline scenario, not with whichever
// scenario is being edited; its selector shows them against any other. Flagged cells are
// highlighted in the grid; the variance by month sits beside the one by channel; the re-forecast
// of MODEL.md §7 is shown.

#include "ui/pages/ActualsPage.h"

#include "models/document/PlanDocument.h"
#include "models/engine/Projection.h"
#include "models/engine/Variance.h"
#include "models/itemmodels/ActualsModel.h"
#include "ui/pages/ActualsVariancePanel.h"
#include "ui/widgets/FigureFormat.h"

#include <QComboBox>
#include <QLocale>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>

#include <cmath>
#include <memory>

using namespace cplan;

namespace {

VarianceReport varianceOf(const PlanDocument &document, int scenario)
{
    const Plan &plan = document.plan();
    const Projection projection = project(plan, plan.scenarios[std::size_t(scenario)]);
    return computeVariance(plan, plan.scenarios[std::size_t(scenario)], projection);
}

int flaggedCount(const ActualsModel &model)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            count += model.isFlagged(row, column) ? 1 : 0;
    return count;
}

int expectedFlags(const VarianceReport &report)
{
    int count = 0;
    for (const VarianceRow &row : report.rows) {
        count += row.spendFlag ? 1 : 0;
        for (const StageVariance &stage : row.stages)
            count += stage.flag ? 1 : 0;
    }
    return count;
}

} // namespace

class ActualsPageTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<ActualsPage> m_page;

    QString plannedSpendShown() const
    {
        return m_page->variancePanel()->byChannelTable()->item(0, 1)->text();
    }
    QString plannedSpendOf(int scenario) const
    {
        return formatFigure(varianceOf(*m_document, scenario).byChannel[0].plannedSpend,
                            FigureKind::Money, m_document->plan().currency);
    }

private slots:
    void init()
    {
        m_document = std::make_unique<PlanDocument>();
        m_document->newFromSample();
        m_page = std::make_unique<ActualsPage>(m_document.get());
        m_page->resize(1280, 800);
    }
    void cleanup()
    {
        m_page.reset();
        m_document.reset();
    }

    void comparesWithTheBaselineNotTheActiveScenario()
    {
        QCOMPARE(m_page->comparedScenario(), 0);
        QCOMPARE(plannedSpendShown(), plannedSpendOf(0));
        QVERIFY(plannedSpendOf(0) != plannedSpendOf(1));
        m_document->setActiveScenarioIndex(1);
        QCOMPARE(m_page->comparedScenario(), 0);
        QCOMPARE(plannedSpendShown(), plannedSpendOf(0));
        QCOMPARE(flaggedCount(*m_page->model()), expectedFlags(varianceOf(*m_document, 0)));

        // The plan's baseline setting moves it, whichever scenario is active.
        QVERIFY(m_document
                    ->setSetting(PlanSetting::BaselineScenario, QStringLiteral("Plan B (CNY 25M)"))
                    .ok());
        m_document->setActiveScenarioIndex(0);
        QCOMPARE(m_page->comparedScenario(), 1);
        QCOMPARE(plannedSpendShown(), plannedSpendOf(1));
        QCOMPARE(m_page->scenarioPicker()->itemText(0),
                 QStringLiteral("Baseline (Plan B (CNY 25M))"));
    }

    void theSelectorShowsAnotherScenario()
    {
        m_page->scenarioPicker()->setCurrentIndex(1 + 2);
        QCOMPARE(m_page->comparedScenario(), 2);
        QCOMPARE(plannedSpendShown(), plannedSpendOf(2));
        QCOMPARE(flaggedCount(*m_page->model()), expectedFlags(varianceOf(*m_document, 2)));
        m_page->scenarioPicker()->setCurrentIndex(0);
        QCOMPARE(m_page->comparedScenario(), 0);
    }

    void flaggedCellsAreHighlighted()
    {
        const VarianceReport report = varianceOf(*m_document, 0);
        QVERIFY(expectedFlags(report) > 0);
        QCOMPARE(flaggedCount(*m_page->model()), expectedFlags(report));
        const int channels = int(m_document->plan().channels.size());
        for (const VarianceRow &row : report.rows) {
            const QModelIndex spend = m_page->model()->index(
                row.monthIndex * channels + row.channelIndex, ActualsModel::SpendColumn);
            QCOMPARE(spend.data(Qt::BackgroundRole).isValid(), row.spendFlag);
        }
    }

    void monthlyVarianceAndReforecastAreShown()
    {
        const VarianceReport report = varianceOf(*m_document, 0);
        const QString currency = m_document->plan().currency;
        QTableWidget *byMonth = m_page->variancePanel()->byMonthTable();
        QCOMPARE(byMonth->rowCount(), int(report.byMonth.size()));
        QCOMPARE(byMonth->item(0, 0)->text(), report.byMonth[0].month);
        QCOMPARE(byMonth->item(0, 2)->text(),
                 formatFigure(report.byMonth[0].actualSpend, FigureKind::Money, currency));
        QTableWidget *reforecast = m_page->variancePanel()->reforecastTable();
        QVERIFY(reforecast->rowCount() >= 5);
        // Row 2: customers (the last stage), plan against re-forecast.
        QCOMPARE(reforecast->item(2, 2)->text(),
                 formatFigure(report.reforecast.customers, FigureKind::Count, currency));
        QCOMPARE(reforecast->item(2, 1)->text(),
                 formatFigure(m_document->baselineProjection()->totals.customers, FigureKind::Count,
                              currency));
    }

    void aRatiosDifferenceIsAPlainSignedNumber()
    {
        QTableWidget *reforecast = m_page->variancePanel()->reforecastTable();
        const VarianceReport report = varianceOf(*m_document, 0);
        const Totals &planned = m_document->baselineProjection()->totals;
        QVERIFY(report.reforecast.returnRatio && planned.returnRatio);
        const double expected = *report.reforecast.returnRatio - *planned.returnRatio;
        QCOMPARE(reforecast->item(6, 0)->text(), QStringLiteral("Return ratio (value : spend)"));
        // The return ratio's Δ: "-0.05" or "+0.12", never "1 : -0.05".
        const QString ratio = reforecast->item(6, 3)->text();
        QVERIFY2(!ratio.contains(QLatin1Char(':')), qPrintable(ratio));
        QVERIFY2(QRegularExpression(QStringLiteral("^[+-]\\d+\\.\\d\\d$")).match(ratio).hasMatch(),
                 qPrintable(ratio));
        QVERIFY2(std::abs(QLocale().toDouble(ratio) - expected) <= 0.005, qPrintable(ratio));
        // ROI's Δ in percentage points.
        QCOMPARE(reforecast->item(5, 0)->text(), QStringLiteral("ROI"));
        QVERIFY2(reforecast->item(5, 3)->text().endsWith(QStringLiteral(" pp")),
                 qPrintable(reforecast->item(5, 3)->text()));
    }

    // The benchmark sentence reads "CNY 1,692.87 per account opened against …", the stage in
    // the singular and lower case inside the sentence, not "per Accounts opened".
    void benchmarkCostNamesTheStageInTheSingular()
    {
        QTableWidget *byChannel = m_page->variancePanel()->byChannelTable();
        QVERIFY(byChannel->rowCount() > 0);
        const int columns = byChannel->columnCount();
        const QString benchmark = byChannel->item(0, columns - 1)->text();
        QVERIFY2(benchmark.contains(QStringLiteral(" per account opened against ")),
                 qPrintable(benchmark));
    }

    // An edit updates the variance tables in place (issue 21 C: on the big plan rebuilding and
    // measuring 200 + 120 rows was a third of an edit on the Actuals page): the items stay, the
    // figures and flags follow, and every figure column is as wide as a full measure makes it.
    void anEditUpdatesTheVarianceTablesInPlace()
    {
        QTableWidget *byChannel = m_page->variancePanel()->byChannelTable();
        QTableWidget *byMonth = m_page->variancePanel()->byMonthTable();
        byChannel->item(0, 0)->setData(Qt::UserRole + 7, QStringLiteral("kept"));
        byMonth->item(0, 0)->setData(Qt::UserRole + 7, QStringLiteral("kept"));
        const QString before = plannedSpendShown();
        // A budget 3.7 times larger: the planned figures get more digits.
        QVERIFY(m_document->setBudget(0, m_document->plan().scenarios[0].budget * 3.7).ok());
        QVERIFY(plannedSpendShown() != before);
        QCOMPARE(plannedSpendShown(), plannedSpendOf(0));
        QCOMPARE(byChannel->item(0, 0)->data(Qt::UserRole + 7).toString(), QStringLiteral("kept"));
        QCOMPARE(byMonth->item(0, 0)->data(Qt::UserRole + 7).toString(), QStringLiteral("kept"));
        const VarianceReport report = varianceOf(*m_document, 0);
        for (int row = 0; row < byChannel->rowCount(); ++row)
            QCOMPARE(byChannel->item(row, 3)->data(Qt::ForegroundRole).isValid(),
                     report.byChannel[std::size_t(row)].spendFlag);
        // The last column of each table stretches; the others are measured.
        for (QTableWidget *table : {byChannel, byMonth}) {
            for (int column = 1; column + 1 < table->columnCount(); ++column) {
                const int shown = table->columnWidth(column);
                table->resizeColumnToContents(column);
                QCOMPARE(shown, table->columnWidth(column));
            }
        }
    }
};

QTEST_MAIN(ActualsPageTest)
#include "ActualsPageTest.moc"
