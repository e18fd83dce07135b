#include "ui/charts/ComparisonView.h"

#include "models/document/PlanDocument.h"
#include "models/reports/PlanReports.h"
#include "ui/charts/BarChart.h"
#include "ui/charts/ChartPalette.h"
#include "ui/charts/ComparisonAdapter.h"
#include "ui/widgets/FigureColumn.h"
#include "ui/widgets/PlainText.h"
#include "ui/widgets/RefreshWhenShown.h"
#include "ui/widgets/TableCopy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <vector>

namespace cplan {

namespace {
QString signedFigure(std::optional<double> value, FigureKind kind, const QString &currency,
                     int decimals = -1)
{
    if (!value)
        return QStringLiteral("—");
    const QString text = formatFigure(value, kind, currency, decimals);
    return *value > 0 ? QStringLiteral("+") + text : text;
}

QString signedNumber(double value, int decimals)
{
    const QString text = QLocale().toString(value, 'f', decimals);
    return value > 0 ? QStringLiteral("+") + text : text;
}
} // namespace

QString ComparisonView::deltaText(std::optional<double> delta, FigureKind kind,
                                  const QString &currency, int decimals)
{
    if (!delta)
        return QStringLiteral("—");
    switch (kind) {
    case FigureKind::Percent:
        // A difference of two rates is in percentage points, not a percentage of a percentage.
        return tr("%1 pp").arg(signedNumber(*delta * 100.0, 1));
    case FigureKind::Month:
        return std::abs(*delta) == 1.0 ? tr("%1 month").arg(signedNumber(*delta, 0))
                                       : tr("%1 months").arg(signedNumber(*delta, 0));
    case FigureKind::Ratio:
        return signedNumber(*delta, 2);
    case FigureKind::Money:
    case FigureKind::Count:
        break;
    }
    return signedFigure(delta, kind, currency, decimals);
}

ComparisonView::ComparisonView(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_pickers(new QHBoxLayout),
      m_base(new QComboBox(this)), m_message(new QLabel(this)), m_legend(new QLabel(this)),
      m_table(new QTableWidget(this)),
      m_spend(new BarChart(BarChart::Layout::Grouped, Qt::Horizontal, this)),
      m_customers(new BarChart(BarChart::Layout::Grouped, Qt::Horizontal, this))
{
    m_base->setObjectName(QStringLiteral("comparisonBase"));
    m_base->setToolTip(tr("The scenario every difference is measured against"));
    m_base->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_legend->setWordWrap(true);
    m_legend->setText(tr("Bold on green: the best of the shown scenarios for that row. Δ in green "
                         "is better than the base, in red worse (lower is better for costs and "
                         "payback). Rates differ in percentage points (pp)."));

    // The scenarios on one line, the base on the next: long scenario names side by side would
    // make the page wider than a 1024-pixel screen.
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Compare:"), this));
    controls->addLayout(m_pickers);
    controls->addStretch(1);
    auto *baseRow = new QHBoxLayout;
    baseRow->addWidget(new QLabel(tr("Base:"), this));
    baseRow->addWidget(m_base);
    baseRow->addStretch(1);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    TableCopy::install(m_table);
    // The table shows every row; the page scrolls (table and charts together).
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->verticalHeader()->hide();
    m_table->viewport()->installEventFilter(this);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_spend->setTitle(tr("Spend per channel"));
    m_customers->setTitle(tr("Customers per channel"));
    m_spend->setObjectName(QStringLiteral("comparisonSpendChart"));
    m_customers->setObjectName(QStringLiteral("comparisonCustomersChart"));
    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_spend);
    charts->addWidget(m_customers);
    charts->setChildrenCollapsible(false);
    charts->setMinimumHeight(320);
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_table);
    contentLayout->addWidget(charts, 1);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("comparisonScroll"));
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addLayout(baseRow);
    layout->addWidget(m_message);
    layout->addWidget(m_legend);
    layout->addWidget(m_scroll, 1);

    connect(m_base, &QComboBox::currentIndexChanged, this, &ComparisonView::refresh);
    // No work while hidden: the view catches up when it is shown (RefreshWhenShown.h).
    auto *deferred = new RefreshWhenShown(this, [this] { refresh(); });
    connect(document, &PlanDocument::planChanged, this, [this, deferred](const PlanChange &change) {
        // Scenarios added, removed, renamed or moved change the pickers (a budget does not).
        if (change.touches(PlanChange::Area::Scenarios) && scenarioNamesChanged())
            rebuildPickers();
        else
            deferred->request();
    });
    rebuildPickers();
}

QStringList ComparisonView::shownScenarios() const
{
    QStringList shown;
    for (const Scenario &scenario : m_document->plan().scenarios) {
        if (scenario.name == baseScenario() || !m_hidden.contains(scenario.name))
            shown << scenario.name;
    }
    return shown;
}

bool ComparisonView::scenarioNamesChanged() const
{
    const std::vector<Scenario> &scenarios = m_document->plan().scenarios;
    if (int(scenarios.size()) != m_base->count())
        return true;
    for (int i = 0; i < m_base->count(); ++i) {
        if (m_base->itemText(i) != scenarios[std::size_t(i)].name)
            return true;
    }
    return false;
}

