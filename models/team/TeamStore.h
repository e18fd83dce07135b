#pragma once

// The team store's plans (MODEL.md §11) over one connection: publish a plan with its record,
// list the plans, read one back with its history and versions, make an edit as one transaction
// carrying the revision it was made on, and manage the store's people (login roles).
//
// The server is the authority (ARCHITECTURE.md rule 15): grants, row-level security and
// triggers decide what a member may change, write the history and keep signed-off scenarios
// as they are. The checks here only turn a refusal into a message that names the field.

#include "models/domain/Plan.h"
#include "models/domain/Result.h"
#include "models/history/HistoryEntry.h"
#include "models/team/PgConnection.h"
#include "models/team/TeamFields.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace cplan {

struct TeamPlanInfo
{
    QString name;
    qint64 revision = 0;
    QString changedAt; // the last history entry (historyTime())
    QString changedBy;
};

struct TeamVersion
{
    QString name;
    QString at;
    QString author;
    QString comment;
    QString contentHash;
    Plan content;
};

struct TeamPlan
{
    qint64 id = 0;
    QString name;
    qint64 revision = 0;
    Plan plan;
};

struct TeamMember
{
    QString login;
    QString role; // director, finance, pm, viewer
};

// Why an edit was not made, besides a message: what `cplan team set` turns into its exit status.
enum class TeamRefusal
{
    None,
    BadInput, // the edit itself (a path, a value, an invalid result, a locked scenario)
    Stale,    // a field it sets changed after the revision it was made on
    NoRight,  // the member's role may not change that part of the plan
    Moved,    // editFields(): the plan moved on since the base revision (merge with edit())
    Failed    // the server or the connection
};

struct TeamEditResult
{
    qint64 revision = 0; // the plan's revision after the edit
    TeamRefusal refusal = TeamRefusal::None;
    QString message;
    // The edit's id (edit(), editFields()) was committed before for this plan: this was a
    // resend, nothing was written, and `revision` is the one that edit made.
    bool alreadyApplied = false;
    bool ok() const { return refusal == TeamRefusal::None; }
};

// What changed in a plan after a revision (changesSince()): the rows as they are now that were
// written after it, the paths removed after it (and not written again), the plan's revision now
// and the history entries after it.
struct TeamChanges
{
    qint64 revision = 0;
    std::vector<TeamField> written;
    std::vector<QString> removed;
    std::vector<HistoryEntry> entries;
};

class TeamStore
{
public:
    // Connects and checks that it is a store of this build's schema.
    static Result<std::unique_ptr<TeamStore>> open(const QString &url);
    // The same with a password typed in a dialog (kept in memory only, never stored; it wins
    // over one in the address). Empty: as open(url).
    static Result<std::unique_ptr<TeamStore>> open(const QString &url, const QString &password);
    explicit TeamStore(std::unique_ptr<PgConnection> connection);

    PgConnection &connection() { return *m_connection; }
    QString address() const { return m_connection->address(); }
    // The database user this store is connected as.
    QString user() const { return m_connection->user(); }
    // False once a statement failed because the connection to the server was lost.
    bool isConnected() const { return m_connection->isConnected(); }
    // One attempt to connect again (same address and password); ok when the server answers and
    // is still a store of this build's schema.
    Status reconnect();

    // The role of the connected user: "director", "finance", "pm", "viewer", "owner" (the
    // store's owner, who publishes and adds people), or empty (none).
    Result<QString> role();

    Result<std::vector<TeamPlanInfo>> plans();
    // Publishes `plan` as `name` with its history (kept as it was) and versions; the store adds
    // one entry "Published to the team store". Needs the store's owner.
    Status publish(const QString &name, const Plan &plan, const std::vector<HistoryEntry> &history,
                   const std::vector<TeamVersion> &versions);
    Result<TeamPlan> load(const QString &name);
    // The plan's history, oldest first (seq from 1; hashes are not kept by the store: a file
    // saved from it chains them anew).
    Result<std::vector<HistoryEntry>> history(qint64 planId);
    Result<std::vector<TeamVersion>> versions(qint64 planId);
    // The number of the plan's last history entry (0: none).
    Result<qint64> historyHead(qint64 planId);

    // One edit: `change` turns the plan as it is now into the plan wanted (or says why not,
    // as a BadInput refusal). With `baseRevision`, refused (Stale) when a field it changes was
    // changed after that revision, naming who, when and to what. One transaction: on any
    // refusal nothing is written. `newVersions` are saved in the same transaction.
    // `editId` (a client-made id, e.g. a QUuid without braces; empty: none): when an edit with
    // this id was committed for this plan before, nothing is written and the result is ok with
    // alreadyApplied and the revision that edit made (a resend after a lost connection).
    TeamEditResult edit(const QString &name,
                        const std::function<Result<Plan>(const Plan &)> &change,
                        std::optional<qint64> baseRevision, const QString &action,
                        const QString &reason, const std::vector<TeamVersion> &newVersions = {},
                        const QString &editId = {});

    // A window's save, fast: `changes` were taken against the plan at `baseRevision` (whose
    // fields are `before`) and already checked by the caller. While the plan is still at that
    // revision they are written without reading the plan back; otherwise the refusal is Moved
    // and nothing is written (the caller merges through edit()). `editId` as for edit() (a
    // resend is recognised before the revision is compared).
    TeamEditResult editFields(const QString &name, const TeamFields &before,
                              const TeamFieldChanges &changes, qint64 baseRevision,
                              const QString &action, const QString &reason,
                              const std::vector<TeamVersion> &newVersions = {},
                              const QString &editId = {});

    // What changed in the plan after `revision` (a window following the others' edits without
    // reading the whole plan), read as one consistent snapshot.
    Result<TeamChanges> changesSince(qint64 planId, qint64 revision);

    Result<std::vector<TeamMember>> people();
    // Makes `login` a login role of the database with the rights of `role`; `password` (may be
    // empty: then IT sets one, or the server authenticates otherwise) is sent only as a SCRAM
    // verifier computed here. Needs the store's owner (and CREATEROLE).
    Status addMember(const QString &login, const QString &role, const QString &password);

private:
    Result<TeamPlan> loadLocked(const QString &name, bool lock);
    TeamEditResult writeChanges(PgConnection::Transaction &transaction, const QString &id,
                                const QString &name, const TeamFields &before,
                                const TeamFieldChanges &changes, const QString &action,
                                const QString &reason, const std::vector<TeamVersion> &newVersions,
                                const QString &editId);
    // The result for a resend when `editId` was committed for plan `id` before (the plan is
    // locked), else nullopt; a failed look-up is a Failed result.
    std::optional<TeamEditResult> appliedBefore(const QString &id, const QString &editId);
    Result<std::vector<HistoryEntry>> historyWhere(qint64 planId, const QString &condition,
                                                   const QStringList &extra);
    QString m_role; // null until asked
    std::unique_ptr<PgConnection> m_connection;
};

// "director" -> true for the four roles of MODEL.md §10.
bool isTeamRole(const QString &role);
// Whether `role` may change a field of part `part` (teamFieldPart()), as the server's
// cplan.may_edit() decides.
bool teamRoleMayEdit(const QString &role, const QString &part);

} // namespace cplan
