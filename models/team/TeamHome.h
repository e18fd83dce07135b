#pragma once

// A plan in the team store as the document's home (ARCHITECTURE.md rule 15, MODEL.md §11): the
// second implementation of PlanHome beside FileHome. Saving sends the fields this window
// changed since it opened (or last saved) as one edit carrying that revision (only those rows
// while nobody else changed the plan; merged onto the plan as it is now otherwise): another
// member's edit of other fields is kept, and one of the same field refuses the save, naming who
// changed it, when and to what. The server writes the history (author = the database user, time =
// its clock), so the entries of a commit give only the action's text and reason.

#include "models/document/PlanHome.h"
#include "models/team/TeamStore.h"

#include <memory>

namespace cplan {

class TeamHome : public PlanHome
{
public:
    TeamHome(std::shared_ptr<TeamStore> store, QString planName);

    QString location() const override;
    Result<Plan> open() override;
    Status save(const Plan &plan, const PlanCommit &commit) override;
    Result<Plan> versionContent(const QString &name) const override;

    QString planName() const { return m_planName; }
    qint64 revision() const { return m_revision; }
    // The plan as the store has it after the last open or save: this window's changes merged
    // with the other members' (what the window shows next).
    const Plan &storedPlan() const { return m_base; }
    // Why the last save was refused (None after a successful one).
    TeamRefusal lastRefusal() const { return m_lastRefusal; }

protected:
    HistoryLoad readHistory() const override;

private:
    std::shared_ptr<TeamStore> m_store;
    QString m_planName;
    qint64 m_planId = 0;
    qint64 m_revision = 0;
    Plan m_base; // the plan as of m_revision, what this window's changes are taken against
    TeamFields m_baseFields;
    TeamRefusal m_lastRefusal = TeamRefusal::None;
};

} // namespace cplan
