#pragma once

// One writer at a time per plan file (issue 14 item 2, issue 21 A.7). Every save of a plan —
// .cplan or JSON, from any program, window or thread — takes the advisory lock
// `TARGET.save-lock`. A command that reads a plan, changes it and saves it back holds the same
// lock across all three with a PlanEditLock, so no other save can come between its read and
// its save (two `cplan import-actuals` at once lost one of the imports).

#include "models/domain/Result.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace cplan {

// How long a save waits for another save of the same file before it gives up.
inline constexpr int saveLockWaitMilliseconds = 5000;
// How long a read → change → save waits for another one (they take longer than a save).
inline constexpr int editLockWaitMilliseconds = 60000;

// The lock one save takes. When this thread holds a PlanEditLock on the file, the save is part
// of that edit and goes ahead without waiting for itself.
class SaveLock
{
public:
    // `targetPath` is the file that will be replaced (links resolved, see checkWritableTarget).
    explicit SaveLock(const QString &targetPath);
    ~SaveLock();
    SaveLock(const SaveLock &) = delete;
    SaveLock &operator=(const SaveLock &) = delete;

    // Waits up to `waitMilliseconds`. On failure, QLockFile::LockFailedError means another
    // writer holds it; any other error means the lock file cannot be created.
    bool lock(int waitMilliseconds, QLockFile::LockError *error);

private:
    friend class PlanEditLock;
    QString m_targetPath;
    std::unique_ptr<QLockFile> m_file;
    bool m_registered = false;
};

// Holds the save lock of `path` from before it is read until after it is saved again.
class PlanEditLock
{
public:
    explicit PlanEditLock(const QString &path);
    ~PlanEditLock();
    PlanEditLock(const PlanEditLock &) = delete;
    PlanEditLock &operator=(const PlanEditLock &) = delete;

    // Waits up to editLockWaitMilliseconds for other writers. A path that cannot be saved at
    // all (a missing folder, a read-only file) is not locked and not refused here: its save
    // fails later with the reason.
    Status lock();

private:
    QString m_path;
    std::unique_ptr<SaveLock> m_lock;
};

} // namespace cplan
