#include "models/document/PlanDocument.h"

#include "models/domain/TextLimit.h"

#include "models/document/PlanSnapshotCommand.h"
#include "models/document/SampleNames.h"
#include "models/domain/Months.h"
#include "models/domain/ViolationSentence.h"
#include "models/engine/Projection.h"
#include "models/history/FieldChanges.h"
#include "models/reports/PlanReports.h"
#include "models/storage/CplanFile.h"
#include "models/storage/PlanIo.h"
#include "models/storage/PlanJson.h"
#include "models/storage/PlanPaths.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cplan {

namespace {
// How soon a repeated edit of one cell must follow to join its undo step.
constexpr qint64 mergeWindowMs = 2000;

constexpr double shareSumTolerance = 1e-6; // MODEL.md §2

bool pathIsAtOrBelow(const QString &path, const QString &place)
{
    if (!path.startsWith(place))
        return false;
    if (path.size() == place.size())
        return true;
    const QChar next = path.at(place.size());
    return next == QLatin1Char('.') || next == QLatin1Char('[');
}

ShareSum shareSum(double sum)
{
    return {sum, std::abs(sum - 1.0) > shareSumTolerance};
}

PlanFormat formatForName(const QString &path)
{
    return path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? PlanFormat::Json
                                                                       : PlanFormat::Cplan;
}

} // namespace

PlanDocument::PlanDocument(QObject *parent)
    : QObject(parent), m_undoStack(new QUndoStack(this)), m_fileFormat(PlanFormat::Cplan),
      m_recovery(new RecoveryStore(this)), m_home(std::make_unique<FileHome>(QString()))
{
    m_plan = blankPlan();
    m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    m_reports = std::make_unique<PlanReports>(m_plan);
    m_reports->setToday([this] { return today(); });
    connect(m_recovery, &RecoveryStore::due, this, [this] { (void)autosaveNow(); });
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &PlanDocument::updateModified);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &PlanDocument::updateModified);
    // An undo or redo (or a push, which applyEdit reopens) closes the merging of repeated edits.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] { m_mayMerge = false; });
    refreshViolations();
}

PlanDocument::~PlanDocument()
{
    for (QThread *thread : m_historyThreads) {
        thread->wait();
        delete thread;
    }
}

const Projection *PlanDocument::projection() const
{
    return m_reports->activeProjection();
}

const Projection *PlanDocument::projectionOf(int scenario) const
{
    return m_reports->projection(scenario);
}

QDate PlanDocument::today() const
{
    return m_clock().toLocalTime().date();
}

const Scenario &PlanDocument::activeScenario() const
{
    return m_plan.scenarios.at(m_activeScenario);
}

void PlanDocument::setActiveScenarioIndex(int index)
{
    if (index < 0 || index >= static_cast<int>(m_plan.scenarios.size()) ||
        index == m_activeScenario)
        return;
    m_activeScenario = index;
    m_reports->setActiveScenario(index);
    emit activeScenarioChanged(m_activeScenario);
    emit projectionChanged();
}

std::vector<Violation> PlanDocument::violationsAt(const QString &path) const
{
    std::vector<Violation> found;
    for (const Violation &violation : m_violations) {
        if (pathIsAtOrBelow(violation.path, path))
            found.push_back(violation);
    }
    return found;
}

ShareSum PlanDocument::categoryShareSum(int scenario) const
{
    if (scenario < 0 || scenario >= static_cast<int>(m_plan.scenarios.size()))
        return {};
    const auto &shares = m_plan.scenarios[scenario].categoryShares;
    return shareSum(std::accumulate(shares.begin(), shares.end(), 0.0));
}

ShareSum PlanDocument::channelShareSum(int scenario) const
{
    if (scenario < 0 || scenario >= static_cast<int>(m_plan.scenarios.size()))
        return {};
    double sum = 0.0;
    for (const ChannelDrivers &drivers : m_plan.scenarios[scenario].channels)
        sum += drivers.share;
    return shareSum(sum);
}

// ---- Changes ------------------------------------------------------------------------------

