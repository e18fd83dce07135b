#include "ui/pages/ActualsVariancePanel.h"

#include "models/domain/MetricNames.h"
#include "models/domain/NumberText.h"
#include "models/engine/Projection.h"
#include "models/itemmodels/ActualsModel.h"
#include "ui/charts/ComparisonView.h"
#include "ui/widgets/FigureColumn.h"
#include "ui/widgets/FigureFormat.h"
#include "ui/widgets/TableCopy.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace cplan {

namespace {

const QColor warning(0xd6, 0x45, 0x41);

QTableWidget *readOnlyTable(QWidget *parent, const QStringList &headers)
{
    auto *table = new QTableWidget(parent);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setWordWrap(false); // a long cell scrolls sideways instead of breaking in the row
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    TableCopy::install(table); // Ctrl+A, Ctrl+C as tab-separated text with headers
    return table;
}

struct Cell
{
    QString text;
    bool left = false; // figures are right-aligned, texts (and the first column) left
    bool warn = false;
};

// Fills a table in place: its items are made once and a text is set only when it changed, and
// at the end only the columns whose texts changed are measured again. On the big plan every
// edit rebuilt and measured 200 + 120 rows here, a third of an edit on the Actuals page
// (issue 21 C); a budget edit changes the planned figures but not the channels' names.
class RowFiller
{
public:
    RowFiller(QTableWidget *table, int rows)
        : m_table(table), m_changed(std::size_t(table->columnCount()), false),
          m_rebuilt(table->rowCount() != rows)
    {
        if (m_rebuilt) {
            table->setRowCount(0);
            table->setRowCount(rows);
        }
    }

    void setRow(int row, const std::vector<Cell> &cells)
    {
        for (int column = 0; column < int(cells.size()); ++column) {
            const Cell &cell = cells[std::size_t(column)];
            if (cell.left)
                m_left[std::size_t(column)] = true;
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem(cell.text);
                if (cell.left)
                    item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
                else if (column > 0)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(row, column, item);
                m_changed[std::size_t(column)] = true;
            } else if (item->text() != cell.text) {
                item->setText(cell.text);
                m_changed[std::size_t(column)] = true;
            }
            const QVariant foreground = cell.warn ? QVariant(QBrush(warning)) : QVariant();
            if (item->data(Qt::ForegroundRole) != foreground)
                item->setData(Qt::ForegroundRole, foreground);
        }
    }

    ~RowFiller()
    {
        if (m_rebuilt) {
            m_table->resizeColumnsToContents();
        } else {
            for (int column = 0; column < int(m_changed.size()); ++column) {
                if (m_changed[std::size_t(column)])
                    fitColumnByShapes(m_table, column, column > 0 && !m_left[std::size_t(column)]);
            }
        }
        m_table->horizontalHeader()->setStretchLastSection(true);
    }

    RowFiller(const RowFiller &) = delete;
    RowFiller &operator=(const RowFiller &) = delete;

private:
    QTableWidget *m_table;
    std::vector<bool> m_changed;
    std::vector<bool> m_left = std::vector<bool>(std::size_t(m_table->columnCount()), false);
    bool m_rebuilt;
};

QWidget *titled(QWidget *parent, const QString &title, QWidget *content)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, box);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

ActualsVariancePanel::ActualsVariancePanel(QWidget *parent)
    : QTabWidget(parent),
      m_byChannel(readOnlyTable(this, {tr("Channel"), tr("Planned spend"), tr("Actual spend"),
                                       tr("Variance"), tr("Cost against benchmark")})),
      m_byMonth(readOnlyTable(
          this, {tr("Month"), tr("Planned spend"), tr("Actual spend"), tr("Variance")})),
      m_reforecast(
          readOnlyTable(this, {tr("Figure"), tr("Plan"), tr("Re-forecast"), tr("Difference")}))
{
    m_byChannel->setObjectName(QStringLiteral("varianceByChannel"));
    m_byMonth->setObjectName(QStringLiteral("varianceByMonth"));
    m_reforecast->setObjectName(QStringLiteral("reforecast"));
    setDocumentMode(true);
    auto *tables = new QSplitter(Qt::Horizontal, this);
    tables->setChildrenCollapsible(false);
    tables->addWidget(titled(tables, tr("By channel, all measured months"), m_byChannel));
    tables->addWidget(titled(tables, tr("By month"), m_byMonth));
    // The channel table has the most columns and the longest text.
    tables->setStretchFactor(0, 5);
    tables->setStretchFactor(1, 2);
    addTab(tables, tr("Variance"));
    addTab(titled(this, tr("Re-forecast: the plan with the measured months as measured"),
                  m_reforecast),
           tr("Re-forecast"));
}

