#pragma once

// The one undo command: the plan before and after an edit (plans are small, so a snapshot is
// simple and exact), plus the change hint the item models translate. Consecutive commands with
// the same non-empty merge key (repeated edits of one cell) merge into one step.

#include "models/document/PlanChange.h"
#include "models/domain/Plan.h"

#include <QUndoCommand>

namespace cplan {

class PlanDocument;

class PlanSnapshotCommand : public QUndoCommand
{
public:
    PlanSnapshotCommand(PlanDocument *document, Plan before, Plan after, PlanChange change,
                        const QString &text, const QString &mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const QString &mergeKey() const { return m_mergeKey; }

private:
    PlanDocument *m_document;
    Plan m_before;
    Plan m_after;
    PlanChange m_change;
    QString m_mergeKey;
};

} // namespace cplan
