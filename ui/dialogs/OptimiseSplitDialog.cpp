#include "ui/dialogs/OptimiseSplitDialog.h"

#include "models/document/PlanDocument.h"
#include "models/domain/NumberText.h"
#include "models/engine/Projection.h"
#include "models/itemmodels/ValueFormat.h"
#include "ui/dialogs/ScenarioNameDialog.h"
#include "ui/widgets/FigureFormat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace cplan {

namespace {

// Warnings and refusals: an orange that reads on the light and the dark palette (the colour
// Page::showShareSum uses).
const QString warningStyle = QStringLiteral("color: #d9822b; font-weight: 600;");

QTableWidgetItem *figureItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

OptimiseSplitDialog::OptimiseSplitDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_scenarioIndex(document->activeScenarioIndex()),
      m_scenario(document->activeScenario()), m_objective(new QComboBox(this)),
      m_goal(new QComboBox(this)), m_goalValue(new QDoubleSpinBox(this)),
      m_table(new QTableWidget(this)), m_summary(new QLabel(this)), m_goalAnswer(new QLabel(this)),
      m_save(new QPushButton(tr("&Save as scenario…"), this))
{
    setWindowTitle(tr("Optimise split — %1").arg(m_scenario.name));
    m_askName = [this](const QString &suggested) {
        return askScenarioName(this, tr("Save as scenario"), suggested);
    };

    m_objective->addItem(tr("Customer value"), int(OptimizerObjective::Value));
    m_objective->addItem(tr("Customers"), int(OptimizerObjective::Customers));
    m_objective->setToolTip(tr("What the optimal split maximises"));
    m_goal->addItem(tr("None: split the scenario's channel pool"), int(Goal::None));
    m_goal->addItem(tr("Largest pool with CAC at most…"), int(Goal::CacCap));
    m_goal->addItem(tr("Smallest pool that reaches customers…"), int(Goal::ReachCustomers));
    m_goal->addItem(tr("Smallest pool that reaches customer value…"), int(Goal::ReachValue));
    m_goal->setToolTip(tr("Goal seek: find the channel pool for a goal, with the optimal split "
                          "at every pool tried"));
    m_goalValue->setRange(0.0, 1e12);
    m_goalValue->setDecimals(2);
    m_goalValue->setGroupSeparatorShown(true);
    m_goalValue->setEnabled(false);
    m_goalValue->setMinimumWidth(160);
    m_goalValue->setToolTip(tr("The CAC cap, the customers or the customer value to reach"));

    auto *inputs = new QFormLayout;
    auto *goalRow = new QHBoxLayout;
    goalRow->addWidget(m_goal, 1);
    goalRow->addWidget(m_goalValue);
    auto *objectiveLabel = new QLabel(tr("&Maximise:"), this);
    objectiveLabel->setBuddy(m_objective);
    auto *goalLabel = new QLabel(tr("&Goal:"), this);
    goalLabel->setBuddy(m_goal);
    inputs->addRow(objectiveLabel, m_objective);
    inputs->addRow(goalLabel, goalRow);

    buildTable();
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_goalAnswer->setTextFormat(Qt::PlainText);
    m_goalAnswer->setWordWrap(true);
    m_goalAnswer->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    m_save->setToolTip(tr("Add the optimal split as a new scenario (one undo step)"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString name = m_askName(suggestedName()).trimmed();
        if (name.isEmpty())
            return;
        if (const Status status = saveAsScenario(name); !status) {
            m_goalAnswer->setStyleSheet(warningStyle);
            m_goalAnswer->setText(status.error());
            return;
        }
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(inputs);
    layout->addWidget(m_goalAnswer);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_objective, &QComboBox::currentIndexChanged, this, &OptimiseSplitDialog::recompute);
    connect(m_goal, &QComboBox::currentIndexChanged, this, [this] {
        const auto goal = Goal(m_goal->currentData().toInt());
        m_goalValue->setEnabled(goal != Goal::None);
        // A goal decides what the split maximises at every pool (GoalSeek.h).
        m_objective->setEnabled(goal == Goal::None);
        // Start from today's figure so the first answer means something.
        const Projection *projection = m_document->projection();
        if (goal != Goal::None && projection) {
            const QString metric = goal == Goal::CacCap           ? QStringLiteral("cac")
                                   : goal == Goal::ReachCustomers ? QStringLiteral("customers")
                                                                  : QStringLiteral("value");
            const QSignalBlocker blocker(m_goalValue);
            m_goalValue->setValue(std::round(metricValue(*projection, metric).value_or(0.0)));
        }
        recompute();
    });
    connect(m_goalValue, &QDoubleSpinBox::valueChanged, this, &OptimiseSplitDialog::recompute);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling && item->column() == LockColumn)
            recompute();
    });

    resize(1120, 560);
    recompute();
}

