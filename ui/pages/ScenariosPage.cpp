#include "ui/pages/ScenariosPage.h"

#include "models/document/PlanDocument.h"
#include "models/engine/Projection.h"
#include "models/itemmodels/ScenariosModel.h"
#include "models/reports/PlanReports.h"
#include "ui/pages/SignoffActions.h"
#include "ui/widgets/FigureFormat.h"
#include "ui/widgets/RefreshWhenShown.h"
#include "ui/widgets/SpreadsheetView.h"
#include "ui/widgets/TableCopy.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace cplan {

namespace {
struct ComparedFigure
{
    const char *metric;
    const char *title;
};
constexpr ComparedFigure comparedFigures[] = {
    {"channel_spend", QT_TRANSLATE_NOOP("cplan::ScenariosPage", "Channel spend")},
    {"leads", QT_TRANSLATE_NOOP("cplan::ScenariosPage", "Leads")},
    {"customers", QT_TRANSLATE_NOOP("cplan::ScenariosPage", "Customers")},
    {"cac", QT_TRANSLATE_NOOP("cplan::ScenariosPage", "CAC")},
    {"ltv", QT_TRANSLATE_NOOP("cplan::ScenariosPage", "LTV")},
    {"value", QT_TRANSLATE_NOOP("cplan::ScenariosPage", "Value")},
    {"return_ratio", QT_TRANSLATE_NOOP("cplan::ScenariosPage", "Return ratio")},
    {"payback_month", QT_TRANSLATE_NOOP("cplan::ScenariosPage", "Payback")},
};
} // namespace

ScenariosPage::ScenariosPage(PlanDocument *document, QWidget *parent)
    : Page(document, parent), m_model(new ScenariosModel(document, this)),
      m_view(createSpreadsheet()), m_comparison(new QTableWidget(this)),
      m_signoff(new SignoffActions(document, this, [this] { return selectedScenario(); }))
{
    m_view->setModel(m_model);
    TableCopy::install(m_comparison);
    m_view->horizontalHeader()->setSectionResizeMode(ScenariosModel::NameColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ScenariosModel::BudgetColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ScenariosModel::SignoffColumn,
                                                     QHeaderView::ResizeToContents);

    QAction *create =
        createAction(tr("New scenario"), tr("Create a scenario as a copy of the active one"),
                     QStringLiteral("list-add"));
    QAction *remove = createAction(tr("Delete"), tr("Delete the selected scenario"),
                                   QStringLiteral("list-remove"));
    QAction *up =
        createAction(tr("Move up"), tr("Move the selected scenario up"), QStringLiteral("go-up"));
    QAction *down = createAction(tr("Move down"), tr("Move the selected scenario down"),
                                 QStringLiteral("go-down"));
    QAction *activate =
        createAction(tr("Make active"), tr("Show the selected scenario in every editor"),
                     QStringLiteral("go-jump"));
    connect(create, &QAction::triggered, this, [this] {
        if (const Status status =
                this->document()->createScenario(this->document()->activeScenarioIndex());
            !status)
            report(status.error());
    });
    connect(remove, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (!current.isValid())
            return report(tr("Select the scenario to delete."));
        if (const Status status = this->document()->removeScenario(current.row()); !status)
            report(status.error());
    });
    connect(up, &QAction::triggered, this, [this] { moveScenario(-1); });
    connect(down, &QAction::triggered, this, [this] { moveScenario(1); });
    connect(activate, &QAction::triggered, this, [this] {
        if (m_view->currentIndex().isValid())
            this->document()->setActiveScenarioIndex(m_view->currentIndex().row());
    });

    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparison->setAlternatingRowColors(true);
    m_comparison->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(createHeading(tr("Scenarios")));
    layout->addWidget(createTableToolBar({create, remove, up, down, activate}));
    // Sign-off (MODEL.md §10) on a row of its own, so both rows fit a 1024-pixel window; the
    // same actions in the table's context menu (the menu key reaches them from the keyboard).
    QToolBar *signoffBar = createTableToolBar({});
    signoffBar->setObjectName(QStringLiteral("signoffToolBar"));
    signoffBar->addActions(m_signoff->actions());
    layout->addWidget(signoffBar);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions(m_signoff->actions());
    connect(m_signoff, &SignoffActions::messageShown, this,
            [this](const QString &message) { report(message); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, m_signoff,
            &SignoffActions::updateEnabled);
    layout->addWidget(m_view, 2);
    layout->addWidget(createHeading(tr("Side by side")));
    layout->addWidget(m_comparison, 3);

    // One refresh per change (projectionChanged ends every change, also a new active scenario),
    // and none while hidden: the page catches up when it is shown (RefreshWhenShown.h).
    auto *deferred = new RefreshWhenShown(this, [this] { refreshComparison(); });
    connect(document, &PlanDocument::projectionChanged, deferred, &RefreshWhenShown::request);
    refreshComparison();
}

void ScenariosPage::refreshComparison()
{
    // Every scenario's projection (MODEL.md §5.1), each computed once per change (PlanReports).
    const Plan &plan = document()->plan();
    const bool projectable = document()->projection() != nullptr;
    m_comparison->clear();
    m_comparison->setRowCount(int(std::size(comparedFigures)));
    m_comparison->setColumnCount(int(plan.scenarios.size()));
    QStringList rowTitles;
    for (const ComparedFigure &figure : comparedFigures)
        rowTitles << tr(figure.title);
    m_comparison->setVerticalHeaderLabels(rowTitles);
    // One metric across the scenarios shows one number of decimals (issue 22 B.7).
    std::vector<int> rowDecimals;
    for (const ComparedFigure &figure : comparedFigures) {
        const QString metric = QLatin1String(figure.metric);
        std::vector<std::optional<double>> values;
        for (int column = 0; projectable && column < int(plan.scenarios.size()); ++column) {
            if (const Projection *projection = document()->reports().projection(column))
                values.push_back(metricValue(*projection, metric));
        }
        rowDecimals.push_back(figureDecimals(values, figureKindOf(metric)));
    }
    for (int column = 0; column < int(plan.scenarios.size()); ++column) {
        const Scenario &scenario = plan.scenarios[std::size_t(column)];
        QString header = scenario.name;
        if (column == document()->activeScenarioIndex())
            header += tr(" (active)");
        m_comparison->setHorizontalHeaderItem(column, new QTableWidgetItem(header));
        if (!projectable)
            continue;
        const Projection *projection = document()->reports().projection(column);
        if (!projection)
            continue;
        for (int row = 0; row < int(std::size(comparedFigures)); ++row) {
            const QString metric = QLatin1String(comparedFigures[row].metric);
            auto *item = new QTableWidgetItem(formatFigure(metricValue(*projection, metric),
                                                           figureKindOf(metric), plan.currency,
                                                           rowDecimals[std::size_t(row)]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_comparison->setItem(row, column, item);
        }
    }
    m_comparison->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

int ScenariosPage::selectedScenario() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : document()->activeScenarioIndex();
}

void ScenariosPage::moveScenario(int step)
{
    moveCurrentRow(m_view, step,
                   [this](int from, int to) { return document()->moveScenario(from, to); });
}

void ScenariosPage::showPlace(const PlanPlace &place)
{
    if (!focusPath(m_view, place.path) && place.scenario >= 0)
        m_view->focusCell(place.scenario, 0);
}

} // namespace cplan
