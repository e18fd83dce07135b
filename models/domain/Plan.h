#pragma once

// The plan document's value types (MODEL.md §1, §2, §6, §7).
//
// These are plain values: copyable, comparable, no signals. Text that a user types and the
// validator must be able to report verbatim (months, dates, names) is kept as text; the
// validator (PlanValidator.h) checks it and the engine parses it. Everything that belongs to a
// plan-level list (categories, channels) is stored per scenario in the same order as the plan's
// list, so renaming a channel touches one place and the engine can index by position.

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace cplan {

// Relative half-widths for Monte Carlo draws (MODEL.md §5.3). A missing key = no uncertainty.
struct Uncertainty
{
    std::optional<double> cpl;
    std::optional<double> conversion;
    std::optional<double> arpu;
    std::optional<double> retention;

    bool isEmpty() const { return !cpl && !conversion && !arpu && !retention; }
    bool operator==(const Uncertainty &) const = default;
};

// Phasing weights (MODEL.md §2, §3.2). Even = absent in the file.
struct Phasing
{
    enum class Kind
    {
        Even,
        Quarterly,
        Monthly
    };
    Kind kind = Kind::Even;
    // Quarterly: exactly 4 weights; Monthly: exactly M weights; Even: empty.
    std::vector<double> weights;

    bool operator==(const Phasing &) const = default;
};

// One channel's drivers inside one scenario (MODEL.md §2).
struct ChannelDrivers
{
    double share = 0.0;
    double cpl = 1.0;
    std::optional<double> saturationSpend; // none = no saturation
    double carryover = 0.0;
    std::vector<double> conversion; // K-1 stage-to-stage rates
    double arpuMonthly = 0.0;
    double margin = 0.0;
    double retentionMonthly = 0.0;
    double minShare = 0.0;
    double maxShare = 1.0;
    std::optional<Phasing> phasing; // none = the scenario's phasing
    Uncertainty uncertainty;

    bool operator==(const ChannelDrivers &) const = default;
};

// Where a scenario stands in its sign-off (MODEL.md §10): draft -> submitted -> approved (or
// returned to draft with a comment) -> locked. Only a draft may be edited.
enum class SignoffState
{
    Draft,
    Submitted,
    Approved,
    Locked
};

struct Signoff
{
    SignoffState state = SignoffState::Draft;
    QString by;         // who made the last transition (empty for a draft never submitted)
    QString at;         // when, UTC ISO 8601 ("2026-12-07T01:02:03Z")
    QString comment;    // the last transition's comment (a return's reason)
    QString approvedBy; // kept through lock; empty until approved
    QString approvedAt;

    bool isDraft() const { return state == SignoffState::Draft; }
    bool operator==(const Signoff &) const = default;
};

struct Scenario
{
    QString name;
    double budget = 0.0;
    std::vector<double> categoryShares; // aligned with Plan::categories
    Phasing phasing;
    Uncertainty uncertainty;
    std::vector<ChannelDrivers> channels; // aligned with Plan::channels
    Signoff signoff;

    bool operator==(const Scenario &) const = default;
};

enum class CategoryKind
{
    Channel,
    Overhead,
    Reserve
};

struct Category
{
    QString name;
    CategoryKind kind = CategoryKind::Channel;

    bool operator==(const Category &) const = default;
};

struct Channel
{
    QString name;
    QString group; // empty = no group

    bool operator==(const Channel &) const = default;
};

enum class Comparison
{
    LessOrEqual,
    GreaterOrEqual
};

// A plan target (MODEL.md §4): metric op value, with a label for people.
struct Target
{
    QString metric;
    Comparison op = Comparison::LessOrEqual;
    double value = 0.0;
    QString label;

    bool operator==(const Target &) const = default;
};

// A milestone checkpoint (MODEL.md §6), evaluated cumulative to the milestone's month.
struct Check
{
    QString metric;
    Comparison op = Comparison::GreaterOrEqual;
    double value = 0.0;

    bool operator==(const Check &) const = default;
};

enum class MilestoneStatus
{
    Planned,
    InProgress,
    Done,
    Cancelled
};

struct Milestone
{
    QString id;
    QString name;
    QString phase;
    QString owner;
    QString planned;  // ISO YYYY-MM-DD
    QString forecast; // empty = not set
    QString actual;   // empty = not set
    MilestoneStatus status = MilestoneStatus::Planned;
    QStringList dependsOn;
    std::vector<Check> checks;
    // Channels whose spend waits for this milestone (MODEL.md §6 "Gates"); empty = none.
    QStringList gates;

    bool operator==(const Milestone &) const = default;
};

// One month x channel of measured results (MODEL.md §7).
struct Actual
{
    QString month;   // YYYY-MM
    QString channel; // a plan channel's name
    double spend = 0.0;
    std::vector<double> volumes; // the first stages measured; may be shorter or empty

    bool operator==(const Actual &) const = default;
};

// What a member of the team may do (MODEL.md §10). In a file advisory; a team store enforces it.
enum class PersonRole
{
    Director,
    Finance,
    Pm,
    Viewer
};

struct Person
{
    QString name;
    PersonRole role = PersonRole::Viewer;

    bool operator==(const Person &) const = default;
};

struct Plan
{
    QString name;
    QString nameZh;
    QString currency = QStringLiteral("CNY");
    QString start; // YYYY-MM
    int months = 12;
    int valueHorizonMonths = 36;
    double discountRateAnnual = 0.0;
    QString statusDate; // ISO date; empty = today
    QStringList stages;
    std::vector<Category> categories;
    std::vector<Channel> channels;
    std::vector<Target> targets;
    double varianceThreshold = 0.10;
    std::array<int, 2> milestoneThresholdsDays{3, 7};
    std::vector<Milestone> milestones;
    std::vector<Scenario> scenarios;
    std::vector<Actual> actuals;
    // Months measured before (or during) the plan, the evidence calibration fits drivers to
    // (MODEL.md §5.6): the form and rules of `actuals`, without the horizon rule.
    std::vector<Actual> pastActuals;
    // The scenario actuals are compared with (its name); empty = the most recently approved or
    // locked scenario, else the first (MODEL.md §10).
    QString baselineScenario;
    // The team and their roles (MODEL.md §10); advisory in a file.
    std::vector<Person> people;

    bool operator==(const Plan &) const = default;

    int channelIndex(const QString &channelName) const;
    int categoryIndex(const QString &categoryName) const;
    int scenarioIndex(const QString &scenarioName) const;
    // The index of baselineScenario; when it is empty or names no scenario, the scenario approved
    // most recently (approved or locked, by its approval time), else 0.
    int baselineScenarioIndex() const;
    int milestoneIndex(const QString &milestoneId) const;
};

// Text forms used in the file, the CLI and the UI ("channel", "<=", "in_progress", ...).
QString toString(CategoryKind kind);
std::optional<CategoryKind> categoryKindFromString(const QString &text);
QString toString(Comparison op);
std::optional<Comparison> comparisonFromString(const QString &text);
QString toString(MilestoneStatus status);
std::optional<MilestoneStatus> milestoneStatusFromString(const QString &text);
QString toString(SignoffState state); // "draft", "submitted", "approved", "locked"
std::optional<SignoffState> signoffStateFromString(const QString &text);
QString toString(PersonRole role); // "director", "finance", "pm", "viewer"
std::optional<PersonRole> personRoleFromString(const QString &text);

// A new plan with one channel category, two stages, one channel and one scenario: what
// `cplan new` writes and File > New (blank) shows. It passes validation.
Plan blankPlan();

} // namespace cplan
