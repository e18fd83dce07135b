#include "ui/pages/PhasingPage.h"

#include "models/document/PlanDocument.h"
#include "models/itemmodels/PhasingModel.h"
#include "ui/widgets/CellDelegate.h"
#include "ui/widgets/SpreadsheetView.h"

#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

namespace cplan {

PhasingPage::PhasingPage(PlanDocument *document, QWidget *parent)
    : Page(document, parent), m_model(new PhasingModel(document, this)), m_view(createSpreadsheet())
{
    m_view->setModel(m_model);
    m_view->cellDelegate()->setChoices(
        PhasingModel::FormColumn,
        {QStringLiteral("even"), QStringLiteral("quarterly"), QStringLiteral("monthly"),
         QStringLiteral("scenario")},
        {tr("even"), tr("quarterly"), tr("monthly"), tr("scenario's phasing")});
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *explanation = new QLabel(
        tr("Weights are relative: each row is normalised to 100% over the plan. "
           "A quarterly row repeats its four weights every year; editing any month of a quarter "
           "sets that quarter. A channel follows the scenario's phasing (grey) until you give it "
           "its own form."),
        this);
    explanation->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(createHeading(tr("Phasing of the budget over the months")));
    layout->addWidget(explanation);
    layout->addWidget(m_view, 1);
}

void PhasingPage::showPlace(const PlanPlace &place)
{
    if (!focusPath(m_view, place.path) && place.row >= 0)
        m_view->focusCell(place.row, place.column);
}

} // namespace cplan
