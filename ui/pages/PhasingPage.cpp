#include "ui/pages/PhasingPage.h"

#include "models/document/PlanDocument.h"
#include "models/itemmodels/PhasingAmountsModel.h"
#include "models/itemmodels/PhasingModel.h"
#include "ui/widgets/CellDelegate.h"
#include "ui/widgets/RefreshWhenShown.h"
#include "ui/widgets/SpreadsheetView.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

#include <QVBoxLayout>
#include <algorithm>

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
    m_amountsView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setModel(m_model);
    m_view->cellDelegate()->setChoices(
        PhasingModel::FormColumn,
        {QStringLiteral("even"), QStringLiteral("quarterly"), QStringLiteral("monthly"),
         QStringLiteral("scenario")},
        {tr("even"), tr("quarterly"), tr("monthly"), tr("scenario's phasing")});
    // The weights and the amounts scroll together with their month columns lined up
    // (alignColumns() sets the widths).
    for (QTableView *table : {static_cast<QTableView *>(m_view), m_amountsView}) {
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    }
    m_alignment = new RefreshWhenShown(this, [this] { alignColumns(); });
    QScrollBar *weightsBar = m_view->horizontalScrollBar();
    QScrollBar *amountsBar = m_amountsView->horizontalScrollBar();
    connect(weightsBar, &QScrollBar::valueChanged, amountsBar, &QScrollBar::setValue);
    connect(amountsBar, &QScrollBar::valueChanged, weightsBar, &QScrollBar::setValue);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_model),
                                      static_cast<QAbstractItemModel *>(m_amounts)}) {
        connect(model, &QAbstractItemModel::modelReset, this, &PhasingPage::requestAlignment);
        connect(model, &QAbstractItemModel::dataChanged, this, &PhasingPage::requestAlignment);
        connect(model, &QAbstractItemModel::headerDataChanged, this,
                &PhasingPage::requestAlignment);
        connect(model, &QAbstractItemModel::rowsInserted, this, &PhasingPage::requestAlignment);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &PhasingPage::requestAlignment);
        connect(model, &QAbstractItemModel::columnsInserted, this, &PhasingPage::requestAlignment);
        connect(model, &QAbstractItemModel::columnsRemoved, this, &PhasingPage::requestAlignment);
    }

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
    alignColumns();
}

void PhasingPage::requestAlignment()
{
    // One alignment after a burst of model signals.
    if (m_alignmentRequested)
        return;
    m_alignmentRequested = true;
    QTimer::singleShot(0, this, [this] {
        m_alignmentRequested = false;
        m_alignment->request();
    });
}

void PhasingPage::alignColumns()
{
    const int months =
        std::min(m_model->columnCount() - PhasingModel::FirstMonthColumn, m_amounts->columnCount());
    m_view->resizeColumnToContents(PhasingModel::FormColumn);
    const int weightTitles = m_view->verticalHeader()->sizeHint().width();
    const int amountTitles = m_amountsView->verticalHeader()->sizeHint().width();
    int form = m_view->columnWidth(PhasingModel::FormColumn);
    if (amountTitles > weightTitles + form) {
        form = amountTitles - weightTitles;
        m_view->setColumnWidth(PhasingModel::FormColumn, form);
    }
    m_view->verticalHeader()->setFixedWidth(weightTitles);
    m_amountsView->verticalHeader()->setFixedWidth(weightTitles + form);
    // QTableView hides its content width hint; QAbstractItemView's public one dispatches to it.
    const QAbstractItemView *weightsView = m_view;
    const QAbstractItemView *amountsView = m_amountsView;
    for (int month = 0; month < months; ++month) {
        const int column = PhasingModel::FirstMonthColumn + month;
        const int width = std::max({weightsView->sizeHintForColumn(column),
                                    m_view->horizontalHeader()->sectionSizeHint(column),
                                    amountsView->sizeHintForColumn(month),
                                    m_amountsView->horizontalHeader()->sectionSizeHint(month)});
        m_view->setColumnWidth(column, width);
        m_amountsView->setColumnWidth(month, width);
    }
    for (int column = months; column < m_amounts->columnCount(); ++column)
        m_amountsView->resizeColumnToContents(column);
}

void PhasingPage::showPlace(const PlanPlace &place)
{
    if (!focusPath(m_view, place.path) && place.row >= 0)
        m_view->focusCell(place.row, place.column);
}

} // namespace cplan
