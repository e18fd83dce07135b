#pragma once

// The open plan: owns the Plan, its QUndoStack, the file it came from, the recovery store
// (autosave, RecoveryStore.h), and the active scenario's projection and validation result
// (ARCHITECTURE.md rule 4, 5).
//
// Every change of the plan is a QUndoCommand pushed by applyEdit() (the typed edit functions
// below are thin wrappers around it). An edit is applied to a copy, the copy is validated, and
// the edit is REFUSED (Status with the validator's message, plan unchanged, nothing pushed) when
// a violation lies at or below one of the edit's checked paths; violations elsewhere (a share
// sum that is off, reported at the parent list) are allowed and listed by violations().
//
// Signals, in order, for every change (edit, undo, redo, new, open, revert, restore):
// planAboutToChange(change) -> the plan is replaced -> planChanged(change) -> violationsChanged()
// -> projectionChanged(); activeScenarioChanged(index) when the index moved (also after an undo
// that removed the active scenario). Item models reset on a structural change and emit
// dataChanged on a value change.
//
// Nothing here shows a dialog: failures come back as Status/Result with a located message.

#include "models/document/PlanChange.h"
#include "models/document/PlanHome.h"
#include "models/document/RecoveryStore.h"
#include "models/domain/Plan.h"
#include "models/domain/PlanValidator.h"
#include "models/domain/Result.h"
#include "models/history/HistoryEntry.h"
#include "models/history/SignoffRules.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace cplan {

// models/storage/PlanIo.h, where its values are; a scoped enum without a base is an int, so the
// opaque declaration matches the definition and this header need not include the storage layer.
enum class PlanFormat;

struct Projection; // models/engine/Projection.h
class PlanReports; // models/reports/PlanReports.h

// One edit of the plan, as a function of a copy of it.
struct PlanEdit
{
    QString text;                        // the undo step's name: "Set CPL of Search to 48"
    std::function<Status(Plan &)> apply; // changes the copy; an Error refuses the edit
    PlanChange change;                   // what the edit touches (for the item models)
    QStringList checkedPaths;            // validator paths (and below) that must stay clean
    QString mergeKey;                    // non-empty: consecutive edits with the same key
                                         // merge into one undo step (repeated edits of a cell)
    // More checked paths, read off the edited plan (a cell's path may depend on the edit).
    std::function<QStringList(const Plan &)> checkedPathsAfter = {};
};

// The sum of a list of shares (MODEL.md §2: category shares and channel shares sum to 1 ±1e-6).
struct ShareSum
{
    double sum = 0.0;
    bool off = false; // |sum - 1| > 1e-6
};

// The scalar plan settings of MODEL.md §1 (the plan settings editor).
enum class PlanSetting
{
    Name,                     // QString
    NameZh,                   // QString
    Currency,                 // QString, ISO 4217
    Start,                    // QString "YYYY-MM" (a QDate is accepted too)
    Months,                   // int; resizes monthly phasing weights (see PlanTransforms.h)
    ValueHorizonMonths,       // int
    DiscountRateAnnual,       // double
    StatusDate,               // QString "YYYY-MM-DD" or empty (a QDate is accepted too)
    VarianceThreshold,        // double
    MilestoneThresholdFirst,  // int, a of [a, b]
    MilestoneThresholdSecond, // int, b of [a, b]
    BaselineScenario,         // QString, a scenario's name; empty = the first scenario
};

// One driver of a channel in a scenario (MODEL.md §2).
enum class ChannelDriver
{
    Share,
    Cpl,
    SaturationSpend, // a null/empty QVariant = no saturation
    Carryover,
    Conversion, // with a conversion index 0..K-2 (rate from stage k to stage k+1)
    ArpuMonthly,
    Margin,
    RetentionMonthly,
    MinShare,
    MaxShare,
};

class PlanDocument : public QObject
{
    Q_OBJECT

public:
    // Starts with blankPlan(), untitled and unmodified.
    explicit PlanDocument(QObject *parent = nullptr);
    ~PlanDocument() override;

