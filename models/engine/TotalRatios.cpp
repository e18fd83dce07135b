#include "models/engine/TotalRatios.h"

#include "models/engine/Projection.h"
#include "models/engine/Ratio.h"

namespace cplan {

void completeTotalRatios(Totals &totals)
{
    // MODEL.md §3.9: cost_per_stage[k] = spend / stage_volumes[k].
    const auto stages = totals.stageVolumes.size();
    totals.costPerStage.resize(stages);
    for (std::size_t k = 0; k < stages; ++k)
        totals.costPerStage[k] = safeRatio(totals.channelSpend, totals.stageVolumes[k]);
    if (stages > 0) {
        totals.leads = totals.stageVolumes.front();
        totals.customers = totals.stageVolumes.back();
        totals.costPerLead = totals.costPerStage.front();
        totals.cac = totals.costPerStage.back();
    } else {
        // Only an unvalidated plan has no stages: no leads, no customers.
        totals.leads = 0.0;
        totals.customers = 0.0;
        totals.costPerLead.reset();
        totals.cac.reset();
    }
    totals.cacLoaded = safeRatio(totals.channelSpend + totals.overhead, totals.customers);
    totals.conversion = safeRatio(totals.customers, totals.leads);
    totals.ltv = safeRatio(totals.value, totals.customers);
    totals.roi = safeRatio(totals.value - totals.channelSpend, totals.channelSpend);
    totals.roiLoaded = safeRatio(totals.value - totals.channelSpend - totals.overhead,
                                 totals.channelSpend + totals.overhead);
    totals.returnRatio = safeRatio(totals.value, totals.channelSpend);
    totals.ltvCac = safeRatio(totals.ltv, totals.cac);
}

std::optional<double> stageConversion(const Totals &totals, std::size_t k)
{
    if (k < 1 || k >= totals.stageVolumes.size())
        return std::nullopt;
    return safeRatio(totals.stageVolumes[k], totals.stageVolumes[k - 1]);
}

} // namespace cplan