QString ComparisonView::baseScenario() const
{
    return m_base->currentText();
}

void ComparisonView::setBaseScenario(const QString &name)
{
    const int index = m_base->findText(name);
    if (index >= 0)
        m_base->setCurrentIndex(index);
}

void ComparisonView::setScenarioShown(const QString &name, bool shown)
{
    for (QCheckBox *check : m_checks) {
        if (check->text() == name)
            check->setChecked(shown);
    }
}

void ComparisonView::rebuildPickers()
{
    const QString base = m_base->currentText();
    for (QCheckBox *check : m_checks)
        delete check;
    m_checks.clear();
    const Plan &plan = m_document->plan();
    {
        const QSignalBlocker blocker(m_base);
        m_base->clear();
        for (const Scenario &scenario : plan.scenarios)
            m_base->addItem(scenario.name);
        const int kept = m_base->findText(base);
        m_base->setCurrentIndex(kept >= 0 ? kept : 0);
    }
    for (std::size_t i = 0; i < plan.scenarios.size(); ++i) {
        const QString &name = plan.scenarios[i].name;
        auto *check = new QCheckBox(name, this);
        check->setChecked(!m_hidden.contains(name));
        // The scenario's colour on the bars.
        QPixmap swatch(12, 12);
        swatch.fill(scenarioColour(int(i)));
        check->setIcon(QIcon(swatch));
        connect(check, &QCheckBox::toggled, this, [this, name](bool on) {
            if (on)
                m_hidden.removeAll(name);
            else if (!m_hidden.contains(name))
                m_hidden << name;
            refresh();
        });
        m_pickers->addWidget(check);
        m_checks.push_back(check);
    }
    refresh();
}

