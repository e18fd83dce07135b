#include "ui/mainwindow/VersionsDock.h"

#include "models/document/PlanDocument.h"
#include "models/document/PlanHome.h"
#include "ui/dialogs/PlanDiffDialog.h"
#include "ui/dialogs/SaveVersionDialog.h"
#include "ui/mainwindow/DialogProvider.h"
#include "ui/mainwindow/DocumentController.h"
#include "ui/mainwindow/HistoryPanel.h"
#include "ui/mainwindow/TeamPanel.h"
#include "ui/widgets/NamedAction.h"
#include "ui/widgets/PlainText.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cplan {

VersionsDock::VersionsDock(PlanDocument *document, DocumentController *controller,
                           DialogProvider *dialogs, QWidget *parent)
    : QDockWidget(tr("Versions"), parent), m_document(document), m_controller(controller),
      m_dialogs(dialogs), m_tabs(new QTabWidget), m_list(new QTreeWidget), m_empty(new QLabel),
      m_history(new HistoryPanel(document)), m_team(new TeamPanel(document)),
      m_save(namedAction(this, tr("Save &Version…"),
                         tr("Store a named snapshot of the whole plan (name and comment)"),
                         QStringLiteral("saveVersionAction"), QStringLiteral("document-save"))),
      m_view(namedAction(this, tr("&View"),
                         tr("Show what changed since the version and its key totals (read-only)"),
                         QStringLiteral("viewVersionAction"), QStringLiteral("document-preview"))),
      m_compare(namedAction(this, tr("&Compare with…"),
                            tr("Compare the version with another version or with now"),
                            QStringLiteral("compareVersionAction"))),
      m_restore(namedAction(
          this, tr("&Restore as plan"), tr("Make the plan what the version holds (one undo step)"),
          QStringLiteral("restoreVersionAction"), QStringLiteral("document-revert"))),
      m_restoreAsScenarios(
          namedAction(this, tr("Restore as new &scenarios"),
                      tr("Add the version's scenarios as new drafts (one undo step)"),
                      QStringLiteral("restoreScenariosAction")))
{
    setObjectName(QStringLiteral("versionsDock"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    m_save->setShortcutContext(Qt::ApplicationShortcut);

    m_list->setObjectName(QStringLiteral("versionList"));
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Version"), tr("Saved (UTC)"), tr("By"), tr("Comment")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addActions({m_view, m_compare, m_restore, m_restoreAsScenarios});
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(tr("No versions yet. File ▸ Save Version… stores the plan as it is now, "
                        "to compare with and to go back to."));

    auto *bar = new QToolBar;
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    bar->addActions({m_save, m_view, m_compare, m_restore, m_restoreAsScenarios});
    auto *versions = new QWidget;
    auto *layout = new QVBoxLayout(versions);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(bar);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);

    m_tabs->setObjectName(QStringLiteral("versionsTabs"));
    m_tabs->addTab(versions, tr("Versions"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->addTab(m_team, tr("Team"));
    // Tabbed with the Alerts dock, it must not make the window taller than a 1024 × 700 screen:
    // its lists scroll (or are cut) when the dock is short, the user drags it taller.
    m_tabs->setMinimumSize(200, 60);
    setWidget(m_tabs);

    connect(m_save, &QAction::triggered, this, &VersionsDock::saveVersion);
    connect(m_view, &QAction::triggered, this, &VersionsDock::viewSelected);
    connect(m_compare, &QAction::triggered, this, &VersionsDock::compareSelected);
    connect(m_restore, &QAction::triggered, this, [this] { restoreSelected(false); });
    connect(m_restoreAsScenarios, &QAction::triggered, this, [this] { restoreSelected(true); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &VersionsDock::updateActions);
    connect(m_list, &QTreeWidget::itemActivated, this, &VersionsDock::viewSelected);
    connect(m_team, &TeamPanel::messageShown, this, &VersionsDock::messageShown);
    // A version is added by a save; another plan brings its own.
    connect(document, &PlanDocument::filePathChanged, this, &VersionsDock::refresh);
    connect(document, &PlanDocument::modifiedChanged, this, &VersionsDock::refresh);
    connect(document, &PlanDocument::historyChecked, this, &VersionsDock::refresh);
    refresh();
}

QString VersionsDock::selectedVersion() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->text(0) : QString();
}

void VersionsDock::selectVersion(const QString &name)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->text(0) == name)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

void VersionsDock::refresh()
{
    const QString selected = selectedVersion();
    m_list->clear();
    const std::vector<VersionInfo> &versions = m_document->versions();
    // The newest first: the one most often wanted.
    for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
        auto *item = new QTreeWidgetItem(m_list, {it->name, it->at, it->author, it->comment});
        item->setToolTip(3, plainToolTip(it->comment));
    }
    m_empty->setVisible(versions.empty());
    m_list->setVisible(!versions.empty());
    if (!selected.isEmpty())
        selectVersion(selected);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateActions();
}

void VersionsDock::updateActions()
{
    const bool selected = !selectedVersion().isEmpty();
    for (QAction *action : {m_view, m_compare, m_restore, m_restoreAsScenarios})
        action->setEnabled(selected);
}

void VersionsDock::saveVersion()
{
    SaveVersionDialog dialog(parentWidget());
    if (m_dialogs->runDialog(dialog) != QDialog::Accepted)
        return;
    if (!m_controller->saveVersion(dialog.name(), dialog.comment()))
        return;
    refresh();
    selectVersion(dialog.name());
    show(); // where the new version is listed
    raise();
    emit messageShown(tr("Version “%1” saved.").arg(dialog.name()));
}

void VersionsDock::viewSelected()
{
    if (!selectedVersion().isEmpty())
        showDiff(selectedVersion(), {});
}

void VersionsDock::compareSelected()
{
    const QString version = selectedVersion();
    if (version.isEmpty())
        return;
    QStringList others = {tr("Now (the plan as it is)")};
    for (const VersionInfo &info : m_document->versions()) {
        if (info.name != version)
            others << info.name;
    }
    QInputDialog dialog(parentWidget());
    dialog.setObjectName(QStringLiteral("compareWithDialog"));
    dialog.setWindowTitle(tr("Compare with"));
    dialog.setLabelText(tr("Compare “%1” with:").arg(version));
    dialog.setComboBoxItems(others);
    dialog.setComboBoxEditable(false);
    if (m_dialogs->runDialog(dialog) != QDialog::Accepted)
        return;
    const int chosen = int(others.indexOf(dialog.textValue()));
    if (chosen < 0)
        return;
    showDiff(version, chosen == 0 ? QString() : others.at(chosen));
}

void VersionsDock::showDiff(const QString &from, const QString &to)
{
    const auto fromPlan = m_document->versionContent(from);
    if (!fromPlan)
        return m_dialogs->showError(tr("Compare versions"), fromPlan.error());
    Plan toPlan = m_document->plan();
    if (!to.isEmpty()) {
        auto content = m_document->versionContent(to);
        if (!content)
            return m_dialogs->showError(tr("Compare versions"), content.error());
        toPlan = std::move(*content);
    }
    PlanDiffDialog dialog(*fromPlan, toPlan, from, to.isEmpty() ? tr("Now") : to, parentWidget());
    m_dialogs->runDialog(dialog);
}

void VersionsDock::restoreSelected(bool asScenarios)
{
    const QString version = selectedVersion();
    if (version.isEmpty())
        return;
    if (const Status restored = m_document->restoreVersion(version, asScenarios); !restored)
        return m_dialogs->showError(tr("Restore version"), restored.error());
    emit messageShown(asScenarios
                          ? tr("The scenarios of “%1” were added as drafts.").arg(version)
                          : tr("The plan is now as in “%1” (Undo goes back).").arg(version));
}

} // namespace cplan
