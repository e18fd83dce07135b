#include "ui/mainwindow/KeyFiguresLabel.h"

#include "models/document/PlanDocument.h"
#include "models/engine/Projection.h"
#include "models/reports/PlanReports.h"
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
    // Actuals change the latest estimate without changing the projection.
    connect(document, &PlanDocument::planChanged, this, &KeyFiguresLabel::refresh);
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
    // Where the plan has actuals, the latest estimate (actual months, then the projection: the
    // re-plan dialog's figure, MODEL.md §7) next to the projection, each named (issue 22 C.11).
    // The variance is the reports' cached one: computed once per change, not per paint.
    QString customers = formatFigure(totals.customers, FigureKind::Count, currency);
    QString tip = tr("Key figures of the active scenario “%1”").arg(projection->scenario);
    const VarianceReport *variance =
        m_document->plan().actuals.empty()
            ? nullptr
            : m_document->reports().variance(m_document->activeScenarioIndex());
    if (variance && !variance->rows.empty()) {
        customers = tr("%1 (latest estimate %2)")
                        .arg(customers, formatFigure(variance->reforecast.customers,
                                                     FigureKind::Count, currency));
        tip += QLatin1Char('\n') +
               tr("Customers: the model's projection for every month; the latest estimate takes "
                  "the actual figures of the months with actuals and the projection for the "
                  "rest (what the re-plan shows).");
    }
    setText(tr("Spend %1   Customers %2   CAC %3   LTV %4   Return %5   Payback %6")
                .arg(formatFigure(totals.channelSpend, FigureKind::Money, currency), customers,
                     formatFigure(totals.cac, FigureKind::Money, currency),
                     formatFigure(totals.ltv, FigureKind::Money, currency),
                     formatFigure(totals.returnRatio, FigureKind::Ratio, currency),
                     totals.paybackMonth
                         ? formatFigure(double(*totals.paybackMonth), FigureKind::Month, currency)
                         : tr("not within the horizon")));
    setToolTip(plainToolTip(tip));
}

} // namespace cplan
