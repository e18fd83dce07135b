#pragma once

// The recovery store of the document layer: this session's recovery file and the ones other
// sessions left behind. PlanDocument owns one and decides what to write and when the plan is
// modified; the store keeps the autosave timer, writes the recovery file (a .cplan) with its
// sidecar (.json: original path, time, plan name), and holds a lock beside it that tells other
// sessions the file is alive, so only a crashed session's files are offered for recovery.
//
// Nothing here shows a dialog: failures come back as Status with a located message.

#include "models/domain/Plan.h"
#include "models/domain/Result.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>
#include <vector>

class QLockFile;
class QTimer;

namespace cplan {

// A recovery file left by an autosave (a .cplan) and its sidecar (.json: original path, time).
struct RecoveryEntry
{
    QString recoveryPath; // the .cplan holding the unsaved plan
    QString originalPath; // the file the plan was opened from; empty = it was never saved
    QDateTime savedAt;    // when the autosave wrote it (the document's clock, UTC)
    QString planName;     // the plan's name, for the "restore?" prompt
};

class RecoveryStore : public QObject
{
    Q_OBJECT

public:
    // Default folder: QStandardPaths::AppDataLocation + "/recovery"; a new session id.
    explicit RecoveryStore(QObject *parent = nullptr);
    ~RecoveryStore() override;

    QString folder() const { return m_folder; }
    // Removes this session's files from the old folder first (tests inject a temporary one).
    void setFolder(const QString &folder);
    // While modified, due() fires every `interval` (default 60 s, at least 1 ms).
    std::chrono::milliseconds interval() const { return m_interval; }
    void setInterval(std::chrono::milliseconds interval);
    // Starts the timer when the plan becomes modified, stops it when it is saved or reset.
    void setModified(bool modified);

    // This session's recovery file (it exists only after write()).
    QString filePath() const;
    // Writes `plan` to filePath() and its sidecar, taking the lock on the first write.
    Status write(const Plan &plan, const QString &originalPath, const QDateTime &savedAt);
    // Removes this session's recovery file, its sidecar and its lock (a save or a clean close).
    void removeOwn();
    // Makes `entry` this session's recovery file (its folder and name) and takes its lock.
    void adopt(const RecoveryEntry &entry);

    // Recovery files in `folder` that no live session holds, newest first.
    static std::vector<RecoveryEntry> list(const QString &folder);
    // list(folder()) without this session's own file.
    std::vector<RecoveryEntry> othersThanOwn() const;
    // Deletes a recovery file, its sidecar and any stale lock (the user declined to restore it).
    static Status discard(const RecoveryEntry &entry);

signals:
    // Time to write the recovery file again (the owner calls write() if it still wants to).
    void due();

private:
    void takeLock(const QString &recoveryPath);

    QString m_folder;
    QString m_sessionId;
    std::chrono::milliseconds m_interval{60000};
    QTimer *m_timer = nullptr;
    std::unique_ptr<QLockFile> m_lock; // held while this session owns a recovery file
};

} // namespace cplan
