#pragma once

// Reading and writing a plan by path, whatever its form: a .cplan (SQLite) or an interchange
// .json file, told apart by content, not by name (MODEL.md §9).

#include "models/domain/Plan.h"
#include "models/domain/Result.h"

#include <QString>

namespace cplan {

enum class PlanFormat
{
    Cplan,
    Json
};

// Loads without validating (so `cplan validate` and the UI can list violations). Errors name the
// file: `x.cplan: not a Campaign Planner file (application id 0x1234)`.
Result<Plan> loadPlan(const QString &path, PlanFormat *format = nullptr);

// Saves as .cplan (atomic, with .bak) or as JSON (atomic too).
Status savePlan(const Plan &plan, const QString &path, PlanFormat format = PlanFormat::Cplan);
// Saves `bytes` (writePlanJson() of `plan`, perhaps with its record) as `path`, atomically and
// under the save lock, after the same checks as savePlan().
Status savePlanJsonBytes(const Plan &plan, const QByteArray &bytes, const QString &path);

} // namespace cplan
