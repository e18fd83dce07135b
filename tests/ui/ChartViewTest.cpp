// The shared chart behaviour: export to PNG and PDF, copy, tooltips with exact values, legend
// toggles (a hidden layer leaves the stack), palette following, 万/亿 axis labels, zoom reset,
// that an update keeps its plottables, and "Export chart…" through the DialogProvider seam
// (scripted here: no real file dialog or message box).

#include "FakeDialogProvider.h"

#include "ui/charts/BarChart.h"
#include "ui/charts/CashCurveChart.h"
#include "ui/charts/ChartPalette.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/widgets/Preferences.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPixmap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace cplan;

namespace {
CategoryChart twoLayers()
{
    CategoryChart chart;
    chart.categories = {QStringLiteral("2025-01"), QStringLiteral("2025-02"),
                        QStringLiteral("2025-03")};
    chart.series = {{QStringLiteral("Search"), channelColour(0), {280000, 120000, 280000}},
                    {QStringLiteral("短视频广告"), channelColour(1), {420000, 180000, 420000}}};
    chart.kind = FigureKind::Money;
    chart.valueTitle = QStringLiteral("Spend (CNY)");
    return chart;
}

// The pixel at the middle of a bar from `base` to `top` at category `key`.
QPoint barCentre(QCPBars *bars, double key, double base, double top)
{
    return bars->coordsToPixels(key, (base + top) / 2.0).toPoint();
}
} // namespace