void PlanDocument::replacePlan(Plan plan, const PlanChange &change)
{
    const QString activeName = activeScenario().name;
    const int oldActive = m_activeScenario;
    emit planAboutToChange(change);
    m_reports->planAboutToChange(plan);
    m_plan = std::move(plan);
    ++m_generation;
    // Keep showing the same scenario when it still exists (by name), else the same position.
    const int byName = m_plan.scenarioIndex(activeName);
    const int count = static_cast<int>(m_plan.scenarios.size());
    m_activeScenario = byName >= 0 ? byName : std::clamp(oldActive, 0, std::max(count - 1, 0));
    m_reports->setActiveScenario(m_activeScenario);
    refreshViolations();
    emit planChanged(change);
    emit violationsChanged();
    emit projectionChanged();
    if (m_activeScenario != oldActive)
        emit activeScenarioChanged(m_activeScenario);
}

void PlanDocument::refreshViolations()
{
    if (m_checkedViolations) {
        m_violations = std::move(*m_checkedViolations);
        m_checkedViolations.reset();
    } else {
        m_violations = validatePlan(m_plan);
    }
}

namespace {
// The violations of `edited` that block an edit checking `paths`: at or below one of them, and
// not already there before the edit (a rule that was broken before is not the edit's fault).
std::vector<Violation> blockingViolations(const std::vector<Violation> &found,
                                          const std::vector<Violation> &before,
                                          const QStringList &paths)
{
    std::vector<Violation> blocking;
    for (const Violation &violation : found) {
        const bool atEditedPlace = std::any_of(paths.begin(), paths.end(), [&](const QString &p) {
            return pathIsAtOrBelow(violation.path, p);
        });
        const bool alreadyThere =
            std::find(before.begin(), before.end(), violation) != before.end();
        if (atEditedPlace && !alreadyThere)
            blocking.push_back(violation);
    }
    return blocking;
}

QStringList allCheckedPaths(const PlanEdit &edit, const Plan &edited)
{
    QStringList paths = edit.checkedPaths;
    if (edit.checkedPathsAfter)
        paths += edit.checkedPathsAfter(edited);
    return paths;
}
} // namespace

Status PlanDocument::checkOn(const Plan &edited, const QStringList &paths) const
{
    if (paths.isEmpty())
        return success();
    const std::vector<Violation> blocking =
        blockingViolations(validatePlan(edited), m_violations, paths);
    if (blocking.empty())
        return success();
    // The window says it about the place the user sees; the CLI never edits through here.
    return Error{violationSentences(edited, blocking)};
}

Status PlanDocument::checkEdit(const PlanEdit &edit) const
{
    Plan edited = m_plan;
    if (edit.apply) {
        Status applied = edit.apply(edited);
        if (!applied)
            return applied;
    }
    // The one text limit, before the edit becomes an undo step (TextLimit.h): a pasted name of
    // a million characters would be saved and then refused as damaged.
    if (const Status fits = checkPlanTextLengths(edited); !fits)
        return fits;
    if (const Status locked = checkSignoffLocks(m_plan, edited); !locked)
        return locked;
    return checkOn(edited, allCheckedPaths(edit, edited));
}

