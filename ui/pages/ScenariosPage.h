#pragma once

// Scenarios (MODEL.md §2, §5.1): the list (rename in place, budget), create as a copy of the
// active one, delete, reorder, make active; the sign-off of each (MODEL.md §10) with its actions
// for the selected scenario; and the key totals of every scenario side by side.

#include "ui/pages/Page.h"

class QTableWidget;

namespace cplan {

class ScenariosModel;
class SignoffActions;

class ScenariosPage : public Page
{
    Q_OBJECT

public:
    explicit ScenariosPage(PlanDocument *document, QWidget *parent = nullptr);

    PageId id() const override { return PageId::Scenarios; }
    QString title() const override { return tr("Scenarios"); }
    void showPlace(const PlanPlace &place) override;

    SpreadsheetView *view() const { return m_view; }
    QTableWidget *comparison() const { return m_comparison; }
    SignoffActions *signoffActions() const { return m_signoff; }
    // The scenario the sign-off actions act on: the selected row, else the active scenario.
    int selectedScenario() const;

private:
    void refreshComparison();
    void moveScenario(int step);

    ScenariosModel *m_model;
    SpreadsheetView *m_view;
    QTableWidget *m_comparison;
    SignoffActions *m_signoff;
};

} // namespace cplan
