#pragma once

// Actuals (MODEL.md §7): month × channel spend and stage volumes as a grid (empty = not
// measured; cells off the plan by more than the threshold highlighted), and, below, the chart
// and the variance tables: per channel, per month and the re-forecast. Actuals are compared with
// the plan's baseline scenario (a plan setting), whichever scenario is being edited; the
// selector shows them against any other scenario too.

#include "ui/pages/Page.h"

class QAction;
class QComboBox;
class QLabel;

namespace cplan {

class ActualsChartView;
class ActualsModel;
class ActualsVariancePanel;

class ActualsPage : public Page
{
    Q_OBJECT

public:
    explicit ActualsPage(PlanDocument *document, QWidget *parent = nullptr);

    PageId id() const override { return PageId::Actuals; }
    QString title() const override { return tr("Actuals"); }
    void showPlace(const PlanPlace &place) override;

    SpreadsheetView *view() const { return m_view; }
    ActualsModel *model() const { return m_model; }
    // Item 0 = the plan's baseline, then one item per scenario.
    QComboBox *scenarioPicker() const { return m_scenario; }
    ActualsVariancePanel *variancePanel() const { return m_panel; }
    // The scenario the actuals are shown against now.
    int comparedScenario() const;
    QAction *replanAction() const { return m_replan; }

    // "Re-plan from actuals…" (MODEL.md §5.5) on the active scenario, modal.
    void openReplanDialog();
    QAction *importAction() const { return m_import; }

signals:
    // "Import…": the main window opens the import dialog (it owns the DialogProvider).
    void importRequested();

private:
    void rebuildPicker();
    void refreshVariance();

    ActualsModel *m_model;
    SpreadsheetView *m_view;
    QComboBox *m_scenario;
    QLabel *m_note;
    ActualsChartView *m_chart;
    ActualsVariancePanel *m_panel;
    QAction *m_replan;
    QAction *m_import;
};

} // namespace cplan
