#include "models/history/SignoffText.h"

#include "models/history/SignoffRules.h"

#include <QCoreApplication>
#include <QStringList>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignoffText)
};

// The date of an entry time "2026-12-07T01:02:03Z": readers sign off days, not seconds.
QString day(const QString &at)
{
    return at.left(10);
}

} // namespace

QString signoffSummary(const Signoff &signoff)
{
    switch (signoff.state) {
    case SignoffState::Draft:
        // A returned draft keeps who returned it and why until it is submitted again.
        if (!signoff.comment.isEmpty() && !signoff.by.isEmpty())
            return Tr::tr("Draft (returned by %1: %2)").arg(signoff.by, signoff.comment);
        return signoffStateText(SignoffState::Draft);
    case SignoffState::Submitted:
        return Tr::tr("Submitted by %1 on %2").arg(signoff.by, day(signoff.at));
    case SignoffState::Approved:
        return Tr::tr("Approved by %1 on %2").arg(signoff.approvedBy, day(signoff.approvedAt));
    case SignoffState::Locked:
        return Tr::tr("Locked (approved by %1 on %2)")
            .arg(signoff.approvedBy, day(signoff.approvedAt));
    }
    return {};
}

QString approvalStatement(const Plan &plan)
{
    QStringList approved;
    for (const Scenario &scenario : plan.scenarios) {
        const Signoff &signoff = scenario.signoff;
        if (signoff.state == SignoffState::Approved)
            approved << Tr::tr("“%1” approved by %2 on %3")
                            .arg(scenario.name, signoff.approvedBy, day(signoff.approvedAt));
        else if (signoff.state == SignoffState::Locked)
            approved << Tr::tr("“%1” approved by %2 on %3 and locked")
                            .arg(scenario.name, signoff.approvedBy, day(signoff.approvedAt));
    }
    return approved.isEmpty() ? Tr::tr("No scenario is approved yet")
                              : approved.join(QStringLiteral("; "));
}

} // namespace cplan
