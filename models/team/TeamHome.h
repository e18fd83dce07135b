#pragma once

// A plan in the team store as the document's home (ARCHITECTURE.md rule 15, MODEL.md §11): the
// second implementation of PlanHome beside FileHome, and a live one: the document commits each
// edit through save() at once. Saving sends the rows this window changed since it opened, saved
// or refreshed, as one edit carrying that revision (only those rows while nobody else changed the
// plan; merged onto the plan as it is now otherwise): another member's edit of other fields is
// kept, and one of the same field refuses the save, naming who changed it, when and to what. The
// server writes the history (author = the database user, time = its clock), so the entries of a
// commit give only the action's text and reason.
//
// The changed rows are found from the parts of the plan that differ from the base (compared as
// domain values): the settings and lists, each scenario, each actual row. Only those parts are
// turned into rows, so an edit of the big plan (200 channels x 120 months x 5 scenarios) does not
// convert the whole plan (docs/benchmarks.md, "Team store").
//
// refresh() follows the others' edits through TeamStore::changesSince() and remembers, per row,
// who changed it last, when and at which revision: an undo of my step (PlanCommit::stepRevision)
// is refused when another member changed one of its rows after my step wrote it.
//
// A save that fails because the server cannot be reached keeps its edit id: the next save sends
// that edit again first, under the same id, so an edit whose commit was not confirmed is never
// applied twice.

#include "models/document/PlanHome.h"
#include "models/team/TeamStore.h"

#include <map>
#include <memory>
#include <optional>

namespace cplan {

class TeamHome : public PlanHome
{
public:
    TeamHome(std::shared_ptr<TeamStore> store, QString planName);

    QString location() const override;
    Result<Plan> open() override;
    Status save(const Plan &plan, const PlanCommit &commit) override;
    Result<Plan> versionContent(const QString &name) const override;

    bool isLive() const override { return true; }
    Result<std::optional<Plan>> refresh() override;
    bool hasUnshownChanges() const override { return m_ahead.has_value(); }
    qint64 liveRevision() const override { return m_revision; }
    bool lastSaveUnreachable() const override { return m_unreachable; }
    Status reconnect() override;
    QString storeUser() const override;
    QString storeRole() const override { return m_role; }

    QString planName() const { return m_planName; }
    qint64 revision() const { return m_revision; }
    // The plan as the store has it, as far as this window knows (after an open, a save or a
    // refresh): this window's changes with the other members' (what the window shows next).
    const Plan &storedPlan() const;
    // Why the last save was refused (None after a successful one).
    TeamRefusal lastRefusal() const { return m_lastRefusal; }
    // The id of an edit sent but not confirmed (the connection was lost before the answer):
    // the next save sends it again, under this id, first. Empty when there is none.
    QString unconfirmedEditId() const { return m_unconfirmed ? m_unconfirmed->editId : QString(); }

    // The rows that turn `before` (whose rows are `beforeRows`) into `after`, found from the
    // parts that differ; equal to teamFieldChanges(beforeRows, teamFields(planContentJson(after)))
    // up to order.
    static TeamFieldChanges changedRows(const Plan &before, const TeamFields &beforeRows,
                                        const Plan &after);

protected:
    HistoryLoad readHistory() const override;

private:
    // Who last changed a row, as far as this window knows (its own saves and its refreshes).
    struct RowStamp
    {
        qint64 revision = 0;
        bool mine = false;
        QString author;
        QString at;
    };
    // An edit sent but not confirmed (the connection was lost): sent again, under its id, first.
    struct Unconfirmed
    {
        QString editId;
        Plan plan;
        TeamFieldChanges changes;
        QString action;
        QString reason;
    };

    // Sends `mine` (what turns the window's plan into `plan`) as one edit with id `editId`, on
    // top of the plan as the store has it. `stepRevision`: PlanCommit's.
    Status send(const Plan &plan, const TeamFieldChanges &mine, const QString &action,
                const QString &reason, const std::vector<TeamVersion> &versions,
                const QString &editId, qint64 stepRevision);
    // A row of `changes` another member changed after revision `since`: the refusal's message.
    QString changedByOthersSince(const TeamFieldChanges &changes, qint64 since) const;
    void stampMine(const TeamFieldChanges &changes, qint64 revision);
    // Takes the others' changes since m_revision (changesSince) into the store's plan, or
    // straight into the window's when `intoWindow` and it is the store's plan; `pulled`: whether
    // there were any.
    Status pull(bool intoWindow = false, bool *pulled = nullptr);
    // `base` with `rows` (its rows after `changed`), reading back only the parts they touch.
    Result<Plan> planFromRows(const Plan &base, const TeamFields &rows,
                              const TeamFieldChanges &changed) const;
    const TeamFields &storedFields() const;

    std::shared_ptr<TeamStore> m_store;
    QString m_planName;
    QString m_role;
    qint64 m_planId = 0;
    qint64 m_revision = 0; // the store's revision, as far as this window knows
    // The plan the window was given (open, save, refresh): what its next changes are taken
    // against, and the revision whose others' changes it holds.
    Plan m_base;
    TeamFields m_baseFields;
    qint64 m_seen = 0;
    // The store's plan when it holds changes the window was not given yet (refresh() gives them).
    struct Ahead
    {
        Plan plan;
        TeamFields fields;
    };
    std::optional<Ahead> m_ahead;
    std::map<QString, RowStamp> m_stamps;
    std::optional<Unconfirmed> m_unconfirmed;
    TeamRefusal m_lastRefusal = TeamRefusal::None;
    bool m_unreachable = false;
};

} // namespace cplan
