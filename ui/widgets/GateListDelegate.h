#pragma once

// The editor of a milestone's gates (MODEL.md §6 "Gates"): the plan's channels as a list to
// tick, instead of typing their names. The cell's value goes through the model as a list, so
// undo, validation and refusals behave as for any cell.

#include "models/domain/Plan.h"
#include "ui/widgets/CellDelegate.h"

#include <QListWidget>

#include <functional>

namespace cplan {

class GateListEditor : public QListWidget
{
    Q_OBJECT

public:
    explicit GateListEditor(const Plan &plan, QWidget *parent = nullptr);

    // Ticks these channels; a gate that names no channel of the plan is listed (ticked) so it is
    // not lost by opening the editor.
    void setGates(const QStringList &gates);
    // The ticked channels, in plan order (unknown names last).
    QStringList gates() const;
};

class GateListDelegate : public CellDelegate
{
    Q_OBJECT

public:
    // `plan` gives the current plan (its channels are offered).
    GateListDelegate(std::function<const Plan &()> plan, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    std::function<const Plan &()> m_plan;
};

} // namespace cplan
