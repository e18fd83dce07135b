#include "models/storage/SaveLock.h"

#include "models/storage/PlanPaths.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QThread>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CplanFile)
};

// The files this process holds a PlanEditLock on, and the thread holding it. A save from that
// thread is part of the edit; a save from another thread waits like any other writer.
struct EditRegistry
{
    QMutex mutex;
    QHash<QString, Qt::HANDLE> owners;
};

EditRegistry &registry()
{
    static EditRegistry instance;
    return instance;
}

bool heldByThisThread(const QString &targetPath)
{
    EditRegistry &edits = registry();
    const QMutexLocker locker(&edits.mutex);
    const auto owner = edits.owners.constFind(targetPath);
    return owner != edits.owners.constEnd() && *owner == QThread::currentThreadId();
}

} // namespace

SaveLock::SaveLock(const QString &targetPath)
    : m_targetPath(QFileInfo(targetPath).absoluteFilePath())
{}

SaveLock::~SaveLock()
{
    if (m_registered) {
        EditRegistry &edits = registry();
        const QMutexLocker locker(&edits.mutex);
        edits.owners.remove(m_targetPath);
    }
}

bool SaveLock::lock(int waitMilliseconds, QLockFile::LockError *error)
{
    if (heldByThisThread(m_targetPath))
        return true;
    m_file = std::make_unique<QLockFile>(m_targetPath + QStringLiteral(".save-lock"));
    m_file->setStaleLockTime(0); // only a lock whose process is gone is stale
    if (!m_file->tryLock(waitMilliseconds)) {
        *error = m_file->error();
        return false;
    }
    return true;
}

PlanEditLock::PlanEditLock(const QString &path) : m_path(path) {}

PlanEditLock::~PlanEditLock() = default;

Status PlanEditLock::lock()
{
    QString targetPath;
    if (!checkWritableTarget(m_path, &targetPath).ok())
        return success();
    auto lock = std::make_unique<SaveLock>(targetPath);
    QLockFile::LockError error = QLockFile::NoError;
    if (!lock->lock(editLockWaitMilliseconds, &error)) {
        const QString name = QFileInfo(m_path).fileName();
        if (error == QLockFile::LockFailedError)
            return Error{Tr::tr("%1: another program or window is changing it right now; nothing "
                                "was changed, try again when it has finished")
                             .arg(name)};
        return Error{Tr::tr("%1: its lock file %1.save-lock cannot be created; nothing was changed")
                         .arg(name)};
    }
    EditRegistry &edits = registry();
    {
        const QMutexLocker locker(&edits.mutex);
        edits.owners.insert(QFileInfo(targetPath).absoluteFilePath(), QThread::currentThreadId());
    }
    lock->m_registered = true;
    m_lock = std::move(lock);
    return success();
}

} // namespace cplan
