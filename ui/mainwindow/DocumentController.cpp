#include "ui/mainwindow/DocumentController.h"

#include "models/document/PlanDocument.h"
#include "ui/mainwindow/DialogProvider.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>

namespace cplan {

namespace {
const QString recentFilesKey = QStringLiteral("recentFiles");
}

DocumentController::DocumentController(PlanDocument *document, DialogProvider *dialogs,
                                       QObject *parent)
    : QObject(parent), m_document(document), m_dialogs(dialogs)
{}

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
        if (const Status restored = m_document->restoreRecovery(entry); !restored) {
            m_dialogs->showError(tr("Could not restore the recovery copy"), restored.error());
            continue;
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
    rememberFile(path);
    return true;
}

bool DocumentController::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    if (const Status saved = m_document->save(); !saved) {
        m_dialogs->showError(tr("Could not save the plan"), saved.error());
        return false;
    }
    rememberFile(m_document->filePath());
    return true;
}

bool DocumentController::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty()) {
        const QString name = m_document->plan().name.trimmed();
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
    rememberFile(path);
    return true;
}

bool DocumentController::revert()
{
    if (m_document->filePath().isEmpty() || !m_document->isModified())
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
    return QSettings().value(recentFilesKey).toStringList();
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

bool DocumentController::isPlanFileName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("cplan") || suffix == QLatin1String("json");
}

} // namespace cplan
