#pragma once

// An action with its tooltip and status tip (the same text), an object name that tests and
// screenshots find it by, and an optional theme icon: the panels' toolbar buttons.

#include <QAction>
#include <QIcon>
#include <QString>

namespace cplan {

inline QAction *namedAction(QObject *parent, const QString &text, const QString &tip,
                            const QString &objectName, const QString &icon = {})
{
    auto *action = new QAction(text, parent);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    action->setObjectName(objectName);
    if (!icon.isEmpty())
        action->setIcon(QIcon::fromTheme(icon));
    return action;
}

} // namespace cplan
