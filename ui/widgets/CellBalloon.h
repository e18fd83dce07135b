#pragma once

// Why a cell refused an edit, shown at the cell (issue 22 E.22): a small note just below the
// cell (above it at the table's bottom edge) that stays while the user goes on with the
// keyboard. A tooltip was not enough: closing the editor moves the focus, which hides a tooltip
// at once, so in practice the reason was only in the status bar. The note goes away when another
// cell becomes current, a new edit starts, the table scrolls, or after a while.

#include <QLabel>
#include <QPersistentModelIndex>

class QAbstractItemView;
class QTimer;

namespace cplan {

class CellBalloon : public QLabel
{
    Q_OBJECT

public:
    // Lives on `view`, above its cells.
    explicit CellBalloon(QAbstractItemView *view);

    // Shows `text` at `index` (a cell of the view's model) for a while.
    void showAt(const QModelIndex &index, const QString &text);
    QModelIndex cell() const { return m_cell; }

    // How long the note stays when nothing else takes it away.
    static constexpr int shownMilliseconds = 12000;

private:
    void place();
    void watchSelection();

    QAbstractItemView *m_view;
    QTimer *m_timer;
    QPersistentModelIndex m_cell;
    QObject *m_watchedSelection = nullptr;
};

} // namespace cplan
