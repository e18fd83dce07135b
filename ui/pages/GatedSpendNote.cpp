#include "ui/pages/GatedSpendNote.h"

#include "models/document/PlanDocument.h"
#include "models/reports/PlanReports.h"
#include "ui/widgets/DelayCostText.h"
#include "ui/widgets/RefreshWhenShown.h"

#include <QStringList>

namespace cplan {

GatedSpendNote::GatedSpendNote(PlanDocument *document, QWidget *page)
    : QLabel(page), m_document(document)
{
    setObjectName(QStringLiteral("gatedSpendNote"));
    // Names come from the plan: never rich text (issue 21, A.2).
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setFrameShape(QFrame::StyledPanel);
    setMargin(6);
    hide();
    // The page is the owner: a hidden note must still learn that a slip appeared.
    auto *deferred = new RefreshWhenShown(page, [this] { refresh(); });
    connect(document, &PlanDocument::projectionChanged, deferred, &RefreshWhenShown::request);
    refresh();
}

void GatedSpendNote::refresh()
{
    const DelayCostReport *costs = m_document->reports().delayCosts();
    QStringList slips;
    if (costs) {
        for (const DelayCost &cost : costs->milestones) {
            if (cost.slipMonths > 0)
                slips << delayCostAlert(cost, m_document->plan().currency);
        }
    }
    if (slips.isEmpty()) {
        hide();
        return;
    }
    setText(tr("Late milestones hold back the spend of the channels they gate, and the figures "
               "here include the shift: %1")
                .arg(slips.join(tr("; "))));
    show();
}

} // namespace cplan
