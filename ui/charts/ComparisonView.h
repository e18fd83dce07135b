#pragma once

// Scenarios side by side (MODEL.md §5.1): pick the scenarios and a base; a table of every total
// with its absolute and relative difference to the base, and grouped bars of spend and
// customers per channel. Recomputed (engine compareScenarios) when the plan changes.

#include "models/engine/ComparisonReport.h"

#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QTableWidget;

namespace cplan {

class BarChart;
class PlanDocument;

class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonView(PlanDocument *document, QWidget *parent = nullptr);

    // The scenarios shown (plan order, the base included) and the base.
    QStringList shownScenarios() const;
    QString baseScenario() const;
    void setBaseScenario(const QString &name);
    void setScenarioShown(const QString &name, bool shown);

    QTableWidget *table() const { return m_table; }
    BarChart *spendChart() const { return m_spend; }
    BarChart *customersChart() const { return m_customers; }

private:
    void rebuildPickers();
    void refresh();
    // The scenario list differs from the pickers' (added, removed, renamed or moved).
    bool scenarioNamesChanged() const;

    PlanDocument *m_document;
    QHBoxLayout *m_pickers;
    std::vector<QCheckBox *> m_checks;
    QComboBox *m_base;
    QLabel *m_message;
    QTableWidget *m_table;
    BarChart *m_spend;
    BarChart *m_customers;
    QStringList m_hidden; // scenarios the user unticked (kept across plan changes)
};

} // namespace cplan