class ChartViewTest : public QObject
{
    Q_OBJECT

private slots:
    void exportsPngAndPdf()
    {
        QTemporaryDir folder;
        BarChart chart(BarChart::Layout::Stacked, Qt::Vertical);
        chart.setCurrency(QStringLiteral("CNY"));
        chart.setTitle(QStringLiteral("Monthly spend by channel"));
        chart.setChart(twoLayers());
        QSignalSpy saved(&chart, &ChartView::chartSaved);
        const QString png = folder.filePath(QStringLiteral("chart.png"));
        const QString pdf = folder.filePath(QStringLiteral("chart.pdf"));
        QVERIFY(chart.exportChart(png, QSize(900, 500)));
        QVERIFY(chart.exportChart(pdf, QSize(900, 500)));
        QCOMPARE(saved.count(), 2);
        QVERIFY(QFileInfo(png).size() > 5000);
        QVERIFY(QFileInfo(pdf).size() > 1000);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(900, 500));
        // The bars are in the image: Okabe–Ito blue and orange pixels.
        bool blue = false, orange = false;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                blue = blue || image.pixelColor(x, y) == channelColour(0);
                orange = orange || image.pixelColor(x, y) == channelColour(1);
            }
        }
        QVERIFY(blue && orange);
        QFile head(pdf);
        QVERIFY(head.open(QIODevice::ReadOnly));
        QVERIFY(head.read(5) == "%PDF-");
        QVERIFY(!chart.exportChart(folder.filePath(QStringLiteral("missing/dir/chart.png"))));
    }

    void exportWithDialogAsksTheProvider()
    {
        QTemporaryDir folder;
        test::FakeDialogProvider dialogs;
        BarChart chart(BarChart::Layout::Stacked, Qt::Vertical);
        chart.setTitle(QStringLiteral("Spend/month"));
        chart.setChart(twoLayers());
        chart.setDialogProvider(&dialogs);
        QSignalSpy saved(&chart, &ChartView::chartSaved);

        // A PDF by its suffix; the suggestion is the title, made a file name.
        const QString pdf = folder.filePath(QStringLiteral("spend.pdf"));
        dialogs.chartAnswers.enqueue(pdf);
        chart.exportWithDialog();
        QCOMPARE(dialogs.asked, QStringList{QStringLiteral("chart:Spend-month.png")});
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(5) == "%PDF-");
        QCOMPARE(saved.count(), 1);

        // No suffix: a PNG.
        dialogs.chartAnswers.enqueue(folder.filePath(QStringLiteral("plain")));
        chart.exportWithDialog();
        QVERIFY(!QImage(folder.filePath(QStringLiteral("plain.png"))).isNull());

        // Cancelled: nothing written, nothing shown.
        dialogs.asked.clear();
        chart.exportWithDialog();
        QCOMPARE(dialogs.asked, QStringList{QStringLiteral("chart:Spend-month.png")});
        QCOMPARE(saved.count(), 2);
        QVERIFY(dialogs.errors.isEmpty());

        // A folder that does not exist: the failure is shown through the provider.
        const QString missing = folder.filePath(QStringLiteral("missing/chart.png"));
        dialogs.chartAnswers.enqueue(missing);
        chart.exportWithDialog();
        QCOMPARE(dialogs.asked.last(), QStringLiteral("error:Export chart"));
        QCOMPARE(dialogs.errors.size(), 1);
        QVERIFY2(dialogs.errors.front().contains(QDir::toNativeSeparators(missing)),
                 qPrintable(dialogs.errors.front()));
        QVERIFY(!QFileInfo::exists(missing));
        QCOMPARE(saved.count(), 2);
    }

    void providerFoundThroughTheWindow()
    {
        test::FakeDialogProvider dialogs;
        QWidget window;
        auto *page = new QWidget(&window);
        auto *chart = new BarChart(BarChart::Layout::Stacked, Qt::Vertical, page);
        QCOMPARE(chart->dialogProvider(), nullptr);
        chart->exportWithDialog(); // no provider: asks nothing, writes nothing
        QVERIFY(dialogs.asked.isEmpty());
        DialogProvider::attach(&window, &dialogs);
        QCOMPARE(chart->dialogProvider(), &dialogs);
        chart->exportWithDialog();
        QCOMPARE(dialogs.asked.size(), 1);

        // The real window registers its provider: every chart of its pages finds it.
        auto fake = std::make_unique<test::FakeDialogProvider>();
        DialogProvider *provider = fake.get();
        MainWindow main(std::move(fake));
        const auto charts = main.findChildren<ChartView *>();
        QVERIFY(!charts.isEmpty());
        for (const ChartView *each : charts)
            QCOMPARE(each->dialogProvider(), provider);
    }

    void copiesAnImage()
    {
        BarChart chart(BarChart::Layout::Stacked, Qt::Vertical);
        chart.resize(600, 400);
        chart.setChart(twoLayers());
        chart.copyChart();
        QCOMPARE(QApplication::clipboard()->pixmap().size(), QSize(600, 400));
    }

    void tooltipShowsTheExactValue()
    {
        BarChart chart(BarChart::Layout::Stacked, Qt::Vertical);
        chart.setCurrency(QStringLiteral("CNY"));
        chart.resize(800, 500);
        chart.setChart(twoLayers());
        chart.replot();
        const QPoint top = barCentre(chart.bars(1), 2, 120000, 300000);
        QCOMPARE(chart.toolTipAt(top), QStringLiteral("短视频广告 · 2025-02\nCNY 180,000"));
        const QPoint bottom = barCentre(chart.bars(0), 1, 0, 280000);
        QCOMPARE(chart.toolTipAt(bottom), QStringLiteral("Search · 2025-01\nCNY 280,000"));
        QCOMPARE(chart.toolTipAt(QPoint(2, 2)), QString());
    }

    void legendToggleHidesALayerAndClosesTheStack()
    {
        BarChart chart(BarChart::Layout::Stacked, Qt::Vertical);
        chart.resize(800, 500);
        chart.setChart(twoLayers());
        QCPBars *search = chart.bars(0);
        QCPBars *video = chart.bars(1);
        QCOMPARE(video->barBelow(), search);
        QCOMPARE(chart.valueAxis()->range().upper, 700000 * 1.08);
        chart.toggleLegendItem(chart.legendItemOf(search));
        QVERIFY(!search->visible());
        QVERIFY(video->barBelow() == nullptr);
        QCOMPARE(chart.valueAxis()->range().upper, 420000 * 1.08);
        QVERIFY(chart.legendItemOf(search)->font().strikeOut());
        chart.toggleLegendItem(chart.legendItemOf(search));
        QVERIFY(search->visible());
        QCOMPARE(video->barBelow(), search);
        QVERIFY(!chart.legendItemOf(search)->font().strikeOut());
    }

    void updatesKeepThePlottables()
    {
        BarChart chart(BarChart::Layout::Stacked, Qt::Vertical);
        chart.setChart(twoLayers());
        QCPBars *first = chart.bars(0);
        CategoryChart changed = twoLayers();
        changed.series[0].values = {1, 2, 3};
        chart.setChart(changed);
        QCOMPARE(chart.bars(0), first);
        QCOMPARE(chart.plottableCount(), 2);
        QCOMPARE(first->data()->at(2)->value, 3.0);
        changed.series.pop_back();
        chart.setChart(changed);
        QCOMPARE(chart.plottableCount(), 1);
        QCOMPARE(chart.barsCount(), 1);
    }

    // A chart draws once per paint, at the size it is painted at: not at the sizes a window
    // passes through while it lays itself out (QCustomPlot's constructor queues a replot of its
    // own), and several updates before the next paint draw once.
    void redrawsOncePerPaintAtItsPaintedSize()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *chart = new BarChart(BarChart::Layout::Stacked, Qt::Vertical, &window);
        layout->addWidget(chart);
        QList<QSize> replotted;
        connect(chart, &QCustomPlot::afterReplot, chart,
                [&] { replotted << chart->viewport().size(); });
        chart->setChart(twoLayers());
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50);
        QVERIFY(chart->width() > 400);
        QCOMPARE(replotted.count(chart->size()), 1);
        for (const QSize &size : replotted)
            QVERIFY2(size == chart->size() || size.width() * size.height() <= 100 * 30,
                     qPrintable(QStringLiteral("a replot at %1 x %2, painted at %3 x %4")
                                    .arg(size.width())
                                    .arg(size.height())
                                    .arg(chart->width())
                                    .arg(chart->height())));

        replotted.clear();
        CategoryChart changed = twoLayers();
        for (double value : {1.0, 2.0, 3.0}) {
            changed.series[0].values = {value, value, value};
            chart->setChart(changed);
        }
        QTRY_COMPARE(replotted.size(), 1);
        QTest::qWait(50);
        QCOMPARE(replotted, QList<QSize>{chart->size()});
        QCOMPARE(chart->bars(0)->data()->at(2)->value, 3.0);
    }

    // Axes write amounts the way the tables do: 万/亿 for yuan with the Chinese-units style,
    // k/M with grouped digits (the default), and they follow a change of style at once.
    void moneyAxisUsesWanForYuan()
    {
        BarChart chart(BarChart::Layout::Stacked, Qt::Vertical);
        chart.setCurrency(QStringLiteral("CNY"));
        QVERIFY(!chart.chineseUnits());
        Preferences chinese;
        chinese.numberStyle = NumberStyle::ChineseUnits;
        applyNumberStyle(chinese);
        QVERIFY(chart.chineseUnits());
        chart.setChart(twoLayers());
        chart.resize(800, 500);
        chart.replot();
        const QStringList labels = chart.valueAxis()->tickVectorLabels().toList();
        QVERIFY2(labels.contains(QStringLiteral("50万")), qPrintable(labels.join(u' ')));
        chart.setChineseUnits(false);
        chart.replot();
        const QStringList plain = chart.valueAxis()->tickVectorLabels().toList();
        QVERIFY2(plain.contains(QStringLiteral("500k")), qPrintable(plain.join(u' ')));
        chart.setCurrency(QStringLiteral("EUR"));
        QVERIFY(!chart.chineseUnits());
        chart.setCurrency(QStringLiteral("CNY"));
        QVERIFY(chart.chineseUnits());
        Preferences grouped;
        grouped.numberStyle = NumberStyle::Grouped;
        applyNumberStyle(grouped);
        QVERIFY(!chart.chineseUnits());
    }

    void followsThePalette()
    {
        BarChart chart(BarChart::Layout::Stacked, Qt::Vertical);
        chart.setChart(twoLayers());
        QPalette dark = chart.palette();
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        dark.setColor(QPalette::Text, QColor(0xdf, 0xe1, 0xe5));
        chart.setPalette(dark);
        QCOMPARE(chart.xAxis->tickLabelColor(), QColor(0xdf, 0xe1, 0xe5));
        QCOMPARE(chart.legend->textColor(), QColor(0xdf, 0xe1, 0xe5));
        chart.replot();
        const QImage image = chart.toPixmap(400, 300).toImage();
        QCOMPARE(image.pixelColor(2, 2), QColor(0x1e, 0x1f, 0x22));
    }

    void resetZoomShowsTheWholePeriod()
    {
        CashCurveChart chart;
        CashCurveSeries curve;
        for (int t = 1; t <= 47; ++t) {
            curve.months.push_back(t);
            curve.cumulativeSpend.push_back(std::min(t, 12) * 1000.0);
            curve.cumulativeMargin.push_back(t * 400.0);
        }
        curve.planMonths = 12;
        curve.paybackMonth = 30;
        curve.paybackMargin = 12000.0;
        chart.setCurve(curve);
        QCOMPARE(chart.xAxis->range(), QCPRange(0.5, 47.5));
        QVERIFY(chart.paybackMarker()->visible());
        QCOMPARE(chart.paybackLabel(), QStringLiteral("Payback in month 30"));
        chart.xAxis->setRange(10, 20);
        chart.resetZoom();
        QCOMPARE(chart.xAxis->range(), QCPRange(0.5, 47.5));
        curve.paybackMonth.reset();
        curve.paybackMargin.reset();
        chart.setCurve(curve);
        QVERIFY(!chart.paybackMarker()->visible());
    }
};

QTEST_MAIN(ChartViewTest)
#include "ChartViewTest.moc"
