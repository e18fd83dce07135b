// The comparison table and bars carry the engine's totals and differences (MODEL.md §5.1) for
// the picked scenarios, checked against the golden projections of the sample.

#include "models/engine/GoldenJson.h"

#include "models/engine/ComparisonReport.h"
#include "models/storage/PlanIo.h"
#include "ui/charts/ChartPalette.h"
#include "ui/charts/ComparisonAdapter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace cplan;

namespace {
const QString planA = QStringLiteral("Plan A (CNY 20M)");
const QString planB = QStringLiteral("Plan B (CNY 25M)");
const QString programme = QStringLiteral("Plan A + conversion programme");

const ComparisonRow *findRow(const ComparisonTable &table, const QString &metric)
{
    for (const ComparisonRow &row : table.rows) {
        if (row.metric == metric)
            return &row;
    }
    return nullptr;
}

#define CHECK_AGREES(actual, expected)                                                             \
    QVERIFY2(                                                                                      \
        test::numbersAgree((actual), (expected)),                                                  \
        qPrintable(                                                                                \
            QStringLiteral("%1 != %2").arg((actual), 0, 'g', 17).arg((expected), 0, 'g', 17)))
} // namespace

class ComparisonAdapterTest : public QObject
{
    Q_OBJECT

private:
    Plan m_plan;
    QJsonObject m_goldenA;
    QJsonObject m_goldenB;

private slots:
    void initTestCase()
    {
        const Result<Plan> loaded = loadPlan(test::dataPath(QStringLiteral("brokerage-2025.json")));
        QVERIFY(loaded.ok());
        m_plan = loaded.value();
        m_goldenA = test::goldenJson(QStringLiteral("project"), QStringLiteral("plan-a-cny-20m"));
        m_goldenB = test::goldenJson(QStringLiteral("project"), QStringLiteral("plan-b-cny-25m"));
        QVERIFY(!m_goldenA.isEmpty() && !m_goldenB.isEmpty());
    }

    void tableShowsThePickedScenariosAgainstTheBase()
    {
        const Result<ComparisonReport> report = compareScenarios(m_plan, planA);
        QVERIFY(report.ok());
        const ComparisonTable table = comparisonTable(m_plan, *report, {planB});
        // The base is always shown; the programme was not picked.
        QCOMPARE(table.scenarios, QStringList({planA, planB}));
        QCOMPARE(table.baseColumn, 0);

        const ComparisonRow *budget = findRow(table, QStringLiteral("budget"));
        QVERIFY(budget);
        QCOMPARE(budget->label, QStringLiteral("Budget"));
        QCOMPARE(budget->kind, FigureKind::Money);
        CHECK_AGREES(*budget->values[1], 25000000.0);
        CHECK_AGREES(*budget->delta[0], 0.0);
        CHECK_AGREES(*budget->delta[1], 5000000.0);
        CHECK_AGREES(*budget->deltaRelative[1], 0.25);

        const QJsonObject totalsA = m_goldenA.value(QStringLiteral("totals")).toObject();
        const QJsonObject totalsB = m_goldenB.value(QStringLiteral("totals")).toObject();
        for (const char *key : {"customers", "cac", "ltv", "value", "roi", "return_ratio"}) {
            const ComparisonRow *row = findRow(table, QLatin1String(key));
            QVERIFY2(row, key);
            const double a = totalsA.value(QLatin1String(key)).toDouble();
            const double b = totalsB.value(QLatin1String(key)).toDouble();
            CHECK_AGREES(*row->values[0], a);
            CHECK_AGREES(*row->values[1], b);
            CHECK_AGREES(*row->delta[1], b - a);
            CHECK_AGREES(*row->deltaRelative[1], (b - a) / a);
        }
        const ComparisonRow *registered = findRow(table, QStringLiteral("stage_volumes.1"));
        QVERIFY(registered);
        QCOMPARE(registered->label, QStringLiteral("Volume: Registered users"));
        QCOMPARE(registered->kind, FigureKind::Count);
        QCOMPARE(findRow(table, QStringLiteral("cost_per_stage.1"))->label,
                 QStringLiteral("Cost per registered user"));
        // The last stage's cost is the CAC and the first stage's volume the leads: shown once.
        QVERIFY(!findRow(table, QStringLiteral("cost_per_stage.2")));
        QVERIFY(!findRow(table, QStringLiteral("cost_per_stage.0")));
        QVERIFY(!findRow(table, QStringLiteral("stage_volumes.0")));
        QVERIFY(!findRow(table, QStringLiteral("stage_volumes.2")));
        QVERIFY(findRow(table, QStringLiteral("cac")));
        // Directions: lower CAC is better, more customers are better, spend is neither.
        QCOMPARE(findRow(table, QStringLiteral("cac"))->direction, MetricDirection::LowerIsBetter);
        QCOMPARE(findRow(table, QStringLiteral("customers"))->direction,
                 MetricDirection::HigherIsBetter);
        QCOMPARE(findRow(table, QStringLiteral("channel_spend"))->best, -1);
        QCOMPARE(deltaVerdict(MetricDirection::LowerIsBetter, 5.0), -1);
        QCOMPARE(deltaVerdict(MetricDirection::HigherIsBetter, 5.0), 1);
        QCOMPARE(deltaVerdict(MetricDirection::Neutral, 5.0), 0);
        QCOMPARE(deltaVerdict(MetricDirection::LowerIsBetter, std::nullopt), 0);
        QCOMPARE(findRow(table, QStringLiteral("payback_month"))->kind, FigureKind::Month);
        QCOMPARE(findRow(table, QStringLiteral("roi"))->kind, FigureKind::Percent);
    }

