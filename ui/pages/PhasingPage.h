#pragma once

// Phasing of the active scenario (MODEL.md §2, §3.2): the scenario's weights and every
// channel's override in one month grid. The first column picks the form (even, quarterly,
// monthly, or the scenario's phasing for a channel).

#include "ui/pages/Page.h"

class QLabel;

namespace cplan {

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

private:
    PhasingModel *m_model;
    SpreadsheetView *m_view;
};

} // namespace cplan
