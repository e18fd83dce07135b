#include "models/document/PlanDocument.h"

#include "models/document/PlanSnapshotCommand.h"
#include "models/document/SampleNames.h"
#include "models/domain/Months.h"
#include "models/domain/ViolationSentence.h"
#include "models/engine/Projection.h"
#include "models/reports/PlanReports.h"
#include "models/storage/CplanFile.h"
#include "models/storage/PlanJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>

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

QString sidecarPath(const QString &recoveryPath)
{
    QString path = recoveryPath;
    path.chop(QStringLiteral(".cplan").size());
    return path + QStringLiteral(".json");
}

PlanFormat formatForName(const QString &path)
{
    return path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? PlanFormat::Json
                                                                       : PlanFormat::Cplan;
}

} // namespace

PlanDocument::PlanDocument(QObject *parent)
    : QObject(parent), m_undoStack(new QUndoStack(this)), m_autosaveTimer(new QTimer(this))
{
    m_plan = blankPlan();
    m_recoveryFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                       QStringLiteral("/recovery");
    m_sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    m_reports = std::make_unique<PlanReports>(m_plan);
    m_reports->setToday([this] { return today(); });
    m_autosaveTimer->setInterval(m_autosaveInterval);
    connect(m_autosaveTimer, &QTimer::timeout, this, [this] { (void)autosaveNow(); });
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &PlanDocument::updateModified);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &PlanDocument::updateModified);
    // An undo or redo (or a push, which applyEdit reopens) closes the merging of repeated edits.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] { m_mayMerge = false; });
    refreshViolations();
}

PlanDocument::~PlanDocument() = default;

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
    // One validation serves the check and, when the edit goes ahead, the new violations list.
    std::vector<Violation> found = validatePlanAfter(edited, m_plan, m_violations);
    const QStringList paths = allCheckedPaths(edit, edited);
    if (!paths.isEmpty()) {
        const std::vector<Violation> blocking = blockingViolations(found, m_violations, paths);
        if (!blocking.empty())
            return Error{violationSentences(edited, blocking)};
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
    return success();
}

// ---- Lifecycle ----------------------------------------------------------------------------

QString PlanDocument::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool PlanDocument::isModified() const
{
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
    m_undoStack->clear();
    m_modifiedWithoutHistory = false;
    replacePlan(plan, PlanChange::everything());
    setFilePath(path, format);
    updateModified();
}

void PlanDocument::newBlank()
{
    removeOwnRecovery();
    resetDocument(blankPlan(), {}, PlanFormat::Cplan);
}

void PlanDocument::newFromSample()
{
    removeOwnRecovery();
    resetDocument(localisedSamplePlan(), {}, PlanFormat::Cplan);
}

void PlanDocument::resetTo(const Plan &plan)
{
    removeOwnRecovery();
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
    PlanFormat format = PlanFormat::Cplan;
    auto loaded = loadPlan(path, &format);
    if (!loaded)
        return Error{loaded.error()};
    if (loaded->scenarios.empty())
        return Error{tr("%1: the plan has no scenario").arg(QFileInfo(path).fileName())};
    removeOwnRecovery();
    resetDocument(loaded.value(), QFileInfo(path).absoluteFilePath(), format);
    return success();
}

Status PlanDocument::save()
{
    if (m_filePath.isEmpty())
        return Error{tr("The plan has no file name yet; choose Save As.")};
    return saveAs(m_filePath, m_fileFormat);
}

Status PlanDocument::saveAs(const QString &path, std::optional<PlanFormat> format)
{
    const PlanFormat chosen = format.value_or(formatForName(path));
    Status saved = savePlan(m_plan, path, chosen);
    if (!saved)
        return saved;
    m_modifiedWithoutHistory = false;
    m_undoStack->setClean();
    setFilePath(QFileInfo(path).absoluteFilePath(), chosen);
    removeOwnRecovery();
    updateModified();
    return success();
}

Status PlanDocument::revert()
{
    if (m_filePath.isEmpty())
        return Error{tr("The plan was never saved; there is nothing to revert to.")};
    PlanFormat format = m_fileFormat;
    auto loaded = loadPlan(m_filePath, &format);
    if (!loaded)
        return Error{loaded.error()};
    if (loaded->scenarios.empty())
        return Error{tr("%1: the plan has no scenario").arg(displayName())};
    removeOwnRecovery();
    resetDocument(loaded.value(), m_filePath, format);
    return success();
}

void PlanDocument::close()
{
    removeOwnRecovery();
    resetDocument(blankPlan(), {}, PlanFormat::Cplan);
}

// ---- Autosave and recovery ----------------------------------------------------------------

void PlanDocument::setRecoveryFolder(const QString &folder)
{
    if (folder == m_recoveryFolder)
        return;
    removeOwnRecovery();
    m_recoveryFolder = folder;
}

void PlanDocument::setAutosaveInterval(std::chrono::milliseconds interval)
{
    m_autosaveInterval = std::max(interval, std::chrono::milliseconds(1));
    m_autosaveTimer->setInterval(m_autosaveInterval);
}

void PlanDocument::setClock(std::function<QDateTime()> clock)
{
    if (clock)
        m_clock = std::move(clock);
}

QString PlanDocument::recoveryFilePath() const
{
    return QDir(m_recoveryFolder).filePath(m_sessionId + QStringLiteral(".cplan"));
}