    // ---- Content ----------------------------------------------------------------------------
    const Plan &plan() const { return m_plan; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // The scenario the editors show. Not part of the undo stack; always a valid index.
    int activeScenarioIndex() const { return m_activeScenario; }
    const Scenario &activeScenario() const;
    void setActiveScenarioIndex(int index);

    // validatePlan() of the current plan, recomputed after each change.
    const std::vector<Violation> &violations() const { return m_violations; }
    // The violations whose path is `path` or lies below it (`path.x`, `path[i]`).
    std::vector<Violation> violationsAt(const QString &path) const;

    // The active scenario's projection (MODEL.md §3), recomputed after each change; null when
    // the plan is too broken to project (mismatched vector sizes, bad horizon, zero phasing).
    const Projection *projection() const;
    // Every derived number (projections, variance, milestones, comparison), computed once per
    // change and on first read; pages and docks read these instead of calling the engine.
    const PlanReports &reports() const { return *m_reports; }
    // The projection of any scenario (the active one's is projection()), from the reports;
    // null when that scenario cannot be projected or does not exist.
    const Projection *projectionOf(int scenario) const;
    // The scenario actuals are compared with (MODEL.md §7; Plan::baselineScenarioIndex()) and
    // its projection: the Actuals page and the alerts use it, whichever scenario is active.
    int baselineScenarioIndex() const { return m_plan.baselineScenarioIndex(); }
    const Projection *baselineProjection() const { return projectionOf(baselineScenarioIndex()); }
    // Today's date by the document's clock (setClock): milestone delays without a status date.
    QDate today() const;

    // Share sums of scenario `scenario` (MODEL.md §2). Shown, never silently fixed.
    ShareSum categoryShareSum(int scenario) const;
    ShareSum channelShareSum(int scenario) const;

    // ---- Lifecycle --------------------------------------------------------------------------
    QString filePath() const { return m_filePath; } // empty = untitled
    PlanFormat fileFormat() const { return m_fileFormat; }
    QString displayName() const; // the file name, or tr("Untitled")
    bool isModified() const;

    void newBlank();      // blankPlan(), untitled
    void newFromSample(); // samplePlan(), untitled
    // Replaces the content with `plan` (e.g. an import), untitled, unmodified.
    void resetTo(const Plan &plan);
    // The plan is unchanged but the way it is shown changed (Preferences ▸ number style): every
    // view redraws as after a change of everything. Not an edit: no undo step, not modified.
    void redisplay();
    // Loads `path` (.cplan or JSON by content). On failure the document is untouched.
    Status open(const QString &path);
    // Saves to filePath() in its format. Fails (document stays modified) when untitled or when
    // storage fails; on success the undo stack is marked clean and the recovery file removed.
    Status save();
    // "Replace with mine" after another program or window saved the file: the file's history
    // (with that save) is kept and one entry records this window's plan replacing what the file
    // holds now, field by field, instead of this window's own steps (made on the older plan).
    Status saveOverOtherChanges();
    // Saves to `path`; the format defaults to JSON for a ".json" name, else .cplan.
    Status saveAs(const QString &path, std::optional<PlanFormat> format = std::nullopt);
    // Reloads filePath(), dropping the undo history. On failure the document is untouched.
    Status revert();
    // A clean close: removes this session's recovery file and shows a blank, untitled plan.
    // Call it on File > Close and on quit (after the user chose to save or discard); a session
    // that ends without close() (a crash) leaves its recovery file behind.
    void close();

    // ---- Autosave and recovery --------------------------------------------------------------
    // Default: QStandardPaths::AppDataLocation + "/recovery". Tests inject a temporary folder.
    QString recoveryFolder() const { return m_recovery->folder(); }
    void setRecoveryFolder(const QString &folder);
    // While modified, the plan is written to the recovery file every `interval` (default 60 s).
    std::chrono::milliseconds autosaveInterval() const { return m_recovery->interval(); }
    void setAutosaveInterval(std::chrono::milliseconds interval);
    // The one clock of the document (default QDateTime::currentDateTimeUtc): the time written
    // into the recovery sidecar and today() for milestone delays. Tests inject a fixed one.
    void setClock(std::function<QDateTime()> clock);
    // This session's recovery file (written only while modified).
    QString recoveryFilePath() const;
    // Writes the recovery file now when modified (the timer calls this).
    Status autosaveNow();
    // Recovery files in `folder` left by other sessions, newest first.
    static std::vector<RecoveryEntry> listRecoveries(const QString &folder);
    // listRecoveries(recoveryFolder()) without this session's own file.
    std::vector<RecoveryEntry> recoverableSessions() const;
    // Loads a recovery file: the plan becomes modified, its file path the original path, and the
    // entry becomes this session's recovery file (removed on save or clean close).
    Status restoreRecovery(const RecoveryEntry &entry);
    // Deletes a recovery file and its sidecar (the user declined to restore it).
    static Status discardRecovery(const RecoveryEntry &entry);

    // ---- Edits (each is one undo step; a refused edit returns the reason) ------------------
    Status applyEdit(const PlanEdit &edit);
    // What applyEdit would answer, without applying anything.
    Status checkEdit(const PlanEdit &edit) const;

    Status setSetting(PlanSetting setting, const QVariant &value);

    // Stages (MODEL.md §1): every scenario's conversion vectors and the actual volumes follow.
    Status addStage(int index, const QString &name);
    Status removeStage(int index);
    Status renameStage(int index, const QString &name);
    Status moveStage(int from, int to);

    // Categories: a new category gets share 0 in every scenario.
    Status addCategory(const QString &name, CategoryKind kind);
    Status removeCategory(int index);
    Status renameCategory(int index, const QString &name);
    Status setCategoryKind(int index, CategoryKind kind);
    Status moveCategory(int from, int to);

    // Channels: every scenario's drivers and the actuals' channel names follow. A new channel
    // gets share 0 and otherwise the first channel's drivers in each scenario.
    Status addChannel(const QString &name, const QString &group = {});
    Status removeChannel(int index); // also removes the channel's actual rows
    Status renameChannel(int index, const QString &name);
    Status setChannelGroup(int index, const QString &group);
    Status moveChannel(int from, int to);
    Status setChannelDriver(int scenario, int channel, ChannelDriver driver, const QVariant &value,
                            int conversionIndex = 0);

    // Budget.
    Status setBudget(int scenario, double budget);
    Status setCategoryShare(int scenario, int category, double share);
    // Scales the shares so they sum to 1 (refused when they sum to 0).
    Status normaliseCategoryShares(int scenario);
    Status normaliseChannelShares(int scenario);

    // Phasing: `channel` = -1 for the scenario's own phasing; std::nullopt on a channel removes
    // its override (on the scenario it means even phasing).
    Status setPhasing(int scenario, int channel, const std::optional<Phasing> &phasing);
    // Switches quarterly/monthly/even keeping the distribution where it can (PlanTransforms.h).
    Status setPhasingKind(int scenario, int channel, Phasing::Kind kind);
    Status setPhasingWeight(int scenario, int channel, int weightIndex, double weight);

    // Scenarios. createScenario copies `from` under a unique name and makes the copy active.
    Status createScenario(int from);
    // Adds `scenario` (e.g. an optimised split) under its own name, which must be new, and
    // makes it active. One undo step.
    Status addScenario(const Scenario &scenario);
    Status renameScenario(int index, const QString &name);
    Status removeScenario(int index); // refused for the last scenario
    Status moveScenario(int from, int to);

    // Targets.
    Status addTarget(const Target &target);
    Status removeTarget(int index);
    Status setTarget(int index, const Target &target);

    // Milestones: a changed id is renamed in every depends_on; a removed one is dropped there.
    Status addMilestone(const Milestone &milestone);
    Status removeMilestone(int index);
    Status setMilestone(int index, const Milestone &milestone);

    // Actuals of one month x channel: no spend and no volumes removes the row; otherwise the row
    // is created or replaced (a missing spend is stored as 0).
    Status setActual(const QString &month, const QString &channel, std::optional<double> spend,
                     const std::vector<double> &volumes);

    // ---- History, versions and sign-off (MODEL.md §10) -------------------------------------
    // Every change that reaches the file adds a history entry when it is saved: one per undo
    // step done (an undo of a step not yet saved just drops its entry). The author is
    // setAuthor()'s name (the preferences), else defaultAuthor().
    QString author() const;
    void setAuthor(const QString &name);
    // The reason the next history entry records (cplan set --reason); cleared by the next edit.
    void setNextReason(const QString &reason);
    // Where the plan lives (a file, or later a team store) and the record read from it.
    const PlanHome &home() const;
    // The saved history (chained) and the entries that the next save appends.
    std::vector<HistoryEntry> historyEntries() const;
    const std::vector<HistoryEntry> &pendingEntries() const { return m_pending; }
    // The saved history verified as a chain when the plan was read (an altered entry is named).
    const ChainCheck &chainCheck() const;
    const std::vector<VersionInfo> &versions() const;
    // Stores a named snapshot of the whole plan now (a version name must be new and non-empty).
    // The file is saved at once (it must have a path); an error leaves everything as it was.
    Status saveVersion(const QString &name, const QString &comment);
    // The content of a saved version (read-only viewing and comparing).
    Result<Plan> versionContent(const QString &name) const;
    // Restores a version as one undo step: the whole plan (asScenarios false; refused when it
    // would change a scenario that is not a draft), or its scenarios added as new drafts named
    // "<scenario> (<version>)".
    Status restoreVersion(const QString &name, bool asScenarios);
    // A sign-off transition of scenario `scenario` (one undo step; SignoffRules.h).
    Status signoff(int scenario, SignoffAction action, const QString &comment = {});
    // "New draft from this scenario": a copy as a draft under a new name, made active.
    Status newDraftFrom(int scenario);
    // The people of the plan (advisory in a file, MODEL.md §10).
    Status setPeople(const std::vector<Person> &people);

    // ---- Live homes: the team store (MODEL.md §11, ARCHITECTURE.md rule 15) -----------------
    // Opens the plan of a home that is not a file (a TeamHome). On failure the document is
    // untouched.
    Status openHome(std::unique_ptr<PlanHome> home);
    // home().isLive(): every edit, undo and redo is committed through the home before it shows.
    // A refused one returns the home's message (a stale edit names who changed the field, to
    // what and when) and the window is brought up to the home's plan. When the home cannot be
    // reached the edit is kept here (unsentEdits(), the recovery file) until sendPending().
    bool isLive() const;
    // Live and the last contact with the home worked.
    bool isOnline() const { return isLive() && !m_offline; }
    // Takes the others' changes from the home. My undo steps stay; a change of values only
    // reaches the item models as a value change (dataChanged), so selections and an open
    // editor survive; a change of a list's length or of the months resets them. No undo step.
    Status refreshFromHome();
    // Live edits made while the home could not be reached, not yet sent.
    int unsentEdits() const { return m_unsent; }
    // Sends the edits kept while offline as one edit (once: a resend after an unknown outcome
    // is recognised by the home). Refused or unreachable: they stay kept, and the message says
    // why.
    Status sendPending();
    // The window's Undo and Redo. In a file: QUndoStack's. Live: an inverse edit of my own step
    // (its fields set back), refused, naming who, what and when, if another member changed one
    // of them since.
    Status undo();
    Status redo();

signals:
    void planAboutToChange(const cplan::PlanChange &change);
    void planChanged(const cplan::PlanChange &change);
    void violationsChanged();
    void projectionChanged();
    void activeScenarioChanged(int index);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &filePath); // also means displayName() changed
    // The history of the plan just opened was read and checked as a chain in the background
    // (chainCheck() has the answer; asking before this signal reads it at once instead).
    void historyChecked();
    // The autosave wrote the recovery file (or failed: `error` non-empty).
    void autosaved(const QString &recoveryPath, const QString &error);
    // Live: online/offline or unsentEdits() changed.
    void liveStateChanged();

private:
    friend class PlanSnapshotCommand;
    // The history entry of an undo step done, undone or redone (PlanSnapshotCommand); an undo
    // of a step whose entry is not saved yet drops that entry instead, and the reverse.
    void recordStep(const Plan &before, const Plan &after, const QString &text, const void *command,
                    bool undo);
    // QUndoStack merged `next` into `command`: their entries become one.
    void mergeSteps(const void *command, const void *next, const QString &text);
    // After a save through the home: the entries are written, the stack is clean.
    void afterSave();
    // Reads and checks the opened file's history on a worker thread (historyChecked()).
    void startHistoryCheck();
    // Waits for that read, if it is still running, and takes its result.
    void awaitHistoryCheck() const;
    // Replaces the plan (commands and lifecycle), emitting the change signals.
    void replacePlan(Plan plan, const PlanChange &change);
    void resetDocument(const Plan &plan, const QString &path, PlanFormat format);
    void setFilePath(const QString &path, PlanFormat format);
    void refreshViolations();
    void updateAutosaveTimer();
    void removeOwnRecovery();
    void updateModified();
    Status checkOn(const Plan &edited, const QStringList &paths) const;
    // Live: sends `plan` (the document's plan after a step, an undo or a redo) through the home.
    enum class LiveOutcome
    {
        Sent,    // committed
        Kept,    // the home cannot be reached: kept here, counted in unsentEdits()
        Refused, // the home refused it: `message`
    };
    LiveOutcome commitLive(const Plan &plan, const QString &action, qint64 stepRevision,
                           QString *message);
    // After a step, undo or redo of `command` went through commitLive().
    void afterLiveCommit(LiveOutcome outcome, const void *command);
    Status liveUndoRedo(bool undo);
    void setOffline(bool offline);
    Status applyScenarioEdit(int scenario, const QString &text, PlanChange change,
                             const QStringList &checkedPaths, const QString &mergeKey,
                             const std::function<Status(Scenario &)> &apply);

