#include "ui/mainwindow/DocumentController.h"

#include "models/document/PlanDocument.h"
#include "models/document/RecoveryStamp.h"
#include "models/domain/MetricNames.h"
#include "models/storage/PlanDifferences.h"
#include "models/storage/PlanIo.h"
#include "models/team/TeamHome.h"
#include "ui/mainwindow/DialogProvider.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLocale>
#include <QScopeGuard>
#include <QSettings>

namespace cplan {

namespace {
const QString recentFilesKey = QStringLiteral("recentFiles");
}

DocumentController::DocumentController(PlanDocument *document, DialogProvider *dialogs,
                                       QObject *parent)
    : QObject(parent), m_document(document), m_dialogs(dialogs),
      m_watcher(new QFileSystemWatcher(this))
{
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this,
            &DocumentController::fileChangedNotice);
    // Whatever replaces the document (open, new, restore, close) changes what is watched.
    connect(m_document, &PlanDocument::filePathChanged, this, [this] { rememberDiskState(); });
    // Each autosave writes a new record beside the recovery copy; the view goes back into it.
    connect(m_document, &PlanDocument::autosaved, this,
            [this](const QString &, const QString &error) {
                if (error.isEmpty())
                    recordView();
            });
    connect(m_document, &PlanDocument::activeScenarioChanged, this,
            &DocumentController::recordView);
}

void DocumentController::setShownPage(int page)
{
    if (page == m_shownPage)
        return;
    m_shownPage = page;
    recordView();
}

void DocumentController::recordView()
{
    const QString path = m_document->recoveryFilePath();
    if (path.isEmpty() || !QFileInfo::exists(path))
        return;
    // Best effort, like the autosave's own failure: the plan itself is already safe.
    (void)recordRecoveryView(path, {m_document->activeScenario().name, m_shownPage});
}

bool DocumentController::startUp(const QString &path)
{
    if (restoreRecoveryIfWanted())
        return true;
    if (path.isEmpty()) {
        m_document->newFromSample();
        return true;
    }
    if (openFile(path))
        return true;
    m_document->newFromSample();
    return false;
}

bool DocumentController::restoreRecoveryIfWanted()
{
    for (const RecoveryEntry &entry : m_document->recoverableSessions()) {
        const QString name = entry.originalPath.isEmpty()
                                 ? (entry.planName.isEmpty() ? tr("Untitled") : entry.planName)
                                 : QFileInfo(entry.originalPath).fileName();
        const QString savedAt =
            QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat);
        if (!m_dialogs->askRestoreRecovery(name, savedAt)) {
            if (const Status removed = PlanDocument::discardRecovery(entry); !removed)
                m_dialogs->showError(tr("Could not delete the recovery copy"), removed.error());
            continue;
        }
        // Read before the restore: restoring makes the copy this session's, whose view is
        // then recorded afresh.
        const std::optional<RecoveryView> view = recordedRecoveryView(entry.recoveryPath);
        if (const Status restored = m_document->restoreRecovery(entry); !restored) {
            m_dialogs->showError(tr("Could not restore the recovery copy"), restored.error());
            continue;
        }
        if (view) {
            if (const int scenario = m_document->plan().scenarioIndex(view->scenario);
                scenario >= 0)
                m_document->setActiveScenarioIndex(scenario);
            if (view->page >= 0)
                emit recoveredPageShown(view->page);
        }
        rememberDiskState();
        // The restored plan is based on the file as it was when the recovery copy was written,
        // not as it is now: a change another program made while the app was down must be asked
        // about at the next save (issue 21, A.9). A record without a stamp counts as changed.
        if (const std::optional<FileStamp> recorded = recordedOriginalStamp(entry.recoveryPath)) {
            m_stamp = *recorded;
        } else {
            m_stamp = FileStamp{};
            m_stamp.exists = true;
            m_stamp.size = -1;
        }
        return true;
    }
    return false;
}

bool DocumentController::maybeSave(const QString &action)
{
    if (!m_document->isModified())
        return true;
    switch (m_dialogs->askSaveChanges(m_document->displayName(), action)) {
    case DialogProvider::UnsavedChoice::Save:
        return save();
    case DialogProvider::UnsavedChoice::Discard:
        return true;
    case DialogProvider::UnsavedChoice::Cancel:
        break;
    }
    return false;
}

bool DocumentController::newBlank()
{
    if (!maybeSave(tr("starting a new plan")))
        return false;
    m_document->close();
    m_document->newBlank();
    return true;
}

