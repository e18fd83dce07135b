#include "ui/pages/ComparisonPage.h"

#include "ui/charts/ComparisonView.h"
#include "ui/pages/GatedSpendNote.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cplan {

ComparisonPage::ComparisonPage(PlanDocument *document, QWidget *parent)
    : Page(document, parent), m_view(new ComparisonView(document, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(createHeading(tr("Scenario comparison")));
    layout->addWidget(new GatedSpendNote(document, this));
    layout->addWidget(m_view, 1);
}

} // namespace cplan
