#include "models/document/RecoveryStore.h"

#include "models/document/RecoveryStamp.h"

#include "models/storage/CplanDiskFile.h"
#include "models/storage/CplanFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace cplan {

namespace {

const QString sidecarFormat = QStringLiteral("campaign-planner-recovery/1");

QString sidecarPath(const QString &recoveryPath)
{
    QString path = recoveryPath;
    path.chop(QStringLiteral(".cplan").size());
    return path + QStringLiteral(".json");
}

} // namespace

RecoveryStore::RecoveryStore(QObject *parent)
    : QObject(parent), m_folder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                QStringLiteral("/recovery")),
      m_sessionId(QUuid::createUuid().toString(QUuid::WithoutBraces)), m_timer(new QTimer(this))
{
    m_timer->setInterval(m_interval);
    connect(m_timer, &QTimer::timeout, this, &RecoveryStore::due);
}

RecoveryStore::~RecoveryStore() = default;

void RecoveryStore::setFolder(const QString &folder)
{
    if (folder == m_folder)
        return;
    removeOwn();
    m_folder = folder;
}

void RecoveryStore::setInterval(std::chrono::milliseconds interval)
{
    m_interval = std::max(interval, std::chrono::milliseconds(1));
    m_timer->setInterval(m_interval);
}

void RecoveryStore::setModified(bool modified)
{
    if (modified) {
        if (!m_timer->isActive())
            m_timer->start();
    } else {
        m_timer->stop();
    }
}

QString RecoveryStore::filePath() const
{
    return QDir(m_folder).filePath(m_sessionId + QStringLiteral(".cplan"));
}

void RecoveryStore::takeLock(const QString &recoveryPath)
{
    // The lock tells other sessions this recovery file is alive, not left by a crash.
    m_lock = std::make_unique<QLockFile>(recoveryPath + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0))
        m_lock.reset();
}

Status RecoveryStore::write(const Plan &plan, const QString &originalPath, const QDateTime &savedAt)
{
    if (!QDir().mkpath(m_folder))
        return Error{tr("Cannot create the recovery folder %1").arg(m_folder)};
    const QString path = filePath();
    if (!m_lock)
        takeLock(path);
    Status written = writeCplanFile(plan, path);
    QFile::remove(path + QStringLiteral(".bak")); // one recovery copy is enough
    if (!written)
        return written;
    const QJsonObject sidecar{
        {QStringLiteral("format"), sidecarFormat},
        {QStringLiteral("original_path"), originalPath},
        {QStringLiteral("saved_at"), savedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("plan_name"), plan.name},
        {QStringLiteral("original_stamp"),
         fileStampJson(originalPath.isEmpty() ? FileStamp{} : FileStamp::of(originalPath))}};
    QString error;
    if (!replaceFileWithBytes(sidecarPath(path), QJsonDocument(sidecar).toJson(), &error))
        return Error{tr("Cannot write %1 (%2)").arg(sidecarPath(path), error)};
    return success();
}

void RecoveryStore::removeOwn()
{
    const QString path = filePath();
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".bak"));
    QFile::remove(sidecarPath(path));
    m_lock.reset(); // unlocks and deletes the lock file
}

void RecoveryStore::adopt(const RecoveryEntry &entry)
{
    removeOwn();
    m_folder = QFileInfo(entry.recoveryPath).absolutePath();
    m_sessionId = QFileInfo(entry.recoveryPath).completeBaseName();
    takeLock(entry.recoveryPath);
}

std::vector<RecoveryEntry> RecoveryStore::list(const QString &folder)
{
    std::vector<RecoveryEntry> entries;
    const QDir dir(folder);
    const QStringList sidecars = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : sidecars) {
        QFile file(dir.filePath(name));
        if (file.size() > 1024 * 1024 || !file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject sidecar = QJsonDocument::fromJson(file.readAll()).object();
        if (sidecar.value(QStringLiteral("format")).toString() != sidecarFormat)
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

std::vector<RecoveryEntry> RecoveryStore::othersThanOwn() const
{
    std::vector<RecoveryEntry> entries = list(m_folder);
    const QString own = QFileInfo(filePath()).absoluteFilePath();
    std::erase_if(entries, [&](const RecoveryEntry &entry) {
        return QFileInfo(entry.recoveryPath).absoluteFilePath() == own;
    });
    return entries;
}

Status RecoveryStore::discard(const RecoveryEntry &entry)
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
