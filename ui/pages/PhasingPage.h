#pragma once

// Phasing of the active scenario (MODEL.md §2, §3.2): the scenario's weights and every
// channel's override in one month grid. The first column picks the form (even, quarterly,
// monthly, or the scenario's phasing for a channel). Below, what the weights make of the money:
// each month's and quarter's share and amount, per channel and in total.

#include "ui/pages/Page.h"

class QLabel;
class QTableView;

namespace cplan {

class RefreshWhenShown;

class PhasingAmountsModel;
class PhasingModel;

class PhasingPage : public Page
{
    Q_OBJECT

public:
    explicit PhasingPage(PlanDocument *document, QWidget *parent = nullptr);

    PageId id() const override { return PageId::Phasing; }
    QString title() const override { return tr("Phasing"); }
    void showPlace(const PlanPlace &place) override;

    SpreadsheetView *view() const { return m_view; }
    QTableView *amountsView() const { return m_amountsView; }
    PhasingAmountsModel *amountsModel() const { return m_amounts; }

    // Gives the weights' month columns and the amounts' month columns one width each, and the
    // amounts' row titles the width of the weights' row titles and form column, so month m sits
    // at one x in both tables (run after every change of either table; public for tests).
    void alignColumns();

private:
    void requestAlignment();

    PhasingModel *m_model;
    SpreadsheetView *m_view;
    PhasingAmountsModel *m_amounts;
    QTableView *m_amountsView;
    bool m_alignmentRequested = false;
    RefreshWhenShown *m_alignment = nullptr; // aligns now when shown, else when next shown
};

} // namespace cplan
