// The cash curve's payback marker must not complain on plans without data or without payback
// ("QCPItemTracer::updatePosition() graph has no data" was printed on every replot).

#include "ui/charts/CashCurveChart.h"

#include <QTest>

#include <atomic>

using namespace cplan;

namespace {
std::atomic<int> tracerComplaints{0};
QtMessageHandler previousHandler = nullptr;

void countTracerComplaints(QtMsgType type, const QMessageLogContext &context,
                           const QString &message)
{
    if (message.contains(QStringLiteral("graph has no data")))
        ++tracerComplaints;
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

class CashCurveChartTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        tracerComplaints = 0;
        previousHandler = qInstallMessageHandler(countTracerComplaints);
    }
    void cleanup() { qInstallMessageHandler(previousHandler); }

    void anEmptyCurveIsDrawnSilently()
    {
        CashCurveChart chart;
        chart.resize(600, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.replot();
        chart.setCurve(CashCurveSeries{});
        chart.replot();
        QTest::qWait(20);
        QCOMPARE(tracerComplaints.load(), 0);
    }

    void aCurveWithoutPaybackIsDrawnSilently()
    {
        CashCurveChart chart;
        chart.resize(600, 400);
        CashCurveSeries curve;
        curve.months = {1, 2, 3};
        curve.cumulativeSpend = {10, 20, 30};
        curve.cumulativeMargin = {1, 2, 3};
        curve.planMonths = 3;
        chart.setCurve(curve);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.replot();
        // Then a plan with payback, then an empty one again.
        curve.paybackMonth = 2;
        curve.paybackMargin = 2;
        chart.setCurve(curve);
        chart.replot();
        QVERIFY(chart.marginGraph()->dataCount() == 3);
        chart.setCurve(CashCurveSeries{});
        chart.replot();
        QTest::qWait(20);
        QCOMPARE(tracerComplaints.load(), 0);
    }
};

QTEST_MAIN(CashCurveChartTest)
#include "CashCurveChartTest.moc"
