#include "ui/mainwindow/AlertsDock.h"

#include "models/document/PlanDocument.h"

#include <QHeaderView>
#include <QTreeWidget>

namespace cplan {

AlertsDock::AlertsDock(PlanDocument *document, QWidget *parent)
    : QDockWidget(tr("Alerts"), parent), m_document(document), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("alertsDock"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Kind"), tr("What needs attention")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->header()->setStretchLastSection(true);
    m_list->setToolTip(tr("Click an alert to go to its place"));
    setWidget(m_list);

    connect(m_list, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { activate(item->data(0, Qt::UserRole).toInt()); });
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activate(item->data(0, Qt::UserRole).toInt()); });
    // Every change (edit, undo, new plan, another active scenario) ends with projectionChanged,
    // after violationsChanged: one refresh per change.
    connect(document, &PlanDocument::projectionChanged, this, &AlertsDock::refresh);
    refresh();
}

namespace {
bool sameAlerts(const std::vector<Alert> &a, const std::vector<Alert> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Alert &x, const Alert &y) {
        return x.kind == y.kind && x.severity == y.severity && x.text == y.text &&
               x.place.page == y.place.page && x.place.scenario == y.place.scenario &&
               x.place.path == y.place.path && x.place.row == y.place.row &&
               x.place.column == y.place.column;
    });
}
} // namespace

void AlertsDock::refresh()
{
    std::vector<Alert> alerts = collectAlerts(*m_document);
    // Most edits leave the list as it was; rebuilding thousands of items would cost a frame.
    if (sameAlerts(alerts, m_alerts) && m_list->topLevelItemCount() == int(alerts.size()))
        return;
    m_alerts = std::move(alerts);
    m_list->clear();
    const QColor errorColour(0xd6, 0x45, 0x41);
    const QColor warningColour(0xd9, 0x82, 0x2b);
    for (int i = 0; i < int(m_alerts.size()); ++i) {
        const Alert &alert = m_alerts[std::size_t(i)];
        auto *item = new QTreeWidgetItem(m_list, {alertKindName(alert.kind), alert.text});
        item->setData(0, Qt::UserRole, i);
        item->setForeground(0,
                            alert.severity == Alert::Severity::Error ? errorColour : warningColour);
        item->setToolTip(1, alert.text);
    }
    m_list->resizeColumnToContents(0);
    setWindowTitle(m_alerts.empty() ? tr("Alerts") : tr("Alerts (%1)").arg(m_alerts.size()));
}

void AlertsDock::activate(int alertIndex)
{
    if (alertIndex >= 0 && alertIndex < int(m_alerts.size()))
        emit placeActivated(m_alerts[std::size_t(alertIndex)].place);
}

} // namespace cplan
