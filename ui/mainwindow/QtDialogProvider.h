#pragma once

#include "ui/mainwindow/DialogProvider.h"

#include <QCoreApplication>

class QWidget;

namespace cplan {

// DialogProvider with QMessageBox and QFileDialog, parented to the main window.
class QtDialogProvider : public DialogProvider
{
    Q_DECLARE_TR_FUNCTIONS(QtDialogProvider)

public:
    explicit QtDialogProvider(QWidget *parent) : m_parent(parent) {}

    UnsavedChoice askSaveChanges(const QString &documentName, const QString &action) override;
    bool askRestoreRecovery(const QString &originalName, const QString &savedAt) override;
    QString openFileName(const QString &directory) override;
    QString saveFileName(const QString &suggestedPath) override;
    QString openImportFileName(const QString &directory) override;
    bool askReplaceFiles(const QStringList &paths) override;
    void showError(const QString &title, const QString &message) override;
    ExternalChangeChoice askExternalChange(const QString &documentName, bool saving) override;
    void showInformation(const QString &title, const QString &message) override;
    QString chartFileName(const QString &suggestedPath) override;

private:
    QWidget *m_parent;
};

} // namespace cplan
