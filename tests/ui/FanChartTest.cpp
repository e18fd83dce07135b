// The Monte Carlo fan labels its months without running them into each other (issue 22 E.20:
// in Chinese, "2025年1月" is wider than "2025-01", and four labels overlapped on a narrow chart).

#include "ui/charts/FanChart.h"

#include <QTest>

#include <qcustomplot.h>

using namespace cplan;

class FanChartTest : public QObject
{
    Q_OBJECT

private:
    // The shown labels, left to right; fails the test where one overlaps the one before it.
    static QStringList shownLabels(FanChart &chart)
    {
        chart.grab(); // lays the chart out at its size
        auto ticker = qSharedPointerDynamicCast<QCPAxisTickerText>(chart.xAxis->ticker());
        if (!ticker)
            return {QStringLiteral("no text ticker")};
        const QFontMetrics metrics(chart.xAxis->tickLabelFont());
        double lastRight = -1e9;
        QStringList shown;
        for (auto it = ticker->ticks().cbegin(); it != ticker->ticks().cend(); ++it) {
            if (it.value().isEmpty())
                continue;
            const double centre = chart.xAxis->coordToPixel(it.key());
            const double half = metrics.horizontalAdvance(it.value()) / 2.0;
            if (centre - half <= lastRight)
                return {QStringLiteral("%1 overlaps the label before it").arg(it.value())};
            lastRight = centre + half;
            shown << it.value();
        }
        return shown;
    }

private slots:
    void monthLabelsDoNotOverlap_data()
    {
        QTest::addColumn<int>("months");
        QTest::addColumn<int>("width");
        QTest::newRow("12 months, 260 px") << 12 << 260;
        QTest::newRow("12 months, 330 px") << 12 << 330;
        QTest::newRow("24 months, 300 px") << 24 << 300;
        QTest::newRow("12 months, 800 px") << 12 << 800;
    }

    void monthLabelsDoNotOverlap()
    {
        QFETCH(int, months);
        QFETCH(int, width);
        FanData data;
        for (int m = 0; m < months; ++m) {
            data.months << QStringLiteral("%1年%2月").arg(2025 + m / 12).arg(m % 12 + 1);
            data.p10.push_back(900.0 + m);
            data.p50.push_back(1000.0 + m);
            data.p90.push_back(1100.0 + m);
        }
        FanChart chart;
        chart.resize(width, 260);
        chart.setData(data);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QStringList shown = shownLabels(chart);
        QVERIFY2(shown.size() >= 2, qPrintable(shown.join(QStringLiteral(", "))));
        // The first month is always named; a wide chart names about four.
        QCOMPARE(shown.first(), data.months.first());
        if (width >= 800)
            QVERIFY(shown.size() >= 4);

        // Narrower later: the labels thin out.
        chart.resize(width / 2 + 60, 260);
        QApplication::processEvents();
        const QStringList narrower = shownLabels(chart);
        QVERIFY2(!narrower.isEmpty() && !narrower.first().contains(QStringLiteral("overlaps")),
                 qPrintable(narrower.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(FanChartTest)
#include "FanChartTest.moc"
