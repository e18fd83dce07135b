#pragma once

// The base of every page in the main window's stack. A page owns its widgets and models and
// talks to the document directly; the main window only switches pages and forwards places.

#include "models/domain/Result.h"
#include "ui/pages/PlanPlace.h"

#include <QWidget>

#include <functional>
#include <initializer_list>

class QAction;
class QLabel;
class QToolBar;

namespace cplan {

class PlanDocument;
struct ShareSum;
class SpreadsheetView;

class Page : public QWidget
{
    Q_OBJECT

public:
    // Disconnects the children's signals from the page first: QWidget's destructor hides the
    // window, a focused editor then loses focus and would call the page's slots (committing an
    // edit) after the subclass and its members are gone.
    ~Page() override;

    virtual PageId id() const = 0;
    virtual QString title() const = 0;
    // Shows `place` (selects its cell). The main window has already switched to this page and
    // to the place's scenario.
    virtual void showPlace(const PlanPlace &place);

    PlanDocument *document() const { return m_document; }

signals:
    // A refusal or short note for the status bar.
    void messageShown(const QString &message);

protected:
    Page(PlanDocument *document, QWidget *parent);

    // A spreadsheet view whose refusals reach the status bar.
    SpreadsheetView *createSpreadsheet();
    // Selects the cell of `view` whose PathRole best matches `path` (exact, else the deepest
    // cell above it, else the first cell below it). False when none matches.
    static bool focusPath(SpreadsheetView *view, const QString &path);
    // A compact tool bar for the actions that act on one table.
    QToolBar *createTableToolBar(std::initializer_list<QAction *> actions);
    // An action with its tooltip and status tip.
    QAction *createAction(const QString &text, const QString &tip, const QString &iconName = {});
    // Shows a refused structural edit's reason.
    void report(const QString &error);
    // Moves the current row of `view` by `step` through `move(from, to)` (a document edit) and
    // keeps the cursor on the moved row; a refusal is reported. Nothing at either end.
    void moveCurrentRow(SpreadsheetView *view, int step,
                        const std::function<Status(int from, int to)> &move);
    // "Sum of shares: 100%" or, in the warning colour, "Sum of shares: 95% (should be 100%)".
    static void showShareSum(QLabel *label, const ShareSum &sum);
    // A section heading above a table.
    QLabel *createHeading(const QString &text);

private:
    PlanDocument *m_document;
};

} // namespace cplan
