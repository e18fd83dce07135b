#pragma once

// Changed fields as a finance reviewer reads them (MODEL.md §10 "Diff"): grouped by scenario,
// channel, milestone, plan settings and actuals, each field by its human name ("Plan A ▸ Search
// ▸ Cost per lead") with its value before and after in the plan's words and currency. Used by
// the diff view and the History tab.

#include "models/domain/Plan.h"
#include "models/history/HistoryEntry.h"

#include <QTreeWidget>

#include <vector>

namespace cplan {

class ChangeTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ChangeTree(QWidget *parent = nullptr);

    // Shows `changes`, named and written with `plan` (its stages, currency).
    void showChanges(const std::vector<FieldChange> &changes, const Plan &plan);
    // The number of changed fields shown.
    int changeCount() const { return m_count; }

private:
    int m_count = 0;
};

} // namespace cplan
