#include "ui/mainwindow/MainWindow.h"

#include "models/document/PlanDocument.h"
#include "models/domain/MetricNames.h"
#include "models/itemmodels/ScenariosModel.h"
#include "ui/dialogs/CalibrationDialog.h"
#include "ui/dialogs/ImportActualsDialog.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/dialogs/TeamStoreDialog.h"
#include "ui/mainwindow/AlertsDock.h"
#include "ui/mainwindow/DocumentController.h"
#include "ui/mainwindow/HelpMenu.h"
#include "ui/mainwindow/KeyFiguresLabel.h"
#include "ui/mainwindow/OfflineBanner.h"
#include "ui/mainwindow/QtDialogProvider.h"
#include "ui/mainwindow/TeamSession.h"
#include "ui/mainwindow/VersionsDock.h"
#include "ui/pages/ActualsPage.h"
#include "ui/pages/AnalysisMonteCarloPanel.h"
#include "ui/pages/AnalysisPage.h"
#include "ui/pages/AnalysisSensitivityPanel.h"
#include "ui/pages/BudgetPage.h"
#include "ui/pages/ChannelsPage.h"
#include "ui/pages/ComparisonPage.h"
#include "ui/pages/MilestonesPage.h"
#include "ui/pages/OverviewPage.h"
#include "ui/pages/PhasingPage.h"
#include "ui/pages/PlanSettingsPage.h"
#include "ui/pages/ScenariosPage.h"
#include "ui/pages/SignoffActions.h"
#include "ui/report/ExportActions.h"
#include "ui/widgets/PlainText.h"
#include "ui/widgets/SpreadsheetView.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cplan {

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString pageKey = QStringLiteral("mainWindow/page");

QAction *makeAction(QObject *parent, const QString &text, const QString &tip,
                    const QKeySequence &shortcut = {}, const QString &icon = {})
{
    auto *action = new QAction(text, parent);
    action->setShortcut(shortcut);
    action->setToolTip(shortcut.isEmpty()
                           ? tip
                           : tip + QStringLiteral(" (") +
                                 shortcut.toString(QKeySequence::NativeText) + QLatin1Char(')'));
    action->setStatusTip(tip);
    if (!icon.isEmpty())
        action->setIcon(QIcon::fromTheme(icon));
    return action;
}
} // namespace

