// Planned against actual spend per month carries the engine's variance rows (golden variance
// file of Plan A): one channel, and all channels by month (MODEL.md §7).

#include "models/engine/GoldenJson.h"

#include "models/engine/Projection.h"
#include "models/engine/Variance.h"
#include "models/storage/PlanIo.h"
#include "ui/charts/ActualsChartAdapter.h"
#include "ui/charts/ChartPalette.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace cplan;

namespace {
#define CHECK_AGREES(actual, expected)                                                             \
    QVERIFY2(                                                                                      \
        test::numbersAgree((actual), (expected)),                                                  \
        qPrintable(                                                                                \
            QStringLiteral("%1 != %2").arg((actual), 0, 'g', 17).arg((expected), 0, 'g', 17)))
} // namespace

class ActualsChartAdapterTest : public QObject
{
    Q_OBJECT

private:
    Plan m_plan;
    Projection m_projection;
    VarianceReport m_report;
    QJsonObject m_golden;

private slots:
    void initTestCase()
    {
        const Result<Plan> loaded = loadPlan(test::dataPath(QStringLiteral("brokerage-2025.json")));
        QVERIFY(loaded.ok());
        m_plan = loaded.value();
        m_projection = project(m_plan, m_plan.scenarios.front());
        m_report = computeVariance(m_plan, m_plan.scenarios.front(), m_projection);
        m_golden = test::goldenJson(QStringLiteral("variance"), QStringLiteral("plan-a-cny-20m"));
        QVERIFY(!m_golden.isEmpty());
    }

    void oneChannelHasItsRowsAndFlag()
    {
        const int video = m_plan.channelIndex(QStringLiteral("Short video ads"));
        const ActualsAgainstPlan shown = actualsAgainstPlan(m_plan, m_projection, m_report, video);
        QCOMPARE(shown.channel, QStringLiteral("Short video ads"));
        QCOMPARE(shown.colour, channelColour(video));
        // Not the colour every channel gets: the first channel's is another one.
        QVERIFY(video > 0);
        QVERIFY(shown.colour != actualsAgainstPlan(m_plan, m_projection, m_report, 0).colour);
        QCOMPARE(shown.months.size(), 12);
        int measured = 0;
        for (const QJsonValue &value : m_golden.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject row = value.toObject();
            if (row.value(QStringLiteral("channel")).toString() != shown.channel)
                continue;
            const int m = int(shown.months.indexOf(row.value(QStringLiteral("month")).toString()));
            QVERIFY(m >= 0);
            const std::size_t i = std::size_t(m);
            CHECK_AGREES(shown.planned[i], row.value(QStringLiteral("planned_spend")).toDouble());
            CHECK_AGREES(*shown.actual[i], row.value(QStringLiteral("actual_spend")).toDouble());
            CHECK_AGREES(*shown.variance[i],
                         row.value(QStringLiteral("spend_variance")).toDouble());
            QCOMPARE(bool(shown.flagged[i]), row.value(QStringLiteral("spend_flag")).toBool());
            ++measured;
        }
        QCOMPARE(measured, 3);
        // February is the sample's one flagged spend: 487,200 against 420,000 planned.
        QVERIFY(shown.flagged[1]);
        QVERIFY(!shown.flagged[0] && !shown.flagged[2]);
        CHECK_AGREES(*shown.actual[1], 487200.0);
        CHECK_AGREES(shown.planned[1], 420000.0);
        // Months without actuals keep the plan and have no actual.
        QVERIFY(!shown.actual[3]);
        CHECK_AGREES(shown.planned[3], 180000.0);
        QVERIFY(!shown.flagged[3]);
    }

    void allChannelsAreTheMonthRollUp()
    {
        const ActualsAgainstPlan shown = actualsAgainstPlan(m_plan, m_projection, m_report, -1);
        QVERIFY(shown.channel.isEmpty());
        const QJsonArray months = m_golden.value(QStringLiteral("by_month")).toArray();
        QCOMPARE(months.size(), 3);
        for (int m = 0; m < months.size(); ++m) {
            const QJsonObject month = months.at(m).toObject();
            const std::size_t i = std::size_t(m);
            CHECK_AGREES(shown.planned[i], month.value(QStringLiteral("planned_spend")).toDouble());
            CHECK_AGREES(*shown.actual[i], month.value(QStringLiteral("actual_spend")).toDouble());
            QCOMPARE(bool(shown.flagged[i]), month.value(QStringLiteral("spend_flag")).toBool());
        }
        // A month without actuals: the whole plan of the month (12M pool × 0.15 / 3).
        CHECK_AGREES(shown.planned[5], 600000.0);
        QVERIFY(!shown.actual[5]);
    }
};

QTEST_GUILESS_MAIN(ActualsChartAdapterTest)
#include "ActualsChartAdapterTest.moc"