    Plan m_plan;
    QUndoStack *m_undoStack = nullptr;
    int m_activeScenario = 0;
    std::vector<Violation> m_violations;
    // The edited plan's violations, found by applyEdit's check and used by the replacePlan()
    // the pushed command runs at once: the plan is validated once per edit.
    std::optional<std::vector<Violation>> m_checkedViolations;
    std::unique_ptr<PlanReports> m_reports;
    QString m_filePath;
    PlanFormat m_fileFormat; // PlanFormat::Cplan until a file says otherwise (constructor)
    // A restored recovery is modified although its undo stack is clean.
    bool m_modifiedWithoutHistory = false;
    bool m_lastModified = false;

    RecoveryStore *m_recovery = nullptr; // this session's recovery file and the autosave timer
    std::function<QDateTime()> m_clock;
    // Repeated edits of one cell merge only while they follow each other quickly (a correction
    // typed straight after): the last edit's time by m_clock, and whether no undo or redo came
    // since (a value typed after an undo starts a step of its own).
    QDateTime m_lastEditAt;
    bool m_mayMerge = false;
    quint64 m_mergeRound = 0; // suffix of the merge keys; a new round starts a new step
    quint64 m_generation = 0; // counts plan replacements
    quint64 m_autosavedGeneration = 0;

