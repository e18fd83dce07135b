#include "ui/pages/PhasingPage.h"

#include "models/document/PlanDocument.h"
#include "models/itemmodels/PhasingAmountsModel.h"
#include "models/itemmodels/PhasingModel.h"
#include "ui/widgets/CellDelegate.h"
#include "ui/widgets/SpreadsheetView.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cplan {

PhasingPage::PhasingPage(PlanDocument *document, QWidget *parent)
    : Page(document, parent), m_model(new PhasingModel(document, this)),
      m_view(createSpreadsheet()), m_amounts(new PhasingAmountsModel(document, this)),
      m_amountsView(new QTableView(this))
{
    m_amountsView->setObjectName(QStringLiteral("phasingAmounts"));
    m_amountsView->setModel(m_amounts);
    m_amountsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_amountsView->setAlternatingRowColors(true);
    m_amountsView->setWordWrap(false);
    m_amountsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_amountsView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
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
    // The weights above, their money below: the same months in the same columns.
    auto *amountsPanel = new QWidget(this);
    auto *amountsLayout = new QVBoxLayout(amountsPanel);
    amountsLayout->setContentsMargins(0, 0, 0, 0);
    amountsLayout->addWidget(createHeading(
        tr("Resulting spend by month and quarter: share of the row's total · amount")));
    amountsLayout->addWidget(m_amountsView, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(amountsPanel);
    layout->addWidget(splitter, 1);
}

void PhasingPage::showPlace(const PlanPlace &place)
{
    if (!focusPath(m_view, place.path) && place.row >= 0)
        m_view->focusCell(place.row, place.column);
}

} // namespace cplan