bool DocumentController::newFromSample()
{
    if (!maybeSave(tr("opening the sample plan")))
        return false;
    m_document->close();
    m_document->newFromSample();
    return true;
}

bool DocumentController::open()
{
    if (!maybeSave(tr("opening another plan")))
        return false;
    const QString directory = m_document->filePath().isEmpty()
                                  ? QDir::homePath()
                                  : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = m_dialogs->openFileName(directory);
    if (path.isEmpty())
        return false;
    return openWithoutAsking(path);
}

bool DocumentController::openFile(const QString &path)
{
    if (!maybeSave(tr("opening another plan")))
        return false;
    return openWithoutAsking(path);
}

bool DocumentController::openWithoutAsking(const QString &path)
{
    if (const Status opened = m_document->open(path); !opened) {
        m_dialogs->showError(tr("Could not open the plan"), opened.error());
        return false;
    }
    rememberDiskState();
    rememberFile(path);
    return true;
}

bool DocumentController::openTeamPlan(std::shared_ptr<TeamStore> store, const QString &planName)
{
    if (!maybeSave(tr("opening another plan")))
        return false;
    if (const Status opened =
            m_document->openHome(std::make_unique<TeamHome>(std::move(store), planName));
        !opened) {
        m_dialogs->showError(tr("Could not open the plan"), opened.error());
        return false;
    }
    return true;
}

QString DocumentController::saveLocalCopy()
{
    const QString title = planTitle(m_document->plan());
    const QString suggested =
        QDir::home().filePath((title.isEmpty() ? tr("Plan") : title) + QStringLiteral(".cplan"));
    QString path = m_dialogs->saveFileName(suggested);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".cplan");
    // The record as far as this window has it: the whole history when it was read, else the
    // entries of this window's steps (the store keeps the rest).
    PlanCommit commit;
    commit.entries = m_document->home().historyLoaded() ? m_document->historyEntries()
                                                        : m_document->pendingEntries();
    auto home = FileHome::relocated(nullptr, path, PlanFormat::Cplan);
    if (const Status saved = home->save(m_document->plan(), commit); !saved) {
        m_dialogs->showError(tr("Could not save a local copy"), saved.error());
        return {};
    }
    return path;
}

bool DocumentController::save()
{
    // A team store's plan has every edit already; Save sends those kept while offline.
    if (m_document->isLive()) {
        if (const Status sent = m_document->save(); !sent) {
            m_dialogs->showError(tr("Could not send the kept edits"), sent.error());
            return false;
        }
        return true;
    }
    if (m_document->filePath().isEmpty())
        return saveAs();
    // Another program's change would be lost silently (and from the .bak at the next save).
    bool replacing = false;
    if (fileChangedOnDisk()) {
        if (const std::optional<bool> outcome = resolveExternalChange(true))
            return *outcome;
        replacing = true;
    }
    if (const Status saved = replacing ? m_document->saveOverOtherChanges() : m_document->save();
        !saved) {
        m_dialogs->showError(tr("Could not save the plan"), saved.error());
        return false;
    }
    rememberDiskState();
    rememberFile(m_document->filePath());
    return true;
}

bool DocumentController::saveVersion(const QString &name, const QString &comment)
{
    if (m_document->filePath().isEmpty() && !saveAs())
        return false;
    if (fileChangedOnDisk()) {
        if (const std::optional<bool> outcome = resolveExternalChange(true); outcome)
            return false; // reloaded, saved elsewhere or cancelled: the version waits
        // "Overwrite": this window's plan replaces the other save first, as save() does.
        if (const Status replaced = m_document->saveOverOtherChanges(); !replaced) {
            m_dialogs->showError(tr("Could not save the plan"), replaced.error());
            return false;
        }
    }
    const Status saved = m_document->saveVersion(name, comment);
    rememberDiskState();
    if (!saved) {
        m_dialogs->showError(tr("Could not save the version"), saved.error());
        return false;
    }
    return true;
}

bool DocumentController::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty()) {
        const QString name = planTitle(m_document->plan());
        suggested = QDir::home().filePath((name.isEmpty() ? tr("Untitled") : name) +
                                          QStringLiteral(".cplan"));
    }
    const QString path = m_dialogs->saveFileName(suggested);
    if (path.isEmpty())
        return false;
    if (const Status saved = m_document->saveAs(path); !saved) {
        m_dialogs->showError(tr("Could not save the plan"), saved.error());
        return false;
    }
    rememberDiskState();
    rememberFile(path);
    return true;
}

