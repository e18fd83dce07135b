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
bool sameShape(const std::vector<Alert> &a, const std::vector<Alert> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Alert &x, const Alert &y) {
        return x.kind == y.kind && x.severity == y.severity && x.place.page == y.place.page &&
               x.place.scenario == y.place.scenario && x.place.path == y.place.path &&
               x.place.row == y.place.row && x.place.column == y.place.column;
    });
}
} // namespace

void AlertsDock::refresh()
{
    std::vector<Alert> alerts = collectAlerts(*m_document);
    // Most edits keep the alerts and change at most their figures (a variance's amount): the
    // items are updated in place, so the tree keeps its scroll position, selection and open
    // groups, and thousands of items are not made again on every keystroke.
    if (m_listBuilt && sameShape(alerts, m_alerts)) {
        for (std::size_t i = 0; i < alerts.size(); ++i) {
            if (alerts[i].text == m_alerts[i].text)
                continue;
            m_alerts[i].text = alerts[i].text;
            if (QTreeWidgetItem *item = m_items[i]) {
                item->setText(1, m_alerts[i].text);
                item->setToolTip(1, plainToolTip(m_alerts[i].text));
            }
        }
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
    const QColor errorColour(0xd6, 0x45, 0x41);
    const QColor warningColour(0xd9, 0x82, 0x2b);
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
            item->setForeground(0, alert.severity == Alert::Severity::Error ? errorColour
                                                                            : warningColour);
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
