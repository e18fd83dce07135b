#pragma once

// One Monte Carlo run (MODEL.md §5.3) on a worker thread, so the window never blocks: the
// engine gets copies of the plan and scenario, reports progress through a queued signal and
// stops between blocks of trials when cancelled. Destroying the job cancels the run and waits
// for the worker (a block of trials takes milliseconds).

#include "models/engine/MonteCarlo.h"

#include <QObject>

#include <memory>
#include <optional>

class QThread;

namespace cplan {

class AnalysisMonteCarloJob : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisMonteCarloJob(QObject *parent = nullptr);
    ~AnalysisMonteCarloJob() override;

    // Starts a run; a run already going is cancelled first (its result is dropped).
    void start(const Plan &plan, const Scenario &scenario, const MonteCarloOptions &options);
    // Asks the running trials to stop; finished() follows with a "cancelled" error.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

    // The last finished run's outcome (the engine's result or its error); empty before.
    const std::optional<Result<MonteCarloResult>> &result() const { return m_result; }
    bool wasCancelled() const { return m_cancelled; }

signals:
    void progressed(int trialsDone, int trialsInAll);
    void finished();

private:
    struct State;
    void stopAndWait();
    void collect(quint64 run);

    QThread *m_thread = nullptr;
    std::shared_ptr<State> m_state;
    std::optional<Result<MonteCarloResult>> m_result;
    bool m_cancelled = false;
    quint64 m_run = 0;
};

} // namespace cplan