bool DocumentController::revert()
{
    if (m_document->filePath().isEmpty() || !m_document->isModified() || m_document->isLive())
        return false;
    // Reverting throws the changes away, so it asks the same question with "Discard" meaning
    // "go on"; "Save" would make the revert pointless, so it counts as cancel.
    if (m_dialogs->askSaveChanges(m_document->displayName(), tr("reverting to the saved file")) !=
        DialogProvider::UnsavedChoice::Discard)
        return false;
    if (const Status reverted = m_document->revert(); !reverted) {
        m_dialogs->showError(tr("Could not revert the plan"), reverted.error());
        return false;
    }
    rememberDiskState();
    return true;
}

bool DocumentController::closeDocument()
{
    if (!maybeSave(tr("closing")))
        return false;
    m_document->close();
    return true;
}

QStringList DocumentController::recentFiles() const
{
    // At most maxRecentFiles, whatever the settings file holds: one with 200,000 entries (written
    // by hand or by another program) made a menu entry for each and kept the window from
    // showing for up to a minute (issue 21, A.5). The list is written back shortened, so the
    // next start reads only what is kept.
    QSettings settings;
    const QVariant stored = settings.value(recentFilesKey);
    QStringList files = stored.toStringList();
    if (files.size() <= maxRecentFiles)
        return files;
    files.resize(maxRecentFiles);
    settings.setValue(recentFilesKey, files);
    return files;
}

void DocumentController::clearRecentFiles()
{
    QSettings().remove(recentFilesKey);
    emit recentFilesChanged();
}

void DocumentController::rememberFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings().setValue(recentFilesKey, files);
    emit recentFilesChanged();
}

bool DocumentController::fileChangedOnDisk() const
{
    const QString path = m_document->filePath();
    if (path.isEmpty() || path != m_stampedPath || m_document->isLive())
        return false;
    return !(FileStamp::of(path) == m_stamp);
}

void DocumentController::rememberDiskState()
{
    // A team store's plan has no file to watch (its "path" is the store's address).
    const QString path = m_document->isLive() ? QString() : m_document->filePath();
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    m_stampedPath = path;
    m_stamp = path.isEmpty() ? FileStamp{} : FileStamp::of(path);
    if (!path.isEmpty() && m_stamp.exists)
        m_watcher->addPath(path);
}

void DocumentController::fileChangedNotice(const QString &path)
{
    // A save by rename replaces the file, which ends the watch; watch the new one.
    if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
    if (m_askingAboutChange || path != m_document->filePath() || !fileChangedOnDisk())
        return;
    if (const std::optional<bool> outcome = resolveExternalChange(false); !outcome) {
        // "Replace with mine": write this window's version over the other one now.
        if (const Status saved = m_document->saveOverOtherChanges(); !saved) {
            m_dialogs->showError(tr("Could not save the plan"), saved.error());
            return;
        }
        rememberDiskState();
    }
}

std::optional<bool> DocumentController::resolveExternalChange(bool saving)
{
    m_askingAboutChange = true;
    const auto done = qScopeGuard([this] { m_askingAboutChange = false; });
    for (;;) {
        switch (m_dialogs->askExternalChange(m_document->displayName(), saving)) {
        case DialogProvider::ExternalChangeChoice::Overwrite:
            return std::nullopt;
        case DialogProvider::ExternalChangeChoice::Reload:
            if (const Status reloaded = m_document->revert(); !reloaded) {
                m_dialogs->showError(tr("Could not reload the plan"), reloaded.error());
                return false;
            }
            rememberDiskState();
            return false;
        case DialogProvider::ExternalChangeChoice::SaveAs:
            return saveAs();
        case DialogProvider::ExternalChangeChoice::Compare:
            showDifferences();
            continue;
        case DialogProvider::ExternalChangeChoice::Cancel:
            return false;
        }
        return false;
    }
}

void DocumentController::showDifferences()
{
    const QString title = tr("Your version and the file on disk");
    const Result<Plan> onDisk = loadPlan(m_document->filePath());
    if (!onDisk) {
        m_dialogs->showInformation(
            title, tr("The file on disk cannot be read as a plan now:\n%1").arg(onDisk.error()));
        return;
    }
    const QStringList differences = planDifferences(*onDisk, m_document->plan());
    if (differences.isEmpty()) {
        m_dialogs->showInformation(title, tr("The file on disk holds the same plan as yours "
                                             "(only its bytes changed)."));
        return;
    }
    m_dialogs->showInformation(title, tr("Changes from the file on disk to your version:\n%1")
                                          .arg(differences.join(QLatin1Char('\n'))));
}

bool DocumentController::isPlanFileName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("cplan") || suffix == QLatin1String("json");
}

} // namespace cplan
