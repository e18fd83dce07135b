#include "ui/widgets/CellBalloon.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>

namespace cplan {

CellBalloon::CellBalloon(QAbstractItemView *view)
    : QLabel(view), m_view(view), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("cellBalloon"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setMargin(6);
    setFrameShape(QFrame::Box);
    setAutoFillBackground(true);
    // The tooltip's colours, so it reads as a note about the cell in light and dark themes.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, colours.color(QPalette::ToolTipBase));
    colours.setColor(QPalette::WindowText, colours.color(QPalette::ToolTipText));
    setPalette(colours);
    // Clicks go to the cells below.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    hide();
    m_timer->setSingleShot(true);
    m_timer->setInterval(shownMilliseconds);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    for (QScrollBar *bar : {view->horizontalScrollBar(), view->verticalScrollBar()})
        connect(bar, &QScrollBar::valueChanged, this, &QWidget::hide);
}

void CellBalloon::showAt(const QModelIndex &index, const QString &text)
{
    if (text.isEmpty() || !index.isValid()) {
        hide();
        return;
    }
    watchSelection();
    m_cell = index;
    setText(text); // plain text: a reason quotes what was typed (PlainText.h)
    place();
    show();
    raise();
    m_timer->start();
}

void CellBalloon::watchSelection()
{
    // The view may have been given another model (and selection model) since the last note.
    QItemSelectionModel *selection = m_view->selectionModel();
    if (!selection || selection == m_watchedSelection)
        return;
    m_watchedSelection = selection;
    connect(selection, &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current != m_cell)
                    hide();
            });
}

void CellBalloon::place()
{
    const QRect cell = m_view->visualRect(m_cell);
    QWidget *viewport = m_view->viewport();
    const int available = std::max(120, viewport->width() - 8);
    setMaximumWidth(std::min(available, 480));
    adjustSize();
    const QPoint below = viewport->mapTo(m_view, cell.bottomLeft() + QPoint(0, 2));
    QPoint at = below;
    // Above the cell where below would leave the table.
    if (at.y() + height() > viewport->geometry().bottom())
        at.setY(viewport->mapTo(m_view, cell.topLeft()).y() - height() - 2);
    at.setX(std::clamp(at.x(), 0, std::max(0, m_view->width() - width())));
    at.setY(std::max(0, at.y()));
    move(at);
}

} // namespace cplan