void ActualsVariancePanel::showVariance(const Plan &plan, const VarianceReport *report,
                                        const Projection *projection)
{
    if (!report || !projection) {
        for (QTableWidget *table : {m_byChannel, m_byMonth, m_reforecast})
            table->setRowCount(0);
        return;
    }
    fillByChannel(plan, *report);
    fillByMonth(plan, *report);
    fillReforecast(plan, *report, *projection);
}

void ActualsVariancePanel::fillByChannel(const Plan &plan, const VarianceReport &report)
{
    RowFiller filler(m_byChannel, int(report.byChannel.size()));
    // The planned and actual spend columns with one number of decimals (issue 22 B.7).
    std::vector<std::optional<double>> spends;
    for (const ChannelVariance &channel : report.byChannel)
        spends.insert(spends.end(), {channel.plannedSpend, channel.actualSpend});
    const int decimals = figureDecimals(spends, FigureKind::Money);
    // The costs in the benchmark sentences alike too ("¥857.50, planned ¥800.00" under
    // "¥1,692.87, planned ¥1,638.89").
    std::vector<std::optional<double>> costs;
    for (const ChannelVariance &channel : report.byChannel)
        costs.insert(costs.end(), {channel.actualCost, channel.plannedCost});
    const int costDecimals = figureDecimals(costs, FigureKind::Money);
    for (int row = 0; row < int(report.byChannel.size()); ++row) {
        const ChannelVariance &channel = report.byChannel[std::size_t(row)];
        const QString benchmark =
            !channel.benchmarkStage
                ? tr("no stage measured in every month")
                : tr("%1 per %2 against %3 planned%4")
                      .arg(formatFigure(channel.actualCost, FigureKind::Money, plan.currency,
                                        costDecimals),
                           singularStageName(plan.stages.value(*channel.benchmarkStage)),
                           formatFigure(channel.plannedCost, FigureKind::Money, plan.currency,
                                        costDecimals),
                           channel.overBenchmark ? tr(" — over benchmark") : QString());
        filler.setRow(
            row, {{channel.channel},
                  {formatFigure(channel.plannedSpend, FigureKind::Money, plan.currency, decimals)},
                  {formatFigure(channel.actualSpend, FigureKind::Money, plan.currency, decimals)},
                  {formatFigure(channel.spendVariance, FigureKind::Percent, plan.currency), false,
                   channel.spendFlag},
                  {benchmark, true, channel.overBenchmark}});
    }
}

void ActualsVariancePanel::fillByMonth(const Plan &plan, const VarianceReport &report)
{
    RowFiller filler(m_byMonth, int(report.byMonth.size()));
    std::vector<std::optional<double>> spends;
    for (const MonthVariance &month : report.byMonth)
        spends.insert(spends.end(), {month.plannedSpend, month.actualSpend});
    const int decimals = figureDecimals(spends, FigureKind::Money);
    for (int row = 0; row < int(report.byMonth.size()); ++row) {
        const MonthVariance &month = report.byMonth[std::size_t(row)];
        filler.setRow(
            row, {{NumberText::formatMonth(month.month)},
                  {formatFigure(month.plannedSpend, FigureKind::Money, plan.currency, decimals)},
                  {formatFigure(month.actualSpend, FigureKind::Money, plan.currency, decimals)},
                  {formatFigure(month.spendVariance, FigureKind::Percent, plan.currency), false,
                   month.spendFlag}});
    }
}

