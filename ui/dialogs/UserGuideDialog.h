#pragma once

// Help ▸ User guide: docs/user-guide.md (installed with the package) rendered from Markdown in a
// browser with Back, Forward and Contents; F1 on a page opens the page's section. Links to
// model.md open in the same browser, web links in the desktop's browser.

#include "ui/pages/PlanPlace.h"

#include <QDialog>
#include <QStringList>
#include <QUrl>

class QTextBrowser;

namespace cplan {

class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    // The folder holding user-guide.md, first found of: $CPLAN_DOC_DIR; the package's
    // <prefix>/share/doc/campaign-planner next to the program's <prefix>/bin; the source tree's
    // docs/ when the program runs from a build folder inside it. Empty when none has it.
    static QString guideFolder();
    // The heading of the guide section that explains `page`.
    static QString sectionFor(PageId page);
    // GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens.
    static QString anchorFor(const QString &heading);

    // Shows user-guide.md from `folder` (default: guideFolder()); false, with an explanation
    // in the browser, when it is not there.
    bool openGuide(const QString &folder = {});
    // Scrolls to the heading whose text or anchor is `section`; false when there is none.
    bool showSection(const QString &section);

    QTextBrowser *browser() const { return m_browser; }
    // The headings of the document shown, in order.
    QStringList headings() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followLink(const QUrl &link);
    void fitImages();

    QTextBrowser *m_browser;
    QUrl m_guide;
};

} // namespace cplan
