#pragma once

// The Versions dock (View ▸ Versions; MODEL.md §10): the plan's named versions — name, when,
// author, comment — with View (the diff against now and the version's key totals, read-only),
// Compare with… (another version or now), Restore as plan and Restore as new scenarios (each
// one undo step); the History tab (the audit trail) and the Team tab (people and roles). Its
// Save Version… action (Ctrl+Alt+S) is also in the File menu.

#include <QDockWidget>

class QAction;
class QLabel;
class QTabWidget;
class QTreeWidget;

namespace cplan {

class DialogProvider;
class DocumentController;
class HistoryPanel;
class PlanDocument;
class TeamPanel;

class VersionsDock : public QDockWidget
{
    Q_OBJECT

public:
    // `controller` writes a new version to the plan's file (DocumentController::saveVersion).
    VersionsDock(PlanDocument *document, DocumentController *controller, DialogProvider *dialogs,
                 QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *versionList() const { return m_list; }
    HistoryPanel *history() const { return m_history; }
    TeamPanel *team() const { return m_team; }
    QAction *saveVersionAction() const { return m_save; }
    QAction *viewAction() const { return m_view; }
    QAction *compareAction() const { return m_compare; }
    QAction *restoreAction() const { return m_restore; }
    QAction *restoreAsScenariosAction() const { return m_restoreAsScenarios; }

    // The name of the selected version (empty: none).
    QString selectedVersion() const;
    void selectVersion(const QString &name);
    void refresh();

    // File ▸ Save Version…: asks the name and comment and stores the version.
    void saveVersion();
    // Opens the diff of the selected version against now.
    void viewSelected();
    // Asks for another version (or now) and opens the diff of the selected one against it.
    void compareSelected();
    void restoreSelected(bool asScenarios);

signals:
    void messageShown(const QString &message);

private:
    void updateActions();
    // The diff dialog of `from` against `to` (a version name, or empty for now).
    void showDiff(const QString &from, const QString &to);

    PlanDocument *m_document;
    DocumentController *m_controller;
    DialogProvider *m_dialogs;
    QTabWidget *m_tabs;
    QTreeWidget *m_list;
    QLabel *m_empty;
    HistoryPanel *m_history;
    TeamPanel *m_team;
    QAction *m_save;
    QAction *m_view;
    QAction *m_compare;
    QAction *m_restore;
    QAction *m_restoreAsScenarios;
};

} // namespace cplan