void ActualsVariancePanel::fillReforecast(const Plan &plan, const VarianceReport &report,
                                          const Projection &projection)
{
    const Totals &planned = projection.totals;
    const Totals &latest = report.reforecast;
    struct Line
    {
        QString title;
        std::optional<double> plan;
        std::optional<double> reforecast;
        FigureKind kind;
    };
    const QString customers = plan.stages.isEmpty() ? tr("Customers") : plan.stages.last();
    const QString leads = plan.stages.isEmpty() ? tr("Leads") : plan.stages.first();
    const std::vector<Line> lines{
        {tr("Spend"), planned.channelSpend, latest.channelSpend, FigureKind::Money},
        {leads, planned.leads, latest.leads, FigureKind::Count},
        {customers, planned.customers, latest.customers, FigureKind::Count},
        {tr("Cost per %1").arg(customers), planned.cac, latest.cac, FigureKind::Money},
        {tr("Customer value"), planned.value, latest.value, FigureKind::Money},
        {tr("ROI"), planned.roi, latest.roi, FigureKind::Percent},
        {tr("Return ratio (value : spend)"), planned.returnRatio, latest.returnRatio,
         FigureKind::Ratio},
    };
    RowFiller filler(m_reforecast, int(lines.size()));
    for (int row = 0; row < int(lines.size()); ++row) {
        const Line &line = lines[std::size_t(row)];
        std::optional<double> difference;
        if (line.plan && line.reforecast)
            difference = *line.reforecast - *line.plan;
        // A difference in its own unit, signed: percentage points for ROI, a plain number for
        // the return ratio ("−0.05", never "1 : -0.05"), money and counts as figures.
        // The plan and the re-forecast of a figure with one number of decimals.
        const int decimals = figureDecimals({line.plan, line.reforecast}, line.kind);
        filler.setRow(row, {{line.title},
                            {formatFigure(line.plan, line.kind, plan.currency, decimals)},
                            {formatFigure(line.reforecast, line.kind, plan.currency, decimals)},
                            {ComparisonView::deltaText(difference, line.kind, plan.currency)}});
    }
}

namespace {
// A flagged cell's key: its variance row and stage (0 = spend, k + 1 = stage k).
constexpr int keysPerRow = 16; // more than the 8 stages a plan may have
} // namespace

ActualsModel::FlaggedCells ActualsVariancePanel::flaggedCells(const Plan &plan,
                                                              const VarianceReport &report)
{
    ActualsModel::FlaggedCells cells;
    const int channels = int(plan.channels.size());
    for (std::size_t r = 0; r < report.rows.size(); ++r) {
        const VarianceRow &row = report.rows[r];
        const int gridRow = row.monthIndex * channels + row.channelIndex;
        const int key = int(r) * keysPerRow;
        if (row.spendFlag)
            cells.push_back({{gridRow, ActualsModel::SpendColumn}, key});
        for (const StageVariance &stage : row.stages) {
            if (stage.flag)
                cells.push_back({{gridRow, ActualsModel::FirstVolumeColumn + stage.stage},
                                 key + 1 + stage.stage});
        }
    }
    return cells;
}

QString ActualsVariancePanel::flagSentence(const Plan &plan, const VarianceReport &report, int key)
{
    const auto r = std::size_t(key / keysPerRow);
    if (key < 0 || r >= report.rows.size())
        return {};
    const VarianceRow &row = report.rows[r];
    const int stageIndex = key % keysPerRow - 1;
    if (stageIndex < 0)
        return tr("Spend %1 against the plan's %2")
            .arg(formatFigure(row.spendVariance, FigureKind::Percent, plan.currency),
                 formatFigure(row.plannedSpend, FigureKind::Money, plan.currency));
    for (const StageVariance &stage : row.stages) {
        if (stage.stage == stageIndex)
            return tr("%1 %2 against the plan's %3")
                .arg(plan.stages.value(stage.stage),
                     formatFigure(stage.variance, FigureKind::Percent, plan.currency),
                     formatFigure(stage.planned, FigureKind::Count, plan.currency));
    }
    return {};
}

} // namespace cplan