void OptimiseSplitDialog::buildTable()
{
    const Plan &plan = m_document->plan();
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Lock"), tr("Channel"), tr("Share\nnow"),
                                        tr("Share\noptimal"), tr("Spend\nnow"),
                                        tr("Spend\noptimal"), tr("Return per extra\n1,000 now"),
                                        tr("Return per extra\n1,000 optimal")});
    m_table->setRowCount(int(plan.channels.size()));
    m_table->verticalHeader()->setVisible(false);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_filling = true;
    for (int c = 0; c < int(plan.channels.size()); ++c) {
        auto *lock = new QTableWidgetItem;
        lock->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        lock->setCheckState(Qt::Unchecked);
        lock->setToolTip(tr("Hold this channel's share"));
        m_table->setItem(c, LockColumn, lock);
        auto *name = new QTableWidgetItem(plan.channels[std::size_t(c)].name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(c, ChannelColumn, name);
    }
    m_filling = false;
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChannelColumn, QHeaderView::Stretch);
}

void OptimiseSplitDialog::setObjective(OptimizerObjective objective)
{
    m_objective->setCurrentIndex(m_objective->findData(int(objective)));
}

void OptimiseSplitDialog::setGoal(Goal goal, double value)
{
    m_goal->setCurrentIndex(m_goal->findData(int(goal)));
    m_goalValue->setValue(value);
    recompute();
}

void OptimiseSplitDialog::setLocked(int channel, bool locked)
{
    if (QTableWidgetItem *item = m_table->item(channel, LockColumn))
        item->setCheckState(locked ? Qt::Checked : Qt::Unchecked);
}

OptimizerOptions OptimiseSplitDialog::options() const
{
    OptimizerOptions options;
    options.objective = OptimizerObjective(m_objective->currentData().toInt());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, LockColumn)->checkState() == Qt::Checked)
            options.lockedChannels << m_table->item(row, ChannelColumn)->text();
    }
    return options;
}

void OptimiseSplitDialog::recompute()
{
    m_optimization.reset();
    m_goalSeek.reset();
    m_error.clear();
    const Plan &plan = m_document->plan();
    const auto goal = Goal(m_goal->currentData().toInt());
    if (goal == Goal::None) {
        auto result = optimizeSplit(plan, m_scenario, options());
        if (!result)
            return showError(result.error());
        m_optimization = std::move(result).value();
    } else {
        const GoalKind kind = goal == Goal::CacCap           ? GoalKind::CacCap
                              : goal == Goal::ReachCustomers ? GoalKind::ReachCustomers
                                                             : GoalKind::ReachValue;
        auto result = seekGoal(plan, m_scenario, kind, m_goalValue->value(), options());
        if (!result)
            return showError(result.error());
        m_goalSeek = std::move(result).value();
        m_optimization = m_goalSeek->optimization;
    }
    showResult();
}

void OptimiseSplitDialog::showError(const QString &message)
{
    m_error = message;
    m_goalAnswer->setStyleSheet(warningStyle);
    m_goalAnswer->setText(tr("Cannot optimise: %1").arg(message));
    m_goalAnswer->setVisible(true);
    m_summary->clear();
    m_filling = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = CurrentShareColumn; column < ColumnCount; ++column)
            m_table->setItem(row, column, figureItem(QStringLiteral("—")));
    }
    m_filling = false;
    m_save->setEnabled(false);
}

