#pragma once

// "Optimise split…" (MODEL.md §5.2): the active scenario's channel split next to the split that
// maximises customer value (or customers), per channel share, amount and marginal return per
// extra 1,000 at both splits; channels can be locked; a goal (CAC cap, customers, value) seeks
// the pool, with a plain "unreachable" answer. The result can be saved as a new scenario in one
// undo step. Everything is computed by the engine (models/engine/Optimizer.h, GoalSeek.h); it
// takes milliseconds, so it runs on every change of the inputs.

#include "models/engine/GoalSeek.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace cplan {

class PlanDocument;

class OptimiseSplitDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        LockColumn,
        ChannelColumn,
        CurrentShareColumn,
        OptimalShareColumn,
        CurrentAmountColumn,
        OptimalAmountColumn,
        CurrentMarginalColumn,
        OptimalMarginalColumn,
        ColumnCount
    };

    enum class Goal
    {
        None, // split the scenario's own pool
        CacCap,
        ReachCustomers,
        ReachValue
    };

    // Works on the document's active scenario at the time of opening.
    explicit OptimiseSplitDialog(PlanDocument *document, QWidget *parent = nullptr);

    // Asks the new scenario's name (`suggested` pre-filled); an empty answer cancels. Tests
    // inject an answer; the default is a QInputDialog.
    using NameQuestion = std::function<QString(const QString &suggested)>;
    void setNameQuestion(NameQuestion question) { m_askName = std::move(question); }

    void setObjective(OptimizerObjective objective);
    void setGoal(Goal goal, double value);
    void setLocked(int channel, bool locked);

    // The last computation: the split (also the one at a goal's pool) or the located error.
    const std::optional<OptimizerResult> &optimization() const { return m_optimization; }
    const std::optional<GoalSeekResult> &goalSeek() const { return m_goalSeek; }
    QString errorText() const { return m_error; }
    // The goal seek's answer as shown under the goal.
    QString goalAnswerText() const;

    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QPushButton *saveButton() const { return m_save; }

    // The scenario the dialog would save (the optimal shares, and the budget of a goal's pool).
    std::optional<Scenario> optimisedScenario(const QString &name) const;
    // Adds the optimised scenario under `name` to the document (one undo step; the "Save as
    // scenario…" button asks the name first). Returns the refusal, e.g. a duplicate name.
    Status saveAsScenario(const QString &name);

private:
    void buildTable();
    void recompute();
    void showResult();
    void showError(const QString &message);
    QString suggestedName() const;
    OptimizerOptions options() const;

    PlanDocument *m_document;
    int m_scenarioIndex = 0;
    Scenario m_scenario;
    NameQuestion m_askName;

    QComboBox *m_objective;
    QComboBox *m_goal;
    QDoubleSpinBox *m_goalValue;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLabel *m_goalAnswer;
    QPushButton *m_save;

    std::optional<OptimizerResult> m_optimization;
    std::optional<GoalSeekResult> m_goalSeek;
    QString m_error;
    bool m_filling = false;
};

} // namespace cplan
