#include "ui/pages/Page.h"

#include "models/document/PlanDocument.h"
#include "models/itemmodels/ItemRoles.h"
#include "ui/widgets/FigureFormat.h"
#include "ui/widgets/SpreadsheetView.h"

#include <QAction>
#include <QIcon>
#include <QLabel>
#include <QToolBar>

namespace cplan {

namespace {
bool isBelow(const QString &path, const QString &parent)
{
    return path.size() > parent.size() && path.startsWith(parent) &&
           (path.at(parent.size()) == QLatin1Char('.') ||
            path.at(parent.size()) == QLatin1Char('['));
}
} // namespace

Page::Page(PlanDocument *document, QWidget *parent) : QWidget(parent), m_document(document) {}

Page::~Page()
{
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        QObject::disconnect(child, nullptr, this, nullptr);
}

void Page::showPlace(const PlanPlace &) {}

SpreadsheetView *Page::createSpreadsheet()
{
    auto *view = new SpreadsheetView(this);
    connect(view, &SpreadsheetView::messageShown, this, &Page::messageShown);
    return view;
}

bool Page::focusPath(SpreadsheetView *view, const QString &path)
{
    const QAbstractItemModel *model = view->model();
    if (!model || path.isEmpty())
        return false;
    QModelIndex exact, above, below;
    int aboveLength = -1;
    for (int row = 0; row < model->rowCount() && !exact.isValid(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QString cellPath = index.data(PathRole).toString();
            if (cellPath.isEmpty())
                continue;
            if (cellPath == path) {
                exact = index;
                break;
            }
            if (isBelow(path, cellPath) && cellPath.size() > aboveLength) {
                above = index;
                aboveLength = int(cellPath.size());
            } else if (!below.isValid() && isBelow(cellPath, path)) {
                below = index;
            }
        }
    }
    const QModelIndex target = exact.isValid() ? exact : above.isValid() ? above : below;
    if (!target.isValid())
        return false;
    view->focusCell(target.row(), target.column());
    return true;
}

QToolBar *Page::createTableToolBar(std::initializer_list<QAction *> actions)
{
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    for (QAction *action : actions)
        bar->addAction(action);
    return bar;
}

QAction *Page::createAction(const QString &text, const QString &tip, const QString &iconName)
{
    auto *action = new QAction(text, this);
    if (!iconName.isEmpty())
        action->setIcon(QIcon::fromTheme(iconName));
    action->setToolTip(tip);
    action->setStatusTip(tip);
    return action;
}

void Page::report(const QString &error)
{
    if (!error.isEmpty())
        emit messageShown(error);
}

void Page::moveCurrentRow(SpreadsheetView *view, int step,
                          const std::function<Status(int from, int to)> &move)
{
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return;
    const int to = current.row() + step;
    if (to < 0 || to >= view->model()->rowCount())
        return;
    if (const Status status = move(current.row(), to); !status)
        return report(status.error());
    view->focusCell(to, current.column());
}

void Page::showShareSum(QLabel *label, const ShareSum &sum)
{
    const QString percent = formatFigure(sum.sum, FigureKind::Percent, {});
    if (sum.off) {
        label->setText(
            tr("Sum of shares: %1 — should be 100%; use “Normalise to 100%”").arg(percent));
        label->setStyleSheet(QStringLiteral("color: #d9822b; font-weight: 600;"));
    } else {
        label->setText(tr("Sum of shares: %1").arg(percent));
        label->setStyleSheet({});
    }
}

QLabel *Page::createHeading(const QString &text)
{
    auto *label = new QLabel(text, this);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

} // namespace cplan
