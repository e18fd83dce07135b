#include "ui/pages/ChannelsPage.h"

#include "models/document/PlanDocument.h"
#include "models/domain/MetricNames.h"
#include "models/engine/Projection.h"
#include "models/itemmodels/ChannelsModel.h"
#include "ui/widgets/FigureColumn.h"
#include "ui/widgets/FigureFormat.h"
#include "ui/widgets/RefreshWhenShown.h"
#include "ui/widgets/SpreadsheetView.h"
#include "ui/widgets/TableCopy.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <array>
#include <optional>
#include <vector>

namespace cplan {

ChannelsPage::ChannelsPage(PlanDocument *document, QWidget *parent)
    : Page(document, parent), m_model(new ChannelsModel(document, this)),
      m_view(createSpreadsheet()), m_results(new QTableWidget(this))
{
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setMinimumSectionSize(70);
    // The channel's name stays in view while the drivers scroll sideways.
    m_view->freezeFirstColumn();

    QAction *add = createAction(tr("Add channel"),
                                tr("Add a channel with share 0 and the first channel's drivers"),
                                QStringLiteral("list-add"));
    QAction *remove = createAction(tr("Remove"), tr("Remove the selected channel and its actuals"),
                                   QStringLiteral("list-remove"));
    QAction *up =
        createAction(tr("Move up"), tr("Move the selected channel up"), QStringLiteral("go-up"));
    QAction *down = createAction(tr("Move down"), tr("Move the selected channel down"),
                                 QStringLiteral("go-down"));
    QAction *normalise =
        createAction(tr("Normalise shares"), tr("Scale the channel shares so they sum to 100%"));
    connect(add, &QAction::triggered, this, &ChannelsPage::addChannel);
    connect(remove, &QAction::triggered, this, &ChannelsPage::removeChannel);
    connect(up, &QAction::triggered, this, [this] { moveChannel(-1); });
    connect(down, &QAction::triggered, this, [this] { moveChannel(1); });
    connect(normalise, &QAction::triggered, this, [this] {
        if (!this->document()->normaliseChannelShares(this->document()->activeScenarioIndex()))
            report(tr("The channel shares sum to 0 and cannot be normalised."));
    });

    auto *hint = new QLabel(tr("Drivers of the active scenario. Saturation: the monthly spend at "
                               "which the cost per lead has doubled (empty = none). Conversion "
                               "columns are stage-to-stage rates."),
                            this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(createHeading(tr("Channels and funnel drivers")));
    layout->addWidget(hint);
    layout->addWidget(createTableToolBar({add, remove, up, down, normalise}));
    m_results->setObjectName(QStringLiteral("channelResults"));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAlternatingRowColors(true);
    m_results->verticalHeader()->hide();
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 8);
    TableCopy::install(m_results);
    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(createHeading(tr("Results per channel (active scenario)")));
    resultsLayout->addWidget(m_results);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(results);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    // One refresh per change (projectionChanged ends every change, also a new active scenario),
    // and none while hidden: the page catches up when it is shown (RefreshWhenShown.h).
    auto *deferred = new RefreshWhenShown(this, [this] { refreshResults(); });
    connect(document, &PlanDocument::projectionChanged, deferred, &RefreshWhenShown::request);
    refreshResults();
}

void ChannelsPage::refreshResults()
{
    const Plan &plan = document()->plan();
    const Projection *projection = document()->projection();
    const QStringList headers{
        tr("Channel"),   tr("Spend"),    metricDisplayName(plan, QStringLiteral("leads")),
        tr("Customers"), tr("CAC"),      tr("Customer value"),
        tr("ROI"),       tr("LTV : CAC")};
    const QStringList tips{{},
                           tr("Channel spend over the plan"),
                           tr("Leads (first funnel stage) over the plan"),
                           tr("Customers (last funnel stage) over the plan"),
                           tr("Customer acquisition cost: spend ÷ customers"),
                           tr("Customers × lifetime value"),
                           tr("Return on investment: (value − spend) ÷ spend"),
                           tr("Lifetime value ÷ customer acquisition cost")};
    // Items are updated in place (selection and scroll position stay); columns are measured
    // again only where a text changed.
    bool shapeChanged = m_results->columnCount() != int(headers.size());
    if (shapeChanged)
        m_results->setColumnCount(int(headers.size()));
    for (int column = 0; column < int(headers.size()); ++column) {
        QTableWidgetItem *header = m_results->horizontalHeaderItem(column);
        if (!header) {
            header = new QTableWidgetItem;
            m_results->setHorizontalHeaderItem(column, header);
        }
        if (header->text() != headers.at(column)) {
            header->setText(headers.at(column));
            shapeChanged = true;
        }
        header->setToolTip(tips.at(column));
    }
    const int rows = projection ? int(projection->channels.size()) : 0;
    if (m_results->rowCount() != rows) {
        m_results->setRowCount(rows);
        shapeChanged = true;
    }
    std::vector<bool> columnChanged(headers.size(), shapeChanged);
    const auto setCell = [&](int row, int column, const QString &text,
                             std::optional<double> value) {
        QTableWidgetItem *item = m_results->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_results->setItem(row, column, item);
        }
        if (item->text() != text) {
            item->setText(text);
            columnChanged[std::size_t(column)] = true;
        }
        const QVariant raw = value ? QVariant(*value) : QVariant();
        if (column > 0 && item->data(TableCopy::RawValueRole) != raw)
            item->setData(TableCopy::RawValueRole, raw);
    };
    const auto figuresOf = [](const ChannelResult &channel) {
        return std::array<std::pair<std::optional<double>, FigureKind>, 7>{
            {{channel.spend, FigureKind::Money},
             {channel.leads, FigureKind::Count},
             {channel.customers, FigureKind::Count},
             {channel.cac, FigureKind::Money},
             {channel.value, FigureKind::Money},
             {channel.roi, FigureKind::Percent},
             {channel.ltvCac, FigureKind::Ratio}}};
    };
    // One number of decimals per column, chosen from its values (issue 22 B.7).
    std::array<int, 7> decimals{};
    for (std::size_t f = 0; f < decimals.size(); ++f) {
        std::vector<std::optional<double>> column;
        column.reserve(std::size_t(rows));
        for (int row = 0; row < rows; ++row)
            column.push_back(figuresOf(projection->channels[std::size_t(row)])[f].first);
        decimals[f] = figureDecimals(column, figuresOf(ChannelResult{})[f].second);
    }
    for (int row = 0; row < rows; ++row) {
        const ChannelResult &channel = projection->channels[std::size_t(row)];
        const auto figures = figuresOf(channel);
        setCell(row, 0, channel.name, std::nullopt);
        for (int f = 0; f < int(figures.size()); ++f) {
            const auto &[value, kind] = figures[std::size_t(f)];
            setCell(row, f + 1, formatFigure(value, kind, plan.currency, decimals[std::size_t(f)]),
                    value);
        }
    }
    if (shapeChanged) {
        m_results->resizeColumnsToContents();
    } else {
        for (int column = 1; column < int(headers.size()); ++column) {
            if (columnChanged[std::size_t(column)])
                fitColumnByShapes(m_results, column, true);
        }
    }
    m_results->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void ChannelsPage::addChannel()
{
    const Plan &plan = document()->plan();
    QString name;
    for (int n = int(plan.channels.size()) + 1;; ++n) {
        name = tr("Channel %1").arg(n);
        if (plan.channelIndex(name) < 0)
            break;
    }
    if (const Status status = document()->addChannel(name); !status)
        return report(status.error());
    m_view->focusCell(m_model->rowCount() - 1, ChannelsModel::NameColumn);
}

void ChannelsPage::removeChannel()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return report(tr("Select the channel to remove."));
    if (const Status status = document()->removeChannel(current.row()); !status)
        report(status.error());
}

void ChannelsPage::moveChannel(int step)
{
    moveCurrentRow(m_view, step,
                   [this](int from, int to) { return document()->moveChannel(from, to); });
}

void ChannelsPage::showPlace(const PlanPlace &place)
{
    if (!focusPath(m_view, place.path) && place.row >= 0)
        m_view->focusCell(place.row, place.column);
}

} // namespace cplan
