#pragma once

// The embedded sample plan in the user's language. The sample is an English plan with a Chinese
// title (name_zh); resources/sample/brokerage-2025.zh_CN.json holds Chinese names for its
// channels, groups, stages, categories, targets, milestones and scenarios. When the interface
// is Chinese, "New from sample" opens the sample with those names, renamed the way the user's
// own renames work (actuals and the baseline follow), so every page speaks Chinese. The numbers
// are the same as the English sample's to the last bit.

#include "models/domain/Plan.h"

#include <QLocale>

namespace cplan {

// samplePlan() with Chinese names when `locale` is Chinese, else samplePlan() unchanged.
Plan localisedSamplePlan(const QLocale &locale = QLocale());

// blankPlan() with its names in the interface's language, through the loaded translation
// (issue 22 D.14: File ▸ New in Chinese gives 未命名计划, 基准, 营销, 渠道 1, 线索, 客户).
Plan localisedBlankPlan();

// Applies the names of the zh_CN table to `plan` (the sample or a copy of it); names the table
// does not know are left alone.
void applyChineseSampleNames(Plan &plan);

} // namespace cplan
