// The tornado's values are the engine's (MODEL.md §5.4): same bars, same order (largest span
// first), same ends and base; the chart draws them from the base value.

#include "TestPaths.h"

#include "models/storage/PlanIo.h"
#include "ui/charts/TornadoAdapter.h"
#include "ui/charts/TornadoChart.h"

#include <QTest>

#include <cmath>

using namespace cplan;

class TornadoAdapterTest : public QObject
{
    Q_OBJECT

private:
    Plan m_plan;

private slots:
    void initTestCase()
    {
        auto plan = loadPlan(test::dataPath(QStringLiteral("brokerage-2025.json")));
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error()));
        m_plan = std::move(plan).value();
    }

    void barsAreTheEnginesSorted_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("swing");
        QTest::newRow("roi 20%") << QStringLiteral("roi") << 0.2;
        QTest::newRow("customers 35%") << QStringLiteral("customers") << 0.35;
        QTest::newRow("cac 10%") << QStringLiteral("cac") << 0.1;
    }

    void barsAreTheEnginesSorted()
    {
        QFETCH(QString, metric);
        QFETCH(double, swing);
        const auto result = runSensitivity(m_plan, m_plan.scenarios.front(), swing, metric);
        QVERIFY(result.ok());
        const TornadoChartData data = tornadoChartData(*result);
        QCOMPARE(data.metric, metric);
        QCOMPARE(data.swing, swing);
        QCOMPARE(data.base, result->base);
        // Six families and one share per channel.
        QCOMPARE(data.bars.size(), 6 + m_plan.channels.size());
        QCOMPARE(data.bars.size(), result->bars.size());
        for (std::size_t i = 0; i < data.bars.size(); ++i) {
            QCOMPARE(data.bars[i].driver, result->bars[i].driver);
            QCOMPARE(data.bars[i].low, result->bars[i].low);
            QCOMPARE(data.bars[i].high, result->bars[i].high);
            QVERIFY(!data.bars[i].label.isEmpty());
            if (i > 0 && data.bars[i].span())
                QVERIFY(*data.bars[i - 1].span() >= *data.bars[i].span());
        }
        QVERIFY(*data.bars.front().span() > 0.0);
    }

    void labelsArePlain()
    {
        QCOMPARE(sensitivityDriverLabel(QStringLiteral("cpl")), QStringLiteral("Cost per lead"));
        QCOMPARE(sensitivityDriverLabel(QStringLiteral("share:短视频")),
                 QStringLiteral("Share of 短视频"));
        TornadoBar bar{QStringLiteral("x"), QStringLiteral("x"), 1.0, std::nullopt};
        QVERIFY(!bar.span().has_value());
    }

    void chartDrawsFromTheBase()
    {
        const auto result = runSensitivity(m_plan, m_plan.scenarios.front());
        QVERIFY(result.ok() && result->base);
        TornadoChart chart;
        chart.setData(tornadoChartData(*result));
        const double base = *result->base;
        QCOMPARE(chart.lowBars()->baseValue(), base);
        QCOMPARE(chart.lowBars()->data()->size(), int(result->bars.size()));
        for (int i = 0; i < int(result->bars.size()); ++i) {
            const SensitivityBar &bar = result->bars[std::size_t(i)];
            // Stored as the distance from the base; back to the engine's figure within rounding.
            QVERIFY(std::abs(chart.lowBars()->data()->at(i)->value + base - *bar.low) < 1e-12);
            QVERIFY(std::abs(chart.highBars()->data()->at(i)->value + base - *bar.high) < 1e-12);
            QCOMPARE(chart.lowBars()->data()->at(i)->key, double(i + 1));
        }
        QCOMPARE(chart.baseLine()->point1->coords().x(), base);
        const QString text = chart.barText(0);
        QVERIFY(text.contains(formatFigure(result->bars.front().low, FigureKind::Percent, {})));
        QVERIFY(text.contains(formatFigure(result->bars.front().high, FigureKind::Percent, {})));
    }
};

QTEST_MAIN(TornadoAdapterTest)
#include "TornadoAdapterTest.moc"