void PlanDocument::updateAutosaveTimer()
{
    if (isModified()) {
        if (!m_autosaveTimer->isActive())
            m_autosaveTimer->start();
    } else {
        m_autosaveTimer->stop();
    }
}

Status PlanDocument::autosaveNow()
{
    if (!isModified())
        return success();
    if (m_autosavedGeneration == m_generation && QFile::exists(recoveryFilePath()))
        return success(); // the recovery file already holds this plan
    if (!QDir().mkpath(m_recoveryFolder)) {
        const QString error = tr("Cannot create the recovery folder %1").arg(m_recoveryFolder);
        emit autosaved(recoveryFilePath(), error);
        return Error{error};
    }
    const QString path = recoveryFilePath();
    if (!m_recoveryLock) {
        // The lock tells other sessions this recovery file is alive, not left by a crash.
        m_recoveryLock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        m_recoveryLock->setStaleLockTime(0);
        if (!m_recoveryLock->tryLock(0))
            m_recoveryLock.reset();
    }
    Status written = writeCplanFile(m_plan, path);
    QFile::remove(path + QStringLiteral(".bak")); // one recovery copy is enough
    if (written) {
        QJsonObject sidecar{
            {QStringLiteral("format"), QStringLiteral("campaign-planner-recovery/1")},
            {QStringLiteral("original_path"), m_filePath},
            {QStringLiteral("saved_at"), m_clock().toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("plan_name"), m_plan.name}};
        QSaveFile file(sidecarPath(path));
        const QByteArray bytes = QJsonDocument(sidecar).toJson();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            written = Error{tr("Cannot write %1 (%2)").arg(file.fileName(), file.errorString())};
    }
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
    const QString path = recoveryFilePath();
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".bak"));
    QFile::remove(sidecarPath(path));
    m_recoveryLock.reset(); // unlocks and deletes the lock file
    m_autosavedGeneration = 0;
}

std::vector<RecoveryEntry> PlanDocument::listRecoveries(const QString &folder)
{
    std::vector<RecoveryEntry> entries;
    const QDir dir(folder);
    const QStringList sidecars = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : sidecars) {
        QFile file(dir.filePath(name));
        if (file.size() > 1024 * 1024 || !file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject sidecar = QJsonDocument::fromJson(file.readAll()).object();
        if (sidecar.value(QStringLiteral("format")).toString() !=
            QLatin1String("campaign-planner-recovery/1"))
            continue;
        RecoveryEntry entry;
        entry.recoveryPath =
            dir.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".cplan"));
        if (!QFile::exists(entry.recoveryPath))
            continue;
        // A live session holds its lock; a crashed one left it stale (or none).
        QLockFile lock(entry.recoveryPath + QStringLiteral(".lock"));
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        entry.originalPath = sidecar.value(QStringLiteral("original_path")).toString();
        entry.savedAt = QDateTime::fromString(sidecar.value(QStringLiteral("saved_at")).toString(),
                                              Qt::ISODateWithMs);
        entry.planName = sidecar.value(QStringLiteral("plan_name")).toString();
        entries.push_back(entry);
    }
    std::stable_sort(
        entries.begin(), entries.end(),
        [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.savedAt > b.savedAt; });
    return entries;
}

std::vector<RecoveryEntry> PlanDocument::recoverableSessions() const
{
    std::vector<RecoveryEntry> entries = listRecoveries(m_recoveryFolder);
    const QString own = QFileInfo(recoveryFilePath()).absoluteFilePath();
    std::erase_if(entries, [&](const RecoveryEntry &entry) {
        return QFileInfo(entry.recoveryPath).absoluteFilePath() == own;
    });
    return entries;
}

Status PlanDocument::restoreRecovery(const RecoveryEntry &entry)
{
    auto loaded = readCplanFile(entry.recoveryPath);
    if (!loaded)
        return Error{loaded.error()};
    if (loaded->scenarios.empty())
        return Error{
            tr("%1: the plan has no scenario").arg(QFileInfo(entry.recoveryPath).fileName())};
    removeOwnRecovery();
    // Adopt the entry: it is now this session's recovery file, removed on save or clean close.
    m_recoveryFolder = QFileInfo(entry.recoveryPath).absolutePath();
    m_sessionId = QFileInfo(entry.recoveryPath).completeBaseName();
    m_recoveryLock = std::make_unique<QLockFile>(entry.recoveryPath + QStringLiteral(".lock"));
    m_recoveryLock->setStaleLockTime(0);
    if (!m_recoveryLock->tryLock(0))
        m_recoveryLock.reset();
    resetDocument(loaded.value(), entry.originalPath, formatForName(entry.originalPath));
    m_modifiedWithoutHistory = true;
    m_autosavedGeneration = m_generation;
    updateModified();
    return success();
}

Status PlanDocument::discardRecovery(const RecoveryEntry &entry)
{
    QFile::remove(entry.recoveryPath + QStringLiteral(".bak"));
    QFile::remove(entry.recoveryPath + QStringLiteral(".lock"));
    const bool removed = QFile::remove(entry.recoveryPath) || !QFile::exists(entry.recoveryPath);
    QFile::remove(sidecarPath(entry.recoveryPath));
    if (!removed)
        return Error{tr("Cannot remove the recovery file %1").arg(entry.recoveryPath)};
    return success();
}

} // namespace cplan
