// The Overview's chart series come from the engine's projection of the sample's Plan A and
// carry exactly the figures of the golden file (MODEL.md §3; 1e-9 relative).

#include "models/engine/GoldenJson.h"

#include "models/engine/Projection.h"
#include "models/storage/PlanIo.h"
#include "ui/charts/ChartPalette.h"
#include "ui/charts/OverviewChartAdapter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <numeric>

using namespace cplan;

namespace {
const QString planA = QStringLiteral("Plan A (CNY 20M)");

#define CHECK_AGREES(actual, expected)                                                             \
    QVERIFY2(                                                                                      \
        test::numbersAgree((actual), (expected)),                                                  \
        qPrintable(                                                                                \
            QStringLiteral("%1 != %2").arg((actual), 0, 'g', 17).arg((expected), 0, 'g', 17)))
} // namespace

class OverviewChartAdapterTest : public QObject
{
    Q_OBJECT

private:
    Plan m_plan;
    Projection m_projection;
    QJsonObject m_golden;

private slots:
    void initTestCase()
    {
        const Result<Plan> loaded = loadPlan(test::dataPath(QStringLiteral("brokerage-2025.json")));
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error()));
        m_plan = loaded.value();
        const int scenario = m_plan.scenarioIndex(planA);
        QVERIFY(scenario >= 0);
        m_projection = project(m_plan, m_plan.scenarios[std::size_t(scenario)]);
        m_golden = test::goldenJson(QStringLiteral("project"), QStringLiteral("plan-a-cny-20m"));
        QVERIFY(!m_golden.isEmpty());
    }

    void monthlySpendIsTheProjectionsSpendPerChannelAndMonth()
    {
        const CategoryChart chart = monthlySpendByChannel(m_plan, m_projection);
        const QJsonObject monthly = m_golden.value(QStringLiteral("monthly")).toObject();
        const QJsonArray months = monthly.value(QStringLiteral("months")).toArray();
        const QJsonArray spend = monthly.value(QStringLiteral("spend")).toArray();
        QCOMPARE(chart.categories.size(), months.size());
        QCOMPARE(chart.categories.first(), QStringLiteral("2025-01"));
        QCOMPARE(chart.categories.last(), QStringLiteral("2025-12"));
        QCOMPARE(int(chart.series.size()), 6);
        QCOMPARE(chart.kind, FigureKind::Money);
        QCOMPARE(chart.valueTitle, QStringLiteral("Spend (CNY)"));
        for (std::size_t c = 0; c < chart.series.size(); ++c) {
            const ChartSeries &series = chart.series[c];
            QCOMPARE(series.name, m_plan.channels[c].name);
            QCOMPARE(series.colour, channelColour(int(c)));
            const QJsonArray expected = spend.at(int(c)).toArray();
            QCOMPARE(int(series.values.size()), expected.size());
            for (std::size_t m = 0; m < series.values.size(); ++m)
                CHECK_AGREES(series.values[m], expected.at(int(m)).toDouble());
        }
        // Search in January: 12M pool × 20% × 0.35/3 (MODEL.md §3.3).
        CHECK_AGREES(chart.series[0].values[0], 280000.0);
    }

    void manyChannelsStackTheLargestAndOneOthersLayer()
    {
        // 30 channels with spend growing by channel: the 11 largest (the last 11) keep a layer
        // each, in plan order, and the other 19 are summed, month by month, into the last one.
        Plan plan = m_plan;
        Scenario scenario = plan.scenarios.front();
        const ChannelDrivers drivers = scenario.channels.front();
        plan.channels.clear();
        scenario.channels.clear();
        for (int c = 0; c < 30; ++c) {
            plan.channels.push_back({QStringLiteral("C%1").arg(c), {}});
            ChannelDrivers channel = drivers;
            channel.share = (c + 1) / 465.0; // 1 + 2 + ... + 30 = 465
            scenario.channels.push_back(channel);
        }
        const Projection projection = project(plan, scenario);
        const CategoryChart chart = monthlySpendByChannel(plan, projection);
        QCOMPARE(int(chart.series.size()), maximumStackedChannels);
        for (int i = 0; i < 11; ++i) {
            QCOMPARE(chart.series[std::size_t(i)].name, QStringLiteral("C%1").arg(19 + i));
            QCOMPARE(chart.series[std::size_t(i)].colour, channelColour(19 + i));
        }
        const ChartSeries &others = chart.series.back();
        QCOMPARE(others.name, QStringLiteral("Other channels (19)"));
        for (int m = 0; m < plan.months; ++m) {
            double sum = 0.0;
            for (int c = 0; c < 19; ++c)
                sum += projection.spend(c, m);
            CHECK_AGREES(others.values[std::size_t(m)], sum);
        }
    }

    void channelSplitIsEachChannelsSpendAndShare()
    {
        const std::vector<ShareSlice> slices = channelSplit(m_plan, m_projection);
        const QJsonArray channels = m_golden.value(QStringLiteral("channels")).toArray();
        QCOMPARE(int(slices.size()), channels.size());
        double shares = 0.0;
        for (std::size_t c = 0; c < slices.size(); ++c) {
            const QJsonObject expected = channels.at(int(c)).toObject();
            QCOMPARE(slices[c].name, expected.value(QStringLiteral("name")).toString());
            CHECK_AGREES(slices[c].value, expected.value(QStringLiteral("spend")).toDouble());
            QVERIFY(slices[c].share.has_value());
            shares += *slices[c].share;
        }
        // The scenario's shares 20/30/20/15/10/5 %.
        CHECK_AGREES(*slices[1].share, 0.3);
        CHECK_AGREES(*slices[5].share, 0.05);
        CHECK_AGREES(shares, 1.0);
    }

    void channelSplitOfAnEmptyPoolHasNoShares()
    {
        Projection empty = m_projection;
        empty.totals.channelSpend = 0.0;
        for (ChannelResult &channel : empty.channels)
            channel.spend = 0.0;
        for (const ShareSlice &slice : channelSplit(m_plan, empty))
            QVERIFY(!slice.share.has_value());
    }

    void funnelIsTheStageVolumesConversionsAndCosts()
    {
        const std::vector<FunnelStage> stages = funnelByStage(m_plan, m_projection);
        const QJsonObject totals = m_golden.value(QStringLiteral("totals")).toObject();
        const QJsonArray volumes = totals.value(QStringLiteral("stage_volumes")).toArray();
        const QJsonArray costs = totals.value(QStringLiteral("cost_per_stage")).toArray();
        QCOMPARE(int(stages.size()), 3);
        QCOMPARE(stages[0].name, QStringLiteral("Leads"));
        QCOMPARE(stages[2].name, QStringLiteral("Accounts opened"));
        QVERIFY(!stages[0].conversionFromPrevious.has_value());
        for (std::size_t k = 0; k < stages.size(); ++k) {
            CHECK_AGREES(stages[k].volume, volumes.at(int(k)).toDouble());
            CHECK_AGREES(*stages[k].costPerStage, costs.at(int(k)).toDouble());
            if (k > 0)
                CHECK_AGREES(*stages[k].conversionFromPrevious,
                             volumes.at(int(k)).toDouble() / volumes.at(int(k) - 1).toDouble());
        }
        CHECK_AGREES(stages[2].volume, 10503.019780857932);
    }

    void cashCurveHasThePaybackMarkerAtMonth15()
    {
        const CashCurveSeries curve = cashCurve(m_projection);
        const QJsonObject monthly = m_golden.value(QStringLiteral("monthly")).toObject();
        const QJsonArray spend = monthly.value(QStringLiteral("cumulative_spend")).toArray();
        const QJsonArray margin = monthly.value(QStringLiteral("cumulative_margin")).toArray();
        // T = M + H − 1 = 12 + 36 − 1.
        QCOMPARE(int(curve.months.size()), 47);
        QCOMPARE(spend.size(), 47);
        QCOMPARE(curve.planMonths, 12);
        for (std::size_t t = 0; t < curve.months.size(); ++t) {
            QCOMPARE(curve.months[t], double(t + 1));
            CHECK_AGREES(curve.cumulativeSpend[t], spend.at(int(t)).toDouble());
            CHECK_AGREES(curve.cumulativeMargin[t], margin.at(int(t)).toDouble());
        }
        QCOMPARE(curve.paybackMonth, std::optional<int>(15));
        QCOMPARE(m_golden.value(QStringLiteral("totals"))
                     .toObject()
                     .value(QStringLiteral("payback_month"))
                     .toInt(),
                 15);
        QVERIFY(curve.paybackMargin.has_value());
        CHECK_AGREES(*curve.paybackMargin, margin.at(14).toDouble());
        // The marker sits where the margin line has just reached the spend line.
        QVERIFY(curve.cumulativeMargin[14] >= curve.cumulativeSpend[14]);
        QVERIFY(curve.cumulativeMargin[13] < curve.cumulativeSpend[13]);
    }

    void cashCurveWithoutPaybackHasNoMarker()
    {
        Projection never = m_projection;
        never.totals.paybackMonth.reset();
        const CashCurveSeries curve = cashCurve(never);
        QVERIFY(!curve.paybackMonth);
        QVERIFY(!curve.paybackMargin);
    }

    void channelEconomicsAreEachChannelsLtvAndCac()
    {
        const std::vector<ChannelEconomics> economics = channelEconomics(m_projection);
        const QJsonArray channels = m_golden.value(QStringLiteral("channels")).toArray();
        QCOMPARE(int(economics.size()), channels.size());
        for (std::size_t c = 0; c < economics.size(); ++c) {
            const QJsonObject expected = channels.at(int(c)).toObject();
            QCOMPARE(economics[c].colour, channelColour(int(c)));
            CHECK_AGREES(economics[c].ltv, expected.value(QStringLiteral("ltv")).toDouble());
            CHECK_AGREES(*economics[c].cac, expected.value(QStringLiteral("cac")).toDouble());
            CHECK_AGREES(*economics[c].ltvCac,
                         expected.value(QStringLiteral("ltv_cac")).toDouble());
            CHECK_AGREES(economics[c].customers,
                         expected.value(QStringLiteral("customers")).toDouble());
        }
        CHECK_AGREES(*economics[0].cac, 1565.2309612983772);
    }

    void channelColoursAreDistinctAndStable()
    {
        QSet<QRgb> seen;
        for (int c = 0; c < 24; ++c) {
            QCOMPARE(channelColour(c), channelColour(c));
            seen.insert(channelColour(c).rgb());
        }
        QCOMPARE(seen.size(), 24);
        QCOMPARE(channelColour(0), QColor(0x00, 0x72, 0xB2));
    }
};

QTEST_GUILESS_MAIN(OverviewChartAdapterTest)
#include "OverviewChartAdapterTest.moc"
