#pragma once

// Scenarios side by side (MODEL.md §5.1): pick the scenarios and a base; a table of every total
// with its absolute and relative difference to the base, and grouped bars of spend and
// customers per channel. Recomputed (engine compareScenarios) when the plan changes.

#include "models/engine/ComparisonReport.h"
#include "ui/widgets/FigureFormat.h"

#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QScrollArea;
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
    QScrollArea *scrollArea() const { return m_scroll; }

    // Item data of the table: a value cell that is the row's best (bool), a Δ cell's verdict
    // (+1 better, −1 worse, 0 neither).
    static constexpr int BestRole = Qt::UserRole + 1;
    static constexpr int VerdictRole = Qt::UserRole + 2;

    // "+2.3 pp" for rates, "+2 months" for payback, "+0.25" for a ratio, money and counts as
    // figures.
    // `decimals`: figureDecimals() of the row's differences (money), -1 for the value's own.
    static QString deltaText(std::optional<double> delta, FigureKind kind, const QString &currency,
                             int decimals = -1);
    BarChart *spendChart() const { return m_spend; }
    BarChart *customersChart() const { return m_customers; }

private:
    void rebuildPickers();
    void refresh();
    // The scenario list differs from the pickers' (added, removed, renamed or moved).
    bool scenarioNamesChanged() const;
    // The labels' column: as wide as its longest label, and the room the figures leave.
    void fitLabelColumn();
    bool eventFilter(QObject *watched, QEvent *event) override;

    PlanDocument *m_document;
    QHBoxLayout *m_pickers;
    std::vector<QCheckBox *> m_checks;
    QComboBox *m_base;
    QLabel *m_message;
    QLabel *m_legend;
    QScrollArea *m_scroll = nullptr;
    QTableWidget *m_table;
    BarChart *m_spend;
    BarChart *m_customers;
    QStringList m_hidden;  // scenarios the user unticked (kept across plan changes)
    int m_labelsWidth = 0; // the widest row label
};

} // namespace cplan
