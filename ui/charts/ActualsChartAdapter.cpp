#include "ui/charts/ActualsChartAdapter.h"

#include "models/domain/NumberText.h"
#include "ui/charts/ChartPalette.h"

namespace cplan {

ActualsAgainstPlan actualsAgainstPlan(const Plan &plan, const Projection &projection,
                                      const VarianceReport &report, int channel)
{
    ActualsAgainstPlan result;
    const bool all = channel < 0 || channel >= int(projection.spend.rows());
    result.channel = all ? QString() : plan.channels[std::size_t(channel)].name;
    result.colour = all ? QColor(0x66, 0x6e, 0x7a) : channelColour(channel);
    result.months = NumberText::formatMonths(projection.months); // "2025年3月" in Chinese
    const int months = int(projection.spend.cols());
    result.planned.resize(std::size_t(months));
    result.actual.assign(std::size_t(months), std::nullopt);
    result.variance.assign(std::size_t(months), std::nullopt);
    result.flagged.assign(std::size_t(months), false);
    for (int m = 0; m < months; ++m)
        result.planned[std::size_t(m)] =
            all ? projection.spend.col(m).sum() : projection.spend(channel, m);
    if (all) {
        for (const MonthVariance &month : report.byMonth) {
            const int m = int(projection.months.indexOf(month.month));
            if (m < 0)
                continue;
            result.planned[std::size_t(m)] = month.plannedSpend;
            result.actual[std::size_t(m)] = month.actualSpend;
            result.variance[std::size_t(m)] = month.spendVariance;
            result.flagged[std::size_t(m)] = month.spendFlag;
        }
        return result;
    }
    for (const VarianceRow &row : report.rows) {
        if (row.channelIndex != channel || row.monthIndex < 0 || row.monthIndex >= months)
            continue;
        const std::size_t m = std::size_t(row.monthIndex);
        result.planned[m] = row.plannedSpend;
        result.actual[m] = row.actualSpend;
        result.variance[m] = row.spendVariance;
        result.flagged[m] = row.spendFlag;
    }
    return result;
}

} // namespace cplan
