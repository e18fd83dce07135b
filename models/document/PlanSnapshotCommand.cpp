#include "models/document/PlanSnapshotCommand.h"

#include "models/document/PlanDocument.h"

#include <utility>

namespace cplan {

namespace {
// Every snapshot command shares one id; mergeWith() compares the merge keys.
constexpr int snapshotCommandId = 0x43504C;
} // namespace

PlanSnapshotCommand::PlanSnapshotCommand(PlanDocument *document, const Plan &before, Plan after,
                                         PlanChange change, const QString &text,
                                         const QString &mergeKey)
    : m_document(document), m_patch(PlanPatch::between(before, after)),
      m_firstAfter(std::move(after)), m_change(change), m_mergeKey(mergeKey)
{
    setText(text);
}

void PlanSnapshotCommand::undo()
{
    Plan plan = m_document->plan();
    m_patch.applyBackward(plan);
    m_document->recordStep(m_document->plan(), plan, text(), this, true);
    m_document->replacePlan(std::move(plan), m_change.inverse());
}

void PlanSnapshotCommand::redo()
{
    if (m_firstAfter) {
        Plan after = std::move(*m_firstAfter);
        m_firstAfter.reset();
        m_document->recordStep(m_document->plan(), after, text(), this, false);
        m_document->replacePlan(std::move(after), m_change);
        return;
    }
    Plan plan = m_document->plan();
    m_patch.applyForward(plan);
    m_document->recordStep(m_document->plan(), plan, text(), this, false);
    m_document->replacePlan(std::move(plan), m_change);
}

int PlanSnapshotCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : snapshotCommandId;
}

bool PlanSnapshotCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const PlanSnapshotCommand *>(other);
    if (!next || next->m_mergeKey != m_mergeKey || next->m_document != m_document)
        return false;
    // QUndoStack::push() has run next->redo(): the document holds next's plan. Going back
    // through both patches gives this command's plan before, and one patch spans the two.
    const Plan &after = m_document->plan();
    Plan before = after;
    next->m_patch.applyBackward(before);
    m_patch.applyBackward(before);
    m_patch = PlanPatch::between(before, after);
    m_change.areas |= next->m_change.areas;
    if (next->m_change.isStructural())
        m_change.kind = PlanChange::Kind::Structure;
    // Two steps in one are no longer one row operation: the tables reset.
    if (next->m_change.rowOp != PlanChange::RowOp::None)
        m_change.rowOp = PlanChange::RowOp::None;
    setText(next->text());
    m_document->mergeSteps(this, next, next->text());
    // Typing a cell back to its old value leaves nothing to undo.
    setObsolete(m_patch.isEmpty());
    return true;
}

} // namespace cplan