Status PlanDocument::applyEdit(const PlanEdit &edit)
{
    Plan edited = m_plan;
    if (edit.apply) {
        Status applied = edit.apply(edited);
        if (!applied)
            return applied;
    }
    if (edited == m_plan)
        return success(); // nothing changed: no undo step
    if (const Status fits = checkPlanTextLengths(edited); !fits)
        return fits;
    // A scenario that is submitted, approved or locked refuses every change (MODEL.md §10),
    // whichever editor, command or import makes it.
    if (const Status locked = checkSignoffLocks(m_plan, edited); !locked)
        return locked;
    // One validation serves the check and, when the edit goes ahead, the new violations list.
    std::vector<Violation> found = validatePlanAfter(edited, m_plan, m_violations);
    const QStringList paths = allCheckedPaths(edit, edited);
    if (!paths.isEmpty()) {
        const std::vector<Violation> blocking = blockingViolations(found, m_violations, paths);
        if (!blocking.empty())
            return Error{violationSentences(edited, blocking)};
    }
    // A live home commits the edit before it becomes a step here (refused: nothing changes,
    // and the window is brought up to the home's plan so it shows the current value).
    LiveOutcome live = LiveOutcome::Sent;
    if (m_home->isLive()) {
        QString message;
        live = commitLive(edited, edit.text, 0, &message);
        if (live == LiveOutcome::Refused) {
            (void)refreshFromHome();
            return Error{message};
        }
    }
    m_checkedViolations = std::move(found);
    // Each edit the user makes is an undo step of its own; only a quick correction of the same
    // cell (within mergeWindowMs, no undo or redo between) joins the step before it. A budget
    // typed, looked at and typed again is two steps.
    const QDateTime now = m_clock();
    const bool merge = m_mayMerge && m_lastEditAt.isValid() &&
                       std::abs(m_lastEditAt.msecsTo(now)) <= mergeWindowMs;
    // A new merge round gives the keys a new suffix: this edit does not join the step before,
    // but a quick correction after it joins this one.
    if (!merge)
        ++m_mergeRound;
    const QString mergeKey = edit.mergeKey.isEmpty()
                                 ? QString()
                                 : edit.mergeKey + QLatin1Char('#') + QString::number(m_mergeRound);
    m_undoStack->push(
        new PlanSnapshotCommand(this, m_plan, std::move(edited), edit.change, edit.text, mergeKey));
    m_checkedViolations.reset();
    m_lastEditAt = now;
    m_mayMerge = true;
    if (m_home->isLive())
        afterLiveCommit(live, m_undoStack->command(m_undoStack->index() - 1));
    return success();
}

// ---- Lifecycle ----------------------------------------------------------------------------

QString PlanDocument::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool PlanDocument::isModified() const
{
    // Live, every edit is in the home as soon as it is made, but for those kept while offline.
    if (m_home->isLive())
        return m_unsent > 0;
    return m_modifiedWithoutHistory || !m_undoStack->isClean();
}

void PlanDocument::updateModified()
{
    const bool modified = isModified();
    updateAutosaveTimer();
    if (modified == m_lastModified)
        return;
    m_lastModified = modified;
    emit modifiedChanged(modified);
}

void PlanDocument::setFilePath(const QString &path, PlanFormat format)
{
    m_fileFormat = format;
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(m_filePath);
}

void PlanDocument::resetDocument(const Plan &plan, const QString &path, PlanFormat format)
{
    // A new content starts without pending entries (clear() deletes the commands, undoing none).
    m_pending.clear();
    m_pendingSteps.clear();
    m_nextReason.clear();
    m_undoStack->clear();
    m_modifiedWithoutHistory = false;
    m_stepRevisions.clear();
    m_unsentSteps.clear();
    const bool liveState = m_unsent > 0 || m_offline;
    m_unsent = 0;
    m_offline = false;
    if (liveState)
        emit liveStateChanged();
    replacePlan(plan, PlanChange::everything());
    setFilePath(path, format);
    updateModified();
}

void PlanDocument::newBlank()
{
    removeOwnRecovery();
    m_home = std::make_unique<FileHome>(QString());
    resetDocument(localisedBlankPlan(), {}, PlanFormat::Cplan);
}

void PlanDocument::newFromSample()
{
    removeOwnRecovery();
    m_home = std::make_unique<FileHome>(QString());
    resetDocument(localisedSamplePlan(), {}, PlanFormat::Cplan);
}

void PlanDocument::resetTo(const Plan &plan)
{
    removeOwnRecovery();
    m_home = std::make_unique<FileHome>(QString());
    resetDocument(plan, {}, PlanFormat::Cplan);
}

void PlanDocument::redisplay()
{
    emit planAboutToChange(PlanChange::everything());
    emit planChanged(PlanChange::everything());
    emit violationsChanged();
    emit projectionChanged();
}

