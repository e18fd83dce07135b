#include "ui/mainwindow/KeyFiguresLabel.h"

#include "models/document/PlanDocument.h"
#include "models/engine/Projection.h"
#include "ui/widgets/FigureFormat.h"
#include "ui/widgets/PlainText.h"

namespace cplan {

KeyFiguresLabel::KeyFiguresLabel(PlanDocument *document, QWidget *parent)
    : QLabel(parent), m_document(document)
{
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextFormat(Qt::PlainText); // the currency is the plan's text (PlainText.h)
    connect(document, &PlanDocument::projectionChanged, this, &KeyFiguresLabel::refresh);
    connect(document, &PlanDocument::activeScenarioChanged, this, &KeyFiguresLabel::refresh);
    refresh();
}

void KeyFiguresLabel::refresh()
{
    const Projection *projection = m_document->projection();
    if (!projection) {
        setText(tr("The plan cannot be projected: see Alerts"));
        return;
    }
    const QString currency = m_document->plan().currency;
    const Totals &totals = projection->totals;
    setText(tr("Spend %1   Customers %2   CAC %3   LTV %4   Return %5   Payback %6")
                .arg(formatFigure(totals.channelSpend, FigureKind::Money, currency),
                     formatFigure(totals.customers, FigureKind::Count, currency),
                     formatFigure(totals.cac, FigureKind::Money, currency),
                     formatFigure(totals.ltv, FigureKind::Money, currency),
                     formatFigure(totals.returnRatio, FigureKind::Ratio, currency),
                     totals.paybackMonth
                         ? formatFigure(double(*totals.paybackMonth), FigureKind::Month, currency)
                         : tr("not within the horizon")));
    setToolTip(
        plainToolTip(tr("Key figures of the active scenario “%1”").arg(projection->scenario)));
}

} // namespace cplan
