#pragma once

// The Actuals page's variance tables for one compared scenario (MODEL.md §7): spend against
// plan per channel over all measured months (cumulative, with the over-benchmark rule) beside
// the same per month, and the re-forecast — the plan's totals with the measured months
// replaced by what was measured — against the plan. Flagged figures are in the warning colour.
// The variance tables and the re-forecast are two tabs, each with the panel's whole width (three
// tables side by side were cut off at 1280x800); the page adds its chart as a third.

#include "models/engine/Variance.h"
#include "models/itemmodels/ActualsModel.h"

#include <QTabWidget>

#include <utility>

class QTableWidget;

namespace cplan {

struct Plan;
struct Projection;

class ActualsVariancePanel : public QTabWidget
{
    Q_OBJECT

public:
    explicit ActualsVariancePanel(QWidget *parent = nullptr);

    // Fills the tables; `projection` is the compared scenario's (null = nothing to compare).
    void showVariance(const Plan &plan, const VarianceReport *report, const Projection *projection);

    QTableWidget *byChannelTable() const { return m_byChannel; }
    QTableWidget *byMonthTable() const { return m_byMonth; }
    QTableWidget *reforecastTable() const { return m_reforecast; }

    // The grid cells (ActualsModel row, column) a report flags, each with the key of its
    // explanation, which flagSentence() makes when asked.
    static ActualsModel::FlaggedCells flaggedCells(const Plan &plan, const VarianceReport &report);
    static QString flagSentence(const Plan &plan, const VarianceReport &report, int key);

private:
    void fillByChannel(const Plan &plan, const VarianceReport &report);
    void fillByMonth(const Plan &plan, const VarianceReport &report);
    void fillReforecast(const Plan &plan, const VarianceReport &report,
                        const Projection &projection);

    QTableWidget *m_byChannel;
    QTableWidget *m_byMonth;
    QTableWidget *m_reforecast;
};

} // namespace cplan
