#include "ui/pages/SignoffActions.h"

#include "models/document/PlanDocument.h"
#include "ui/mainwindow/DialogProvider.h"
#include "ui/widgets/NamedAction.h"

#include <QAction>
#include <QIcon>
#include <QInputDialog>

namespace cplan {

SignoffActions::SignoffActions(PlanDocument *document, QWidget *parent,
                               std::function<int()> whichScenario)
    : QObject(parent), m_document(document), m_parent(parent), m_scenario(std::move(whichScenario)),
      m_submit(namedAction(this, tr("S&ubmit"), tr("Submit the scenario for approval"),
                           QStringLiteral("signoffSubmit"), QStringLiteral("mail-send"))),
      m_approve(namedAction(this, tr("A&pprove"),
                            tr("Approve the submitted scenario: it can no longer be changed"),
                            QStringLiteral("signoffApprove"), QStringLiteral("dialog-ok-apply"))),
      m_return(namedAction(this, tr("Re&turn…"),
                           tr("Return the scenario to draft, with a comment that says why"),
                           QStringLiteral("signoffReturn"), QStringLiteral("edit-undo"))),
      m_lock(namedAction(this, tr("&Lock"),
                         tr("Lock the approved scenario as the baseline for good"),
                         QStringLiteral("signoffLock"), QStringLiteral("object-locked"))),
      m_newDraft(namedAction(this, tr("New &draft from this scenario"),
                             tr("Copy the scenario as a new draft that can be changed"),
                             QStringLiteral("signoffNewDraft"), QStringLiteral("edit-copy")))
{
    connect(m_submit, &QAction::triggered, this, [this] { run(SignoffAction::Submit); });
    connect(m_approve, &QAction::triggered, this, [this] { run(SignoffAction::Approve); });
    connect(m_return, &QAction::triggered, this, [this] { run(SignoffAction::Return); });
    connect(m_lock, &QAction::triggered, this, [this] { run(SignoffAction::Lock); });
    connect(m_newDraft, &QAction::triggered, this, [this] {
        const int scenario = m_scenario();
        if (scenario < 0)
            return emit messageShown(tr("Select the scenario to copy."));
        if (const Status status = m_document->newDraftFrom(scenario); !status)
            emit messageShown(status.error());
    });
    connect(m_document, &PlanDocument::planChanged, this, &SignoffActions::updateEnabled);
    connect(m_document, &PlanDocument::activeScenarioChanged, this, &SignoffActions::updateEnabled);
    updateEnabled();
}

QAction *SignoffActions::action(SignoffAction action) const
{
    switch (action) {
    case SignoffAction::Submit:
        return m_submit;
    case SignoffAction::Approve:
        return m_approve;
    case SignoffAction::Return:
        return m_return;
    case SignoffAction::Lock:
        return m_lock;
    }
    return nullptr;
}

QList<QAction *> SignoffActions::actions() const
{
    return {m_submit, m_approve, m_return, m_lock, m_newDraft};
}

void SignoffActions::updateEnabled()
{
    const int index = m_scenario();
    const auto &scenarios = m_document->plan().scenarios;
    const bool valid = index >= 0 && index < int(scenarios.size());
    const SignoffState state =
        valid ? scenarios[std::size_t(index)].signoff.state : SignoffState::Draft;
    m_submit->setEnabled(valid && state == SignoffState::Draft);
    m_approve->setEnabled(valid && state == SignoffState::Submitted);
    m_return->setEnabled(valid &&
                         (state == SignoffState::Submitted || state == SignoffState::Approved));
    m_lock->setEnabled(valid && state == SignoffState::Approved);
    m_newDraft->setEnabled(valid);
}

void SignoffActions::run(SignoffAction action)
{
    const int scenario = m_scenario();
    if (scenario < 0 || scenario >= int(m_document->plan().scenarios.size()))
        return emit messageShown(tr("Select a scenario first."));
    QString comment;
    if (action == SignoffAction::Return) {
        comment = askReturnComment(m_document->plan().scenarios[std::size_t(scenario)].name);
        if (comment.isEmpty())
            return;
    }
    if (const Status status = m_document->signoff(scenario, action, comment); !status)
        emit messageShown(status.error());
}

QString SignoffActions::askReturnComment(const QString &scenarioName)
{
    QInputDialog dialog(m_parent);
    dialog.setObjectName(QStringLiteral("returnCommentDialog"));
    dialog.setWindowTitle(tr("Return to draft"));
    dialog.setLabelText(
        tr("Why is “%1” returned? The comment is kept in the history.").arg(scenarioName));
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    DialogProvider *dialogs = DialogProvider::find(m_parent);
    const int result = dialogs ? dialogs->runDialog(dialog) : dialog.exec();
    if (result != QDialog::Accepted)
        return {};
    const QString comment = dialog.textValue().trimmed();
    if (comment.isEmpty())
        emit messageShown(tr("A scenario is returned with a comment that says why."));
    return comment;
}

} // namespace cplan
