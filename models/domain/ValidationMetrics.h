#pragma once

// The metric names a target or a milestone check may use (MODEL.md §4).

#include <QString>

namespace cplan {

enum class MetricUse
{
    Target, // the projection's totals
    Check   // also the cumulative metrics of a milestone check (MODEL.md §4, §6)
};

// Empty when `metric` is valid for a plan with `stageCount` funnel stages; otherwise what is
// wrong with it: `unknown metric "roi2"`.
QString metricProblem(const QString &metric, int stageCount, MetricUse use);

} // namespace cplan
