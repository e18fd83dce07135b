#pragma once

// The Monte Carlo part of the Analysis page (MODEL.md §5.3): trials and seed, a run in the
// background with progress and Cancel, then the percentiles of every metric, the probability
// of meeting each target, the histogram of a chosen metric and the fan of monthly customers.
//
// Results belong to the plan and scenario they were run on: any later change of what the run
// depends on (the scenario's drivers, the plan's channels, stages, settings or targets) marks
// them out of date, greys them out and offers a re-run; they are never shown as current.

#include "models/domain/Plan.h"
#include "models/engine/MonteCarlo.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTableWidget;

namespace cplan {

class AnalysisMonteCarloJob;
class FanChart;
class HistogramChart;
class PlanDocument;

class AnalysisMonteCarloPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AnalysisMonteCarloPanel(PlanDocument *document, QWidget *parent = nullptr);

    void setTrials(int trials);
    void setSeed(std::uint64_t seed);
    // The histogram's metric (one of monteCarloMetrics()); current results are re-run for it
    // (same seed: same trials, only the histogram changes).
    void setHistogramMetric(const QString &metric);

    // Starts a run on the active scenario with the options shown.
    void run();
    void cancel();
    bool isRunning() const;

    // The results shown (empty before the first run or after a failed one).
    const std::optional<MonteCarloResult> &results() const { return m_results; }
    // True when the plan or the active scenario changed since the shown results were run.
    bool isStale() const { return m_stale; }
    // The last refusal or "cancelled" note; empty after a successful run.
    QString message() const;

    QTableWidget *statistics() const { return m_statistics; }
    QTableWidget *targets() const { return m_targets; }
    HistogramChart *histogram() const { return m_histogram; }
    FanChart *fan() const { return m_fan; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *rerunButton() const { return m_rerun; }
    QProgressBar *progress() const { return m_progress; }

signals:
    // A run finished (with results, an error or cancelled).
    void runFinished();

private:
    // What a run depends on: the plan with only the run's scenario, without milestones and
    // actuals (MODEL.md §5.3 reads neither).
    static Plan runInputs(const Plan &plan, const Scenario &scenario);
    void collect();
    void showResults();
    void updateStale();
    void updateState();
    // Percentiles and targets side by side when both fit, else one above the other.
    void arrangeResults(bool sideBySide);
    int sideBySideWidth() const;
    bool eventFilter(QObject *watched, QEvent *event) override;

    PlanDocument *m_document;
    AnalysisMonteCarloJob *m_job;
    QSpinBox *m_trials;
    QLineEdit *m_seed;
    QComboBox *m_metric;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_staleNote;
    QPushButton *m_rerun;
    QScrollArea *m_resultsScroll;
    QWidget *m_resultsArea; // inside m_resultsScroll
    QGridLayout *m_resultsGrid = nullptr;
    QTableWidget *m_statistics;
    QTableWidget *m_targets;
    HistogramChart *m_histogram;
    FanChart *m_fan;

    std::optional<MonteCarloResult> m_results;
    Plan m_resultsInputs; // runInputs() of the shown results
    Plan m_runningInputs; // ... of the run in progress
    Plan m_runningPlan;   // the plan of the run in progress (targets, month labels)
    QString m_message;
    bool m_stale = false;
    std::optional<bool> m_sideBySide;
};

} // namespace cplan