Status PlanDocument::open(const QString &path)
{
    auto home = std::make_unique<FileHome>(QFileInfo(path).absoluteFilePath());
    auto loaded = home->open();
    if (!loaded)
        return Error{loaded.error()};
    if (loaded->scenarios.empty())
        return Error{tr("%1: the plan has no scenario").arg(QFileInfo(path).fileName())};
    removeOwnRecovery();
    const PlanFormat format = home->format();
    m_home = std::move(home);
    resetDocument(loaded.value(), QFileInfo(path).absoluteFilePath(), format);
    startHistoryCheck();
    return success();
}

void PlanDocument::startHistoryCheck()
{
    const auto *home = dynamic_cast<const FileHome *>(m_home.get());
    ++m_historyGeneration;
    m_historyThread = nullptr;
    m_historyLoad.reset();
    if (!home || home->historyLoaded() || home->historySource().isEmpty())
        return;
    const QString source = home->historySource();
    auto result = std::make_shared<PlanHome::HistoryLoad>();
    QThread *thread =
        QThread::create([source, result] { *result = FileHome::loadHistoryOf(source); });
    m_historyThreads.push_back(thread);
    m_historyThread = thread;
    m_historyLoad = result;
    const quint64 generation = m_historyGeneration;
    connect(thread, &QThread::finished, this, [this, thread, generation] {
        std::erase(m_historyThreads, thread);
        thread->deleteLater();
        if (generation != m_historyGeneration)
            return;
        awaitHistoryCheck(); // takes the result, unless a reader already waited for it
        emit historyChecked();
    });
    thread->start();
}

void PlanDocument::awaitHistoryCheck() const
{
    if (!m_historyThread)
        return;
    m_historyThread->wait();
    if (m_historyLoad)
        m_home->adoptHistory(std::move(*m_historyLoad));
    m_historyThread = nullptr;
    m_historyLoad.reset();
}

Status PlanDocument::save()
{
    // A live home has every edit already; what is left are those kept while offline.
    if (m_home->isLive())
        return sendPending();
    if (m_filePath.isEmpty())
        return Error{tr("The plan has no file name yet; choose Save As.")};
    return saveAs(m_filePath, m_fileFormat);
}

Status PlanDocument::saveAs(const QString &path, std::optional<PlanFormat> format)
{
    const PlanFormat chosen = format.value_or(formatForName(path));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Saving elsewhere (or in another format) takes the history and versions along.
    std::unique_ptr<FileHome> moved;
    PlanHome *home = m_home.get();
    auto *fileHome = dynamic_cast<FileHome *>(m_home.get());
    if (!fileHome || fileHome->location() != absolute || fileHome->format() != chosen) {
        moved = FileHome::relocated(fileHome, absolute, chosen);
        home = moved.get();
    }
    PlanCommit commit;
    commit.entries = m_pending;
    Status saved = home->save(m_plan, commit);
    if (!saved)
        return saved;
    // A copy of a live plan (Save a Local Copy): the window stays on its home.
    if (m_home->isLive())
        return success();
    if (moved)
        m_home = std::move(moved);
    setFilePath(absolute, chosen);
    afterSave();
    return success();
}

void PlanDocument::afterSave()
{
    m_pending.clear();
    m_pendingSteps.clear();
    m_modifiedWithoutHistory = false;
    m_undoStack->setClean();
    removeOwnRecovery();
    updateModified();
}

Status PlanDocument::revert()
{
    if (m_filePath.isEmpty())
        return Error{tr("The plan was never saved; there is nothing to revert to.")};
    auto home = std::make_unique<FileHome>(m_filePath);
    auto loaded = home->open();
    if (!loaded)
        return Error{loaded.error()};
    if (loaded->scenarios.empty())
        return Error{tr("%1: the plan has no scenario").arg(displayName())};
    removeOwnRecovery();
    const PlanFormat format = home->format();
    m_home = std::move(home);
    resetDocument(loaded.value(), m_filePath, format);
    startHistoryCheck();
    return success();
}

void PlanDocument::close()
{
    removeOwnRecovery();
    // The blank plan lives nowhere yet: a live home (the team store) is left, so its first edit
    // is not committed there.
    m_home = std::make_unique<FileHome>(QString());
    resetDocument(blankPlan(), {}, PlanFormat::Cplan);
}

