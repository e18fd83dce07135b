#pragma once

// The difference between two plans, as the undo history keeps it: only the parts an edit
// changed, each with its value before and after. A budget edit keeps two numbers, a driver edit
// one channel's drivers twice, a new actual row that row - not two copies of a plan that may
// hold 200 channels x 5 scenarios and 12,000 actual rows (docs/benchmarks.md, "Interactive").

#include "models/domain/Plan.h"

#include <functional>
#include <vector>

namespace cplan {

class PlanPatch
{
public:
    PlanPatch() = default;
    // What turns `before` into `after`.
    static PlanPatch between(const Plan &before, const Plan &after);

    bool isEmpty() const { return m_pieces.empty(); }
    // `plan` must be the patch's `before` (forward) or `after` (backward).
    void applyForward(Plan &plan) const;
    void applyBackward(Plan &plan) const;

    // One changed part: sets its place in the plan to the value after (forward) or before.
    using Piece = std::function<void(Plan &plan, bool forward)>;

private:
    std::vector<Piece> m_pieces; // in plan order; applied forward in order, backward reversed
};

} // namespace cplan
