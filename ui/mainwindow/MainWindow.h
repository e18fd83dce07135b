#pragma once

// The planner's workspace: navigation on the left, the page in the middle, the active-scenario
// selector in the tool bar, the Alerts and Versions docks, and the key figures in the status bar.
// It only wires things together: pages do the editing, DocumentController does the file lifecycle.

#include "ui/mainwindow/DialogProvider.h"
#include "ui/pages/PlanPlace.h"

#include <QMainWindow>

#include <array>
#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace cplan {

class AlertsDock;
class DocumentController;
class ExportActions;
class HelpMenu;
class KeyFiguresLabel;
class OfflineBanner;
class Page;
class PlanDocument;
class ScenariosModel;
class SpreadsheetView;
class TeamSession;
class VersionsDock;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `dialogs` answers the lifecycle's questions; null = real message boxes and file dialogs.
    explicit MainWindow(std::unique_ptr<DialogProvider> dialogs = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // A page title or channel name as menu text: "&" doubled so it is not a mnemonic.
    static QString menuText(const QString &title);
    // "&Undo Set share of KOL matrix && live…": the command's text escaped and shortened.
    static QString undoActionText(const QString &verb, const QString &commandText);

    PlanDocument *document() const { return m_document; }
    DocumentController *controller() const { return m_controller; }
    AlertsDock *alertsDock() const { return m_alerts; }
    VersionsDock *versionsDock() const { return m_versions; }
    QComboBox *scenarioSelector() const { return m_scenarioSelector; }
    QListWidget *navigation() const { return m_navigation; }
    ExportActions *exportActions() const { return m_exportActions; }
    HelpMenu *helpMenu() const { return m_help; }
    // While a plan from a team store is open: its session (null otherwise), the band shown
    // while the store cannot be reached, and the status bar's store, user, role and state.
    TeamSession *teamSession() const { return m_team; }
    OfflineBanner *offlineBanner() const { return m_offline; }
    QLabel *teamStatus() const { return m_teamStatus; }
    // File ▸ Open from Team Store… (`address`: an entry of Open Recent Store). True when a
    // plan of the store was opened.
    bool openFromTeamStore(const QString &address = {});

    // A page is made when it is first shown or asked for (start-up makes only the first).
    Page *page(PageId id) const;
    bool hasPage(PageId id) const { return m_pages[static_cast<std::size_t>(id)] != nullptr; }
    // The page's title, without making the page.
    static QString pageTitle(PageId id);
    Page *currentPage() const;
    void showPage(PageId id);
    // Switches scenario and page and selects the place's cell (Alerts dock).
    void showPlace(const PlanPlace &place);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createPages();
    void openImport();
    void openCalibration(); // Scenario ▸ Calibrate from past actuals…
    void showPreferences();
    // A refusal or short note from a page, dock or action, for 10 seconds.
    void showStatus(const QString &message);
    void createActions();
    void createToolBar();
    ExportActions *createExportActions();
    void updateTitle();
    void updateRecentMenu();
    void updateRecentStoreMenu();
    // Ends the team session when the document no longer lives in a store (a file was opened).
    void followDocumentHome();
    void updateTeamStatus();
    void saveLocalCopy();
    void updateFileActions();
    void syncScenarioSelector();
    void readSettings();
    void writeSettings() const;
    SpreadsheetView *focusedSpreadsheet() const;

    std::unique_ptr<DialogProvider> m_dialogs;
    PlanDocument *m_document;
    DocumentController *m_controller;
    ScenariosModel *m_scenarios;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    mutable std::array<Page *, pageCount> m_pages{}; // null until made (page())
    AlertsDock *m_alerts;
    VersionsDock *m_versions;
    KeyFiguresLabel *m_keyFigures;
    QComboBox *m_scenarioSelector = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_recentStoreMenu = nullptr;
    TeamSession *m_team = nullptr;
    OfflineBanner *m_offline = nullptr;
    QLabel *m_teamStatus = nullptr;
    ExportActions *m_exportActions = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    HelpMenu *m_help = nullptr;
};

} // namespace cplan
