#pragma once

// Actuals (MODEL.md §7): month × channel spend and stage volumes as a grid (empty = not
// measured), and the variance against plan per channel for the active scenario.

#include "ui/pages/Page.h"

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
    QAction *importAction() const { return m_import; }

signals:
    // "Import…": the main window opens the import dialog (it owns the DialogProvider).
    void importRequested();

private:
    void refreshVariance();

    ActualsModel *m_model;
    SpreadsheetView *m_view;
    QTableWidget *m_variance;
    QAction *m_import;
};

} // namespace cplan
