#include "ui/charts/ChannelSplitChart.h"

#include "ui/charts/ChartFormat.h"

namespace cplan {

ChannelSplitChart::ChannelSplitChart(QWidget *parent) : ChartView(parent)
{
    yAxis->setRangeReversed(true);
    yAxis->grid()->setVisible(false);
    legend->setVisible(false);
    applyPalette();
}

void ChannelSplitChart::setSlices(const std::vector<ShareSlice> &slices)
{
    m_slices = slices;
    const std::size_t count = slices.size();
    while (m_bars.size() > count) {
        forgetPointText(m_bars.back());
        removePlottable(m_bars.back());
        m_bars.pop_back();
        removeItem(m_labels.back());
        m_labels.pop_back();
    }
    while (m_bars.size() < count) {
        const int channel = int(m_bars.size());
        auto *bars = new QCPBars(yAxis, xAxis);
        bars->setWidth(0.7);
        setPointText(bars, [this, channel](int) {
            const ShareSlice &slice = m_slices[std::size_t(channel)];
            return tr("%1\n%2 of the channel spend\n%3")
                .arg(slice.name, formatFigure(slice.share, FigureKind::Percent, {}),
                     formatFigure(slice.value, FigureKind::Money, currency()));
        });
        m_bars.push_back(bars);
        auto *label = new QCPItemText(this);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setPadding(QMargins(5, 0, 0, 0));
        m_labels.push_back(label);
    }
    QStringList names;
    double largest = 0.0;
    for (std::size_t c = 0; c < count; ++c) {
        const ShareSlice &slice = slices[c];
        names << slice.name;
        largest = std::max(largest, slice.value);
        m_bars[c]->setName(slice.name);
        m_bars[c]->setBrush(slice.colour);
        m_bars[c]->setPen(QPen(slice.colour.darker(115)));
        m_bars[c]->setData({double(c + 1)}, {slice.value}, true);
        m_labels[c]->position->setCoords(slice.value, double(c + 1));
        m_labels[c]->setText(sliceLabel(int(c)));
    }
    setCategoryAxis(yAxis, names);
    setValueAxis(xAxis, FigureKind::Money, axisTitle(tr("Spend"), FigureKind::Money, currency()));
    yAxis->setRange(0.4, double(count) + 0.6);
    // Room on the right for the longest label.
    xAxis->setRange(0, largest > 0 ? largest * 1.45 : 1.0);
    applyPalette();
    scheduleReplot();
}

QString ChannelSplitChart::sliceLabel(int channel) const
{
    if (channel < 0 || channel >= int(m_slices.size()))
        return {};
    const ShareSlice &slice = m_slices[std::size_t(channel)];
    // Short money here; the tooltip has the exact figure.
    return tr("%1 · %2").arg(formatFigure(slice.share, FigureKind::Percent, {}),
                             axisValueText(slice.value, FigureKind::Money, chineseUnits()));
}

void ChannelSplitChart::applyPalette()
{
    ChartView::applyPalette();
    for (QCPItemText *label : m_labels)
        label->setColor(textColour());
}

} // namespace cplan
