#include "models/document/PlanSnapshotCommand.h"

#include "models/document/PlanDocument.h"

#include <utility>

namespace cplan {

namespace {
// Every snapshot command shares one id; mergeWith() compares the merge keys.
constexpr int snapshotCommandId = 0x43504C;
} // namespace

PlanSnapshotCommand::PlanSnapshotCommand(PlanDocument *document, Plan before, Plan after,
                                         PlanChange change, const QString &text,
                                         const QString &mergeKey)
    : m_document(document), m_before(std::move(before)), m_after(std::move(after)),
      m_change(change), m_mergeKey(mergeKey)
{
    setText(text);
}

void PlanSnapshotCommand::undo()
{
    m_document->replacePlan(m_before, m_change);
}

void PlanSnapshotCommand::redo()
{
    m_document->replacePlan(m_after, m_change);
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
    m_after = next->m_after;
    m_change.areas |= next->m_change.areas;
    if (next->m_change.isStructural())
        m_change.kind = PlanChange::Kind::Structure;
    setText(next->text());
    // Typing a cell back to its old value leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace cplan