void OptimiseSplitDialog::showResult()
{
    const Plan &plan = m_document->plan();
    const OptimizerResult &result = *m_optimization;
    const QString &currency = plan.currency;
    const bool byValue = result.objective == OptimizerObjective::Value;
    const auto marginalText = [&](double perThousand) {
        // MODEL.md §5.2: d objective / d spend per extra 1,000 (value in money, or customers).
        return byValue ? formatFigure(perThousand, FigureKind::Money, currency)
                       : QLocale().toString(perThousand, 'f', 2);
    };
    // The titles say what the figures are and per how much money, in the amount style (issue
    // 22 B.9: "Return per extra 1,000" named neither the currency nor customers or value).
    const QString thousand = NumberText::formatAmount(1000.0, currency, ValueFormat::amountStyle());
    m_table->horizontalHeaderItem(CurrentMarginalColumn)
        ->setText(byValue ? tr("Value per extra\n%1 now").arg(thousand)
                          : tr("Customers per extra\n%1 now").arg(thousand));
    m_table->horizontalHeaderItem(OptimalMarginalColumn)
        ->setText(byValue ? tr("Value per extra\n%1 optimal").arg(thousand)
                          : tr("Customers per extra\n%1 optimal").arg(thousand));
    m_filling = true;
    // The current and optimal amounts with one number of decimals (issue 22 B.7).
    std::vector<std::optional<double>> amounts;
    for (int c = 0; c < int(result.channels.size()); ++c)
        amounts.insert(amounts.end(), {result.current.amounts[Eigen::Index(c)],
                                       result.optimal.amounts[Eigen::Index(c)]});
    const int amountDecimals = figureDecimals(amounts, FigureKind::Money);
    for (int c = 0; c < int(result.channels.size()) && c < m_table->rowCount(); ++c) {
        const auto i = Eigen::Index(c);
        m_table->setItem(
            c, CurrentShareColumn,
            figureItem(formatFigure(result.current.shares[i], FigureKind::Percent, {})));
        m_table->setItem(
            c, OptimalShareColumn,
            figureItem(formatFigure(result.optimal.shares[i], FigureKind::Percent, {})));
        m_table->setItem(c, CurrentAmountColumn,
                         figureItem(formatFigure(result.current.amounts[i], FigureKind::Money,
                                                 currency, amountDecimals)));
        m_table->setItem(c, OptimalAmountColumn,
                         figureItem(formatFigure(result.optimal.amounts[i], FigureKind::Money,
                                                 currency, amountDecimals)));
        m_table->setItem(c, CurrentMarginalColumn,
                         figureItem(marginalText(result.current.marginal[i])));
        m_table->setItem(c, OptimalMarginalColumn,
                         figureItem(marginalText(result.optimal.marginal[i])));
    }
    m_filling = false;

    const auto money = [&](double value) {
        return formatFigure(value, FigureKind::Money, currency);
    };
    const auto count = [](double value) {
        return formatFigure(value, FigureKind::Count, {});
    };
    const QString objectiveName = byValue ? tr("customer value") : tr("customers");
    const QString uplift = byValue ? money(result.uplift) : count(result.uplift);
    m_summary->setText(
        tr("<table cellspacing='0' cellpadding='3'>"
           "<tr><td></td><th align='right'>Now</th><th align='right'>Optimal</th></tr>"
           "<tr><td>Customers</td><td align='right'>%1</td><td align='right'>%2</td></tr>"
           "<tr><td>Customer value</td><td align='right'>%3</td><td align='right'>%4</td></tr>"
           "<tr><td>Channel pool</td><td></td><td align='right'>%5</td></tr>"
           "</table>"
           "<p>Maximising %6: uplift <b>%7</b> (%8).</p>")
            .arg(count(result.current.customers), count(result.optimal.customers),
                 money(result.current.value), money(result.optimal.value), money(result.pool),
                 objectiveName, uplift,
                 formatFigure(result.upliftRelative, FigureKind::Percent, {})));

    // A channel without saturation has no diminishing returns in the model (MODEL.md §3.4), so
    // the optimum may give it everything: said next to the result, not left to be discovered
    // (issue 22 E.23).
    const int scenarioIndex = plan.scenarioIndex(result.scenario);
    if (scenarioIndex >= 0) {
        const Scenario &scenario = plan.scenarios[std::size_t(scenarioIndex)];
        QStringList unsaturated;
        for (int c = 0; c < int(result.channels.size()); ++c) {
            const int channel = plan.channelIndex(result.channels.at(c));
            if (channel < 0 || channel >= int(scenario.channels.size()) ||
                scenario.channels[std::size_t(channel)].saturationSpend)
                continue;
            if (result.optimal.shares[Eigen::Index(c)] >= 0.999)
                unsaturated << result.channels.at(c).toHtmlEscaped();
        }
        if (!unsaturated.isEmpty())
            m_summary->setText(
                m_summary->text() +
                QStringLiteral("<p style='color:#b26a00'>%1</p>")
                    .arg(tr("%1 takes the whole pool because it has no saturation spend: the "
                            "model sees no diminishing returns there. Set its saturation (Channels "
                            "page) or a maximum share for a realistic split.")
                             .arg(unsaturated.join(QStringLiteral(", ")))));
    }

    if (m_goalSeek) {
        const bool found = m_goalSeek->pool.has_value();
        m_goalAnswer->setStyleSheet(found ? QString() : warningStyle);
        // The engine's sentence says "unreachable" or what was found; here with the amounts in
        // the interface's style and the language's full stop (issue 22 B.9).
        QString text = goalSeekSentence(*m_goalSeek, money, count);
        if (!text.isEmpty())
            text[0] = text[0].toUpper();
        text = tr("%1.", "one sentence").arg(text);
        // Sentences follow each other with a space in English, without one in Chinese.
        const auto then = [&text](const QString &sentence) {
            text = tr("%1 %2", "two sentences").arg(text, sentence);
        };
        if (m_goalSeek->budget)
            then(tr("Budget at the scenario's category shares: %1.")
                     .arg(money(*m_goalSeek->budget)));
        if (!found)
            then(tr("The table shows the optimal split of today's pool."));
        m_goalAnswer->setText(text);
        m_goalAnswer->setVisible(true);
        m_save->setEnabled(found);
    } else {
        m_goalAnswer->clear();
        m_goalAnswer->setVisible(false);
        m_save->setEnabled(true);
    }
}