    // MODEL.md §10: where the plan lives, the entries the next save appends, and for each the
    // undo command it records (so an undo of a step not yet saved drops it).
    std::unique_ptr<PlanHome> m_home;
    std::vector<HistoryEntry> m_pending;
    struct PendingStep
    {
        const void *command = nullptr; // the undo command the entry records
        bool undo = false;             // the entry records its undo
    };
    std::vector<PendingStep> m_pendingSteps; // aligned with m_pending
    QString m_author;
    QString m_nextReason;
    quint64 m_historyGeneration = 0; // a newer open makes an older background read moot
    std::vector<class QThread *> m_historyThreads; // waited for by the destructor
    // The background read of the current plan's history, and where it puts its result: asking
    // for the history before it is done waits for it instead of reading the file again.
    mutable class QThread *m_historyThread = nullptr;
    mutable std::shared_ptr<PlanHome::HistoryLoad> m_historyLoad;

    // Live homes: the home revision each of my undo steps last wrote its fields at (the
    // stepRevision of its undo or redo), the edits kept while the home was unreachable and the
    // steps they belong to.
    std::map<const void *, qint64> m_stepRevisions;
    int m_unsent = 0;
    std::vector<const void *> m_unsentSteps;
    bool m_offline = false;
};

} // namespace cplan
