#include "ui/dialogs/ReplanDialog.h"

#include "models/document/PlanDocument.h"
#include "models/domain/Months.h"
#include "models/engine/Projection.h"
#include "models/itemmodels/ValueFormat.h"
#include "ui/charts/ReplanChart.h"
#include "ui/dialogs/ScenarioNameDialog.h"
#include "ui/widgets/FigureFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace cplan {

namespace {

// Warnings and refusals: the orange of OptimiseSplitDialog and Page::showShareSum.
const QString warningStyle = QStringLiteral("color: #d9822b; font-weight: 600;");
const QColor warningColour(0xd6, 0x45, 0x41);

QTableWidgetItem *figureItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

// The figures of the latest-estimate table: the headline totals, then each target's metric.
struct EstimateRow
{
    QString label;
    QString metric;
    std::optional<Target> target;
};

} // namespace

ReplanDialog::ReplanDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_scenario(document->activeScenario()),
      m_statusDate(new QDateEdit(this)), m_timing(new QComboBox(this)),
      m_objective(new QComboBox(this)), m_problem(new QLabel(this)),
      m_table(new QTableWidget(this)), m_estimates(new QTableWidget(this)),
      m_chart(new ReplanChart(this)), m_summary(new QLabel(this)),
      m_save(new QPushButton(tr("&Save as scenario…"), this)),
      m_watcher(new QFutureWatcher<Answer>(this))
{
    connect(m_watcher, &QFutureWatcher<Answer>::finished, this, [this] {
        // setFuture() drops the signals of a replaced request, so this is the latest one.
        if (!m_computing)
            return;
        m_computing = false;
        const Answer answer = m_watcher->result();
        if (answer)
            takeAnswer(*answer);
        showAll();
    });
    setWindowTitle(tr("Re-plan from actuals — %1").arg(m_scenario.name));
    m_askName = [this](const QString &suggested) {
        return askScenarioName(this, tr("Save as scenario"), suggested);
    };
    const Plan &plan = document->plan();

    // The plan's status date, else today by the document's clock (MODEL.md §1).
    QDate date = parseIsoDate(plan.statusDate).value_or(QDate());
    if (!date.isValid())
        date = document->today();
    m_statusDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_statusDate->setCalendarPopup(true);
    m_statusDate->setDate(date);
    m_statusDate->setToolTip(tr("Months whose last day is on or before this date are closed "
                                "(as of 2025-06-30, June is closed; as of 2025-06-15 it is "
                                "open): their spend is the actual spend (the plan's where no "
                                "actuals were entered). The rest is re-planned."));
    m_timing->addItem(tr("Keep the scenario's phasing"),
                      static_cast<int>(ReplanTiming::KeepPhasing));
    m_timing->addItem(tr("Free: choose the months too"), static_cast<int>(ReplanTiming::Free));
    m_timing->setToolTip(tr("Keep the phasing: only each channel's remaining amount changes. "
                            "Free: when to spend is chosen as well as where."));
    m_objective->addItem(tr("Customer value"), static_cast<int>(OptimizerObjective::Value));
    m_objective->addItem(tr("Customers"), static_cast<int>(OptimizerObjective::Customers));
    m_objective->setToolTip(tr("What the re-plan maximises over the open months"));

    auto *inputs = new QHBoxLayout;
    const auto addInput = [&](const QString &text, QWidget *widget) {
        auto *label = new QLabel(text, this);
        label->setBuddy(widget);
        inputs->addWidget(label);
        inputs->addWidget(widget);
        inputs->addSpacing(12);
    };
    addInput(tr("Status &date:"), m_statusDate);
    addInput(tr("&Timing:"), m_timing);
    addInput(tr("&Maximise:"), m_objective);
    inputs->addStretch(1);

    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::RichText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    buildTable();
    m_estimates->setColumnCount(EstimateColumnCount);
    m_estimates->setHorizontalHeaderLabels({tr("Year"), tr("Original\nplan"),
                                            tr("Latest estimate\nplan scaled"),
                                            tr("Latest estimate\nre-plan"), tr("Target")});
    m_estimates->verticalHeader()->setVisible(false);
    m_estimates->setAlternatingRowColors(true);
    m_estimates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_estimates->setTabKeyNavigation(false);
    m_estimates->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_estimates->horizontalHeader()->setSectionResizeMode(MetricColumn, QHeaderView::Stretch);
    m_chart->setCurrency(plan.currency);
    m_chart->setTitle(tr("Spend per month, all channels"));
    m_chart->setMinimumHeight(200);

    // The channels over the full width; the monthly chart and the latest estimate share the
    // lower half in tabs (side by side, neither fitted at 1024x700).
    auto *lower = new QTabWidget(this);
    lower->setDocumentMode(true);
    lower->addTab(m_chart, tr("Spend per month: planned against re-planned"));
    lower->addTab(m_estimates, tr("Latest estimate for the year against plan and targets"));
    auto *body = new QSplitter(Qt::Vertical, this);
    body->addWidget(m_table);
    body->addWidget(lower);
    body->setStretchFactor(0, 0);
    body->setStretchFactor(1, 1);
    body->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    m_save->setToolTip(tr("Add the re-plan as a new scenario: actual spend to date, then the "
                          "re-planned months (one undo step)"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString suggested =
            m_result ? unusedScenarioName(m_document->plan(), m_result->replan.scenario.name)
                     : QString();
        const QString name = m_askName(suggested).trimmed();
        if (name.isEmpty())
            return;
        if (const Status status = saveAsScenario(name); !status) {
            m_summary->setStyleSheet(warningStyle);
            m_summary->setText(status.error().toHtmlEscaped());
            return;
        }
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(inputs);
    layout->addWidget(m_problem);
    layout->addWidget(body, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_statusDate, &QDateEdit::dateChanged, this, &ReplanDialog::recompute);
    connect(m_timing, &QComboBox::currentIndexChanged, this, &ReplanDialog::recompute);
    connect(m_objective, &QComboBox::currentIndexChanged, this, &ReplanDialog::recompute);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling && item->column() == LockColumn)
            recompute();
    });

    resize(1000, 660);
    recompute();
}

