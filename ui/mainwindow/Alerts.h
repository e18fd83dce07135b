#pragma once

// What the Alerts dock lists for the active scenario: validation errors, missed targets,
// flagged variances and channels over benchmark (MODEL.md §7), late or blocked milestones
// (MODEL.md §6). Each alert knows the place to jump to. A pure function of the document (its
// cached reports, PlanReports.h; today is the document's clock), so it is tested without widgets.

#include "ui/pages/PlanPlace.h"

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

// Variance alerts listed at most (the largest, in file order); one more alert counts the rest.
inline constexpr std::size_t maxVarianceAlerts = 200;

std::vector<Alert> collectAlerts(const PlanDocument &document);

QString alertKindName(Alert::Kind kind);
// The heading of a kind's group in the dock: "Errors", "Targets missed", "Milestones",
// "Variance".
QString alertGroupName(Alert::Kind kind);

} // namespace cplan
