#pragma once

// A line above a page's figures when a slipped milestone has moved gated spend (MODEL.md §6
// "Gates"): the projection, comparison and variance on the page already use the shifted
// phasing, and this says so, with the cost of each slip ("M2 9 days late: −1,240 customers, CAC
// +¥6"). Hidden when nothing is moved.

#include <QLabel>

namespace cplan {

class PlanDocument;
class RefreshWhenShown;

class GatedSpendNote : public QLabel
{
    Q_OBJECT

public:
    // `page` is the page the note sits on: the note follows the plan while the page is shown.
    GatedSpendNote(PlanDocument *document, QWidget *page);

    void refresh();

private:
    PlanDocument *m_document;
};

} // namespace cplan
