#pragma once

// Milestones (MODEL.md §6): the editable list (id, name, phase, owner, planned / forecast /
// actual dates with date pickers, status, dependencies, checkpoint metrics) and, below it, each
// milestone's status for the active scenario: reference date, delay days, escalation level
// (coloured by level), "blocked by" and its checks.

#include "ui/pages/Page.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace cplan {

class MilestonesModel;

class MilestonesPage : public Page
{
    Q_OBJECT

public:
    explicit MilestonesPage(PlanDocument *document, QWidget *parent = nullptr);

    PageId id() const override { return PageId::Milestones; }
    QString title() const override { return tr("Milestones"); }
    void showPlace(const PlanPlace &place) override;

    SpreadsheetView *view() const { return m_view; }
    QTableWidget *statusTable() const { return m_status; }
    // The offer shown when a milestone has an actual date but is not done (its actual does not
    // count until it is): the sentence and the button that marks it done (one undo step).
    QLabel *markDoneOffer() const { return m_offerText; }
    QPushButton *markDoneButton() const { return m_offerButton; }

private:
    void refreshStatus();
    void addMilestone();
    void removeMilestone();
    void refreshOffer();
    void markOfferedDone();

    MilestonesModel *m_model;
    SpreadsheetView *m_view;
    QTableWidget *m_status;
    QWidget *m_offer;
    QLabel *m_offerText;
    QPushButton *m_offerButton;
    int m_offeredRow = -1;
};

} // namespace cplan
