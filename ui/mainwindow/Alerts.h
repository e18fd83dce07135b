#pragma once

// What the Alerts dock lists for the active scenario: validation errors, missed targets,
// flagged variances and channels over benchmark (MODEL.md §7), late or blocked milestones
// (MODEL.md §6). Each alert knows the place to jump to. A pure function of the document, so it
// is tested without widgets.

#include "ui/pages/PlanPlace.h"

#include <QDate>
#include <QString>

#include <vector>

namespace cplan {

class PlanDocument;

struct Alert
{
    enum class Kind
    {
        Validation,
        Target,
        Variance,
        Milestone
    };
    enum class Severity
    {
        Error,
        Warning
    };

    Kind kind = Kind::Validation;
    Severity severity = Severity::Warning;
    QString text;
    PlanPlace place;
};

// `today` is the status date when the plan has none (injected: ARCHITECTURE.md rule 8).
std::vector<Alert> collectAlerts(const PlanDocument &document, QDate today);

QString alertKindName(Alert::Kind kind);
// The heading of a kind's group in the dock: "Errors", "Targets missed", "Milestones",
// "Variance".
QString alertGroupName(Alert::Kind kind);

} // namespace cplan
