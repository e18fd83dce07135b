#include "ui/pages/AnalysisMonteCarloJob.h"

#include <QPointer>
#include <QThread>

#include <atomic>

namespace cplan {

// What the worker and the job share. Owned by both, so neither outlives it.
struct AnalysisMonteCarloJob::State
{
    std::atomic<bool> cancel{false};
    std::optional<Result<MonteCarloResult>> result;
};

AnalysisMonteCarloJob::AnalysisMonteCarloJob(QObject *parent) : QObject(parent) {}

AnalysisMonteCarloJob::~AnalysisMonteCarloJob()
{
    stopAndWait();
}

void AnalysisMonteCarloJob::start(const Plan &plan, const Scenario &scenario,
                                  const MonteCarloOptions &options)
{
    stopAndWait();
    m_cancelled = false;
    auto state = std::make_shared<State>();
    m_state = state;
    MonteCarloOptions runOptions = options;
    runOptions.cancel = &state->cancel;
    // Called on a worker thread: hand the numbers to the job's thread through the event loop.
    const QPointer<AnalysisMonteCarloJob> job(this);
    runOptions.progress = [job](int done, int all) {
        QMetaObject::invokeMethod(
            job.data(),
            [job, done, all] {
                if (job)
                    emit job->progressed(done, all);
            },
            Qt::QueuedConnection);
    };
    m_thread = QThread::create([state, plan, scenario, runOptions] {
        state->result = runMonteCarlo(plan, scenario, runOptions);
    });
    // `finished` comes from the worker; the queued connection runs collect() on this thread.
    // The run number tells a late signal of a replaced run from the current one.
    const quint64 run = ++m_run;
    connect(
        m_thread, &QThread::finished, this, [this, run] { collect(run); }, Qt::QueuedConnection);
    m_thread->start();
}

void AnalysisMonteCarloJob::cancel()
{
    if (m_state)
        m_state->cancel = true;
}

void AnalysisMonteCarloJob::collect(quint64 run)
{
    if (run != m_run || !m_thread)
        return; // a run that start() replaced: already waited for and dropped
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_cancelled = m_state->cancel.load();
    m_result = std::move(m_state->result);
    m_state.reset();
    emit finished();
}

void AnalysisMonteCarloJob::stopAndWait()
{
    if (!m_thread)
        return;
    m_state->cancel = true;
    m_thread->wait();
    m_thread->disconnect(this);
    delete m_thread;
    m_thread = nullptr;
    m_state.reset();
}

} // namespace cplan