QTabWidget *ReplanDialog::lowerTabs() const
{
    return findChild<QTabWidget *>();
}

void ReplanDialog::buildTable()
{
    const Plan &plan = m_document->plan();
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Lock"), tr("Channel"), tr("Spent\nto date"),
                                        tr("Planned\nremainder"), tr("Re-planned\nremainder"),
                                        tr("Δ")});
    m_table->setRowCount(static_cast<int>(plan.channels.size()));
    m_table->verticalHeader()->setVisible(false);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_filling = true;
    for (int c = 0; c < static_cast<int>(plan.channels.size()); ++c) {
        auto *lock = new QTableWidgetItem;
        lock->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        lock->setCheckState(Qt::Unchecked);
        lock->setToolTip(tr("Keep this channel's planned spend in the open months"));
        m_table->setItem(c, LockColumn, lock);
        m_table->setItem(c, ChannelColumn,
                         textItem(plan.channels[static_cast<std::size_t>(c)].name));
    }
    m_filling = false;
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChannelColumn, QHeaderView::Stretch);
    // Room for every channel up to eight without scrolling; more scroll.
    const int visibleRows = std::min(m_table->rowCount(), 8);
    m_table->setMinimumHeight(header->sizeHint().height() +
                              visibleRows * m_table->verticalHeader()->defaultSectionSize() +
                              2 * m_table->frameWidth() + 2);
}

void ReplanDialog::setStatusDate(const QDate &date)
{
    m_statusDate->setDate(date);
}

