#include "ui/pages/AnalysisMonteCarloPanel.h"

#include "models/document/PlanDocument.h"
#include "models/domain/MetricNames.h"
#include "ui/charts/ChartFormat.h"
#include "ui/charts/FanChart.h"
#include "ui/charts/HistogramChart.h"
#include "ui/charts/TornadoAdapter.h"
#include "ui/pages/AnalysisMonteCarloJob.h"
#include "ui/widgets/FigureFormat.h"
#include "ui/widgets/PlainText.h"
#include "ui/widgets/TableCopy.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <iterator>
#include <optional>
#include <vector>

namespace cplan {

namespace {

// The out-of-date note: the orange Page::showShareSum uses, legible on light and dark.
const QString noticeStyle = QStringLiteral("color: #d9822b; font-weight: 600;");

QTableWidgetItem *figureItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void prepareTable(QTableWidget *table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

} // namespace

AnalysisMonteCarloPanel::AnalysisMonteCarloPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_job(new AnalysisMonteCarloJob(this)),
      m_trials(new QSpinBox(this)), m_seed(new QLineEdit(this)), m_metric(new QComboBox(this)),
      m_run(new QPushButton(tr("&Run"), this)), m_cancel(new QPushButton(tr("&Cancel"), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)), m_staleNote(new QLabel(this)),
      m_rerun(new QPushButton(tr("Re-r&un"), this)), m_resultsScroll(new QScrollArea(this)),
      m_resultsArea(new QWidget), m_statistics(new QTableWidget(m_resultsArea)),
      m_targets(new QTableWidget(m_resultsArea)), m_histogram(new HistogramChart(m_resultsArea)),
      m_fan(new FanChart(m_resultsArea))
{
    m_trials->setRange(1, maximumMonteCarloTrials);
    m_trials->setValue(defaultMonteCarloTrials);
    m_trials->setGroupSeparatorShown(true);
    m_trials->setSingleStep(1000);
    m_trials->setToolTip(tr("How many random draws of the uncertain drivers"));
    // Seeds below 2^53 (what the CLI accepts, exact in JSON).
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,15}")), m_seed));
    m_seed->setText(QString::number(defaultMonteCarloSeed));
    m_seed->setToolTip(tr("The same seed gives the same results on every run"));
    m_seed->setMaximumWidth(160);
    for (const QString &metric : monteCarloMetrics())
        m_metric->addItem(analysisMetricTitle(metric), metric);
    m_metric->setToolTip(tr("The metric of the histogram"));
    m_run->setToolTip(tr("Run the trials on the active scenario"));
    m_cancel->setToolTip(tr("Stop the running trials"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_staleNote->setTextFormat(Qt::PlainText);
    m_staleNote->setStyleSheet(noticeStyle);
    m_staleNote->setWordWrap(true);
    m_rerun->setToolTip(tr("Run again on the plan as it is now"));

    const auto labelled = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    // Two rows, so the controls fit a 1024-pixel window in either language (issue 22 E.20).
    m_seed->setMinimumWidth(m_seed->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 16 + 12);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(labelled(tr("&Trials:"), m_trials));
    runRow->addWidget(m_trials);
    runRow->addSpacing(12);
    runRow->addWidget(labelled(tr("S&eed:"), m_seed));
    runRow->addWidget(m_seed);
    runRow->addStretch(1);
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    auto *histogramRow = new QHBoxLayout;
    histogramRow->addWidget(labelled(tr("&Histogram of:"), m_metric));
    histogramRow->addWidget(m_metric);
    histogramRow->addSpacing(12);
    histogramRow->addWidget(m_progress, 1);

    auto *staleRow = new QHBoxLayout;
    staleRow->addWidget(m_staleNote, 1);
    staleRow->addWidget(m_rerun);

    m_statistics->setColumnCount(6);
    m_statistics->setHorizontalHeaderLabels(
        {tr("P5"), tr("P10"), tr("P50"), tr("P90"), tr("P95"), tr("Mean")});
    prepareTable(m_statistics);
    // Whole figures: columns as wide as their text, the table as wide as its columns.
    m_statistics->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_statistics->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_statistics->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_targets->setColumnCount(2);
    m_targets->setHorizontalHeaderLabels({tr("Target"), tr("Chance met")});
    TableCopy::install(m_statistics);
    TableCopy::install(m_targets);
    prepareTable(m_targets);
    m_targets->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_targets->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_targets->setMinimumWidth(260);
    m_targets->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_histogram->setMinimumHeight(240);
    m_fan->setMinimumHeight(240);
    m_fan->setTitle(tr("Customers per month: the range of the trials"));

    // The results scroll inside the panel instead of making the window taller (issue 22 E.20:
    // 728 px in English, 782 px in Chinese at 1024 x 700); a narrow panel puts the targets
    // below the percentiles instead of cutting both (arrangeResults()).
    m_resultsGrid = new QGridLayout(m_resultsArea);
    m_resultsGrid->setContentsMargins(0, 0, 0, 0);
    m_resultsScroll->setWidget(m_resultsArea);
    m_resultsScroll->setWidgetResizable(true);
    m_resultsScroll->setFrameShape(QFrame::NoFrame);
    m_resultsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_resultsScroll->viewport()->installEventFilter(this);
    arrangeResults(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(runRow);
    layout->addLayout(histogramRow);
    layout->addWidget(m_status);
    layout->addLayout(staleRow);
    layout->addWidget(m_resultsScroll, 1);

    connect(m_run, &QPushButton::clicked, this, &AnalysisMonteCarloPanel::run);
    connect(m_rerun, &QPushButton::clicked, this, &AnalysisMonteCarloPanel::run);
    connect(m_cancel, &QPushButton::clicked, this, &AnalysisMonteCarloPanel::cancel);
    connect(m_job, &AnalysisMonteCarloJob::progressed, this, [this](int done, int all) {
        m_progress->setValue(all > 0 ? int(100.0 * done / all) : 0);
    });
    connect(m_job, &AnalysisMonteCarloJob::finished, this, &AnalysisMonteCarloPanel::collect);
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        // Same seed, same trials: only the histogram changes, so current results re-run.
        if (m_results && !m_stale && !isRunning())
            run();
    });
    connect(document, &PlanDocument::planChanged, this, &AnalysisMonteCarloPanel::updateStale);
    connect(document, &PlanDocument::activeScenarioChanged, this,
            &AnalysisMonteCarloPanel::updateStale);
    updateState();
}

void AnalysisMonteCarloPanel::setTrials(int trials)
{
    m_trials->setValue(trials);
}

void AnalysisMonteCarloPanel::setSeed(std::uint64_t seed)
{
    m_seed->setText(QString::number(seed));
}

void AnalysisMonteCarloPanel::setHistogramMetric(const QString &metric)
{
    m_metric->setCurrentIndex(m_metric->findData(metric));
}

bool AnalysisMonteCarloPanel::isRunning() const
{
    return m_job->isRunning();
}

QString AnalysisMonteCarloPanel::message() const
{
    return m_message;
}

Plan AnalysisMonteCarloPanel::runInputs(const Plan &plan, const Scenario &scenario)
{
    Plan inputs = plan;
    inputs.scenarios = {scenario};
    inputs.milestones.clear();
    inputs.actuals.clear();
    return inputs;
}

void AnalysisMonteCarloPanel::run()
{
    MonteCarloOptions options;
    options.trials = m_trials->value();
    options.seed = m_seed->text().toULongLong();
    options.histogramMetric = m_metric->currentData().toString();
    m_runningPlan = m_document->plan();
    const Scenario &scenario = m_document->activeScenario();
    m_runningInputs = runInputs(m_runningPlan, scenario);
    m_message.clear();
    m_progress->setValue(0);
    m_job->start(m_runningPlan, scenario, options);
    m_status->setText(
        tr("Running %1 trials on \"%2\"…").arg(QLocale().toString(options.trials), scenario.name));
    updateState();
}

void AnalysisMonteCarloPanel::cancel()
{
    m_job->cancel();
}

void AnalysisMonteCarloPanel::collect()
{
    const auto &outcome = m_job->result();
    if (m_job->wasCancelled()) {
        m_message = tr("Cancelled: the results below are from the previous run.");
        if (!m_results)
            m_message = tr("Cancelled before the trials finished; nothing to show.");
    } else if (outcome && !outcome->ok()) {
        m_message = tr("The trials could not run: %1").arg(outcome->error());
    } else if (outcome) {
        m_results = outcome->value();
        m_resultsInputs = m_runningInputs;
        updateStale();
        showResults();
    }
    updateStale();
    updateState();
    emit runFinished();
}

void AnalysisMonteCarloPanel::showResults()
{
    const MonteCarloResult &results = *m_results;
    const QString &currency = m_runningPlan.currency;
    QStringList rowTitles;
    m_statistics->setRowCount(int(results.metrics.size()));
    for (int row = 0; row < int(results.metrics.size()); ++row) {
        const MetricDistribution &metric = results.metrics[std::size_t(row)];
        // Money rows name the currency once, so six figures fit side by side.
        const FigureKind kind = figureKindOf(metric.metric);
        rowTitles << (kind == FigureKind::Money
                          ? axisTitle(analysisMetricTitle(metric.metric), kind, currency)
                          : analysisMetricTitle(metric.metric));
        const std::optional<double> cells[] = {metric.p5,  metric.p10, metric.p50,
                                               metric.p90, metric.p95, metric.mean};
        // A metric's percentiles with one number of decimals (issue 22 B.7).
        const int decimals = figureDecimals(
            std::vector<std::optional<double>>(std::begin(cells), std::end(cells)), kind);
        for (int column = 0; column < 6; ++column) {
            const QString text = formatFigure(cells[column], kind, currency);
            // The row's title names the currency; the figures do without ("¥995.64" in the
            // Chinese amount style, "CNY 995.64" otherwise).
            QString figure = formatFigure(cells[column], kind, currency, decimals);
            if (kind == FigureKind::Money) {
                const qsizetype sign = figure.startsWith(QLatin1Char('-')) ? 1 : 0;
                for (const QString &mark : {currency, QStringLiteral("¥")}) {
                    if (!mark.isEmpty() && figure.mid(sign).startsWith(mark)) {
                        figure = figure.left(sign) + figure.mid(sign + mark.size()).trimmed();
                        break;
                    }
                }
            }
            auto *item = figureItem(figure);
            item->setToolTip(plainToolTip(text));
            m_statistics->setItem(row, column, item);
        }
    }
    m_statistics->setVerticalHeaderLabels(rowTitles);
    // Every row and every figure visible without a scroll bar (the rows are measured now: the
    // header's length is stale until the next layout).
    m_statistics->resizeRowsToContents();
    m_statistics->resizeColumnsToContents();
    int rowsHeight = 0;
    for (int row = 0; row < m_statistics->rowCount(); ++row)
        rowsHeight += m_statistics->rowHeight(row);
    int columnsWidth = 0;
    for (int column = 0; column < m_statistics->columnCount(); ++column)
        columnsWidth += m_statistics->columnWidth(column);
    const int frame = 2 * m_statistics->frameWidth();
    m_statistics->setFixedHeight(m_statistics->horizontalHeader()->sizeHint().height() +
                                 rowsHeight + frame);
    m_statistics->setFixedWidth(m_statistics->verticalHeader()->sizeHint().width() + columnsWidth +
                                frame);

    m_targets->setRowCount(int(results.targets.size()));
    for (int row = 0; row < int(results.targets.size()); ++row) {
        const TargetProbability &target = results.targets[std::size_t(row)];
        const QString metricName = metricDisplayName(m_document->plan(), target.metric);
        auto *name = new QTableWidgetItem(target.label.isEmpty() ? metricName : target.label);
        name->setToolTip(
            plainToolTip(QStringLiteral("%1 %2 %3")
                             .arg(metricName, comparisonSymbol(target.op),
                                  formatMetric(target.metric, target.target, currency))));
        m_targets->setItem(row, 0, name);
        m_targets->setItem(row, 1,
                           figureItem(formatFigure(target.probability, FigureKind::Percent, {})));
    }
    m_targets->verticalHeader()->setVisible(false);
    // Every target visible, as the percentiles are.
    m_targets->resizeRowsToContents();
    int targetsHeight = m_targets->horizontalHeader()->sizeHint().height() + frame;
    for (int row = 0; row < m_targets->rowCount(); ++row)
        targetsHeight += m_targets->rowHeight(row);
    m_targets->setFixedHeight(targetsHeight);

    arrangeResults(m_resultsScroll->viewport()->width() >= sideBySideWidth());

    m_histogram->setCurrency(currency);
    m_histogram->setData(histogramData(results));
    m_fan->setCurrency(currency);
    m_fan->setData(monthlyCustomersFan(results, m_runningPlan));
    // A very large run keeps the fan's first trials only (bounded memory); say so.
    m_fan->setTitle(results.fanTrials < results.trials
                        ? tr("Customers per month: the range of the first %1 trials")
                              .arg(QLocale().toString(results.fanTrials))
                        : tr("Customers per month: the range of the trials"));
}

int AnalysisMonteCarloPanel::sideBySideWidth() const
{
    return m_statistics->minimumWidth() + m_targets->minimumWidth() +
           m_resultsGrid->horizontalSpacing();
}

void AnalysisMonteCarloPanel::arrangeResults(bool sideBySide)
{
    if (m_sideBySide == sideBySide)
        return;
    m_sideBySide = sideBySide;
    for (QWidget *widget : {static_cast<QWidget *>(m_statistics), static_cast<QWidget *>(m_targets),
                            static_cast<QWidget *>(m_histogram), static_cast<QWidget *>(m_fan)})
        m_resultsGrid->removeWidget(widget);
    for (int row = 0; row < m_resultsGrid->rowCount(); ++row)
        m_resultsGrid->setRowStretch(row, 0);
    if (sideBySide) {
        m_resultsGrid->addWidget(m_statistics, 0, 0);
        m_resultsGrid->addWidget(m_targets, 0, 1);
        m_resultsGrid->addWidget(m_histogram, 1, 0);
        m_resultsGrid->addWidget(m_fan, 1, 1);
        m_resultsGrid->setRowStretch(1, 1);
    } else {
        m_resultsGrid->addWidget(m_statistics, 0, 0, 1, 2, Qt::AlignLeft);
        m_resultsGrid->addWidget(m_targets, 1, 0, 1, 2);
        m_resultsGrid->addWidget(m_histogram, 2, 0);
        m_resultsGrid->addWidget(m_fan, 2, 1);
        m_resultsGrid->setRowStretch(2, 1);
    }
    // Side by side the percentiles keep their width and the targets take the rest.
    m_resultsGrid->setColumnStretch(0, sideBySide ? 0 : 1);
    m_resultsGrid->setColumnStretch(1, 1);
}

bool AnalysisMonteCarloPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_resultsScroll->viewport() && event->type() == QEvent::Resize)
        arrangeResults(m_resultsScroll->viewport()->width() >= sideBySideWidth());
    return QWidget::eventFilter(watched, event);
}

