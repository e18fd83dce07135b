#pragma once

// Actuals (MODEL.md §7): month × channel spend and stage volumes as a grid (empty = not
// measured), and the variance against plan per channel for the active scenario.

#include "ui/pages/Page.h"

class QAction;
class QTableWidget;

namespace cplan {

class ActualsModel;

class ActualsPage : public Page
{
    Q_OBJECT

public:
    explicit ActualsPage(PlanDocument *document, QWidget *parent = nullptr);

    PageId id() const override { return PageId::Actuals; }
    QString title() const override { return tr("Actuals"); }
    void showPlace(const PlanPlace &place) override;

    SpreadsheetView *view() const { return m_view; }
    QAction *replanAction() const { return m_replan; }

    // "Re-plan from actuals…" (MODEL.md §5.5) on the active scenario, modal.
    void openReplanDialog();

private:
    void refreshVariance();

    ActualsModel *m_model;
    SpreadsheetView *m_view;
    QTableWidget *m_variance;
    QAction *m_replan;
};

} // namespace cplan
