#include "models/history/SignoffRules.h"

#include <QCoreApplication>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignoffRules)
};

// A scenario without its sign-off: what the lock protects.
bool sameContent(Scenario a, Scenario b)
{
    a.signoff = {};
    b.signoff = {};
    return a == b;
}

} // namespace

std::optional<SignoffAction> signoffActionFromString(const QString &text)
{
    for (auto action : {SignoffAction::Submit, SignoffAction::Approve, SignoffAction::Return,
                        SignoffAction::Lock}) {
        if (toString(action) == text)
            return action;
    }
    return std::nullopt;
}

QString toString(SignoffAction action)
{
    switch (action) {
    case SignoffAction::Submit:
        return QStringLiteral("submit");
    case SignoffAction::Approve:
        return QStringLiteral("approve");
    case SignoffAction::Return:
        return QStringLiteral("return");
    case SignoffAction::Lock:
        return QStringLiteral("lock");
    }
    return {};
}

QString signoffStateText(SignoffState state)
{
    switch (state) {
    case SignoffState::Draft:
        return Tr::tr("Draft");
    case SignoffState::Submitted:
        return Tr::tr("Submitted");
    case SignoffState::Approved:
        return Tr::tr("Approved");
    case SignoffState::Locked:
        return Tr::tr("Locked");
    }
    return {};
}

QString signoffActionText(SignoffAction action, const QString &name)
{
    switch (action) {
    case SignoffAction::Submit:
        return Tr::tr("Submit “%1” for approval").arg(name);
    case SignoffAction::Approve:
        return Tr::tr("Approve “%1”").arg(name);
    case SignoffAction::Return:
        return Tr::tr("Return “%1” to draft").arg(name);
    case SignoffAction::Lock:
        return Tr::tr("Lock “%1”").arg(name);
    }
    return {};
}

Result<Signoff> signoffAfter(const Signoff &current, SignoffAction action, const QString &by,
                             const QString &at, const QString &comment)
{
    const QString from = signoffStateText(current.state);
    const auto refused = [&](const QString &allowedFrom) {
        return Error{Tr::tr("cannot %1 a scenario that is %2 (only one that is %3)")
                         .arg(toString(action), from.toLower(), allowedFrom)};
    };
    Signoff next = current;
    next.by = by;
    next.at = at;
    next.comment = comment;
    switch (action) {
    case SignoffAction::Submit:
        if (current.state != SignoffState::Draft)
            return refused(Tr::tr("a draft"));
        next.state = SignoffState::Submitted;
        break;
    case SignoffAction::Approve:
        if (current.state != SignoffState::Submitted)
            return refused(Tr::tr("submitted"));
        next.state = SignoffState::Approved;
        next.approvedBy = by;
        next.approvedAt = at;
        break;
    case SignoffAction::Return:
        if (current.state != SignoffState::Submitted && current.state != SignoffState::Approved)
            return refused(Tr::tr("submitted or approved"));
        if (comment.trimmed().isEmpty())
            return Error{Tr::tr("a scenario is returned with a comment that says why")};
        next.state = SignoffState::Draft;
        next.approvedBy.clear();
        next.approvedAt.clear();
        break;
    case SignoffAction::Lock:
        if (current.state != SignoffState::Approved)
            return refused(Tr::tr("approved"));
        next.state = SignoffState::Locked;
        break;
    }
    return next;
}

QString lockedScenarioMessage(const Scenario &scenario)
{
    const Signoff &signoff = scenario.signoff;
    const QString copy = Tr::tr("Use “New draft from this scenario” to change a copy.");
    const QString approvedOn = signoff.approvedAt.left(10);
    QString sentence;
    if (signoff.state == SignoffState::Locked && !signoff.approvedBy.isEmpty())
        sentence = Tr::tr("Scenario “%1” is locked (approved by %2 on %3) and cannot be changed.")
                       .arg(scenario.name, signoff.approvedBy, approvedOn);
    else if (signoff.state == SignoffState::Approved && !signoff.approvedBy.isEmpty())
        sentence = Tr::tr("Scenario “%1” was approved by %2 on %3 and cannot be changed.")
                       .arg(scenario.name, signoff.approvedBy, approvedOn);
    else if (signoff.state == SignoffState::Submitted && !signoff.by.isEmpty())
        sentence = Tr::tr("Scenario “%1” was submitted for approval by %2 on %3 and cannot be "
                          "changed until it is approved or returned.")
                       .arg(scenario.name, signoff.by, signoff.at.left(10));
    else
        sentence = Tr::tr("Scenario “%1” is %2 and cannot be changed.")
                       .arg(scenario.name, signoffStateText(signoff.state).toLower());
    return sentence + QLatin1Char(' ') + copy;
}

Status checkSignoffLocks(const Plan &before, const Plan &after)
{
    for (const Scenario &scenario : before.scenarios) {
        if (scenario.signoff.isDraft())
            continue;
        const int index = after.scenarioIndex(scenario.name);
        if (index < 0 || !sameContent(scenario, after.scenarios[std::size_t(index)]))
            return Error{lockedScenarioMessage(scenario)};
    }
    return success();
}

} // namespace cplan