QString MainWindow::menuText(const QString &title)
{
    QString text = title;
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QString MainWindow::undoActionText(const QString &verb, const QString &commandText)
{
    if (commandText.isEmpty())
        return verb;
    constexpr int longest = 32;
    QString shown = commandText.size() > longest
                        ? commandText.left(longest - 1).trimmed() + QChar(0x2026)
                        : commandText;
    return verb + QLatin1Char(' ') + menuText(shown);
}

MainWindow::MainWindow(std::unique_ptr<DialogProvider> dialogs, QWidget *parent)
    : QMainWindow(parent),
      m_dialogs(dialogs ? std::move(dialogs) : std::make_unique<QtDialogProvider>(this)),
      m_document(new PlanDocument(this)),
      m_controller(new DocumentController(m_document, m_dialogs.get(), this)),
      m_scenarios(new ScenariosModel(m_document, this)), m_navigation(new QListWidget),
      m_stack(new QStackedWidget), m_alerts(new AlertsDock(m_document, this)),
      m_versions(new VersionsDock(m_document, m_controller, m_dialogs.get(), this)),
      m_keyFigures(new KeyFiguresLabel(m_document, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    // The charts' "Export chart…" (and any widget inside) asks through this window's provider.
    DialogProvider::attach(this, m_dialogs.get());
    resize(1280, 800);

    createPages();
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    // Without initial sizes QSplitter gives the navigation more than its maximum width and
    // leaves an empty band beside it.
    splitter->setSizes({m_navigation->maximumWidth(), width() - m_navigation->maximumWidth()});
    // The offline band (a plan of a team store whose server cannot be reached) above the pages.
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_offline = new OfflineBanner;
    m_offline->hide();
    connect(m_offline, &OfflineBanner::saveCopyRequested, this, &MainWindow::saveLocalCopy);
    centralLayout->addWidget(m_offline);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    addDockWidget(Qt::BottomDockWidgetArea, m_alerts);
    // The pages are the work; the alerts a glance (until the user drags the splitter).
    resizeDocks({m_alerts}, {150}, Qt::Vertical);
    connect(m_alerts, &AlertsDock::placeActivated, this, &MainWindow::showPlace);
    // Versions, history and team beside the alerts (View ▸ Versions).
    addDockWidget(Qt::BottomDockWidgetArea, m_versions);
    tabifyDockWidget(m_alerts, m_versions);
    // Shown when asked for (View ▸ Versions, Save Version…): two tabbed docks add a tab bar
    // that a 1024 × 700 screen has no room for by default.
    m_versions->hide();
    m_alerts->raise();
    connect(m_versions, &VersionsDock::messageShown, this, &MainWindow::showStatus);
    // Shown, the panel gets room for a few versions or history rows and the changed fields
    // (the alerts' height left it one row); the central page keeps its minimum size.
    connect(m_versions, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        const int wanted = std::min(320, height() / 2);
        if (visible && m_versions->height() < wanted)
            resizeDocks({m_versions}, {wanted}, Qt::Vertical);
    });

    m_teamStatus = new QLabel;
    m_teamStatus->setObjectName(QStringLiteral("teamStatus"));
    m_teamStatus->setTextFormat(Qt::PlainText); // the store's and the user's names (PlainText.h)
    m_teamStatus->hide();
    statusBar()->addPermanentWidget(m_teamStatus);
    statusBar()->addPermanentWidget(m_keyFigures);
    createActions();
    createToolBar();

    connect(m_document, &PlanDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &PlanDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &PlanDocument::modifiedChanged, this, &MainWindow::updateFileActions);
    connect(m_document, &PlanDocument::filePathChanged, this, &MainWindow::updateFileActions);
    connect(m_document, &PlanDocument::planChanged, this, &MainWindow::updateTitle);
    connect(m_document, &PlanDocument::autosaved, this,
            [this](const QString &, const QString &error) {
                if (!error.isEmpty())
                    statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000);
            });
    connect(m_controller, &DocumentController::recentFilesChanged, this,
            &MainWindow::updateRecentMenu);
    connect(m_document, &PlanDocument::filePathChanged, this, &MainWindow::followDocumentHome);
    connect(m_document, &PlanDocument::liveStateChanged, this, &MainWindow::updateTeamStatus);
    updateTitle();
    updateFileActions();
    updateRecentMenu();
    updateRecentStoreMenu();
    readSettings();
    m_document->setAutosaveInterval(std::chrono::minutes(Preferences::load().autosaveMinutes));
    m_document->setAuthor(Preferences::load().authorName);
    // Amounts written another way (Preferences): tables, figures and alerts redraw; charts
    // listen themselves.
    connect(DisplaySettings::instance(), &DisplaySettings::numberStyleChanged, m_document,
            &PlanDocument::redisplay);
}

MainWindow::~MainWindow()
{
    // A cell editor still open commits its text when the window goes away. Hidden here, that
    // happens while the window is whole; QWidget's destructor would otherwise close the window
    // after this class is gone, and the edit's signals reached the pages' actions through it
    // (UBSan in TeamWindowTest: a window deleted while a cell was being typed in).
    hide();
}

