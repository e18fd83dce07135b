#pragma once

// Sign-off states in sentences for people (MODEL.md §10): the Scenarios page's column, the
// board report's statement of which scenario is approved, and the exports' title lines.

#include "models/domain/Plan.h"

#include <QString>

namespace cplan {

// "Draft", "Draft (returned by Li Wei: too much on search)", "Submitted by Li Wei on
// 2026-12-07", "Approved by Li Wei on 2026-12-07", "Locked (approved by Li Wei on 2026-12-07)".
QString signoffSummary(const Signoff &signoff);

// Which scenarios are approved or locked, by whom and when: "“Plan A” approved by Li Wei on
// 2026-12-07" (several joined by "; "), or "No scenario is approved yet".
QString approvalStatement(const Plan &plan);

} // namespace cplan
