#pragma once

// Milestones that gate channels' spend (MODEL.md §6 "Gates").
//
// A gated channel's planned start is the plan month of the milestone's `planned` date. When the
// milestone's reference date falls in a later month, the channel's (normalised) weights of the
// months from the planned start up to, not including, the reference month move, month by month
// in order, k months later (k = the slip in months) so they start at the reference month;
// weights that would leave the horizon are lost. A channel gated by several milestones takes
// their shifts one after another, in plan order.

#include "models/domain/Plan.h"

#include <Eigen/Core>
#include <QDate>
#include <QString>

#include <vector>

namespace cplan {

struct ScenarioInputs;

// One gate of one milestone that slipped into a later month.
struct GateSlip
{
    int milestone = -1;   // index into Plan::milestones
    int channel = -1;     // index into Plan::channels
    int plannedMonth = 0; // plan month of `planned` (may lie outside the horizon)
    int referenceMonth = 0;
};

// Every gate whose milestone's reference month (statusDate as in milestoneReferenceDate) is
// later than its planned month, in plan order (milestone, then gate). Gates naming no channel,
// and milestones without a valid planned date, are skipped (the validator reports them).
std::vector<GateSlip> gateSlips(const Plan &plan, QDate statusDate);

// Moves the weights of `row` (one channel's phasing over the horizon) from months
// [plannedMonth, referenceMonth) to k = referenceMonth − plannedMonth months later; returns the
// weight that left the horizon. Nothing moves when referenceMonth <= plannedMonth.
double shiftGatedWeights(Eigen::Ref<Eigen::ArrayXd> row, int plannedMonth, int referenceMonth);

// Applies `slips` to the inputs' weights (in order) and adds what left the horizon to
// inputs.lostWeight.
void applyGateSlips(const std::vector<GateSlip> &slips, ScenarioInputs &inputs);

} // namespace cplan
