#pragma once

// The sign-off actions of a scenario (MODEL.md §10): Submit, Approve, Return… (asks why),
// Lock and "New draft from this scenario". The Scenarios page shows them in its tool bar and
// context menu for the selected scenario; the Scenario menu has a set of its own for the active
// one. Each action is enabled only where its transition is allowed from the scenario's state;
// the document makes every transition one undo step and a history entry.

#include "models/history/SignoffRules.h"

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace cplan {

class PlanDocument;

class SignoffActions : public QObject
{
    Q_OBJECT

public:
    // `whichScenario` answers which scenario the actions act on (-1: none). `parent` asks the
    // return's comment (through its window's DialogProvider when it has one).
    SignoffActions(PlanDocument *document, QWidget *parent, std::function<int()> whichScenario);

    QAction *action(SignoffAction action) const;
    QAction *newDraftAction() const { return m_newDraft; }
    // Submit, Approve, Return…, Lock, then New draft from this scenario.
    QList<QAction *> actions() const;

    // Enables each action for the scenario's state now (called on every change of the plan or
    // of the scenario acted on).
    void updateEnabled();

signals:
    // Why an action was refused, for the status bar.
    void messageShown(const QString &message);

private:
    void run(SignoffAction action);
    // The return's comment; empty = cancelled.
    QString askReturnComment(const QString &scenarioName);

    PlanDocument *m_document;
    QWidget *m_parent;
    std::function<int()> m_scenario;
    QAction *m_submit;
    QAction *m_approve;
    QAction *m_return;
    QAction *m_lock;
    QAction *m_newDraft;
};

} // namespace cplan
