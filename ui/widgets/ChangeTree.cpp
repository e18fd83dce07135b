#include "ui/widgets/ChangeTree.h"

#include "models/history/FieldLabels.h"
#include "ui/widgets/PlainText.h"

#include <QHeaderView>

namespace cplan {

ChangeTree::ChangeTree(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("changeTree"));
    setColumnCount(3);
    setHeaderLabels({tr("What changed"), tr("Before"), tr("After")});
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
}

void ChangeTree::showChanges(const std::vector<FieldChange> &changes, const Plan &plan)
{
    clear();
    m_count = 0;
    for (const ChangeGroup &group : groupChanges(changes, plan)) {
        auto *groupItem = new QTreeWidgetItem(this, {group.title});
        QFont bold = groupItem->font(0);
        bold.setBold(true);
        groupItem->setFont(0, bold);
        // Under its group a field is named from there on ("Cost per lead" under "Plan A ▸
        // Search"); the full name is in the tooltip.
        const QString groupPrefix = group.title + QStringLiteral(" ▸ ");
        for (const FieldChange &change : group.changes) {
            const QString label = fieldLabel(change.path, plan);
            const QString shown = label.startsWith(groupPrefix) && label.size() > groupPrefix.size()
                                      ? label.mid(groupPrefix.size())
                                      : label;
            const QStringList texts = {shown, valueText(change.path, change.before, plan),
                                       valueText(change.path, change.after, plan)};
            auto *item = new QTreeWidgetItem(groupItem, texts);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            // The full texts (a long comment or name) and the path for whoever scripts it.
            item->setToolTip(0, plainToolTip(label + QLatin1Char('\n') + change.path));
            item->setToolTip(1, plainToolTip(texts[1]));
            item->setToolTip(2, plainToolTip(texts[2]));
            ++m_count;
        }
    }
    expandAll();
}

} // namespace cplan
