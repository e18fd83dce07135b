#pragma once

// The one undo command: what an edit changed (PlanPatch: only the changed parts, before and
// after, so a long history of edits on a big plan stays small), plus the change hint the item
// models translate. Consecutive commands with the same non-empty merge key (repeated edits of
// one cell) merge into one step.

#include "models/document/PlanChange.h"
#include "models/document/PlanPatch.h"
#include "models/domain/Plan.h"

#include <QUndoCommand>

#include <optional>

namespace cplan {

class PlanDocument;

class PlanSnapshotCommand : public QUndoCommand
{
public:
    // `after` is moved into the document by the first redo(), which QUndoStack::push() runs.
    PlanSnapshotCommand(PlanDocument *document, const Plan &before, Plan after, PlanChange change,
                        const QString &text, const QString &mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const QString &mergeKey() const { return m_mergeKey; }
    // What the step changed (a live undo sends the plan with it applied backward first).
    const PlanPatch &patch() const { return m_patch; }

private:
    PlanDocument *m_document;
    PlanPatch m_patch;
    std::optional<Plan> m_firstAfter; // until the first redo()
    PlanChange m_change;
    QString m_mergeKey;
};

} // namespace cplan
