#include "ui/mainwindow/HelpMenu.h"

#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/UserGuideDialog.h"

#include <QAction>
#include <QMenu>
#include <QScrollBar>
#include <QTextBrowser>

namespace cplan {

HelpMenu::HelpMenu(QMenu *menu, QWidget *window, std::function<PageId()> currentPage)
    : QObject(window), m_window(window), m_currentPage(std::move(currentPage))
{
    QAction *guide =
        menu->addAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("&User Guide"));
    guide->setStatusTip(tr("Read how to build, analyse and track a plan"));
    connect(guide, &QAction::triggered, this, [this] { showGuide(); });

    QAction *onPage = menu->addAction(QIcon::fromTheme(QStringLiteral("help-contextual")),
                                      tr("&Help on This Page"));
    onPage->setShortcut(QKeySequence::HelpContents);
    onPage->setStatusTip(tr("Open the user guide at the section about the page shown"));
    connect(onPage, &QAction::triggered, this, [this] { showHelpForCurrentPage(); });

    menu->addSeparator();
    QAction *about = menu->addAction(QIcon::fromTheme(QStringLiteral("help-about")),
                                     tr("&About Campaign Planner"));
    about->setStatusTip(tr("Version, build, libraries and licence"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] { showAbout(); });
}

UserGuideDialog *HelpMenu::showGuide(const QString &section)
{
    if (!m_guide) {
        m_guide = new UserGuideDialog(m_window);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
        m_guide->openGuide();
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    if (section.isEmpty() || !m_guide->showSection(section))
        m_guide->browser()->verticalScrollBar()->setValue(0);
    return m_guide;
}

UserGuideDialog *HelpMenu::showHelpForCurrentPage()
{
    return showGuide(UserGuideDialog::sectionFor(m_currentPage()));
}

AboutDialog *HelpMenu::showAbout()
{
    auto *dialog = new AboutDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace cplan
