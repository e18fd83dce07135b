#pragma once

// Scenarios (MODEL.md §2, §5.1): the list (rename in place, budget), create as a copy of the
// active one, delete, reorder, make active; and the key totals of every scenario side by side.

#include "ui/pages/Page.h"

class QTableWidget;

namespace cplan {

class ScenariosModel;

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

private:
    void refreshComparison();
    void moveScenario(int step);

    ScenariosModel *m_model;
    SpreadsheetView *m_view;
    QTableWidget *m_comparison;
};

} // namespace cplan
