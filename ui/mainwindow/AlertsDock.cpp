#include "ui/mainwindow/AlertsDock.h"

#include "models/document/PlanDocument.h"
#include "ui/widgets/PlainText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cplan {

AlertsDock::AlertsDock(PlanDocument *document, QWidget *parent)
    : QDockWidget(tr("Alerts"), parent), m_document(document), m_list(new QTreeWidget),
      m_filter(new QComboBox)
{
    setObjectName(QStringLiteral("alertsDock"));
    m_filter->setObjectName(QStringLiteral("alertsFilter"));
    m_filter->setToolTip(tr("Show only one kind of alert"));
    m_filter->addItem(tr("All kinds"), -1);
    for (Alert::Kind kind : {Alert::Kind::Validation, Alert::Kind::Target, Alert::Kind::Milestone,
                             Alert::Kind::Variance})
        m_filter->addItem(alertGroupName(kind), int(kind));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Kind"), tr("What needs attention")});
    m_list->setRootIsDecorated(true);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->header()->setStretchLastSection(true);
    m_list->setToolTip(tr("Click an alert to go to its place"));
    auto *panel = new QWidget(this);
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Show:"), panel));
    controls->addWidget(m_filter);
    controls->addStretch(1);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_list, 1);
    m_list->setParent(panel);
    m_filter->setParent(panel);
    setWidget(panel);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &AlertsDock::rebuildList);

    connect(m_list, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { activate(item->data(0, Qt::UserRole)); });
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activate(item->data(0, Qt::UserRole)); });
    // Every change (edit, undo, new plan, another active scenario) ends with projectionChanged,
    // after violationsChanged: one refresh per change.
    connect(document, &PlanDocument::projectionChanged, this, &AlertsDock::refresh);
    refresh();
}

void AlertsDock::setKindFilter(std::optional<Alert::Kind> kind)
{
    m_filter->setCurrentIndex(kind ? m_filter->findData(int(*kind)) : 0);
}

namespace {
// The same alerts in the same places, whatever their texts say.
// The list shows, per alert, its kind's name and its text, grouped by kind: alerts of the same
// kinds in the same order fill the same items (the texts, colours and places may differ).
bool sameShape(const std::vector<Alert> &a, const std::vector<Alert> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const Alert &x, const Alert &y) { return x.kind == y.kind; });
}

QColor severityColour(Alert::Severity severity)
{
    return severity == Alert::Severity::Error ? QColor(0xd6, 0x45, 0x41) : QColor(0xd9, 0x82, 0x2b);
}
} // namespace

void AlertsDock::refresh()
{
    std::vector<Alert> alerts = collectAlerts(*m_document);
    // Most edits keep the alerts and change at most their figures (a variance's amount), or,
    // with many variances, which cells are the largest: the items are updated in place, so the
    // tree keeps its scroll position, selection and open groups, and the items are not made and
    // measured again on every keystroke (issue 21 C).
    if (m_listBuilt && sameShape(alerts, m_alerts)) {
        for (std::size_t i = 0; i < alerts.size(); ++i) {
            QTreeWidgetItem *item = m_items[i];
            if (item && alerts[i].text != m_alerts[i].text) {
                item->setText(1, alerts[i].text);
                item->setToolTip(1, plainToolTip(alerts[i].text));
            }
            if (item && alerts[i].severity != m_alerts[i].severity)
                item->setForeground(0, severityColour(alerts[i].severity));
        }
        m_alerts = std::move(alerts);
        return;
    }
    m_alerts = std::move(alerts);
    rebuildList();
}

void AlertsDock::rebuildList()
{
    m_listBuilt = true;
    // Which groups the user closed survives a refresh.
    QSet<int> collapsed;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = m_list->topLevelItem(i);
        if (!group->isExpanded())
            collapsed.insert(group->data(0, KindRole).toInt());
    }
    m_list->clear();
    m_items.assign(m_alerts.size(), nullptr);
    const int filter = m_filter->currentData().toInt();
    // One group per kind, most urgent first, so many variances do not bury a late milestone.
    for (Alert::Kind kind : {Alert::Kind::Validation, Alert::Kind::Milestone, Alert::Kind::Target,
                             Alert::Kind::Variance}) {
        if (filter >= 0 && filter != int(kind))
            continue;
        QTreeWidgetItem *group = nullptr;
        int count = 0;
        for (int i = 0; i < int(m_alerts.size()); ++i) {
            const Alert &alert = m_alerts[std::size_t(i)];
            if (alert.kind != kind)
                continue;
            if (!group) {
                group = new QTreeWidgetItem(m_list);
                group->setData(0, KindRole, int(kind));
                group->setFirstColumnSpanned(true);
                QFont bold = group->font(0);
                bold.setBold(true);
                group->setFont(0, bold);
            }
            auto *item = new QTreeWidgetItem(group, {alertKindName(alert.kind), alert.text});
            item->setData(0, Qt::UserRole, i);
            item->setForeground(0, severityColour(alert.severity));
            item->setToolTip(1, plainToolTip(alert.text));
            m_items[std::size_t(i)] = item;
            ++count;
        }
        if (group) {
            group->setText(0, tr("%1 (%2)").arg(alertGroupName(kind)).arg(count));
            group->setExpanded(!collapsed.contains(int(kind)));
        }
    }
    m_list->resizeColumnToContents(0);
    setWindowTitle(m_alerts.empty() ? tr("Alerts") : tr("Alerts (%1)").arg(m_alerts.size()));
}

QTreeWidgetItem *AlertsDock::itemOf(int alertIndex) const
{
    return alertIndex >= 0 && std::size_t(alertIndex) < m_items.size()
               ? m_items[std::size_t(alertIndex)]
               : nullptr;
}

void AlertsDock::activate(const QVariant &alertIndex)
{
    if (!alertIndex.isValid()) // a group line
        return;
    const int index = alertIndex.toInt();
    if (index >= 0 && index < int(m_alerts.size()))
        emit placeActivated(m_alerts[std::size_t(index)].place);
}

} // namespace cplan
