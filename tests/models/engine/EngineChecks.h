#pragma once

// "No NaN or infinity ever reaches output": every number an engine result holds is finite.

#include "models/engine/Milestones.h"
#include "models/engine/Projection.h"
#include "models/engine/Variance.h"

#include <cmath>

namespace cplan::test {

inline bool finite(double value)
{
    return std::isfinite(value);
}

inline bool finite(const std::optional<double> &value)
{
    return !value || std::isfinite(*value);
}

inline bool allFinite(const Totals &totals)
{
    bool ok = finite(totals.budget) && finite(totals.channelSpend) && finite(totals.overhead) &&
              finite(totals.reserve) && finite(totals.leads) && finite(totals.customers) &&
              finite(totals.costPerLead) && finite(totals.cac) && finite(totals.cacLoaded) &&
              finite(totals.conversion) && finite(totals.ltv) && finite(totals.value) &&
              finite(totals.roi) && finite(totals.roiLoaded) && finite(totals.returnRatio) &&
              finite(totals.ltvCac);
    for (double volume : totals.stageVolumes)
        ok = ok && finite(volume);
    for (const auto &cost : totals.costPerStage)
        ok = ok && finite(cost);
    return ok;
}

inline bool allFinite(const Projection &projection)
{
    bool ok = allFinite(projection.totals) && projection.spend.allFinite() &&
              projection.cumulativeSpend.allFinite() && projection.cumulativeMargin.allFinite();
    for (const auto &stage : projection.volumes)
        ok = ok && stage.allFinite();
    for (const auto &channel : projection.channels) {
        ok = ok && finite(channel.spend) && finite(channel.leads) && finite(channel.customers) &&
             finite(channel.cac) && finite(channel.ltv) && finite(channel.value) &&
             finite(channel.roi) && finite(channel.returnRatio) && finite(channel.ltvCac);
        for (double volume : channel.stageVolumes)
            ok = ok && finite(volume);
    }
    for (const auto &target : projection.targets)
        ok = ok && finite(target.projected);
    return ok;
}

inline bool allFinite(const MilestoneReport &report)
{
    bool ok = true;
    for (const auto &milestone : report.milestones) {
        for (const auto &check : milestone.checks)
            ok = ok && finite(check.projected) && finite(check.target);
    }
    return ok;
}

inline bool allFinite(const VarianceReport &report)
{
    bool ok = allFinite(report.reforecast) && report.reforecastCumulativeSpend.allFinite() &&
              report.reforecastCumulativeMargin.allFinite();
    for (const auto &row : report.rows) {
        ok = ok && finite(row.plannedSpend) && finite(row.actualSpend) && finite(row.spendVariance);
        for (const auto &stage : row.stages)
            ok = ok && finite(stage.planned) && finite(stage.actual) && finite(stage.variance);
    }
    for (const auto &channel : report.byChannel)
        ok = ok && finite(channel.spendVariance) && finite(channel.plannedCost) &&
             finite(channel.actualCost);
    for (const auto &month : report.byMonth)
        ok = ok && finite(month.spendVariance);
    return ok;
}

} // namespace cplan::test
