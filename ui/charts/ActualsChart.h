#pragma once

// Planned against actual spend per month for one channel or all (MODEL.md §7): planned as
// outlined bars, actual as filled bars beside them; a month whose variance is flagged gets a
// warning outline and its variance written above it.

#include "ui/charts/ActualsChartAdapter.h"
#include "ui/charts/ChartView.h"

#include <vector>

namespace cplan {

class ActualsChart : public ChartView
{
    Q_OBJECT

public:
    explicit ActualsChart(QWidget *parent = nullptr);

    void setComparison(const ActualsAgainstPlan &comparison);
    const ActualsAgainstPlan &comparison() const { return m_comparison; }
    QCPBars *plannedBars() const { return m_planned; }
    QCPBars *actualBars() const { return m_actual; }
    QCPBars *flaggedBars() const { return m_flagged; }
    // The flag labels drawn (one per flagged month).
    QStringList flagLabels() const;

protected:
    void applyPalette() override;

private:
    QString pointText(int month) const;

    ActualsAgainstPlan m_comparison;
    QCPBars *m_planned;
    QCPBars *m_actual;
    QCPBars *m_flagged; // the flagged months' actual bars, drawn over m_actual with an outline
    std::vector<QCPItemText *> m_labels;
};

} // namespace cplan
