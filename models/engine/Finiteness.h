#pragma once

// The engine's promise that every figure it returns is a finite number or null (MODEL.md §3:
// a ratio with a zero denominator is null, never NaN). The validator keeps every driver in a
// range where this holds (PlanValidatorParts.h, issue 14 item 7); debug builds assert it.

#include "models/engine/Projection.h"

#include <cmath>
#include <optional>

namespace cplan {

inline bool isFiniteOrNull(const std::optional<double> &value)
{
    return !value || std::isfinite(*value);
}

inline bool totalsAreFinite(const Totals &totals)
{
    for (double value : {totals.budget, totals.channelSpend, totals.overhead, totals.reserve,
                         totals.leads, totals.customers, totals.value}) {
        if (!std::isfinite(value))
            return false;
    }
    for (double volume : totals.stageVolumes) {
        if (!std::isfinite(volume))
            return false;
    }
    for (const auto &cost : totals.costPerStage) {
        if (!isFiniteOrNull(cost))
            return false;
    }
    for (const auto *ratio :
         {&totals.costPerLead, &totals.cac, &totals.cacLoaded, &totals.conversion, &totals.ltv,
          &totals.roi, &totals.roiLoaded, &totals.returnRatio, &totals.ltvCac}) {
        if (!isFiniteOrNull(*ratio))
            return false;
    }
    return true;
}

} // namespace cplan
