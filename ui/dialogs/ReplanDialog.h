#pragma once

// "Re-plan from actuals…" (MODEL.md §5.5): from a status date, the money left in the active
// scenario's channel pool re-planned over the open months. Per channel: spent to date, the
// planned remainder, the re-planned remainder and the difference; a monthly chart of planned
// against re-planned spend with the status date marked; the latest estimate for the year
// against the original plan and the targets. Before solving, channels already past their
// maximum and bounds that cannot hold together are explained in currency. The re-plan can be
// saved as a new scenario in one undo step. The engine (models/engine/Replan.h) takes a few
// milliseconds on the sample, so it runs on every change of the inputs; on a large plan (the
// projections and re-forecasts of 200 channels x 120 months take ~0.1 s) it runs on a worker
// thread with copies of the plan, and only the latest request's answer is shown.

#include "models/engine/Replan.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace cplan {

class PlanDocument;
class ReplanChart;

class ReplanDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        LockColumn,
        ChannelColumn,
        SpentColumn,
        PlannedColumn,
        ReplannedColumn,
        DeltaColumn,
        ColumnCount
    };
    enum EstimateColumn
    {
        MetricColumn,
        OriginalColumn,
        BaselineColumn,
        LatestColumn,
        TargetColumn,
        EstimateColumnCount
    };

    // Works on the document's active scenario at the time of opening. Without a status date in
    // the plan it starts at the document's today() (PlanDocument::setClock in tests).
    explicit ReplanDialog(PlanDocument *document, QWidget *parent = nullptr);

    // Asks the new scenario's name (`suggested` pre-filled); an empty answer cancels. Tests
    // inject an answer; the default is a QInputDialog.
    using NameQuestion = std::function<QString(const QString &suggested)>;
    void setNameQuestion(NameQuestion question) { m_askName = std::move(question); }

    void setStatusDate(const QDate &date);
    void setTiming(ReplanTiming timing);
    void setObjective(OptimizerObjective objective);
    void setLocked(int channel, bool locked);

    // The last computation: the problem as stated (null when the status date is refused), the
    // solution (null when it could not be solved) and the refusal.
    const std::optional<ReplanSetup> &setup() const { return m_setup; }
    const std::optional<ReplanResult> &result() const { return m_result; }
    QString errorText() const { return m_error; }

    QDateEdit *statusDateEdit() const { return m_statusDate; }
    QTableWidget *table() const { return m_table; }
    QTableWidget *estimates() const { return m_estimates; }
    ReplanChart *chart() const { return m_chart; }
    // The tabs of the chart and the estimates.
    QTabWidget *lowerTabs() const;
    QLabel *problem() const { return m_problem; }
    QLabel *summary() const { return m_summary; }
    QPushButton *saveButton() const { return m_save; }

    // Plans with at least this many channel-months are re-planned on a worker thread (default
    // 20,000); tests set 0 to exercise it.
    void setBackgroundThreshold(int channelMonths) { m_backgroundThreshold = channelMonths; }
    bool isComputing() const { return m_computing; }

    // Adds the re-plan under `name` to the document (one undo step; the "Save as scenario…"
    // button asks the name first). Returns the refusal, e.g. a duplicate name.
    Status saveAsScenario(const QString &name);

signals:
    // A computation finished and is shown (at once, or when the worker thread is done).
    void computed();

private:
    using Answer = std::optional<Result<ReplanResult>>;

    void buildTable();
    void takeAnswer(const Result<ReplanResult> &answer);
    void showAll();
    void recompute();
    void showSetup();
    void showResult();
    void showEstimates();
    void showChart();
    ReplanOptions options() const;
    QString money(double amount) const; // exact, for explanations (ValueFormat)
    QString amount(double value) const; // rounded as the pages show money (formatFigure)

    PlanDocument *m_document;
    Scenario m_scenario;
    NameQuestion m_askName;

    QDateEdit *m_statusDate;
    QComboBox *m_timing;
    QComboBox *m_objective;
    QLabel *m_problem;
    QTableWidget *m_table;
    QTableWidget *m_estimates;
    ReplanChart *m_chart;
    QLabel *m_summary;
    QPushButton *m_save;

    std::optional<ReplanSetup> m_setup;
    std::optional<ReplanResult> m_result;
    QString m_error;
    bool m_filling = false;
    int m_backgroundThreshold = 20'000;
    bool m_computing = false;
    QFutureWatcher<Answer> *m_watcher;
};

} // namespace cplan