QString MainWindow::pageTitle(PageId id)
{
    // The pages' own title() texts, in their translation contexts.
    switch (id) {
    case PageId::Overview:
        return QCoreApplication::translate("cplan::OverviewPage", "Overview");
    case PageId::Budget:
        return QCoreApplication::translate("cplan::BudgetPage", "Budget");
    case PageId::Phasing:
        return QCoreApplication::translate("cplan::PhasingPage", "Phasing");
    case PageId::Channels:
        return QCoreApplication::translate("cplan::ChannelsPage", "Channels & funnel");
    case PageId::Scenarios:
        return QCoreApplication::translate("cplan::ScenariosPage", "Scenarios");
    case PageId::Comparison:
        return QCoreApplication::translate("cplan::ComparisonPage", "Comparison");
    case PageId::Analysis:
        return QCoreApplication::translate("cplan::AnalysisPage", "Analysis");
    case PageId::Milestones:
        return QCoreApplication::translate("cplan::MilestonesPage", "Milestones");
    case PageId::Actuals:
        return QCoreApplication::translate("cplan::ActualsPage", "Actuals");
    case PageId::Settings:
        return QCoreApplication::translate("cplan::PlanSettingsPage", "Plan settings");
    }
    return {};
}

Page *MainWindow::page(PageId id) const
{
    const auto index = static_cast<std::size_t>(id);
    if (m_pages[index])
        return m_pages[index];
    Page *made = nullptr;
    switch (id) {
    case PageId::Overview:
        made = new OverviewPage(m_document);
        break;
    case PageId::Budget:
        made = new BudgetPage(m_document);
        break;
    case PageId::Phasing:
        made = new PhasingPage(m_document);
        break;
    case PageId::Channels:
        made = new ChannelsPage(m_document);
        break;
    case PageId::Scenarios:
        made = new ScenariosPage(m_document);
        break;
    case PageId::Comparison:
        made = new ComparisonPage(m_document);
        break;
    case PageId::Analysis:
        made = new AnalysisPage(m_document);
        break;
    case PageId::Milestones:
        made = new MilestonesPage(m_document);
        break;
    case PageId::Actuals: {
        auto *actuals = new ActualsPage(m_document);
        connect(actuals, &ActualsPage::importRequested, this, &MainWindow::openImport);
        made = actuals;
        break;
    }
    case PageId::Settings:
        made = new PlanSettingsPage(m_document);
        break;
    }
    m_pages[index] = made;
    connect(made, &Page::messageShown, this, &MainWindow::showStatus);
    // The page takes its placeholder's place in the stack; the page shown stays shown.
    QWidget *placeholder = m_stack->widget(int(index));
    m_stack->insertWidget(int(index), made);
    m_stack->removeWidget(placeholder);
    placeholder->deleteLater();
    return made;
}

void MainWindow::openImport()
{
    showPage(PageId::Actuals);
    ImportActualsDialog::run(m_document, m_dialogs.get(), this);
}

void MainWindow::openCalibration()
{
    CalibrationDialog dialog(m_document, m_dialogs.get(), this);
    m_dialogs->runDialog(dialog);
}

