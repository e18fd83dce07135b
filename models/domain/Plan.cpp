#include "models/domain/Plan.h"

#include <algorithm>

namespace cplan {

namespace {

template <typename Items, typename Key>
int indexOf(const Items &items, const QString &wanted, Key key)
{
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (key(items[i]) == wanted)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace

int Plan::channelIndex(const QString &channelName) const
{
    return indexOf(channels, channelName, [](const Channel &c) { return c.name; });
}

int Plan::categoryIndex(const QString &categoryName) const
{
    return indexOf(categories, categoryName, [](const Category &c) { return c.name; });
}

int Plan::scenarioIndex(const QString &scenarioName) const
{
    return indexOf(scenarios, scenarioName, [](const Scenario &s) { return s.name; });
}

int Plan::baselineScenarioIndex() const
{
    const int named = scenarioIndex(baselineScenario);
    if (named >= 0)
        return named;
    // The most recently approved: ISO 8601 UTC times compare as text; a tie keeps the first.
    int approved = -1;
    for (int i = 0; i < int(scenarios.size()); ++i) {
        const Signoff &signoff = scenarios[std::size_t(i)].signoff;
        if (signoff.state != SignoffState::Approved && signoff.state != SignoffState::Locked)
            continue;
        if (approved < 0 ||
            signoff.approvedAt > scenarios[std::size_t(approved)].signoff.approvedAt)
            approved = i;
    }
    return std::max(approved, 0);
}

int Plan::milestoneIndex(const QString &milestoneId) const
{
    return indexOf(milestones, milestoneId, [](const Milestone &m) { return m.id; });
}

QString toString(CategoryKind kind)
{
    switch (kind) {
    case CategoryKind::Channel:
        return QStringLiteral("channel");
    case CategoryKind::Overhead:
        return QStringLiteral("overhead");
    case CategoryKind::Reserve:
        return QStringLiteral("reserve");
    }
    return {};
}

std::optional<CategoryKind> categoryKindFromString(const QString &text)
{
    for (auto kind : {CategoryKind::Channel, CategoryKind::Overhead, CategoryKind::Reserve}) {
        if (toString(kind) == text)
            return kind;
    }
    return std::nullopt;
}

QString toString(SignoffState state)
{
    switch (state) {
    case SignoffState::Draft:
        return QStringLiteral("draft");
    case SignoffState::Submitted:
        return QStringLiteral("submitted");
    case SignoffState::Approved:
        return QStringLiteral("approved");
    case SignoffState::Locked:
        return QStringLiteral("locked");
    }
    return {};
}

std::optional<SignoffState> signoffStateFromString(const QString &text)
{
    for (auto state : {SignoffState::Draft, SignoffState::Submitted, SignoffState::Approved,
                       SignoffState::Locked}) {
        if (toString(state) == text)
            return state;
    }
    return std::nullopt;
}

QString toString(PersonRole role)
{
    switch (role) {
    case PersonRole::Director:
        return QStringLiteral("director");
    case PersonRole::Finance:
        return QStringLiteral("finance");
    case PersonRole::Pm:
        return QStringLiteral("pm");
    case PersonRole::Viewer:
        return QStringLiteral("viewer");
    }
    return {};
}

std::optional<PersonRole> personRoleFromString(const QString &text)
{
    for (auto role :
         {PersonRole::Director, PersonRole::Finance, PersonRole::Pm, PersonRole::Viewer}) {
        if (toString(role) == text)
            return role;
    }
    return std::nullopt;
}

QString toString(Comparison op)
{
    return op == Comparison::LessOrEqual ? QStringLiteral("<=") : QStringLiteral(">=");
}

std::optional<Comparison> comparisonFromString(const QString &text)
{
    if (text == QLatin1String("<="))
        return Comparison::LessOrEqual;
    if (text == QLatin1String(">="))
        return Comparison::GreaterOrEqual;
    return std::nullopt;
}

QString toString(MilestoneStatus status)
{
    switch (status) {
    case MilestoneStatus::Planned:
        return QStringLiteral("planned");
    case MilestoneStatus::InProgress:
        return QStringLiteral("in_progress");
    case MilestoneStatus::Done:
        return QStringLiteral("done");
    case MilestoneStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<MilestoneStatus> milestoneStatusFromString(const QString &text)
{
    for (auto status : {MilestoneStatus::Planned, MilestoneStatus::InProgress,
                        MilestoneStatus::Done, MilestoneStatus::Cancelled}) {
        if (toString(status) == text)
            return status;
    }
    return std::nullopt;
}

Plan blankPlan()
{
    Plan plan;
    plan.name = QStringLiteral("Untitled plan");
    plan.currency = QStringLiteral("CNY");
    plan.start = QStringLiteral("2026-01");
    plan.months = 12;
    plan.stages = {QStringLiteral("Leads"), QStringLiteral("Customers")};
    plan.categories = {{QStringLiteral("Marketing"), CategoryKind::Channel}};
    plan.channels = {{QStringLiteral("Channel 1"), {}}};

    Scenario scenario;
    scenario.name = QStringLiteral("Base");
    scenario.budget = 1000000.0;
    scenario.categoryShares = {1.0};
    ChannelDrivers drivers;
    drivers.share = 1.0;
    drivers.cpl = 50.0;
    drivers.conversion = {0.1};
    drivers.arpuMonthly = 100.0;
    drivers.margin = 0.5;
    drivers.retentionMonthly = 0.9;
    scenario.channels = {drivers};
    plan.scenarios = {scenario};
    return plan;
}

} // namespace cplan
