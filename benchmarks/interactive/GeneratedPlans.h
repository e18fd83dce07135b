#pragma once

// Deterministic plans of the sizes the interactive benchmarks measure (docs/benchmarks.md,
// "Interactive"): the sample, 50 channels x 36 months x 4 scenarios, 200 x 120 x 5. Every plan
// validates; actual rows cover every channel in the first half of the horizon (spend and the
// first two stages varied around the plan) and a milestone with checks falls every 3 months.
// A size name may carry a seed, "medium:7": the same channels x months x scenarios in another
// shape (stage count, how many months and stages have actuals, milestones per quarter and their
// checks, monthly phasing, groups), drawn from the seed, to find pages slow on other plans.

#include "models/domain/Plan.h"

#include <QString>

namespace cplan::bench {

struct PlanSize
{
    QString name; // "sample", "medium", "big"
    int channels = 0;
    int months = 0;
    int scenarios = 0;
    unsigned seed = 0; // 0: the standard shape above
};

// The sample plan for "sample", else a generated plan of that size.
Plan benchmarkPlan(const PlanSize &size);

// One line describing a seeded shape (empty for seed 0), for the benchmark's output.
QString shapeText(const PlanSize &size);

// The three sizes of the table, by name ("medium", or "medium:SEED" for a seeded shape);
// an unknown name gives the sample.
PlanSize planSize(const QString &name);

} // namespace cplan::bench