// ---- Autosave and recovery: the RecoveryStore keeps the files, the lock and the timer -------

void PlanDocument::setRecoveryFolder(const QString &folder)
{
    if (folder == m_recovery->folder())
        return;
    removeOwnRecovery();
    m_recovery->setFolder(folder);
}

void PlanDocument::setAutosaveInterval(std::chrono::milliseconds interval)
{
    m_recovery->setInterval(interval);
}

void PlanDocument::setClock(std::function<QDateTime()> clock)
{
    if (clock)
        m_clock = std::move(clock);
}

QString PlanDocument::recoveryFilePath() const
{
    return m_recovery->filePath();
}

void PlanDocument::updateAutosaveTimer()
{
    m_recovery->setModified(isModified());
}

Status PlanDocument::autosaveNow()
{
    if (!isModified())
        return success();
    const QString path = m_recovery->filePath();
    if (m_autosavedGeneration == m_generation && QFile::exists(path))
        return success(); // the recovery file already holds this plan
    const Status written = m_recovery->write(m_plan, m_filePath, m_clock());
    if (!written) {
        emit autosaved(path, written.error());
        return written;
    }
    m_autosavedGeneration = m_generation;
    emit autosaved(path, {});
    return success();
}

void PlanDocument::removeOwnRecovery()
{
    m_recovery->removeOwn();
    m_autosavedGeneration = 0;
}

std::vector<RecoveryEntry> PlanDocument::listRecoveries(const QString &folder)
{
    return RecoveryStore::list(folder);
}

std::vector<RecoveryEntry> PlanDocument::recoverableSessions() const
{
    return m_recovery->othersThanOwn();
}

Status PlanDocument::restoreRecovery(const RecoveryEntry &entry)
{
    auto loaded = readCplanFile(entry.recoveryPath);
    if (!loaded)
        return Error{loaded.error()};
    if (loaded->scenarios.empty())
        return Error{
            tr("%1: the plan has no scenario").arg(QFileInfo(entry.recoveryPath).fileName())};
    // The record names the file Save will replace. One that names anything but a plan (a
    // tampered or stale record: "original_path": "/home/me/notes.txt") is not trusted: the plan
    // comes back as never saved, so Save asks for a name instead of replacing that file
    // (issue 21, A.15).
    QString originalPath = entry.originalPath;
    const QFileInfo original(originalPath);
    if (!originalPath.isEmpty() &&
        (original.isRelative() ||
         ((original.exists() || original.isSymLink()) && !holdsPlan(originalPath))))
        originalPath.clear();
    removeOwnRecovery();
    // The original file's record goes on: its history is continued by one entry that holds
    // what the recovered session changed (its own steps were lost with it).
    auto home = std::make_unique<FileHome>(
        originalPath, originalPath.isEmpty() ? PlanFormat::Cplan : formatForName(originalPath));
    std::optional<Plan> saved;
    if (!originalPath.isEmpty() && QFileInfo::exists(originalPath)) {
        if (auto read = home->open())
            saved = std::move(*read);
        else
            home = std::make_unique<FileHome>(originalPath, formatForName(originalPath));
    }
    // Adopt the entry: it is now this session's recovery file, removed on save or clean close.
    m_recovery->adopt(entry);
    const PlanFormat format = home->format();
    m_home = std::move(home);
    resetDocument(loaded.value(), originalPath, format);
    if (saved && !(*saved == m_plan)) {
        HistoryEntry recovered;
        recovered.at = historyTime(m_clock());
        recovered.author = author();
        recovered.action = tr("Recover unsaved changes");
        recovered.changes = fieldChanges(*saved, m_plan);
        m_pending.push_back(std::move(recovered));
        m_pendingSteps.push_back({});
    }
    m_modifiedWithoutHistory = true;
    m_autosavedGeneration = m_generation;
    updateModified();
    return success();
}

Status PlanDocument::discardRecovery(const RecoveryEntry &entry)
{
    return RecoveryStore::discard(entry);
}

} // namespace cplan
