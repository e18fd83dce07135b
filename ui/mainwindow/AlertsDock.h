#pragma once

// The Alerts dock: everything that needs attention in the active scenario (Alerts.h), one line
// each, coloured by severity. Activating a line (click, Enter) asks to show its place.

#include "ui/mainwindow/Alerts.h"

#include <QDockWidget>

#include <optional>

class QComboBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace cplan {

class AlertsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit AlertsDock(PlanDocument *document, QWidget *parent = nullptr);

    const std::vector<Alert> &alerts() const { return m_alerts; }
    // Alerts grouped by kind ("Variance (12)"); an alert's line is a child of its group.
    QTreeWidget *list() const { return m_list; }
    QTreeWidgetItem *itemOf(int alertIndex) const;
    QComboBox *kindFilter() const { return m_filter; }
    // Shows only alerts of `kind` (none = all kinds).
    void setKindFilter(std::optional<Alert::Kind> kind);

    void refresh();

signals:
    void placeActivated(const cplan::PlanPlace &place);

private:
    static constexpr int KindRole = Qt::UserRole + 1; // a group line's Alert::Kind

    void activate(const QVariant &alertIndex);
    // Rebuilds the tree from m_alerts under the current kind filter.
    void rebuildList();

    PlanDocument *m_document;
    QTreeWidget *m_list;
    QComboBox *m_filter;
    std::vector<Alert> m_alerts;
    std::vector<QTreeWidgetItem *> m_items; // the item of each alert; null when filtered out
    bool m_listBuilt = false; // the tree shows m_alerts (under the current filter)
};

} // namespace cplan
