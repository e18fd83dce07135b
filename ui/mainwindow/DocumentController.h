#pragma once

// The document lifecycle as the user sees it (File menu, command line, drag and drop, start-up
// recovery): it asks every question through a DialogProvider and does the work on the
// PlanDocument, so tests drive it without a click. It never loses work without asking: every
// path that replaces the plan goes through maybeSave().

#include "models/document/FileStamp.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QFileSystemWatcher;

namespace cplan {

class DialogProvider;
class PlanDocument;
class TeamStore;

class DocumentController : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxRecentFiles = 8;

    DocumentController(PlanDocument *document, DialogProvider *dialogs, QObject *parent = nullptr);

    PlanDocument *document() const { return m_document; }

    // Start-up: offers to restore a recovery file left by a crashed session (newest first);
    // otherwise opens `path`, or — with no path — the embedded sample as an untitled copy.
    // False when `path` could not be opened (the sample is shown instead).
    bool startUp(const QString &path);

    // Each returns true when it happened (false: cancelled by the user or failed, with an
    // error dialog already shown; the document is then as it was).
    bool newBlank();
    bool newFromSample();
    bool open();                        // asks for a file name
    bool openFile(const QString &path); // Open Recent, drag and drop, command line
    bool save();                        // Save As when untitled
    bool saveAs();
    // File ▸ Open from Team Store…: opens plan `planName` of `store` (connected by the dialog)
    // as the document, after the unsaved-changes question.
    bool openTeamPlan(std::shared_ptr<TeamStore> store, const QString &planName);
    // The offline band's "Save a Local Copy…": writes the plan as this window has it (with the
    // edits not sent yet) to a new .cplan, with the history read so far; the document stays
    // where it lives. The path written, or empty (cancelled or failed, with the error shown).
    QString saveLocalCopy();
    // File ▸ Save Version… (MODEL.md §10): a version is kept in the plan's file and written at
    // once, so it is written as save() writes: an untitled plan is saved as a file first, another
    // program's change is asked about, and the file's new state is remembered (else the watcher
    // takes the version's write for another program's). A refusal is shown; false = not stored.
    bool saveVersion(const QString &name, const QString &comment);
    bool revert();
    // File > Close and quitting: asks about unsaved changes, then closes cleanly (removing the
    // recovery file). False = the user cancelled; keep the window open.
    bool closeDocument();

    // "Save changes before …?" — true when it is fine to go on.
    bool maybeSave(const QString &action);

    // Recently opened or saved files, most recent first (QSettings "recentFiles").
    QStringList recentFiles() const;
    void clearRecentFiles();

    // True for a file name the window accepts when dropped (.cplan or .json).
    static bool isPlanFileName(const QString &path);

    // True when another program changed (or removed) the document's file since this window
    // last read or saved it (issue 14, item 3). Save asks before writing over such a change;
    // the file is also watched, and the question comes as soon as the change is seen.
    bool fileChangedOnDisk() const;

    // The page the window shows (its place in the navigation). Kept with the recovery copy,
    // with the active scenario, so a restored plan opens where the user was (issue 22 E.24).
    void setShownPage(int page);

signals:
    void recentFilesChanged();
    // A recovery copy was restored that recorded the page the user was on.
    void recoveredPageShown(int page);

private:
    // Opens `path` (the unsaved-changes question already answered), reports a failure.
    bool openWithoutAsking(const QString &path);
    void rememberFile(const QString &path);
    bool restoreRecoveryIfWanted();
    // Records what the document's file looks like now and watches it (after a read or save).
    void rememberDiskState();
    void fileChangedNotice(const QString &path);
    // Asks what to do about a change on disk. nullopt = go on and write over it; otherwise
    // the outcome of what the user chose instead (true = the plan was saved elsewhere).
    std::optional<bool> resolveExternalChange(bool saving);
    void showDifferences();
    // Records the active scenario and the shown page beside this session's recovery copy.
    void recordView();

    PlanDocument *m_document;
    DialogProvider *m_dialogs;
    QFileSystemWatcher *m_watcher;
    QString m_stampedPath;
    FileStamp m_stamp;
    bool m_askingAboutChange = false;
    int m_shownPage = -1;
};

} // namespace cplan
