#include "ui/charts/FunnelChart.h"

#include <QLocale>

namespace cplan {

FunnelChart::FunnelChart(QWidget *parent)
    : ChartView(parent), m_spacer(new QCPBars(yAxis, xAxis)), m_volumes(new QCPBars(yAxis, xAxis))
{
    m_spacer->setPen(Qt::NoPen);
    m_spacer->setBrush(Qt::NoBrush);
    m_spacer->setSelectable(QCP::stNone);
    m_volumes->moveAbove(m_spacer);
    m_volumes->setName(tr("Volume"));
    m_spacer->setWidth(0.78);
    m_volumes->setWidth(0.78);
    setPointText(m_volumes, [this](int index) { return pointText(index); });
    yAxis->setRangeReversed(true);
    yAxis->grid()->setVisible(false);
    xAxis->setVisible(false);
    xAxis->grid()->setVisible(false);
    legend->setVisible(false);
    applyPalette();
}

void FunnelChart::setStages(const std::vector<FunnelStage> &stages)
{
    m_stages = stages;
    const int count = int(stages.size());
    double widest = 0.0;
    for (const FunnelStage &stage : stages)
        widest = std::max(widest, stage.volume);
    QVector<double> keys(count), spacers(count), volumes(count);
    QStringList names;
    for (int k = 0; k < count; ++k) {
        keys[k] = k + 1;
        volumes[k] = stages[std::size_t(k)].volume;
        spacers[k] = (widest - volumes[k]) / 2.0; // centring only; no figure of the plan
        names << stages[std::size_t(k)].name;
    }
    m_spacer->setData(keys, spacers, true);
    m_volumes->setData(keys, volumes, true);
    setCategoryAxis(yAxis, names);
    yAxis->setRange(0.45, count + 0.55);
    xAxis->setRange(-widest * 0.01, widest > 0 ? widest * 1.01 : 1.0);

    while (int(m_labels.size()) > count) {
        removeItem(m_labels.back());
        m_labels.pop_back();
    }
    while (int(m_labels.size()) < count) {
        auto *label = new QCPItemText(this);
        label->setPositionAlignment(Qt::AlignCenter);
        label->setPadding(QMargins(6, 2, 6, 2));
        label->setClipToAxisRect(false);
        m_labels.push_back(label);
    }
    for (int k = 0; k < count; ++k) {
        m_labels[std::size_t(k)]->position->setCoords(widest / 2.0, k + 1);
        m_labels[std::size_t(k)]->setText(stageLabel(k));
    }
    applyPalette();
    scheduleReplot();
}

QString FunnelChart::stageLabel(int index) const
{
    if (index < 0 || index >= int(m_stages.size()))
        return {};
    const FunnelStage &stage = m_stages[std::size_t(index)];
    QString text = formatFigure(stage.volume, FigureKind::Count, currency());
    if (stage.conversionFromPrevious)
        text += tr(" · %1 of the stage before")
                    .arg(formatFigure(stage.conversionFromPrevious, FigureKind::Percent, {}));
    if (stage.costPerStage)
        text +=
            tr(" · %1 each").arg(formatFigure(stage.costPerStage, FigureKind::Money, currency()));
    return text;
}

void FunnelChart::applyPalette()
{
    ChartView::applyPalette();
    const QColor bar(0x56, 0xB4, 0xE9); // Okabe–Ito sky blue: black or white text both read
    m_volumes->setBrush(bar);
    m_volumes->setPen(QPen(bar.darker(125)));
    QColor box = backgroundColour();
    box.setAlpha(200);
    for (QCPItemText *label : m_labels) {
        label->setColor(textColour());
        label->setBrush(box);
    }
}

QString FunnelChart::pointText(int index) const
{
    if (index < 0 || index >= int(m_stages.size()))
        return {};
    return m_stages[std::size_t(index)].name + QLatin1Char('\n') + stageLabel(index);
}

} // namespace cplan
