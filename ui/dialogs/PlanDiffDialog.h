#pragma once

// The diff view (MODEL.md §10): what changed between two plan contents — two versions, or a
// version and now — grouped, with human names and amounts in the plan's currency, and the
// effect on each scenario's key totals (customers, CAC, ROI, value). Read-only.

#include "models/domain/Plan.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace cplan {

class ChangeTree;

class PlanDiffDialog : public QDialog
{
    Q_OBJECT

public:
    // `fromName` and `toName` name the two sides ("Board draft", "Now").
    PlanDiffDialog(const Plan &from, const Plan &to, const QString &fromName, const QString &toName,
                   QWidget *parent = nullptr);

    ChangeTree *changes() const { return m_changes; }
    // One row per scenario and key total: scenario, figure, before, after, change.
    QTableWidget *totals() const { return m_totals; }
    QLabel *summary() const { return m_summary; }

private:
    QLabel *m_summary;
    ChangeTree *m_changes;
    QTableWidget *m_totals;
};

} // namespace cplan
