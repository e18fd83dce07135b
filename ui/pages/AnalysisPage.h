#pragma once

// Scenario analysis (MODEL.md §5.2–§5.4) of the active scenario: "Optimise split…" opens the
// optimizer dialog; the tabs hold the Monte Carlo run and the sensitivity tornado.

#include "ui/pages/Page.h"

class QTabWidget;

namespace cplan {

class AnalysisMonteCarloPanel;
class AnalysisSensitivityPanel;
class OptimiseSplitDialog;

class AnalysisPage : public Page
{
    Q_OBJECT

public:
    explicit AnalysisPage(PlanDocument *document, QWidget *parent = nullptr);

    PageId id() const override { return PageId::Analysis; }
    QString title() const override { return tr("Analysis"); }

    AnalysisMonteCarloPanel *monteCarlo() const { return m_monteCarlo; }
    AnalysisSensitivityPanel *sensitivity() const { return m_sensitivity; }
    QTabWidget *tabs() const { return m_tabs; }
    QAction *optimiseAction() const { return m_optimise; }

    // Opens the "Optimise split…" dialog on the active scenario (modal).
    void openOptimiseDialog();

private:
    QAction *m_optimise;
    QTabWidget *m_tabs;
    AnalysisMonteCarloPanel *m_monteCarlo;
    AnalysisSensitivityPanel *m_sensitivity;
};

} // namespace cplan
