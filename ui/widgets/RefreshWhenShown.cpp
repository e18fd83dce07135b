#include "ui/widgets/RefreshWhenShown.h"

#include <QEvent>
#include <QWidget>

namespace cplan {

RefreshWhenShown::RefreshWhenShown(QWidget *owner, std::function<void()> refresh)
    : QObject(owner), m_owner(owner), m_refresh(std::move(refresh))
{
    owner->installEventFilter(this);
}

void RefreshWhenShown::request()
{
    const bool windowShown = m_owner->window()->isVisible();
    if (!windowShown || m_owner->isVisible()) {
        m_pending = false;
        m_refresh();
        return;
    }
    m_pending = true;
}

bool RefreshWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_owner && event->type() == QEvent::Show && m_pending) {
        m_pending = false;
        m_refresh();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cplan
