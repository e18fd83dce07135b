#pragma once

// The Help menu: User guide, Help on this page (F1: the guide at the section of the page
// shown) and About. The guide is one window kept open beside the plan; About is a small dialog.

#include "ui/pages/PlanPlace.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QMenu;
class QWidget;

namespace cplan {

class AboutDialog;
class UserGuideDialog;

class HelpMenu : public QObject
{
    Q_OBJECT

public:
    // Fills `menu`; `currentPage` tells which page F1 is about. Dialogs are children of `window`.
    HelpMenu(QMenu *menu, QWidget *window, std::function<PageId()> currentPage);

    // Shows the guide, at `section` (a heading) when given, and returns its window.
    UserGuideDialog *showGuide(const QString &section = {});
    UserGuideDialog *showHelpForCurrentPage();
    AboutDialog *showAbout();

private:
    QWidget *m_window;
    std::function<PageId()> m_currentPage;
    QPointer<UserGuideDialog> m_guide;
};

} // namespace cplan