    void anotherBaseMovesTheBaseColumn()
    {
        const Result<ComparisonReport> report = compareScenarios(m_plan, planB);
        QVERIFY(report.ok());
        const ComparisonTable table = comparisonTable(m_plan, *report, {planA, programme});
        QCOMPARE(table.scenarios, QStringList({planA, planB, programme}));
        QCOMPARE(table.baseColumn, 1);
        const ComparisonRow *budget = findRow(table, QStringLiteral("budget"));
        CHECK_AGREES(*budget->delta[0], -5000000.0);
        CHECK_AGREES(*budget->deltaRelative[0], -0.2);
    }

    void channelBarsAreEachScenariosSpendAndCustomers()
    {
        const Result<ComparisonReport> report = compareScenarios(m_plan, planA);
        QVERIFY(report.ok());
        const CategoryChart spend = channelSpendByScenario(m_plan, *report, {planB});
        const CategoryChart customers = channelCustomersByScenario(m_plan, *report, {planB});
        QCOMPARE(spend.categories.size(), 6);
        QCOMPARE(spend.categories.first(), QStringLiteral("Search (long-tail keywords)"));
        QCOMPARE(int(spend.series.size()), 2);
        QCOMPARE(spend.series[1].name, planB);
        QCOMPARE(spend.series[1].colour, scenarioColour(1));
        QCOMPARE(customers.kind, FigureKind::Count);
        const QJsonArray channelsA = m_goldenA.value(QStringLiteral("channels")).toArray();
        const QJsonArray channelsB = m_goldenB.value(QStringLiteral("channels")).toArray();
        for (int c = 0; c < 6; ++c) {
            CHECK_AGREES(spend.series[0].values[std::size_t(c)],
                         channelsA.at(c).toObject().value(QStringLiteral("spend")).toDouble());
            CHECK_AGREES(spend.series[1].values[std::size_t(c)],
                         channelsB.at(c).toObject().value(QStringLiteral("spend")).toDouble());
            CHECK_AGREES(customers.series[1].values[std::size_t(c)],
                         channelsB.at(c).toObject().value(QStringLiteral("customers")).toDouble());
        }
    }
};

QTEST_GUILESS_MAIN(ComparisonAdapterTest)
#include "ComparisonAdapterTest.moc"
