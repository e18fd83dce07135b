#include "ui/pages/BudgetPage.h"

#include "models/document/PlanDocument.h"
#include "models/engine/Projection.h"
#include "models/itemmodels/CategoriesModel.h"
#include "models/itemmodels/ChannelsModel.h"
#include "models/itemmodels/ValueFormat.h"
#include "ui/widgets/CellDelegate.h"
#include "ui/widgets/FigureFormat.h"
#include "ui/widgets/RefreshWhenShown.h"
#include "ui/widgets/SpreadsheetView.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

namespace cplan {

BudgetPage::BudgetPage(PlanDocument *document, QWidget *parent)
    : Page(document, parent), m_categories(new CategoriesModel(document, this)),
      m_channels(new ChannelsModel(document, this)), m_budget(new QLineEdit(this)),
      m_budgetError(new QLabel(this)), m_pools(new QLabel(this)), m_categorySum(new QLabel(this)),
      m_channelSum(new QLabel(this)), m_categoriesView(createSpreadsheet()),
      m_channelsView(createSpreadsheet())
{
    m_budget->setMinimumWidth(200);
    m_budget->setMaximumWidth(280);
    m_budget->setToolTip(tr("The scenario's total budget, split into the categories below. Type "
                            "it as you write it: 20,000,000, ¥20,000,000, 2000万, 0.2亿 or "
                            "CNY 20M."));
    connect(m_budget, &QLineEdit::editingFinished, this, &BudgetPage::commitBudget);
    // After Return the field still has the focus; Ctrl+Z then undoes the plan edit (the window's
    // Undo), not nothing in the field.
    m_budget->installEventFilter(this);
    // A refusal stays visible under the field until a budget is taken.
    m_budgetError->setTextFormat(Qt::PlainText);
    m_budgetError->setWordWrap(true);
    m_budgetError->setStyleSheet(QStringLiteral("color: #d64541;"));
    m_budgetError->hide();

    auto *top = new QFormLayout;
    top->addRow(tr("Total budget:"), m_budget);
    top->addRow(QString(), m_budgetError);
    top->addRow(tr("Pools:"), m_pools);

    m_categoriesView->setModel(m_categories);
    m_categoriesView->cellDelegate()->setChoices(
        CategoriesModel::KindColumn,
        {QStringLiteral("channel"), QStringLiteral("overhead"), QStringLiteral("reserve")},
        {tr("channel"), tr("overhead"), tr("reserve")});
    m_categoriesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_categoriesView->horizontalHeader()->setSectionResizeMode(CategoriesModel::NameColumn,
                                                               QHeaderView::Stretch);
    QAction *add = createAction(tr("Add category"), tr("Add a budget category with share 0"),
                                QStringLiteral("list-add"));
    QAction *remove = createAction(tr("Remove"), tr("Remove the selected category"),
                                   QStringLiteral("list-remove"));
    QAction *up =
        createAction(tr("Move up"), tr("Move the selected category up"), QStringLiteral("go-up"));
    QAction *down = createAction(tr("Move down"), tr("Move the selected category down"),
                                 QStringLiteral("go-down"));
    QAction *normaliseCategories =
        createAction(tr("Normalise to 100%"), tr("Scale the category shares so they sum to 100%"));
    connect(add, &QAction::triggered, this, &BudgetPage::addCategory);
    connect(remove, &QAction::triggered, this, &BudgetPage::removeCategory);
    connect(up, &QAction::triggered, this, [this] { moveCategory(-1); });
    connect(down, &QAction::triggered, this, [this] { moveCategory(1); });
    connect(normaliseCategories, &QAction::triggered, this, [this] {
        report(
            this->document()->normaliseCategoryShares(this->document()->activeScenarioIndex()).ok()
                ? QString()
                : tr("The category shares sum to 0 and cannot be normalised."));
    });

    m_channelsView->setModel(m_channels);
    // Only the split of the pool belongs here; the drivers are on the Channels page. The column
    // count follows the stage count, so hide again after every reset.
    auto hideDrivers = [this] {
        for (int column = 0; column < m_channels->columnCount(); ++column)
            m_channelsView->setColumnHidden(column, column > ChannelsModel::AmountColumn);
    };
    hideDrivers();
    connect(m_channels, &QAbstractItemModel::modelReset, this, hideDrivers);
    m_channelsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_channelsView->horizontalHeader()->setSectionResizeMode(ChannelsModel::NameColumn,
                                                             QHeaderView::Stretch);
    QAction *normaliseChannels =
        createAction(tr("Normalise to 100%"), tr("Scale the channel shares so they sum to 100%"));
    connect(normaliseChannels, &QAction::triggered, this, [this] {
        report(
            this->document()->normaliseChannelShares(this->document()->activeScenarioIndex()).ok()
                ? QString()
                : tr("The channel shares sum to 0 and cannot be normalised."));
    });

    auto *categoriesPanel = new QWidget(this);
    auto *categoriesLayout = new QVBoxLayout(categoriesPanel);
    categoriesLayout->setContentsMargins(0, 0, 0, 0);
    categoriesLayout->addWidget(createHeading(tr("Budget categories")));
    categoriesLayout->addWidget(createTableToolBar({add, remove, up, down, normaliseCategories}));
    categoriesLayout->addWidget(m_categoriesView);
    categoriesLayout->addWidget(m_categorySum);

    auto *channelsPanel = new QWidget(this);
    auto *channelsLayout = new QVBoxLayout(channelsPanel);
    channelsLayout->setContentsMargins(0, 0, 0, 0);
    channelsLayout->addWidget(createHeading(tr("Channel shares of the channel pool")));
    channelsLayout->addWidget(createTableToolBar({normaliseChannels}));
    channelsLayout->addWidget(m_channelsView);
    channelsLayout->addWidget(m_channelSum);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(categoriesPanel);
    splitter->addWidget(channelsPanel);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    // One refresh per change (projectionChanged ends every change, also a new active scenario),
    // and none while hidden: the page catches up when it is shown (RefreshWhenShown.h).
    auto *deferred = new RefreshWhenShown(this, [this] { refresh(); });
    connect(document, &PlanDocument::projectionChanged, deferred, &RefreshWhenShown::request);
    refresh();
}

void BudgetPage::refresh()
{
    const Plan &plan = document()->plan();
    const int scenario = document()->activeScenarioIndex();
    if (!m_budget->hasFocus() || !m_budget->isModified()) {
        const QSignalBlocker blocker(m_budget);
        m_budget->setText(ValueFormat::money(document()->activeScenario().budget, plan.currency));
        m_budget->setModified(false);
        m_budget->setCursorPosition(0);
    }
    if (const Projection *projection = document()->projection()) {
        const Totals &totals = projection->totals;
        m_pools->setText(
            tr("channels %1 · overhead %2 · reserve %3 (not spent)")
                .arg(formatFigure(totals.channelSpend, FigureKind::Money, plan.currency),
                     formatFigure(totals.overhead, FigureKind::Money, plan.currency),
                     formatFigure(totals.reserve, FigureKind::Money, plan.currency)));
    } else {
        m_pools->setText(tr("—"));
    }
    showShareSum(m_categorySum, document()->categoryShareSum(scenario));
    showShareSum(m_channelSum, document()->channelShareSum(scenario));
}

QString BudgetPage::budgetError() const
{
    return m_budgetError->isHidden() ? QString() : m_budgetError->text();
}

void BudgetPage::commitBudget()
{
    const QString currency = document()->plan().currency;
    const Result<double> typed = NumberText::parseAmount(m_budget->text(), currency);
    // Nothing is rounded, clamped or guessed: a text that is not an amount, or a budget the plan
    // cannot take (a negative one), is refused with the reason and stays in the field to fix.
    Status status = typed ? success() : Status(Error{tr("Total budget: %1").arg(typed.error())});
    if (typed && *typed != document()->activeScenario().budget)
        status = document()->setBudget(document()->activeScenarioIndex(), *typed);
    if (!status) {
        m_budgetError->setText(status.error());
        m_budgetError->show();
        report(status.error());
        return;
    }
    m_budgetError->hide();
    m_budget->setModified(false);
    refresh();
}

void BudgetPage::addCategory()
{
    const Plan &plan = document()->plan();
    QString name;
    for (int n = int(plan.categories.size()) + 1;; ++n) {
        name = tr("Category %1").arg(n);
        if (plan.categoryIndex(name) < 0)
            break;
    }
    const Status status = document()->addCategory(name, CategoryKind::Overhead);
    if (!status)
        return report(status.error());
    m_categoriesView->focusCell(m_categories->rowCount() - 1, CategoriesModel::NameColumn);
}

void BudgetPage::removeCategory()
{
    const QModelIndex current = m_categoriesView->currentIndex();
    if (!current.isValid())
        return report(tr("Select the category to remove."));
    const Status status = document()->removeCategory(current.row());
    if (!status)
        report(status.error());
}

void BudgetPage::moveCategory(int step)
{
    moveCurrentRow(m_categoriesView, step,
                   [this](int from, int to) { return document()->moveCategory(from, to); });
}

void BudgetPage::showPlace(const PlanPlace &place)
{
    if (place.path.contains(QLatin1String(".channels")))
        focusPath(m_channelsView, place.path);
    else if (!focusPath(m_categoriesView, place.path) &&
             place.path.endsWith(QLatin1String("budget")))
        m_budget->setFocus(Qt::OtherFocusReason);
}

bool BudgetPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_budget && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo) && !m_budget->isUndoAvailable();
        const bool redo = key->matches(QKeySequence::Redo) && !m_budget->isRedoAvailable();
        // Not overridden: the shortcut goes to the window's Undo/Redo actions.
        if ((undo || redo) && !m_budget->isModified()) {
            event->ignore();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

} // namespace cplan
