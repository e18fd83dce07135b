#pragma once

// The editor of a milestone's checks (MODEL.md §6): one line per check with the metric picked
// by its name, the comparison, and the value in the metric's unit (15 % for a rate), instead of
// typing `stage_cum.1 >= 30000`. The cell's text still round-trips through the model, so undo,
// validation and refusals behave as for any cell.

#include "models/domain/Plan.h"
#include "ui/widgets/CellDelegate.h"

#include <QFrame>

#include <functional>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QVBoxLayout;

namespace cplan {

class CheckListEditor : public QFrame
{
    Q_OBJECT

public:
    CheckListEditor(const Plan &plan, QWidget *parent = nullptr);

    void setChecks(const std::vector<Check> &checks);
    std::vector<Check> checks() const;
    // The form the model parses: "stage_cum.1 >= 30000; cac_to_date <= 1200".
    static QString checksText(const std::vector<Check> &checks);

    void addCheck(const Check &check);
    int checkCount() const { return int(m_rows.size()); }

private:
    struct Row
    {
        QWidget *line;
        QComboBox *metric;
        QComboBox *op;
        QDoubleSpinBox *value;
    };
    void applyUnit(Row &row) const;
    void removeRow(QWidget *line);

    Plan m_plan;
    QVBoxLayout *m_lines;
    std::vector<Row> m_rows;
};

class CheckListDelegate : public CellDelegate
{
    Q_OBJECT

public:
    // `plan` gives the current plan (its stages name the metrics; its milestones the checks).
    CheckListDelegate(std::function<const Plan &()> plan, QObject *parent = nullptr);

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