QString OptimiseSplitDialog::goalAnswerText() const
{
    return m_goalAnswer->text();
}

QString OptimiseSplitDialog::suggestedName() const
{
    const Plan &plan = m_document->plan();
    const QString base = tr("%1 (optimised)").arg(m_scenario.name);
    QString name = base;
    for (int n = 2; plan.scenarioIndex(name) >= 0; ++n)
        name = tr("%1 %2").arg(base).arg(n);
    return name;
}

std::optional<Scenario> OptimiseSplitDialog::optimisedScenario(const QString &name) const
{
    if (!m_optimization || (m_goalSeek && !m_goalSeek->pool))
        return std::nullopt;
    Scenario scenario = m_scenario;
    scenario.name = name;
    if (m_goalSeek && m_goalSeek->budget)
        scenario.budget = *m_goalSeek->budget;
    for (std::size_t c = 0; c < scenario.channels.size(); ++c)
        scenario.channels[c].share =
            std::clamp(m_optimization->optimal.shares[Eigen::Index(c)], 0.0, 1.0);
    return scenario;
}

Status OptimiseSplitDialog::saveAsScenario(const QString &name)
{
    const auto scenario = optimisedScenario(name.trimmed());
    if (!scenario)
        return Error{m_error.isEmpty() ? tr("There is no optimal split to save.") : m_error};
    return m_document->addScenario(*scenario);
}

} // namespace cplan
