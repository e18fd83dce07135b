#pragma once

// Where a plan lives (ARCHITECTURE.md rule 15, MODEL.md §10): the one seam every write passes,
// GUI edit, CLI command (`set`, `signoff`, `version`, `--save-as`, `import-actuals`,
// `calibrate --apply`) or recovery, so the audit trail is appended in exactly one place. A
// .cplan or interchange JSON file is one home (FileHome); the team store is the other.
//
// A home keeps what was read besides the plan: the history (entries in their stored canonical
// form, checked as a hash chain when read) and the versions (descriptions; a version's content
// is read when asked for). A save takes the plan and a PlanCommit — the new entries (not yet
// numbered or chained: the home does that) and new versions — and writes both at once.

#include "models/domain/Plan.h"
#include "models/domain/Result.h"
#include "models/history/HistoryEntry.h"
#include "models/storage/PlanIo.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace cplan {

// A version to store: its description and the plan content it names.
struct NewVersion
{
    QString name;
    QString comment;
    QString author;
    QString at; // historyTime()
    Plan content;
};

// What one save adds besides the plan itself.
struct PlanCommit
{
    std::vector<HistoryEntry> entries; // seq and hash are set by the home
    std::vector<NewVersion> versions;
    // A live home (isLive()): the commit undoes or redoes a step this window made, whose fields
    // were last written at this revision of the home; refused when another member changed one of
    // them after it. 0: a new edit, checked against the revision the window shows.
    qint64 stepRevision = 0;
    bool isEmpty() const { return entries.empty() && versions.empty(); }
};

// A version's description, as `cplan versions` lists it (MODEL.md §9).
struct VersionInfo
{
    QString name;
    QString at;
    QString author;
    QString comment;
    QString contentHash;
};

class PlanHome
{
public:
    virtual ~PlanHome() = default;

    // The path (or the store's address) shown to the user.
    virtual QString location() const = 0;
    // Reads the plan and its record. Errors name the place.
    virtual Result<Plan> open() = 0;
    // Writes `plan` with `commit` (its entries chained after the history read or last saved).
    // On failure nothing changed, in the home or on disk.
    virtual Status save(const Plan &plan, const PlanCommit &commit) = 0;
    // The content of the saved version `name`.
    virtual Result<Plan> versionContent(const QString &name) const = 0;

    // A live home (the team store): each edit is committed at once, as one save, and the other
    // members' changes arrive through refresh(). A file is not live: it is saved when asked.
    virtual bool isLive() const { return false; }
    // The plan as the home has it now, when it differs from what the window was last given
    // (others changed it, or a save merged this window's edit with theirs); nullopt: unchanged.
    virtual Result<std::optional<Plan>> refresh() { return std::optional<Plan>{}; }
    // The last save merged this window's edit with the others' changes: refresh() gives the plan
    // to show (without asking the home again).
    virtual bool hasUnshownChanges() const { return false; }
    // The revision the home is at (live homes; 0 for files): what a step's stepRevision is.
    virtual qint64 liveRevision() const { return 0; }
    // Whether the last save failed because the home could not be reached (a lost connection):
    // the edit's outcome is unknown or it was not sent, and sending it again later is safe.
    virtual bool lastSaveUnreachable() const { return false; }
    // One attempt to reach the home again after a lost connection (live homes).
    virtual Status reconnect() { return success(); }
    // For the title and status bar: who is connected and with which role (empty for files).
    virtual QString storeUser() const { return {}; }
    virtual QString storeRole() const { return {}; }

    // The record as read and saved so far. Opening reads only the history's last entry; the
    // whole history is read (and checked) when first asked for, or handed in by adoptHistory()
    // from a background read (HistoryLoad).
    const std::vector<StoredEntry> &history() const;
    const std::vector<VersionInfo> &versions() const { return m_versions; }
    // Whether the history read verified as a chain (MODEL.md §10: an altered entry is named;
    // the plan still opens).
    const ChainCheck &chainCheck() const;
    bool historyLoaded() const { return m_historyLoaded; }
    qint64 historyCount() const;
    // The whole history of a file and its chain check, read on any thread.
    struct HistoryLoad
    {
        std::vector<StoredEntry> entries;
        ChainCheck check;
        qint64 headSeq = 0; // the last entry read (what the home's head must still be)
    };
    // Takes a background read of this home's history, unless the home moved on since (a save):
    // then the history is read again when asked for.
    void adoptHistory(HistoryLoad load);
    bool hasVersion(const QString &name) const;
    // The entries, decoded (for the History panel, `cplan history`, exports); `since` = the
    // first seq wanted.
    std::vector<HistoryEntry> historyEntries(qint64 since = 1) const;

protected:
    // Reads the whole history now (FileHome: from its .cplan).
    virtual HistoryLoad readHistory() const = 0;
    void setHistory(std::vector<StoredEntry> entries);
    // After a save: `fresh` follows the head.
    void appendHistory(const std::vector<StoredEntry> &fresh);

    std::vector<VersionInfo> m_versions;
    qint64 m_headSeq = 0; // the last entry: what the next one is chained after
    QString m_headHash;

private:
    mutable std::vector<StoredEntry> m_history; // when m_historyLoaded
    mutable ChainCheck m_chainCheck;
    mutable bool m_historyLoaded = true;

protected:
    // Opening a .cplan: the head is known, the entries are not read yet.
    void setHistoryUnread(qint64 headSeq, const QString &headHash);
};

// A plan file, .cplan or interchange JSON (told apart by content when opened).
class FileHome : public PlanHome
{
public:
    // `format` is the format to save in; open() sets it from the file's content.
    explicit FileHome(QString path, PlanFormat format = PlanFormat::Cplan);
    // A home for a plan that has no file yet (new, imported, recovered): its record starts
    // empty, or is `from`'s (Save As carries the history and versions to the new file).
    static std::unique_ptr<FileHome> relocated(const FileHome *from, const QString &path,
                                               PlanFormat format);

    QString location() const override { return m_path; }
    PlanFormat format() const { return m_format; }
    Result<Plan> open() override;
    Status save(const Plan &plan, const PlanCommit &commit) override;
    Result<Plan> versionContent(const QString &name) const override;
    // The next save writes a new file and keeps the one it replaces as `.bak`, even over the
    // file this home read (Replace with mine: the other program's version is the backup).
    void keepBackupOnNextSave() { m_keepBackup = true; }
    // The whole history of the .cplan this home reads from (for a background read).
    QString historySource() const { return m_basePath; }
    static HistoryLoad loadHistoryOf(const QString &cplanPath);

protected:
    HistoryLoad readHistory() const override;

private:
    QString m_path;
    PlanFormat m_format;
    // The .cplan that holds the record so far (the file read or last saved); empty when the
    // record lives only in memory (JSON, new plans), with the version contents in m_snapshots.
    QString m_basePath;
    std::vector<QByteArray> m_snapshots; // aligned with m_versions when m_basePath is empty
    bool m_keepBackup = false;
};

// The author of entries written by this user: the name in the preferences (setPreferredAuthor(),
// which the app and `cplan` call at start), else the system account's full name, else the login
// name.
QString defaultAuthor();
void setPreferredAuthor(const QString &name);

} // namespace cplan
