#include "ui/charts/CashCurveChart.h"

#include "ui/charts/ChartFormat.h"
#include "ui/charts/ChartPalette.h"

#include <QLocale>

namespace cplan {

namespace {
// Spend in the palette's neutral blue, margin in the bluish green: both Okabe–Ito, apart from
// red/green confusion.
const QColor spendColour(0x00, 0x72, 0xB2);
const QColor marginColour(0x00, 0x9E, 0x73);
} // namespace

CashCurveChart::CashCurveChart(QWidget *parent)
    : ChartView(parent), m_spend(addGraph()), m_margin(addGraph()),
      m_horizonLine(new QCPItemStraightLine(this)), m_horizonLabel(new QCPItemText(this)),
      m_paybackMarker(new QCPItemTracer(this)), m_paybackText(new QCPItemText(this))
{
    m_spend->setName(tr("Cumulative spend"));
    m_spend->setPen(QPen(spendColour, 2.2));
    m_margin->setName(tr("Cumulative margin"));
    m_margin->setPen(QPen(marginColour, 2.2));
    m_margin->setBrush(Qt::NoBrush);
    setPointText(m_spend, [this](int index) { return pointText(index); });
    setPointText(m_margin, [this](int index) { return pointText(index); });

    xAxis->setLabel(tr("Month since the plan start"));
    QSharedPointer<QCPAxisTickerFixed> months(new QCPAxisTickerFixed);
    months->setTickStep(6);
    months->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    xAxis->setTicker(months);
    setZoomAxis(xAxis);

    m_horizonLine->setLayer(QStringLiteral("grid"));
    m_horizonLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_horizonLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_horizonLabel->setPadding(QMargins(4, 2, 4, 2));

    m_paybackMarker->setStyle(QCPItemTracer::tsCircle);
    m_paybackMarker->setSize(11);
    m_paybackMarker->setInterpolating(false);
    m_paybackText->position->setParentAnchor(m_paybackMarker->position);
    m_paybackText->position->setCoords(8, 10);
    m_paybackText->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_paybackText->setPadding(QMargins(4, 2, 4, 2));
    QFont bold = font();
    bold.setBold(true);
    m_paybackText->setFont(bold);

    legend->setVisible(true);
    // Bottom right stays empty: spend is flat after the plan and margin runs above it.
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignRight | Qt::AlignBottom);
    applyPalette();
}

void CashCurveChart::setCurve(const CashCurveSeries &curve)
{
    m_curve = curve;
    const QVector<double> months(curve.months.begin(), curve.months.end());
    m_spend->setData(
        months, QVector<double>(curve.cumulativeSpend.begin(), curve.cumulativeSpend.end()), true);
    m_margin->setData(months,
                      QVector<double>(curve.cumulativeMargin.begin(), curve.cumulativeMargin.end()),
                      true);
    setValueAxis(yAxis, FigureKind::Money,
                 axisTitle(tr("Cumulative"), FigureKind::Money, currency()));

    // The last plan month: spend stops there, margin keeps arriving (MODEL.md §3.10).
    m_horizonLine->point1->setCoords(curve.planMonths, 0);
    m_horizonLine->point2->setCoords(curve.planMonths, 1);
    m_horizonLabel->position->setCoords(curve.planMonths, 0.02);
    m_horizonLabel->setText(tr("plan ends"));
    m_horizonLine->setVisible(curve.planMonths > 0);
    m_horizonLabel->setVisible(curve.planMonths > 0);

    const bool payback = curve.paybackMonth && curve.paybackMargin;
    m_paybackMarker->setVisible(payback);
    m_paybackText->setVisible(payback);
    // A tracer on a graph without data complains on every replot
    // ("QCPItemTracer::updatePosition() graph has no data"): it follows the graph only when
    // there is a payback to mark.
    m_paybackMarker->setGraph(payback && !curve.months.empty() ? m_margin : nullptr);
    if (payback) {
        m_paybackMarker->setGraphKey(*curve.paybackMonth);
        m_paybackText->setText(paybackLabel());
    }

    const double last = curve.months.empty() ? 1.0 : curve.months.back();
    setHomeRange(QCPRange(0.5, last + 0.5));
    bool ok = false;
    double upper = 1.0;
    for (QCPGraph *graph : {m_spend, m_margin}) {
        const QCPRange range = graph->getValueRange(ok);
        if (ok)
            upper = std::max(upper, range.upper);
    }
    yAxis->setRange(0, upper * 1.06);
    applyPalette();
    scheduleReplot();
}

QString CashCurveChart::paybackLabel() const
{
    if (!m_curve.paybackMonth)
        return tr("No payback within %1 months").arg(m_curve.months.size());
    return tr("Payback in month %1").arg(QLocale().toString(*m_curve.paybackMonth));
}

void CashCurveChart::applyPalette()
{
    ChartView::applyPalette();
    const QColor text = textColour();
    // The dark blue needs more light on a dark background to stay legible.
    const bool dark = backgroundColour().lightness() < 128;
    m_spend->setPen(QPen(dark ? spendColour.lighter(150) : spendColour, 2.2));
    m_horizonLine->setPen(QPen(axisColour(), 1, Qt::DashLine));
    m_horizonLabel->setColor(axisColour());
    m_paybackMarker->setPen(QPen(text, 2));
    m_paybackMarker->setBrush(marginColour);
    m_paybackText->setColor(text);
    QColor box = backgroundColour();
    box.setAlpha(210);
    m_paybackText->setBrush(box);
}

QString CashCurveChart::pointText(int index) const
{
    if (index < 0 || index >= int(m_curve.months.size()))
        return {};
    const std::size_t i = std::size_t(index);
    return tr("Month %1\nCumulative spend: %2\nCumulative margin: %3")
        .arg(QLocale().toString(int(m_curve.months[i])),
             formatFigure(m_curve.cumulativeSpend[i], FigureKind::Money, currency()),
             formatFigure(m_curve.cumulativeMargin[i], FigureKind::Money, currency()));
}

} // namespace cplan
