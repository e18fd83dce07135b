#include "ui/pages/ActualsPage.h"

#include "models/document/PlanDocument.h"
#include "models/engine/Variance.h"
#include "models/itemmodels/ActualsModel.h"
#include "models/reports/PlanReports.h"
#include "ui/charts/ActualsChartView.h"
#include "ui/dialogs/ReplanDialog.h"
#include "ui/pages/ActualsVariancePanel.h"
#include "ui/pages/GatedSpendNote.h"
#include "ui/widgets/RefreshWhenShown.h"
#include "ui/widgets/SpreadsheetView.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

namespace cplan {

ActualsPage::ActualsPage(PlanDocument *document, QWidget *parent)
    : Page(document, parent), m_model(new ActualsModel(document, this)),
      m_view(createSpreadsheet()), m_scenario(new QComboBox(this)), m_note(new QLabel(this)),
      m_chart(new ActualsChartView(document, this)), m_panel(new ActualsVariancePanel(this)),
      m_replan(createAction(tr("&Re-plan from actuals…"),
                            tr("Re-plan the money left in the active scenario over the months "
                               "after the status date, given the actual spend so far"))),
      m_import(createAction(tr("&Import…"),
                            tr("Import actuals from a CSV, TSV or Excel file (one undo step)"),
                            QStringLiteral("document-import")))
{
    connect(m_replan, &QAction::triggered, this, &ActualsPage::openReplanDialog);
    connect(m_import, &QAction::triggered, this, &ActualsPage::importRequested);
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ActualsModel::ChannelColumn,
                                                     QHeaderView::Stretch);

    m_scenario->setObjectName(QStringLiteral("actualsScenario"));
    m_scenario->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scenario->setToolTip(tr("The scenario the actuals are compared with. The plan's baseline "
                              "(Plan settings) is what alerts use."));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    auto *picker = new QHBoxLayout;
    picker->addWidget(new QLabel(tr("Compare actuals with:"), this));
    picker->addWidget(m_scenario);
    picker->addWidget(m_note, 1);

    auto *hint = new QLabel(tr("Type measured spend and the volumes of the first stages measured "
                               "(empty = not measured). Clearing a row's spend and volumes "
                               "removes it. Highlighted cells are off the plan by more than the "
                               "variance threshold."),
                            this);
    hint->setWordWrap(true);

    auto *gridPanel = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridPanel);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(createHeading(tr("Actuals by month and channel")));
    gridLayout->addWidget(new GatedSpendNote(document, this));
    gridLayout->addLayout(picker);
    gridLayout->addWidget(hint);
    gridLayout->addWidget(createTableToolBar({m_import, m_replan}));
    gridLayout->addWidget(m_view);
    // The variance tables, the re-forecast and the chart share the lower half in tabs: stacked
    // in a splitter at 1280x800 each got too little height to read.
    m_panel->addTab(m_chart, tr("Spend: planned against actual"));
    m_panel->setAccessibleName(tr("Variance and re-forecast")); // what a screen reader says
    // A chart's usual minimum (ChartView) would make the page taller than a 1024x700 window
    // has room for; the splitter gives it more as soon as there is.
    m_chart->setMinimumHeight(180);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(gridPanel);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(splitter);

    connect(m_scenario, &QComboBox::currentIndexChanged, this, &ActualsPage::refreshVariance);
    connect(document, &PlanDocument::planChanged, this, &ActualsPage::rebuildPicker);
    // One refresh per change (projectionChanged ends every change, also a new active scenario),
    // and none while hidden: the page catches up when it is shown (RefreshWhenShown.h).
    auto *deferred = new RefreshWhenShown(this, [this] { refreshVariance(); });
    connect(document, &PlanDocument::projectionChanged, deferred, &RefreshWhenShown::request);
    rebuildPicker();
    refreshVariance();
}

void ActualsPage::openReplanDialog()
{
    ReplanDialog dialog(document(), this);
    dialog.exec();
}

int ActualsPage::comparedScenario() const
{
    const Plan &plan = document()->plan();
    const int chosen = m_scenario->currentIndex() - 1;
    return chosen >= 0 && chosen < int(plan.scenarios.size()) ? chosen
                                                              : plan.baselineScenarioIndex();
}

void ActualsPage::rebuildPicker()
{
    const Plan &plan = document()->plan();
    const QString previous = m_scenario->currentIndex() > 0 ? m_scenario->currentText() : QString();
    const QSignalBlocker blocker(m_scenario);
    m_scenario->clear();
    m_scenario->addItem(
        tr("Baseline (%1)").arg(plan.scenarios.at(std::size_t(plan.baselineScenarioIndex())).name));
    for (const Scenario &scenario : plan.scenarios)
        m_scenario->addItem(scenario.name);
    const int kept = previous.isEmpty() ? -1 : plan.scenarioIndex(previous);
    m_scenario->setCurrentIndex(kept >= 0 ? kept + 1 : 0);
}

void ActualsPage::refreshVariance()
{
    const Plan &plan = document()->plan();
    const int scenario = comparedScenario();
    m_chart->setScenario(scenario);
    m_note->setText(
        scenario == plan.baselineScenarioIndex()
            ? tr("the plan's baseline; alerts use it too")
            : tr("not the baseline: alerts still compare with %1")
                  .arg(plan.scenarios.at(std::size_t(plan.baselineScenarioIndex())).name));
    const Projection *projection = document()->projectionOf(scenario);
    const VarianceReport *report = document()->reports().variance(scenario);
    if (!projection || !report) {
        m_model->setFlaggedCells({});
        m_panel->showVariance(plan, nullptr, nullptr);
        return;
    }
    // The sentences are made from the report of the moment a tooltip asks (the flags are set
    // again after every change, so they always belong to that report).
    m_model->setFlaggedCells(ActualsVariancePanel::flaggedCells(plan, *report), [this, scenario](
                                                                                    int key) {
        const VarianceReport *now = document()->reports().variance(scenario);
        return now ? ActualsVariancePanel::flagSentence(document()->plan(), *now, key) : QString();
    });
    m_panel->showVariance(plan, report, projection);
}

void ActualsPage::showPlace(const PlanPlace &place)
{
    // The alerts point at the baseline's variance.
    m_scenario->setCurrentIndex(0);
    if (place.row >= 0)
        m_view->focusCell(place.row, place.column);
    else
        focusPath(m_view, place.path);
}

} // namespace cplan
