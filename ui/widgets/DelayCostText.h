#pragma once

// How the Milestones page, its timeline and the Alerts dock write the cost of a slipped gate
// (MODEL.md §6 "Gates"): "−1,240 customers, CAC +CNY 6.00", and what left the horizon.

#include "models/engine/DelayCost.h"

#include <QString>

namespace cplan {

// "−1,240 customers, CAC +CNY 6.00" (+ ", CNY 1,250,000 not spent" when money left the
// horizon); "no cost: still within its planned month" when the slip moved nothing.
QString delayCostSummary(const DelayCost &cost, const QString &currency);

// The alert: "M2 9 days late: −1,240 customers, CAC +CNY 6.00".
QString delayCostAlert(const DelayCost &cost, const QString &currency);

// The hover lines of the timeline: on time against as forecast, and the spend lost.
QString delayCostDetails(const DelayCost &cost, const QString &currency);

} // namespace cplan
