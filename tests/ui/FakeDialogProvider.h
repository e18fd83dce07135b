#pragma once

// A scripted DialogProvider: answers come from queues set by the test, every question is
// recorded, and an unexpected question fails the test instead of blocking on a click.

#include "ui/mainwindow/DialogProvider.h"

#include <QFileInfo>
#include <QQueue>

#include <QStringList>
#include <QTest>
#include <functional>

namespace cplan::test {

class FakeDialogProvider : public DialogProvider
{
public:
    QQueue<UnsavedChoice> saveAnswers;
    QQueue<bool> restoreAnswers;
    QQueue<QString> openAnswers;
    QQueue<QString> saveAsAnswers;
    QQueue<ExternalChangeChoice> externalChangeAnswers;
    QStringList information; // the messages of showInformation
    QQueue<bool> replaceAnswers;

    // Answers runDialog(): fills or inspects the dialog and returns its result.
    std::function<int(QDialog &)> dialogAnswer;

    // "save:<action>", "restore:<name>", "open", "saveAs", "error:<title>",
    // "dialog:<class name>", "changed:saving" / "changed:watching", "info:<title>",
    // "chart:<suggested file name>", "replace:<file names joined by |>"
    QStringList asked;
    QStringList errors; // the messages shown

    UnsavedChoice askSaveChanges(const QString &, const QString &action) override
    {
        asked << QStringLiteral("save:") + action;
        if (saveAnswers.isEmpty()) {
            QTest::qFail("unexpected save-changes question", __FILE__, __LINE__);
            return UnsavedChoice::Cancel;
        }
        return saveAnswers.dequeue();
    }
    bool askRestoreRecovery(const QString &originalName, const QString &) override
    {
        asked << QStringLiteral("restore:") + originalName;
        if (restoreAnswers.isEmpty()) {
            QTest::qFail("unexpected restore question", __FILE__, __LINE__);
            return false;
        }
        return restoreAnswers.dequeue();
    }
    QString openFileName(const QString &) override
    {
        asked << QStringLiteral("open");
        return openAnswers.isEmpty() ? QString() : openAnswers.dequeue();
    }
    QString saveFileName(const QString &) override
    {
        asked << QStringLiteral("saveAs");
        return saveAsAnswers.isEmpty() ? QString() : saveAsAnswers.dequeue();
    }
    QQueue<QString> chartAnswers;
    QString chartFileName(const QString &suggestedPath) override
    {
        asked << QStringLiteral("chart:") + suggestedPath;
        return chartAnswers.isEmpty() ? QString() : chartAnswers.dequeue();
    }
    bool askReplaceFiles(const QStringList &paths) override
    {
        QStringList names;
        for (const QString &path : paths)
            names << QFileInfo(path).fileName();
        asked << QStringLiteral("replace:") + names.join(QLatin1Char('|'));
        if (replaceAnswers.isEmpty()) {
            QTest::qFail("unexpected replace-files question", __FILE__, __LINE__);
            return false;
        }
        return replaceAnswers.dequeue();
    }
    int runDialog(QDialog &dialog) override
    {
        asked << QStringLiteral("dialog:") + QString::fromLatin1(dialog.metaObject()->className());
        if (!dialogAnswer) {
            QTest::qFail("unexpected dialog", __FILE__, __LINE__);
            return QDialog::Rejected;
        }
        return dialogAnswer(dialog);
    }
    void showError(const QString &title, const QString &message) override
    {
        asked << QStringLiteral("error:") + title;
        errors << message;
    }
    ExternalChangeChoice askExternalChange(const QString &, bool saving) override
    {
        asked << (saving ? QStringLiteral("changed:saving") : QStringLiteral("changed:watching"));
        if (externalChangeAnswers.isEmpty()) {
            QTest::qFail("unexpected file-changed question", __FILE__, __LINE__);
            return ExternalChangeChoice::Cancel;
        }
        return externalChangeAnswers.dequeue();
    }
    void showInformation(const QString &title, const QString &message) override
    {
        asked << QStringLiteral("info:") + title;
        information << message;
    }
};

} // namespace cplan::test
