#pragma once

// The Alerts dock: everything that needs attention in the active scenario (Alerts.h), one line
// each, coloured by severity. Activating a line (click, Enter) asks to show its place.

#include "ui/mainwindow/Alerts.h"

#include <QDockWidget>

class QTreeWidget;

namespace cplan {

class AlertsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit AlertsDock(PlanDocument *document, QWidget *parent = nullptr);

    const std::vector<Alert> &alerts() const { return m_alerts; }
    QTreeWidget *list() const { return m_list; }

    void refresh();

signals:
    void placeActivated(const cplan::PlanPlace &place);

private:
    void activate(int alertIndex);

    PlanDocument *m_document;
    QTreeWidget *m_list;
    std::vector<Alert> m_alerts;
};

} // namespace cplan
