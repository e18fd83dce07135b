#pragma once

// Deterministic plans of the sizes the interactive benchmarks measure (docs/benchmarks.md,
// "Interactive"): the sample, 50 channels x 36 months x 4 scenarios, 200 x 120 x 5. Every plan
// validates; actual rows cover every channel in the first half of the horizon (spend and the
// first two stages varied around the plan) and a milestone with checks falls every 3 months.

#include "models/domain/Plan.h"

#include <QString>

namespace cplan::bench {

struct PlanSize
{
    QString name; // "sample", "medium", "big"
    int channels = 0;
    int months = 0;
    int scenarios = 0;
};

// The sample plan for "sample", else a generated plan of that size.
Plan benchmarkPlan(const PlanSize &size);

// The three sizes of the table, by name; an unknown name gives the sample.
PlanSize planSize(const QString &name);

} // namespace cplan::bench
