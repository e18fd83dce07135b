#pragma once

// An axis ticker that writes its labels with ChartFormat: the locale's number format, short
// money and counts (1.2M, or 120万 / 2.5亿 for Chinese yuan), percentages and ratios.

#include "ui/widgets/FigureFormat.h"

#include <qcustomplot.h>

#include <optional>

namespace cplan {

class FigureAxisTicker : public QCPAxisTicker
{
public:
    explicit FigureAxisTicker(FigureKind kind) : m_kind(kind) {}

    FigureKind kind() const { return m_kind; }
    bool chineseUnits() const { return m_chineseUnits; }
    void setChineseUnits(bool on) { m_chineseUnits = on; }

protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                         int precision) override;
    // Picks one unit for all labels of the axis (from its largest tick) before labelling.
    QVector<QString> createLabelVector(const QVector<double> &ticks, const QLocale &locale,
                                       QChar formatChar, int precision) override;

private:
    FigureKind m_kind;
    bool m_chineseUnits = false;
    std::optional<double> m_largestTick; // set while one axis' labels are made
};

} // namespace cplan
