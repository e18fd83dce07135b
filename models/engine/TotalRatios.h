#pragma once

// The ratios of MODEL.md §3.9 from a scenario's sums, in one place: the projection, the
// re-forecast of §7 and every Monte Carlo trial complete their totals with the same function,
// so a formula cannot drift between them.

#include <cstddef>
#include <optional>

namespace cplan {

struct Totals;

// From totals.channelSpend, overhead, stageVolumes (K, possibly empty) and value, sets leads and
// customers (the first and last stage volume, 0 without stages) and every ratio: costPerStage,
// costPerLead, cac, cacLoaded, conversion, ltv, roi, roiLoaded, returnRatio, ltvCac. A zero
// denominator or a null operand gives a null ratio, never NaN or infinity. In place, so a Monte
// Carlo trial reuses its totals' vectors and allocates nothing.
void completeTotalRatios(Totals &totals);

// stage_conversion.k of MODEL.md §4: stage_volumes[k] / stage_volumes[k−1]; null for k = 0, for
// k ≥ K and for a zero denominator.
std::optional<double> stageConversion(const Totals &totals, std::size_t k);

} // namespace cplan
