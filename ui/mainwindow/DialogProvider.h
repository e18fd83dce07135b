#pragma once

// Every question the document lifecycle asks the user goes through this interface, so the
// controller can be driven by tests without a click (ARCHITECTURE.md rule 8). The real
// implementation is QtDialogProvider; tests use a scripted double.

#include <QDialog>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QWidget>
#include <QtGlobal>

namespace cplan {

class DialogProvider
{
public:
    enum class UnsavedChoice
    {
        Save,
        Discard,
        Cancel
    };

    // The plan's file was changed by another program since this window read or saved it.
    enum class ExternalChangeChoice
    {
        Reload,    // drop this window's version and read the file again
        SaveAs,    // keep mine: save it under another name, leave the file as the other wrote it
        Overwrite, // replace the other program's version with mine
        Compare,   // show what differs, then ask again
        Cancel     // do nothing now (a save is not made; the question comes back next time)
    };

    virtual ~DialogProvider() = default;

    // "Save the changes to <documentName> before …?" — `action` says what happens next
    // ("closing", "opening another plan").
    virtual UnsavedChoice askSaveChanges(const QString &documentName, const QString &action) = 0;
    // A recovery file from a session that did not end cleanly exists; true = restore it.
    virtual bool askRestoreRecovery(const QString &originalName, const QString &savedAt) = 0;
    // Empty result = the user cancelled.
    virtual QString openFileName(const QString &directory) = 0;
    virtual QString saveFileName(const QString &suggestedPath) = 0;
    // A table of actuals to import (CSV, TSV or XLSX); empty = cancelled. By default the same
    // question as openFileName, so scripted doubles answer both from one queue.
    virtual QString openImportFileName(const QString &directory) { return openFileName(directory); }
    // An export is about to write files that exist already (`paths`): true = replace them.
    // Without an answer nothing is replaced.
    virtual bool askReplaceFiles(const QStringList &paths)
    {
        Q_UNUSED(paths);
        return false;
    }
    // A storage or validation error, with its located message.
    virtual void showError(const QString &title, const QString &message) = 0;
    // "<documentName> was changed by another program" — `saving` when the user was about to
    // save over it. Not pure, so other doubles need not know it; the default cancels.
    virtual ExternalChangeChoice askExternalChange(const QString &documentName, bool saving)
    {
        Q_UNUSED(documentName);
        Q_UNUSED(saving);
        return ExternalChangeChoice::Cancel;
    }
    // Information for the user to read (the differences of "Compare").
    virtual void showInformation(const QString &title, const QString &message)
    {
        showError(title, message);
    }
    // A modal dialog the UI built (Export, Print, Print Preview): the real provider runs it;
    // tests inspect or fill it and return the result (QDialog::Accepted or Rejected).
    virtual int runDialog(QDialog &dialog) { return dialog.exec(); }
    // "Export chart": where to write a chart, as a PNG image or a PDF (the suffix says which;
    // a name without one is a PNG). Empty = cancelled. By default the save-as question, so
    // scripted doubles answer both from one queue.
    virtual QString chartFileName(const QString &suggestedPath)
    {
        return saveFileName(suggestedPath);
    }

    // Widgets deep inside a window (a chart's context menu) find the window's provider without
    // every page passing it down: the window registers it once, a widget looks it up through
    // its parents (across a dialog to the window that opened it). Null when none is registered.
    static void attach(QWidget *widget, DialogProvider *provider)
    {
        widget->setProperty(propertyName, QVariant::fromValue(static_cast<void *>(provider)));
    }
    static DialogProvider *find(const QWidget *widget)
    {
        for (; widget; widget = widget->parentWidget()) {
            const QVariant provider = widget->property(propertyName);
            if (provider.isValid())
                return static_cast<DialogProvider *>(provider.value<void *>());
        }
        return nullptr;
    }

private:
    static constexpr const char *propertyName = "cplanDialogProvider";
};

} // namespace cplan
