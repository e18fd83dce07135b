#include "ui/pages/AnalysisPage.h"

#include "ui/dialogs/OptimiseSplitDialog.h"
#include "ui/pages/AnalysisMonteCarloPanel.h"
#include "ui/pages/AnalysisSensitivityPanel.h"

#include <QAction>
#include <QLabel>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace cplan {

AnalysisPage::AnalysisPage(PlanDocument *document, QWidget *parent)
    : Page(document, parent),
      m_optimise(createAction(tr("Optimise split…"),
                              tr("Find the channel split with the most customer value, or the "
                                 "pool for a goal"),
                              QStringLiteral("view-statistics"))),
      m_tabs(new QTabWidget(this)), m_monteCarlo(new AnalysisMonteCarloPanel(document)),
      m_sensitivity(new AnalysisSensitivityPanel(document))
{
    connect(m_optimise, &QAction::triggered, this, &AnalysisPage::openOptimiseDialog);
    m_tabs->addTab(m_monteCarlo, tr("&Uncertainty (Monte Carlo)"));
    m_tabs->addTab(m_sensitivity, tr("Sensiti&vity (tornado)"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(createHeading(tr("Analysis of the active scenario")));
    layout->addWidget(createTableToolBar({m_optimise}));
    layout->addWidget(m_tabs, 1);
}

void AnalysisPage::openOptimiseDialog()
{
    OptimiseSplitDialog dialog(document(), this);
    dialog.exec();
}

} // namespace cplan
