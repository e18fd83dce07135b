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
#include <vector>

namespace cplan {

namespace {

// The width the widest shown cell of columns [first, last] asks for. Texts are compared by
// length and only the longest few are laid out: with 120 months, measuring every shown cell
// would lay out thousands of texts per edit.
int widestCell(const QTableView *view, int first, int last)
{
    const QAbstractItemModel *model = view->model();
    if (!model || first > last || model->rowCount() == 0)
        return 0;
    const int top = std::max(0, view->rowAt(0));
    int bottom = view->rowAt(view->viewport()->height() - 1);
    if (bottom < 0)
        bottom = model->rowCount() - 1;
    bottom = std::min(bottom, top + SpreadsheetView::ResizeContentsRows);
    std::vector<std::pair<qsizetype, QModelIndex>> candidates;
    qsizetype longest = 0;
    for (int row = top; row <= bottom; ++row) {
        for (int column = first; column <= last; ++column) {
            const QModelIndex index = model->index(row, column);
            const qsizetype length = index.data(Qt::DisplayRole).toString().size();
            if (length + 1 < longest)
                continue;
            longest = std::max(longest, length);
            candidates.emplace_back(length, index);
        }
    }
    // The longest texts first: a candidate list in row order measured the last rows' texts and
    // missed a longer one above (issue 22 E.21: "11.67% · ¥140万" in the all-channels row was
    // cut to "¥14…").
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    constexpr int measuredAtMost = 8;
    int measured = 0;
    int width = 0;
    for (auto it = candidates.begin(); it != candidates.end() && measured < measuredAtMost; ++it) {
        if (it->first + 1 < longest)
            break;
        width = std::max(width, view->sizeHintForIndex(it->second).width());
        ++measured;
    }
    return view->showGrid() ? width + 1 : width;
}

// The same for the column titles.
int widestHeader(const QTableView *view, int first, int last)
{
    const QAbstractItemModel *model = view->model();
    if (!model || first > last)
        return 0;
    int widest = first;
    qsizetype longest = -1;
    for (int column = first; column <= last; ++column) {
        const qsizetype length = model->headerData(column, Qt::Horizontal).toString().size();
        if (length > longest) {
            longest = length;
            widest = column;
        }
    }
    return view->horizontalHeader()->sectionSizeHint(widest);
}

} // namespace

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
    // Every month gets the same width, the widest any month needs in either table, so the
    // weights sit above their amounts; the quarters share theirs likewise.
    const int monthWidth = std::max({widestCell(m_view, PhasingModel::FirstMonthColumn,
                                                PhasingModel::FirstMonthColumn + months - 1),
                                     widestCell(m_amountsView, 0, months - 1),
                                     widestHeader(m_view, PhasingModel::FirstMonthColumn,
                                                  PhasingModel::FirstMonthColumn + months - 1),
                                     widestHeader(m_amountsView, 0, months - 1)});
    for (int month = 0; month < months; ++month) {
        m_view->setColumnWidth(PhasingModel::FirstMonthColumn + month, monthWidth);
        m_amountsView->setColumnWidth(month, monthWidth);
    }
    const int total = m_amounts->columnCount() - 1;
    const int quarterWidth = std::max(widestCell(m_amountsView, months, total - 1),
                                      widestHeader(m_amountsView, months, total - 1));
    for (int column = months; column < total; ++column)
        m_amountsView->setColumnWidth(column, quarterWidth);
    if (total >= months)
        m_amountsView->setColumnWidth(total, std::max(widestCell(m_amountsView, total, total),
                                                      widestHeader(m_amountsView, total, total)));
}

void PhasingPage::showPlace(const PlanPlace &place)
{
    if (!focusPath(m_view, place.path) && place.row >= 0)
        m_view->focusCell(place.row, place.column);
}

} // namespace cplan
