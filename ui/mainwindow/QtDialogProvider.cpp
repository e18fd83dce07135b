#include "ui/mainwindow/QtDialogProvider.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace cplan {

namespace {
QString planFileFilter()
{
    return QCoreApplication::translate(
        "QtDialogProvider", "Campaign plans (*.cplan *.json);;Campaign Planner files (*.cplan);;"
                            "Interchange JSON (*.json);;All files (*)");
}
} // namespace

DialogProvider::UnsavedChoice QtDialogProvider::askSaveChanges(const QString &documentName,
                                                               const QString &action)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("Save the changes to “%1” before %2?").arg(documentName, action),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_parent);
    box.setTextFormat(Qt::PlainText); // names and messages come from files (PlainText.h)
    box.setInformativeText(tr("If you don't save, your changes will be lost."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return UnsavedChoice::Save;
    case QMessageBox::Discard:
        return UnsavedChoice::Discard;
    default:
        return UnsavedChoice::Cancel;
    }
}

bool QtDialogProvider::askRestoreRecovery(const QString &originalName, const QString &savedAt)
{
    QMessageBox box(QMessageBox::Question, tr("Restore unsaved work?"),
                    tr("Campaign Planner did not close normally. A recovery copy of “%1” "
                       "saved at %2 was found.")
                        .arg(originalName, savedAt),
                    QMessageBox::NoButton, m_parent);
    box.setTextFormat(Qt::PlainText); // names and messages come from files (PlainText.h)
    box.setInformativeText(tr("Restore it? If you discard it, the recovery copy is deleted."));
    QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    return box.clickedButton() == restore;
}

QString QtDialogProvider::openFileName(const QString &directory)
{
    return QFileDialog::getOpenFileName(m_parent, tr("Open plan"), directory, planFileFilter());
}

QString QtDialogProvider::saveFileName(const QString &suggestedPath)
{
    return QFileDialog::getSaveFileName(m_parent, tr("Save plan as"), suggestedPath,
                                        planFileFilter());
}

QString QtDialogProvider::chartFileName(const QString &suggestedPath)
{
    QString filter;
    const QString pngFilter = tr("PNG image (*.png)");
    const QString pdfFilter = tr("PDF document (*.pdf)");
    QString path =
        QFileDialog::getSaveFileName(m_parent, tr("Export chart"), suggestedPath,
                                     pngFilter + QStringLiteral(";;") + pdfFilter, &filter);
    // Some platform dialogs return the name as typed: the chosen filter gives the suffix.
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += filter == pdfFilter ? QStringLiteral(".pdf") : QStringLiteral(".png");
    return path;
}

QString QtDialogProvider::openImportFileName(const QString &directory)
{
    return QFileDialog::getOpenFileName(
        m_parent, tr("Import actuals"), directory,
        tr("Tables (*.csv *.tsv *.txt *.xlsx);;CSV and TSV text (*.csv *.tsv *.txt);;"
           "Excel workbooks (*.xlsx);;All files (*)"));
}

bool QtDialogProvider::askReplaceFiles(const QStringList &paths)
{
    QStringList names;
    for (const QString &path : paths)
        names << QDir::toNativeSeparators(path);
    QMessageBox box(
        QMessageBox::Warning, tr("Replace existing files?"),
        tr("The export would replace %n file(s) that exist already:", nullptr, int(paths.size())) +
            QLatin1Char('\n') + names.join(QLatin1Char('\n')),
        QMessageBox::NoButton, m_parent);
    box.setTextFormat(Qt::PlainText); // names and messages come from files (PlainText.h)
    box.setInformativeText(tr("Replace them?"));
    QPushButton *replace = box.addButton(tr("Replace"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == replace;
}

void QtDialogProvider::showError(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Critical, title, message, QMessageBox::Ok, m_parent);
    box.setTextFormat(Qt::PlainText); // names and messages come from files (PlainText.h)
    // Located messages can be long lists of violations; keep them selectable for a bug report.
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

DialogProvider::ExternalChangeChoice
QtDialogProvider::askExternalChange(const QString &documentName, bool saving)
{
    QMessageBox box(QMessageBox::Warning, tr("File changed by another program"),
                    tr("“%1” was changed on disk by another program since you opened or saved "
                       "it here.")
                        .arg(documentName),
                    QMessageBox::NoButton, m_parent);
    box.setTextFormat(Qt::PlainText); // names and messages come from files (PlainText.h)
    box.setInformativeText(saving ? tr("Saving now would replace that version with yours. "
                                       "What do you want to do?")
                                  : tr("What do you want to do with your version?"));
    QPushButton *reload = box.addButton(tr("Reload from Disk"), QMessageBox::DestructiveRole);
    QPushButton *saveAs = box.addButton(tr("Keep Mine, Save As…"), QMessageBox::AcceptRole);
    QPushButton *overwrite = box.addButton(tr("Replace with Mine"), QMessageBox::DestructiveRole);
    QPushButton *compare = box.addButton(tr("Compare…"), QMessageBox::HelpRole);
    QPushButton *cancel =
        box.addButton(saving ? tr("Cancel") : tr("Decide Later"), QMessageBox::RejectRole);
    box.setDefaultButton(saveAs);
    box.setEscapeButton(cancel);
    box.exec();
    const QAbstractButton *clicked = box.clickedButton();
    if (clicked == reload)
        return ExternalChangeChoice::Reload;
    if (clicked == saveAs)
        return ExternalChangeChoice::SaveAs;
    if (clicked == overwrite)
        return ExternalChangeChoice::Overwrite;
    if (clicked == compare)
        return ExternalChangeChoice::Compare;
    return ExternalChangeChoice::Cancel;
}

void QtDialogProvider::showInformation(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Information, title, message, QMessageBox::Ok, m_parent);
    box.setTextFormat(Qt::PlainText); // names and messages come from files (PlainText.h)
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

} // namespace cplan