void ComparisonView::refresh()
{
    const Plan &plan = m_document->plan();
    const Result<ComparisonReport> &report = m_document->reports().comparison(baseScenario());
    m_message->setVisible(!report.ok());
    if (!report.ok()) {
        m_message->setText(report.error());
        return;
    }
    for (QCheckBox *check : m_checks) {
        // The base is always compared.
        check->setEnabled(check->text() != report->base);
    }
    const QStringList shown = shownScenarios();
    // Where the plan has actuals, each scenario's latest estimate too (the reports' cached
    // variance: computed once per change, issue 22 C.11).
    std::function<std::optional<double>(const QString &)> latestCustomers;
    if (!plan.actuals.empty()) {
        latestCustomers = [this, &plan](const QString &scenario) -> std::optional<double> {
            const VarianceReport *variance =
                m_document->reports().variance(plan.scenarioIndex(scenario));
            if (!variance || variance->rows.empty())
                return std::nullopt;
            return variance->reforecast.customers;
        };
    }
    const ComparisonTable table = comparisonTable(plan, *report, shown, latestCustomers);

    // Columns: the total, then per scenario its value and, except for the base, Δ and Δ %.
    QStringList headers{tr("Total")};
    std::vector<std::pair<int, int>> columns; // (scenario, part: 0 value, 1 delta, 2 relative)
    for (int s = 0; s < table.scenarios.size(); ++s) {
        const bool base = s == table.baseColumn;
        headers << (base ? tr("%1 (base)").arg(table.scenarios.at(s)) : table.scenarios.at(s));
        columns.emplace_back(s, 0);
        if (!base) {
            headers << tr("Δ") << tr("Δ %");
            columns.emplace_back(s, 1);
            columns.emplace_back(s, 2);
        }
    }
    // The same rows and columns as before (an edit of a figure): the items are updated in
    // place, so the table keeps its selection and scroll position and makes nothing anew.
    // Only the columns whose texts or fonts changed are measured again (by the shapes of their
    // texts), and the labels' column only when a label changed: measuring every column made the
    // labels' column narrower and then wide again, which repainted the whole table.
    bool reshaped = false;
    if (m_table->rowCount() != int(table.rows.size()) ||
        m_table->columnCount() != int(headers.size())) {
        m_table->clear();
        m_table->setColumnCount(int(headers.size()));
        m_table->setRowCount(int(table.rows.size()));
        reshaped = true;
    }
    for (int c = 0; c < int(headers.size()); ++c) {
        QTableWidgetItem *header = m_table->horizontalHeaderItem(c);
        if (!header) {
            m_table->setHorizontalHeaderItem(c, new QTableWidgetItem(headers.at(c)));
            reshaped = true;
        } else if (header->text() != headers.at(c)) {
            header->setText(headers.at(c));
            reshaped = true;
        }
    }
    std::vector<bool> columnChanged(headers.size(), reshaped);
    const auto cell = [this](int r, int c) {
        QTableWidgetItem *item = m_table->item(r, c);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(r, c, item);
        }
        return item;
    };
    for (int r = 0; r < int(table.rows.size()); ++r) {
        const ComparisonRow &row = table.rows[std::size_t(r)];
        QTableWidgetItem *label = cell(r, 0);
        if (label->text() != row.label) {
            label->setText(row.label);
            columnChanged[0] = true;
        }
        label->setToolTip(plainToolTip(row.description.isEmpty()
                                           ? metricDescription(plan.stages, row.metric)
                                           : row.description));
        // One metric across the scenarios: its values with one number of decimals, and its
        // differences with one (issue 22 B.7: "¥1,809" beside "¥1,901.04" before).
        const int valueDecimals = figureDecimals(row.values, row.kind);
        const int deltaDecimals = figureDecimals(row.delta, row.kind);
        const QColor better(0x2e, 0x9e, 0x4f);
        const QColor worse(0xd6, 0x45, 0x41);
        for (int c = 0; c < int(columns.size()); ++c) {
            const auto [s, part] = columns[std::size_t(c)];
            const std::size_t scenario = std::size_t(s);
            QString text;
            if (part == 0)
                text = formatFigure(row.values[scenario], row.kind, plan.currency, valueDecimals);
            else if (part == 1)
                text = deltaText(row.delta[scenario], row.kind, plan.currency, deltaDecimals);
            else if (row.kind == FigureKind::Percent)
                text = QStringLiteral("—"); // a relative change of a rate says little
            else
                text = signedFigure(row.deltaRelative[scenario], FigureKind::Percent, {});
            QTableWidgetItem *item = cell(r, c + 1);
            if (item->text() != text) {
                item->setText(text);
                columnChanged[std::size_t(c + 1)] = true;
            }
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            // Every property an earlier refresh may have set is set again (an unchanged value
            // signals nothing).
            const bool best = part == 0 && s == row.best;
            QFont font = m_table->font();
            font.setBold(best);
            const QVariant oldFont = item->data(Qt::FontRole);
            item->setFont(font);
            if (item->data(Qt::FontRole) != oldFont)
                columnChanged[std::size_t(c + 1)] = true; // the best value's bold moved
            item->setBackground(best ? QBrush(QColor(0x2e, 0x9e, 0x4f, 48)) : QBrush());
            item->setData(BestRole, best ? QVariant(true) : QVariant());
            QString tip = best ? tr("Best of the shown scenarios") : QString();
            QBrush foreground;
            QVariant verdictData;
            if (part > 0) {
                // A difference that shows as zero ("+0.0 pp", "+0") is neither better nor worse
                // (issue 22 E.21: a +0.0 pp difference was coloured as better).
                const QString shownDelta =
                    deltaText(row.delta[scenario], row.kind, plan.currency, deltaDecimals);
                const bool shownAsZero =
                    std::none_of(shownDelta.begin(), shownDelta.end(), [](QChar ch) {
                        return ch >= QLatin1Char('1') && ch <= QLatin1Char('9');
                    });
                const int verdict =
                    shownAsZero ? 0 : deltaVerdict(row.direction, row.delta[scenario]);
                verdictData = verdict;
                foreground = verdict > 0   ? better
                             : verdict < 0 ? worse
                                           : palette().color(QPalette::PlaceholderText);
                if (verdict != 0)
                    tip = verdict > 0 ? tr("Better than the base") : tr("Worse than the base");
            }
            item->setData(VerdictRole, verdictData);
            item->setForeground(foreground);
            item->setToolTip(plainToolTip(tip));
        }
    }
    // The labels' column takes the spare room but never less than its longest label (issue 22
    // E.21: as a Stretch column it was squeezed below its labels when the scenarios took the
    // width, and "Volume: Registered users" or the Chinese labels were cut); the table then
    // scrolls sideways.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    if (reshaped) {
        m_table->resizeColumnsToContents();
        m_labelsWidth = m_table->columnWidth(0);
    } else {
        for (int c = 1; c < int(headers.size()); ++c) {
            if (columnChanged[std::size_t(c)])
                fitColumnByShapes(m_table, c, false);
        }
        // As resizeColumnToContents(0) measures, without giving the column that width first.
        if (columnChanged[0])
            m_labelsWidth =
                std::max(static_cast<QAbstractItemView *>(m_table)->sizeHintForColumn(0),
                         m_table->horizontalHeader()->sectionSizeHint(0));
    }
    fitLabelColumn();
    m_table->horizontalHeaderItem(0)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Every row visible: the scroll area, not the table, scrolls.
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            m_table->verticalHeader()->length() + 2 * m_table->frameWidth() +
                            m_table->horizontalScrollBar()->sizeHint().height());

    m_spend->setCurrency(plan.currency);
    m_customers->setCurrency(plan.currency);
    m_spend->setChart(channelSpendByScenario(plan, *report, shown));
    m_customers->setChart(channelCustomersByScenario(plan, *report, shown));
}

void ComparisonView::fitLabelColumn()
{
    if (m_table->columnCount() == 0)
        return;
    int figures = 0;
    for (int column = 1; column < m_table->columnCount(); ++column)
        figures += m_table->columnWidth(column);
    m_table->setColumnWidth(0, std::max(m_labelsWidth, m_table->viewport()->width() - figures));
}

bool ComparisonView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitLabelColumn();
    return QWidget::eventFilter(watched, event);
}

} // namespace cplan
