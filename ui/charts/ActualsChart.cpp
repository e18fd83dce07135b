#include "ui/charts/ActualsChart.h"

#include "ui/charts/ChartFormat.h"

namespace cplan {

namespace {
const QColor warningColour(0xd6, 0x45, 0x41);
constexpr double barWidth = 0.38;
constexpr double barOffset = 0.2;

// The month (0-based) of a bar: its key is month + 1 ± the offset.
int monthOf(const QCPBars *bars, int index)
{
    if (index < 0 || index >= bars->dataCount())
        return -1;
    return int(std::lround(bars->data()->at(index)->key)) - 1;
}
} // namespace

ActualsChart::ActualsChart(QWidget *parent)
    : ChartView(parent), m_planned(new QCPBars(xAxis, yAxis)), m_actual(new QCPBars(xAxis, yAxis)),
      m_flagged(new QCPBars(xAxis, yAxis))
{
    m_planned->setName(tr("Planned"));
    m_actual->setName(tr("Actual"));
    m_flagged->setName(tr("Actual, flagged"));
    // Planned left of the month's tick, actual right of it; the flagged outline lies exactly
    // over the actual bar.
    for (QCPBars *bars : {m_planned, m_actual, m_flagged})
        bars->setWidth(barWidth);
    setPointText(m_planned, [this](int index) { return pointText(monthOf(m_planned, index)); });
    setPointText(m_actual, [this](int index) { return pointText(monthOf(m_actual, index)); });
    xAxis->grid()->setVisible(false);
    setZoomAxis(xAxis);
    placeLegendBelow(3);
    applyPalette();
}

void ActualsChart::setComparison(const ActualsAgainstPlan &comparison)
{
    m_comparison = comparison;
    const int months = int(comparison.months.size());
    QVector<double> keys, planned, actualKeys, actual, flaggedKeys, flagged;
    double largest = 0.0;
    for (int m = 0; m < months; ++m) {
        const std::size_t i = std::size_t(m);
        keys << m + 1 - barOffset;
        planned << comparison.planned[i];
        largest = std::max(largest, comparison.planned[i]);
        if (comparison.actual[i]) {
            actualKeys << m + 1 + barOffset;
            actual << *comparison.actual[i];
            largest = std::max(largest, *comparison.actual[i]);
            if (comparison.flagged[i]) {
                flaggedKeys << m + 1 + barOffset;
                flagged << *comparison.actual[i];
            }
        }
    }
    m_planned->setData(keys, planned, true);
    m_actual->setData(actualKeys, actual, true);
    m_flagged->setData(flaggedKeys, flagged, true);

    for (QCPItemText *label : m_labels)
        removeItem(label);
    m_labels.clear();
    for (int m = 0; m < months; ++m) {
        const std::size_t i = std::size_t(m);
        if (!comparison.flagged[i] || !comparison.actual[i])
            continue;
        auto *label = new QCPItemText(this);
        label->position->setCoords(m + 1, std::max(*comparison.actual[i], comparison.planned[i]));
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setPadding(QMargins(2, 0, 2, 3));
        label->setText(QStringLiteral("⚠ ") +
                       (comparison.variance[i]
                            ? (*comparison.variance[i] > 0 ? QStringLiteral("+") : QString()) +
                                  formatFigure(comparison.variance[i], FigureKind::Percent, {})
                            : tr("no plan")));
        m_labels.push_back(label);
    }

    QStringList labels;
    for (const QString &month : comparison.months)
        labels << month;
    setCategoryAxis(xAxis, labels);
    setValueAxis(yAxis, FigureKind::Money, axisTitle(tr("Spend"), FigureKind::Money, currency()));
    setHomeRange(QCPRange(0.4, months + 0.6));
    yAxis->setRange(0, largest > 0 ? largest * 1.15 : 1.0);
    applyPalette();
    scheduleReplot();
}

QStringList ActualsChart::flagLabels() const
{
    QStringList texts;
    for (const QCPItemText *label : m_labels)
        texts << label->text();
    return texts;
}

void ActualsChart::applyPalette()
{
    ChartView::applyPalette();
    QColor colour = m_comparison.colour.isValid() ? m_comparison.colour : QColor(0x66, 0x6e, 0x7a);
    // The neutral grey of "all channels" needs more light on a dark background.
    if (m_comparison.channel.isEmpty() && backgroundColour().lightness() < 128)
        colour = colour.lighter(170);
    QColor light = colour;
    light.setAlphaF(0.25f);
    m_planned->setBrush(light);
    m_planned->setPen(QPen(colour, 1.2));
    m_actual->setBrush(colour);
    m_actual->setPen(QPen(colour.darker(120)));
    m_flagged->setBrush(Qt::NoBrush);
    m_flagged->setPen(QPen(warningColour, 2.5));
    for (QCPItemText *label : m_labels)
        label->setColor(warningColour);
}

QString ActualsChart::pointText(int month) const
{
    if (month < 0 || month >= int(m_comparison.months.size()))
        return {};
    const std::size_t m = std::size_t(month);
    QString text = (m_comparison.channel.isEmpty() ? tr("All channels") : m_comparison.channel) +
                   QStringLiteral(" · ") + m_comparison.months.at(month);
    text += tr("\nPlanned: %1")
                .arg(formatFigure(m_comparison.planned[m], FigureKind::Money, currency()));
    if (m_comparison.actual[m]) {
        text += tr("\nActual: %1 (%2)")
                    .arg(formatFigure(m_comparison.actual[m], FigureKind::Money, currency()),
                         formatFigure(m_comparison.variance[m], FigureKind::Percent, {}));
        if (m_comparison.flagged[m])
            text += tr("\nFlagged: beyond the variance threshold");
    } else {
        text += tr("\nNo actuals");
    }
    return text;
}

} // namespace cplan