void ReplanDialog::setTiming(ReplanTiming timing)
{
    m_timing->setCurrentIndex(m_timing->findData(static_cast<int>(timing)));
}

void ReplanDialog::setObjective(OptimizerObjective objective)
{
    m_objective->setCurrentIndex(m_objective->findData(static_cast<int>(objective)));
}

void ReplanDialog::setLocked(int channel, bool locked)
{
    if (QTableWidgetItem *item = m_table->item(channel, LockColumn))
        item->setCheckState(locked ? Qt::Checked : Qt::Unchecked);
}

ReplanOptions ReplanDialog::options() const
{
    ReplanOptions options;
    options.statusDate = m_statusDate->date().toString(Qt::ISODate);
    options.timing = static_cast<ReplanTiming>(m_timing->currentData().toInt());
    options.objective = static_cast<OptimizerObjective>(m_objective->currentData().toInt());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, LockColumn)->checkState() == Qt::Checked)
            options.lockedChannels << m_table->item(row, ChannelColumn)->text();
    }
    return options;
}

QString ReplanDialog::money(double amount) const
{
    // Every yuan in grouped digits; in 万/亿 two decimals of the unit (¥602.53万), as the
    // figures elsewhere, not ¥602.528875万.
    if (ValueFormat::amountStyle() == AmountStyle::ChineseUnits)
        return formatFigure(amount, FigureKind::Money, m_document->plan().currency);
    return ValueFormat::money(amount, m_document->plan().currency);
}

QString ReplanDialog::amount(double value) const
{
    return formatFigure(value, FigureKind::Money, m_document->plan().currency);
}

void ReplanDialog::recompute()
{
    m_setup.reset();
    m_result.reset();
    m_error.clear();
    m_computing = false;
    const Plan &plan = m_document->plan();
    const ReplanOptions settings = options();
    // First the problem as stated, so what cannot work is explained before any solving.
    auto setup = prepareReplan(plan, m_scenario, settings);
    if (!setup) {
        m_error = setup.error();
    } else {
        m_setup = std::move(setup).value();
        if (m_setup->infeasibility) {
            m_error = *m_setup->infeasibility;
        } else if (static_cast<qint64>(plan.channels.size()) * plan.months >=
                   m_backgroundThreshold) {
            // Copies go to the worker: the document may change while it runs.
            m_computing = true;
            m_watcher->setFuture(QtConcurrent::run([plan, scenario = m_scenario, settings] {
                return Answer(replanRemainder(plan, scenario, settings));
            }));
        } else {
            takeAnswer(replanRemainder(plan, m_scenario, settings));
        }
    }
    showAll();
}

void ReplanDialog::takeAnswer(const Result<ReplanResult> &answer)
{
    if (answer)
        m_result = answer.value();
    else
        m_error = answer.error();
}

void ReplanDialog::showAll()
{
    showSetup();
    showResult();
    showEstimates();
    showChart();
    if (!m_computing)
        emit computed();
}

