#include "ui/pages/ActualsPage.h"

#include "models/document/PlanDocument.h"
#include "models/engine/Variance.h"
#include "models/itemmodels/ActualsModel.h"
#include "ui/charts/ActualsChartView.h"
#include "ui/widgets/FigureFormat.h"
#include "ui/widgets/SpreadsheetView.h"
#include "ui/widgets/TableCopy.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace cplan {

namespace {
enum VarianceColumn
{
    ChannelColumn,
    PlannedColumn,
    ActualColumn,
    VarianceColumn,
    BenchmarkColumn
};
}

ActualsPage::ActualsPage(PlanDocument *document, QWidget *parent)
    : Page(document, parent), m_model(new ActualsModel(document, this)),
      m_view(createSpreadsheet()), m_variance(new QTableWidget(this)),
      m_import(createAction(tr("&Import…"),
                            tr("Import actuals from a CSV, TSV or Excel file (one undo step)"),
                            QStringLiteral("document-import")))
{
    connect(m_import, &QAction::triggered, this, &ActualsPage::importRequested);
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ActualsModel::ChannelColumn,
                                                     QHeaderView::Stretch);

    m_variance->setColumnCount(5);
    m_variance->setHorizontalHeaderLabels({tr("Channel"), tr("Planned spend"), tr("Actual spend"),
                                           tr("Variance"), tr("Cost against benchmark")});
    m_variance->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_variance->verticalHeader()->hide();
    m_variance->setAlternatingRowColors(true);
    TableCopy::install(m_variance);
    m_variance->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto *hint = new QLabel(tr("Type measured spend and the volumes of the first stages measured "
                               "(empty = not measured). Clearing a row's spend and volumes "
                               "removes it."),
                            this);
    hint->setWordWrap(true);

    auto *gridPanel = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridPanel);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(createHeading(tr("Actuals by month and channel")));
    gridLayout->addWidget(createTableToolBar({m_import}));
    gridLayout->addWidget(hint);
    gridLayout->addWidget(m_view);
    // The roll-up per channel and the planned-vs-actual chart share the lower half in tabs:
    // stacked in a splitter at 1280x800 each got too little height to read.
    auto *lower = new QTabWidget(this);
    lower->setDocumentMode(true);
    // Planned against actual spend per month (ui/charts), flagged months highlighted.
    lower->addTab(new ActualsChartView(document, this), tr("Spend: planned against actual"));
    lower->addTab(m_variance, tr("Variance by channel (active scenario)"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(gridPanel);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(splitter);

    connect(document, &PlanDocument::projectionChanged, this, &ActualsPage::refreshVariance);
    refreshVariance();
}

void ActualsPage::refreshVariance()
{
    const Plan &plan = document()->plan();
    const Projection *projection = document()->projection();
    m_variance->setRowCount(0);
    if (!projection)
        return;
    const VarianceReport report = computeVariance(plan, document()->activeScenario(), *projection);
    m_variance->setRowCount(int(report.byChannel.size()));
    const QColor warning(0xd6, 0x45, 0x41);
    for (int row = 0; row < int(report.byChannel.size()); ++row) {
        const ChannelVariance &channel = report.byChannel[std::size_t(row)];
        const QString benchmark =
            !channel.benchmarkStage
                ? tr("no stage measured in every month")
                : tr("%1 per %2 against %3 planned%4")
                      .arg(formatFigure(channel.actualCost, FigureKind::Money, plan.currency),
                           plan.stages.value(*channel.benchmarkStage),
                           formatFigure(channel.plannedCost, FigureKind::Money, plan.currency),
                           channel.overBenchmark ? tr(" — over benchmark") : QString());
        const QString cells[] = {
            channel.channel,
            formatFigure(channel.plannedSpend, FigureKind::Money, plan.currency),
            formatFigure(channel.actualSpend, FigureKind::Money, plan.currency),
            formatFigure(channel.spendVariance, FigureKind::Percent, plan.currency),
            benchmark,
        };
        for (int column = 0; column < int(std::size(cells)); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column != ChannelColumn && column != BenchmarkColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if ((column == VarianceColumn && channel.spendFlag) ||
                (column == BenchmarkColumn && channel.overBenchmark))
                item->setForeground(warning);
            m_variance->setItem(row, column, item);
        }
    }
    m_variance->resizeColumnsToContents();
    m_variance->horizontalHeader()->setSectionResizeMode(BenchmarkColumn, QHeaderView::Stretch);
}

void ActualsPage::showPlace(const PlanPlace &place)
{
    if (place.row >= 0)
        m_view->focusCell(place.row, place.column);
    else
        focusPath(m_view, place.path);
}

} // namespace cplan