void AnalysisMonteCarloPanel::updateStale()
{
    const bool stale =
        m_results && runInputs(m_document->plan(), m_document->activeScenario()) != m_resultsInputs;
    m_stale = stale;
    const QString scenario = m_results ? m_results->scenario : QString();
    m_histogram->setTitle(stale
                              ? tr("%1 of \"%2\" — out of date")
                                    .arg(analysisMetricTitle(m_results->histogram.metric), scenario)
                          : m_results ? tr("%1 of \"%2\" over %3 trials")
                                            .arg(analysisMetricTitle(m_results->histogram.metric),
                                                 scenario, QLocale().toString(m_results->trials))
                                      : tr("Histogram"));
    updateState();
}

void AnalysisMonteCarloPanel::updateState()
{
    const bool running = isRunning();
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_trials->setEnabled(!running);
    m_seed->setEnabled(!running);
    m_progress->setVisible(running || m_progress->value() > 0);
    m_staleNote->setVisible(m_stale);
    m_rerun->setVisible(m_stale);
    m_rerun->setEnabled(!running);
    m_resultsArea->setEnabled(m_results && !m_stale);
    m_resultsScroll->setVisible(m_results.has_value());
    if (m_stale)
        m_staleNote->setText(tr("Out of date: the plan or the active scenario changed after "
                                "these results were run on \"%1\". Re-run to see current "
                                "figures.")
                                 .arg(m_results->scenario));
    if (running)
        return;
    if (!m_message.isEmpty())
        m_status->setText(m_message);
    else if (m_results)
        m_status->setText(tr("\"%1\": %2 trials, seed %3.")
                              .arg(m_results->scenario, QLocale().toString(m_results->trials))
                              .arg(m_results->seed));
    else
        m_status->setText(tr("Draws every uncertain driver (cost per lead, conversion, revenue, "
                             "retention) within its range and projects the plan once per "
                             "trial. Press Run."));
}

} // namespace cplan