void ReplanDialog::showSetup()
{
    if (!m_setup) {
        m_problem->setStyleSheet(warningStyle);
        m_problem->setText(tr("Cannot re-plan: %1").arg(m_error).toHtmlEscaped());
        return;
    }
    const ReplanSetup &setup = *m_setup;
    QStringList lines;
    lines << tr("Closed: %1 to %2 (actual spend where entered, the plan elsewhere). Open: %3 to "
                "%4.")
                 .arg(NumberText::formatMonth(setup.months.front()),
                      NumberText::formatMonth(setup.months.at(setup.statusMonth - 1)),
                      NumberText::formatMonth(setup.months.at(setup.statusMonth)),
                      NumberText::formatMonth(setup.months.back()))
                 .toHtmlEscaped();
    lines << tr("Channel pool %1 · spent %2 · remaining %3")
                 .arg(money(setup.pool), money(setup.spent), money(setup.remaining))
                 .toHtmlEscaped();
    QStringList warnings;
    for (qsizetype c = 0; c < setup.channels.size(); ++c) {
        const auto i = static_cast<Eigen::Index>(c);
        if (!setup.overMaxChannel[static_cast<std::size_t>(c)])
            continue;
        const double maximum =
            m_scenario.channels[static_cast<std::size_t>(c)].maxShare * setup.pool;
        warnings << tr("%1 has spent %2, past its maximum share of %3: it gets nothing more.")
                        .arg(setup.channels.at(c), money(setup.spentByChannel[i]), money(maximum));
    }
    if (setup.lowerSum > setup.remaining && setup.infeasibility)
        warnings << tr("The bounds cannot hold together: the channels must still spend at least "
                       "%1 in the open months (their minimum shares less what they have spent, "
                       "and the locked channels' planned spend), but only %2 is left. Lower a "
                       "minimum share or unlock a channel.")
                        .arg(money(setup.lowerSum), money(setup.remaining));
    else if (setup.infeasibility)
        warnings << tr("The bounds cannot hold together: the channels may spend at most %1 in "
                       "the open months (their maximum shares less what they have spent, and the "
                       "locked channels' planned spend), but %2 is left to spend. Raise a maximum "
                       "share or unlock a channel.")
                        .arg(money(setup.upperSum), money(setup.remaining));
    else if (!m_error.isEmpty())
        warnings << tr("Cannot re-plan: %1").arg(m_error);
    QString html = lines.join(QStringLiteral("<br>"));
    for (const QString &warning : warnings)
        html += QStringLiteral("<br><span style=\"%1\">%2</span>")
                    .arg(warningStyle, warning.toHtmlEscaped());
    m_problem->setStyleSheet(QString());
    m_problem->setText(html);
}

void ReplanDialog::showResult()
{
    m_filling = true;
    const int rows = m_table->rowCount();
    for (int c = 0; c < rows; ++c) {
        const auto i = static_cast<Eigen::Index>(c);
        const bool known = m_setup.has_value();
        const bool solved = m_result.has_value();
        m_table->setItem(
            c, SpentColumn,
            figureItem(known ? amount(m_setup->spentByChannel[i]) : QStringLiteral("—")));
        m_table->setItem(c, PlannedColumn,
                         figureItem(known ? amount(m_setup->plannedOpen[i]) : QStringLiteral("—")));
        m_table->setItem(
            c, ReplannedColumn,
            figureItem(solved ? amount(m_result->replan.openSpend[i]) : QStringLiteral("—")));
        QString delta = QStringLiteral("—");
        if (solved) {
            const double change = m_result->replan.openSpend[i] - m_setup->plannedOpen[i];
            delta = (change > 0.5 ? QStringLiteral("+") : QString()) + amount(change);
        }
        m_table->setItem(c, DeltaColumn, figureItem(delta));
        if (known && m_setup->overMaxChannel[static_cast<std::size_t>(c)]) {
            m_table->item(c, SpentColumn)->setForeground(warningColour);
            m_table->item(c, SpentColumn)
                ->setToolTip(tr("Already past its maximum share: nothing more is planned."));
        }
    }
    m_filling = false;
    m_save->setEnabled(m_result.has_value());
    m_summary->setStyleSheet(QString());
    if (!m_result) {
        if (m_computing)
            m_summary->setText(tr("Re-planning…"));
        else
            m_summary->clear();
        return;
    }
    const ReplanResult &result = *m_result;
    const bool value = result.objective == OptimizerObjective::Value;
    const auto figure = [&](double objective) {
        return value ? amount(objective) : ValueFormat::number(objective, 0);
    };
    const QString what = value ? tr("Customer value") : tr("Customers");
    const double relative =
        result.baseline.objective != 0.0 ? result.uplift / result.baseline.objective : 0.0;
    m_summary->setText(
        tr("%1 of the open months: <b>%2</b> re-planned against %3 with the plan's own spend "
           "scaled to what is left — uplift <b>%4</b> (%5).")
            .arg(what, figure(result.replan.objective), figure(result.baseline.objective),
                 figure(result.uplift), ValueFormat::percent(relative)));
}

