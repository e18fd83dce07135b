#pragma once

// Runs a widget's refresh at once while the widget is on screen, and otherwise once, when it is
// next shown: a page the user is not looking at does no work per edit, yet never appears with
// an old figure. While the whole window is hidden (a test driving a page, a grab before show)
// every request runs at once, as if there were no deferral.

#include <QObject>

#include <functional>

class QWidget;

namespace cplan {

class RefreshWhenShown : public QObject
{
public:
    RefreshWhenShown(QWidget *owner, std::function<void()> refresh);

    // The data behind the owner changed.
    void request();
    bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_owner;
    std::function<void()> m_refresh;
    bool m_pending = false;
};

} // namespace cplan
