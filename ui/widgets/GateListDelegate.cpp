#include "ui/widgets/GateListDelegate.h"


#include <algorithm>

namespace cplan {

GateListEditor::GateListEditor(const Plan &plan, QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("gateListEditor"));
    setToolTip(tr("Tick the channels whose spend waits for this milestone"));
    for (const Channel &channel : plan.channels) {
        auto *item = new QListWidgetItem(channel.name, this);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void GateListEditor::setGates(const QStringList &gates)
{
    for (int row = 0; row < count(); ++row)
        item(row)->setCheckState(gates.contains(item(row)->text()) ? Qt::Checked : Qt::Unchecked);
    for (const QString &gate : gates) {
        if (!findItems(gate, Qt::MatchExactly).isEmpty())
            continue;
        auto *unknown = new QListWidgetItem(gate, this);
        unknown->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        unknown->setCheckState(Qt::Checked);
        unknown->setToolTip(tr("Not a channel of the plan"));
    }
}

QStringList GateListEditor::gates() const
{
    QStringList ticked;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->checkState() == Qt::Checked)
            ticked << item(row)->text();
    }
    return ticked;
}

GateListDelegate::GateListDelegate(std::function<const Plan &()> plan, QObject *parent)
    : CellDelegate(parent), m_plan(std::move(plan))
{}

QWidget *GateListDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &) const
{
    return new GateListEditor(m_plan(), parent);
}

void GateListDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *gates = qobject_cast<GateListEditor *>(editor))
        gates->setGates(index.data(Qt::EditRole).toStringList());
}

void GateListDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    auto *gates = qobject_cast<GateListEditor *>(editor);
    if (!gates)
        return;
    const QStringList chosen = gates->gates();
    if (chosen == index.data(Qt::EditRole).toStringList())
        return; // unchanged: no undo step
    commitOrRefuse(model, index, chosen, tr("These gates cannot be used here."));
}

void GateListDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &) const
{
    // A list of the channels below the cell, as wide as the longest name.
    auto *list = qobject_cast<QListWidget *>(editor);
    const int rows = list ? std::min(list->count(), 10) : 6;
    const int rowHeight = list && list->count() > 0 ? list->sizeHintForRow(0) : 20;
    const int width = std::max(option.rect.width(), (list ? list->sizeHintForColumn(0) : 200) + 40);
    placeEditor(editor, QRect(option.rect.topLeft(), QSize(width, rows * rowHeight + 6)));
}

} // namespace cplan