void ReplanDialog::showEstimates()
{
    const Plan &plan = m_document->plan();
    std::vector<EstimateRow> rows = {{tr("Customers"), QStringLiteral("customers"), {}},
                                     {tr("Customer value"), QStringLiteral("value"), {}},
                                     {tr("CAC"), QStringLiteral("cac"), {}}};
    for (const Target &target : plan.targets) {
        auto existing = std::find_if(rows.begin(), rows.end(), [&](const EstimateRow &row) {
            return row.metric == target.metric && !row.target;
        });
        if (existing != rows.end())
            existing->target = target;
        else
            rows.push_back(
                {target.label.isEmpty() ? target.metric : target.label, target.metric, target});
    }
    const Totals original = project(plan, m_scenario).totals;
    m_estimates->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const EstimateRow &row = rows[static_cast<std::size_t>(r)];
        m_estimates->setItem(r, MetricColumn, textItem(row.label));
        // A metric's figures (original, estimates, target) with one number of decimals (issue
        // 22 B.7).
        const FigureKind kind = figureKindOf(row.metric);
        const std::optional<double> baseline =
            m_result ? metricValue(m_result->baseline.latestEstimate, row.metric) : std::nullopt;
        const std::optional<double> latest =
            m_result ? metricValue(m_result->replan.latestEstimate, row.metric) : std::nullopt;
        const int decimals =
            figureDecimals({metricValue(original, row.metric), baseline, latest,
                            row.target ? std::optional<double>(row.target->value) : std::nullopt},
                           kind);
        const auto cell = [&](int column, std::optional<double> figure, bool judge) {
            auto *item = figureItem(m_result || column == OriginalColumn
                                        ? formatFigure(figure, kind, plan.currency, decimals)
                                        : QStringLiteral("—"));
            if (judge && row.target && m_result &&
                !isMet(figure, row.target->op, row.target->value))
                item->setForeground(warningColour);
            m_estimates->setItem(r, column, item);
        };
        cell(OriginalColumn, metricValue(original, row.metric), false);
        cell(BaselineColumn, baseline, true);
        cell(LatestColumn, latest, true);
        m_estimates->setItem(
            r, TargetColumn,
            figureItem(row.target
                           ? comparisonSymbol(row.target->op) + QLatin1Char(' ') +
                                 formatFigure(row.target->value, kind, plan.currency, decimals)
                           : QString()));
    }
}

void ReplanDialog::showChart()
{
    ReplanSpendSeries series;
    if (!m_setup) {
        m_chart->setSeries(series);
        return;
    }
    const ReplanSetup &setup = *m_setup;
    series.months = NumberText::formatMonths(setup.months); // "2025年3月" in Chinese
    series.statusMonth = setup.statusMonth;
    series.statusLabel = tr("Status date %1").arg(NumberText::formatDate(setup.statusDate));
    const int months = static_cast<int>(setup.months.size());
    for (int m = 0; m < months; ++m) {
        series.planned.push_back(setup.plannedSpend.col(m).sum());
        if (m < setup.statusMonth)
            series.replanned.push_back(setup.closedSpend.col(m).sum());
        else
            series.replanned.push_back(
                m_result ? m_result->replan.monthly.col(m - setup.statusMonth).sum() : 0.0);
    }
    m_chart->setSeries(series);
}

Status ReplanDialog::saveAsScenario(const QString &name)
{
    if (!m_result)
        return Error{m_error.isEmpty() ? tr("There is no re-plan to save.") : m_error};
    Scenario scenario = m_result->replan.scenario;
    scenario.name = name.trimmed();
    return m_document->addScenario(scenario);
}

} // namespace cplan