void MainWindow::createPages()
{
    // Each page is made when first shown (page()): the window appears without building the
    // nine pages the user is not looking at.
    for (int i = 0; i < pageCount; ++i) {
        m_stack->addWidget(new QWidget);
        auto *item = new QListWidgetItem(pageTitle(PageId(i)), m_navigation);
        item->setSizeHint(QSize(0, m_navigation->fontMetrics().height() + 16));
    }
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setMinimumWidth(170);
    m_navigation->setMaximumWidth(200);
    m_navigation->setSpacing(1);
    m_navigation->setBackgroundRole(QPalette::Window);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= pageCount)
            return;
        page(PageId(row));
        m_stack->setCurrentIndex(row);
        m_controller->setShownPage(row);
    });
    connect(m_controller, &DocumentController::recoveredPageShown, this, [this](int row) {
        if (row >= 0 && row < pageCount)
            showPage(PageId(row));
    });
    m_navigation->setCurrentRow(0);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(Preferences::load(), runningInterfaceLanguage(), this);
    if (m_dialogs->runDialog(dialog) != QDialog::Accepted)
        return;
    const Preferences chosen = dialog.preferences();
    chosen.save();
    m_document->setAutosaveInterval(std::chrono::minutes(chosen.autosaveMinutes));
    m_document->setAuthor(chosen.authorName);
    applyNumberStyle(chosen); // a change redraws every view (DisplaySettings, below)
    if (dialog.needsRestart())
        statusBar()->showMessage(tr("The language changes the next time Campaign Planner starts."),
                                 15000);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newBlank = makeAction(this, tr("&New"), tr("Start a new, blank plan"),
                                   QKeySequence::New, QStringLiteral("document-new"));
    QAction *newSample =
        makeAction(this, tr("New from &Sample"), tr("Start from the brokerage sample plan"));
    QAction *open = makeAction(this, tr("&Open…"), tr("Open a .cplan or .json plan"),
                               QKeySequence::Open, QStringLiteral("document-open"));
    QAction *openStore = makeAction(this, tr("Open from &Team Store…"),
                                    tr("Open a plan the team shares on a PostgreSQL server"));
    openStore->setObjectName(QStringLiteral("openFromTeamStore"));
    connect(openStore, &QAction::triggered, this, [this] { openFromTeamStore(); });
    m_saveAction = makeAction(this, tr("&Save"), tr("Save the plan"), QKeySequence::Save,
                              QStringLiteral("document-save"));
    QAction *saveAs = makeAction(this, tr("Save &As…"), tr("Save the plan under another name"),
                                 QKeySequence::SaveAs, QStringLiteral("document-save-as"));
    m_revertAction =
        makeAction(this, tr("&Revert"), tr("Throw away the changes since the last save"), {},
                   QStringLiteral("document-revert"));
    QAction *close = makeAction(this, tr("&Close"), tr("Close the plan"), QKeySequence::Close);
    QAction *quit = makeAction(this, tr("&Quit"), tr("Quit Campaign Planner"), QKeySequence::Quit,
                               QStringLiteral("application-exit"));
    connect(newBlank, &QAction::triggered, m_controller, &DocumentController::newBlank);
    connect(newSample, &QAction::triggered, m_controller, &DocumentController::newFromSample);
    connect(open, &QAction::triggered, m_controller, qOverload<>(&DocumentController::open));
    connect(m_saveAction, &QAction::triggered, m_controller, &DocumentController::save);
    connect(saveAs, &QAction::triggered, m_controller, &DocumentController::saveAs);
    connect(m_revertAction, &QAction::triggered, m_controller, &DocumentController::revert);
    connect(close, &QAction::triggered, m_controller, &DocumentController::closeDocument);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    m_recentMenu = new QMenu(tr("Open &Recent"), this);
    m_recentStoreMenu = new QMenu(tr("Open Recent Tea&m Store"), this);
    m_recentStoreMenu->setObjectName(QStringLiteral("recentStoreMenu"));
    file->addActions({newBlank, newSample, open});
    file->addMenu(m_recentMenu);
    file->addAction(openStore);
    file->addMenu(m_recentStoreMenu);
    file->addSeparator();
    file->addActions({m_saveAction, saveAs, m_versions->saveVersionAction(), m_revertAction});
    file->addSeparator();
    file->addActions(createExportActions()->actions());
    file->addSeparator();
    file->addActions({close, quit});

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Through the document, not the stack: on a team store an undo is an edit of its own (an
    // inverse edit of my step, refused when someone changed that field since).
    QUndoStack *stack = m_document->undoStack();
    QAction *undo = makeAction(this, tr("&Undo"), tr("Undo the last change"), QKeySequence::Undo,
                               QStringLiteral("edit-undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setToolTip(tr("Undo"));
    undo->setEnabled(stack->canUndo());
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(undo, &QAction::triggered, this, [this] {
        if (const Status undone = m_document->undo(); !undone)
            m_dialogs->showError(tr("Could not undo"), undone.error());
    });
    QAction *redo = makeAction(this, tr("&Redo"), tr("Redo the change undone last"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setToolTip(tr("Redo"));
    redo->setEnabled(stack->canRedo());
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(redo, &QAction::triggered, this, [this] {
        if (const Status redone = m_document->redo(); !redone)
            m_dialogs->showError(tr("Could not redo"), redone.error());
    });
    // Ctrl+Y as well as the platform's redo (Ctrl+Shift+Z on Linux): Office users press Ctrl+Y.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    redo->setShortcuts(redoKeys);
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    QAction *cut = makeAction(this, tr("Cu&t"), tr("Cut the selected cells"), QKeySequence::Cut,
                              QStringLiteral("edit-cut"));
    QAction *copy =
        makeAction(this, tr("&Copy"), tr("Copy the selected cells as tab-separated text"),
                   QKeySequence::Copy, QStringLiteral("edit-copy"));
    QAction *paste =
        makeAction(this, tr("&Paste"), tr("Paste cells copied from here, Excel or LibreOffice"),
                   QKeySequence::Paste, QStringLiteral("edit-paste"));
    QAction *clear = makeAction(this, tr("&Delete"), tr("Clear the selected cells"),
                                QKeySequence::Delete, QStringLiteral("edit-delete"));
    // The table handles these keys itself when it has focus; the menu entries reach the table
    // that had focus last, and leave text fields their own clipboard keys.
    for (QAction *action : {cut, copy, paste, clear})
        action->setShortcutContext(Qt::WidgetShortcut);
    connect(cut, &QAction::triggered, this, [this] {
        if (SpreadsheetView *view = focusedSpreadsheet())
            view->cutSelection();
    });
    connect(copy, &QAction::triggered, this, [this] {
        if (SpreadsheetView *view = focusedSpreadsheet())
            view->copySelection();
    });
    connect(paste, &QAction::triggered, this, [this] {
        if (SpreadsheetView *view = focusedSpreadsheet())
            view->pasteClipboard();
    });
    connect(clear, &QAction::triggered, this, [this] {
        if (SpreadsheetView *view = focusedSpreadsheet())
            view->clearSelection();
    });
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addActions({cut, copy, paste, clear});
    edit->addSeparator();
    QAction *preferences =
        makeAction(this, tr("Pre&ferences…"),
                   tr("Interface language, how amounts are written, autosave interval"),
                   QKeySequence(Qt::CTRL | Qt::Key_Comma), QStringLiteral("preferences-system"));
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    edit->addAction(preferences);

    // Undo labels carry channel names ("KOL matrix & live streams"): a "&" must stay a "&", and a
    // long label must not push the scenario selector off the tool bar.
    connect(stack, &QUndoStack::undoTextChanged, undo, [undo](const QString &text) {
        undo->setText(undoActionText(tr("&Undo"), text));
        undo->setToolTip(text.isEmpty() ? tr("Undo") : plainToolTip(tr("Undo %1").arg(text)));
    });
    connect(stack, &QUndoStack::redoTextChanged, redo, [redo](const QString &text) {
        redo->setText(undoActionText(tr("&Redo"), text));
        redo->setToolTip(text.isEmpty() ? tr("Redo") : plainToolTip(tr("Redo %1").arg(text)));
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < pageCount; ++i) {
        // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth page (Plan settings).
        const Qt::Key key = i < 9 ? Qt::Key(Qt::Key_1 + i) : Qt::Key_0;
        QAction *go = makeAction(this, menuText(pageTitle(PageId(i))),
                                 tr("Show the %1 page").arg(pageTitle(PageId(i))),
                                 QKeySequence(Qt::CTRL | key));
        connect(go, &QAction::triggered, this, [this, i] { m_navigation->setCurrentRow(i); });
        view->addAction(go);
    }
    view->addSeparator();
    QAction *toggleAlerts = m_alerts->toggleViewAction();
    toggleAlerts->setStatusTip(tr("Show or hide the Alerts dock"));
    view->addAction(toggleAlerts);
    QAction *toggleVersions = m_versions->toggleViewAction();
    toggleVersions->setStatusTip(tr("Show or hide the Versions dock (versions, history, team)"));
    // Shown from the menu, it comes to the front of the alerts it is tabbed with.
    connect(toggleVersions, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            m_versions->raise();
    });
    view->addAction(toggleVersions);

    QMenu *scenario = menuBar()->addMenu(tr("&Scenario"));
    QAction *optimise = makeAction(this, tr("&Optimise split…"),
                                   tr("Find the channel split with the most customer value, or "
                                      "the pool for a goal"));
    connect(optimise, &QAction::triggered, this,
            [this] { static_cast<AnalysisPage *>(page(PageId::Analysis))->openOptimiseDialog(); });
    scenario->addAction(optimise);
    QAction *replan = makeAction(this, tr("&Re-plan from actuals…"),
                                 tr("Re-plan the money left over the months after the status "
                                    "date, given the actual spend so far"));
    connect(replan, &QAction::triggered, this,
            [this] { static_cast<ActualsPage *>(page(PageId::Actuals))->openReplanDialog(); });
    scenario->addAction(replan);
    QAction *calibrate = makeAction(this, tr("&Calibrate from past actuals…"),
                                    tr("Fit each channel's cost per lead, saturation, carryover "
                                       "and conversion rates to the plan's past months"));
    calibrate->setObjectName(QStringLiteral("calibrateAction"));
    connect(calibrate, &QAction::triggered, this, &MainWindow::openCalibration);
    scenario->addAction(calibrate);
    // Sign-off of the active scenario (the Scenarios page acts on its selected row).
    scenario->addSeparator();
    auto *signoff =
        new SignoffActions(m_document, this, [this] { return m_document->activeScenarioIndex(); });
    connect(signoff, &SignoffActions::messageShown, this, &MainWindow::showStatus);
    scenario->addActions(signoff->actions());

    QMenu *actuals = menuBar()->addMenu(tr("&Actuals"));
    QAction *importActuals = makeAction(
        this, tr("&Import…"), tr("Import actuals from a CSV, TSV or Excel file (one undo step)"));
    connect(importActuals, &QAction::triggered, this, &MainWindow::openImport);
    actuals->addAction(importActuals);
    actuals->addAction(replan);

    m_help = new HelpMenu(menuBar()->addMenu(tr("&Help")), this,
                          [this] { return PageId(m_navigation->currentRow()); });

    // The tool bar shows the most used of these.
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({newBlank, open, m_saveAction});
    bar->addSeparator();
    bar->addActions({undo, redo});
    bar->addSeparator();
}

void MainWindow::createToolBar()
{
    QToolBar *bar = findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    auto *label = new QLabel(tr("Active scenario:"), bar);
    label->setContentsMargins(6, 0, 6, 0);
    m_scenarioSelector = new QComboBox(bar);
    m_scenarioSelector->setModel(m_scenarios);
    m_scenarioSelector->setModelColumn(ScenariosModel::NameColumn);
    m_scenarioSelector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scenarioSelector->setMinimumWidth(220);
    m_scenarioSelector->setToolTip(tr("The scenario every page shows and edits"));
    m_scenarioSelector->setStatusTip(m_scenarioSelector->toolTip());
    bar->addWidget(label);
    bar->addWidget(m_scenarioSelector);
    connect(m_scenarioSelector, &QComboBox::activated, m_document,
            &PlanDocument::setActiveScenarioIndex);
    connect(m_document, &PlanDocument::activeScenarioChanged, this,
            &MainWindow::syncScenarioSelector);
    // A reset of the scenario list (rename, reorder, new plan) clears the combo's selection.
    connect(m_scenarios, &QAbstractItemModel::modelReset, this, &MainWindow::syncScenarioSelector);
    connect(m_scenarios, &QAbstractItemModel::dataChanged, this, &MainWindow::syncScenarioSelector);
    syncScenarioSelector();
}

void MainWindow::syncScenarioSelector()
{
    if (m_scenarioSelector->currentIndex() != m_document->activeScenarioIndex())
        m_scenarioSelector->setCurrentIndex(m_document->activeScenarioIndex());
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

void MainWindow::showPage(PageId id)
{
    m_navigation->setCurrentRow(static_cast<int>(id));
}

void MainWindow::showPlace(const PlanPlace &requested)
{
    // A copy: switching the scenario rebuilds the Alerts dock's list, which may own `requested`.
    const PlanPlace place = requested;
    if (place.scenario >= 0 && place.scenario != m_document->activeScenarioIndex())
        m_document->setActiveScenarioIndex(place.scenario);
    showPage(place.page);
    page(place.page)->showPlace(place);
}

SpreadsheetView *MainWindow::focusedSpreadsheet() const
{
    for (QWidget *widget = QApplication::focusWidget(); widget; widget = widget->parentWidget()) {
        if (auto *view = qobject_cast<SpreadsheetView *>(widget))
            return view;
    }
    return nullptr;
}

void MainWindow::updateTitle()
{
    if (m_team && m_document->isLive()) {
        // "Annual — db.example.com/plans (li.wei, finance)": the plan, the store, who and as what.
        setWindowTitle(tr("%1[*] — %2 (%3, %4) — Campaign Planner")
                           .arg(m_team->planName(), m_team->storeName(),
                                m_document->home().storeUser(),
                                TeamStoreDialog::roleName(m_document->home().storeRole())));
        setWindowModified(m_document->isModified());
        return;
    }
    // A plan that was never saved (the sample, a new plan) is called by its own title.
    const QString title = planTitle(m_document->plan());
    const QString name =
        m_document->filePath().isEmpty() && !title.isEmpty() ? title : m_document->displayName();
    setWindowTitle(tr("%1[*] — Campaign Planner").arg(name));
    setWindowModified(m_document->isModified());
}

bool MainWindow::openFromTeamStore(const QString &address)
{
    TeamStoreDialog dialog(this);
    if (!address.isEmpty())
        dialog.setAddress(address);
    if (m_dialogs->runDialog(dialog) != QDialog::Accepted || !dialog.store() ||
        dialog.selectedPlan().isEmpty())
        return false;
    // The old session goes first: opening replaces the document's home.
    TeamSession *previous = std::exchange(m_team, nullptr);
    if (!m_controller->openTeamPlan(dialog.store(), dialog.selectedPlan())) {
        m_team = previous;
        return false;
    }
    delete previous;
    m_team = new TeamSession(m_document, dialog.address(), dialog.password(), dialog.selectedPlan(),
                             this);
    connect(m_team, &TeamSession::onlineChanged, this, &MainWindow::updateTeamStatus);
    connect(m_team, &TeamSession::messageShown, this, &MainWindow::showStatus);
    (void)m_team->start(); // offline from the start: the banner says so, the listener retries
    updateTeamStatus();
    updateTitle();
    updateRecentStoreMenu();
    return true;
}

void MainWindow::followDocumentHome()
{
    if (m_team && !m_document->isLive()) {
        delete std::exchange(m_team, nullptr);
        updateTeamStatus();
        updateTitle();
    }
}

void MainWindow::updateTeamStatus()
{
    const bool live = m_team && m_document->isLive();
    const bool online = live && m_team->isOnline();
    m_offline->setVisible(live && !online);
    m_teamStatus->setVisible(live);
    if (!live)
        return;
    m_offline->setDetail(m_team->lostMessage());
    const int unsent = m_document->unsentEdits();
    m_offline->setUnsent(unsent);
    QString state = online ? tr("online") : tr("offline");
    if (unsent > 0)
        state += QStringLiteral(", ") + tr("%n unsent", nullptr, unsent);
    // The store by its database's name (the title and the tooltip give host and port): at
    // 1024 px the whole address pushed the key figures off the status bar.
    QString store = m_team->storeName().section(QLatin1Char('/'), -1);
    if (store.isEmpty())
        store = m_team->storeName();
    m_teamStatus->setText(tr("%1 · %2 · %3 · %4")
                              .arg(store, m_document->home().storeUser(),
                                   TeamStoreDialog::roleName(m_document->home().storeRole()),
                                   state));
    m_teamStatus->setToolTip(
        plainToolTip(tr("Team store %1, plan \"%2\"").arg(m_team->address(), m_team->planName())));
    QPalette colours = palette();
    if (!online || unsent > 0)
        colours.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    m_teamStatus->setPalette(colours);
}

void MainWindow::saveLocalCopy()
{
    if (const QString path = m_controller->saveLocalCopy(); !path.isEmpty())
        showStatus(tr("A copy of the plan was saved as %1; this window stays on the team store.")
                       .arg(QDir::toNativeSeparators(path)));
}

void MainWindow::updateRecentStoreMenu()
{
    m_recentStoreMenu->clear();
    const QStringList stores = TeamStoreDialog::recentStores();
    for (int i = 0; i < stores.size(); ++i) {
        const QString &address = stores.at(i);
        QString shown = address;
        shown.remove(QRegularExpression(QStringLiteral("^postgres(ql)?://")));
        QAction *action =
            m_recentStoreMenu->addAction(tr("&%1 %2").arg(i + 1).arg(menuText(shown)));
        action->setToolTip(plainToolTip(address));
        action->setStatusTip(address);
        connect(action, &QAction::triggered, this, [this, address] { openFromTeamStore(address); });
    }
    m_recentStoreMenu->addSeparator();
    QAction *clear = m_recentStoreMenu->addAction(tr("Clear list"));
    clear->setStatusTip(tr("Forget the recently opened team stores"));
    clear->setEnabled(!stores.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        TeamStoreDialog::clearRecentStores();
        updateRecentStoreMenu();
    });
}

void MainWindow::updateFileActions()
{
    m_revertAction->setEnabled(!m_document->filePath().isEmpty() && m_document->isModified() &&
                               !m_document->isLive());
}

ExportActions *MainWindow::createExportActions()
{
    // The report includes the Analysis page's results when they belong to the current plan.
    const auto analysis = [this] {
        ReportAnalysis results;
        const auto *page = static_cast<AnalysisPage *>(this->page(PageId::Analysis));
        if (page->monteCarlo()->results() && !page->monteCarlo()->isStale())
            results.monteCarlo = page->monteCarlo()->results();
        results.sensitivity = page->sensitivity()->result();
        return results;
    };
    m_exportActions = new ExportActions(m_document, m_dialogs.get(), analysis, this);
    connect(m_exportActions, &ExportActions::messageShown, this, &MainWindow::showStatus);
    return m_exportActions;
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_controller->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        QAction *action =
            m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(plainToolTip(path));
        action->setStatusTip(path);
        connect(action, &QAction::triggered, m_controller,
                [this, path] { m_controller->openFile(path); });
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear list"));
    clear->setStatusTip(tr("Forget the recently opened files"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, m_controller, &DocumentController::clearRecentFiles);
}

void MainWindow::readSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        // The first start: 1280 x 800, or the screen's free area when that is smaller (a
        // 1024 x 700 screen got a window larger than itself, issue 22 E.20).
        if (const QScreen *display = screen())
            resize(size().boundedTo(display->availableGeometry().size()));
    }
    restoreState(settings.value(stateKey).toByteArray());
    const int lastPage = settings.value(pageKey, 0).toInt();
    if (lastPage >= 0 && lastPage < pageCount)
        m_navigation->setCurrentRow(lastPage);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(pageKey, m_navigation->currentRow());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_controller->closeDocument()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() &&
        DocumentController::isPlanFileName(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    m_controller->openFile(urls.first().toLocalFile());
}

} // namespace cplan
