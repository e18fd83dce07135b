// The status tables of an export: milestones and their checks (MODEL.md §6), actuals against
// plan and the re-forecast (MODEL.md §7).

#include "models/exchange/ExportTablesParts.h"
#include "models/exchange/ExportWorkbook.h"

#include "models/domain/PlanIndex.h"

namespace cplan::exportparts {

namespace {

QString statusText(MilestoneStatus status)
{
    switch (status) {
    case MilestoneStatus::Planned:
        return ExportWorkbookTr::tr("planned");
    case MilestoneStatus::InProgress:
        return ExportWorkbookTr::tr("in progress");
    case MilestoneStatus::Done:
        return ExportWorkbookTr::tr("done");
    case MilestoneStatus::Cancelled:
        return ExportWorkbookTr::tr("cancelled");
    }
    return {};
}

} // namespace

ExportTable milestonesTable(const ExportInputs &inputs)
{
    ExportTable table =
        makeExportTable(QStringLiteral("milestones"), ExportWorkbookTr::tr("Milestones"),
                        ExportWorkbookTr::tr("Milestones (status date %1)")
                            .arg(inputs.milestones.statusDate.toString(Qt::ISODate)),
                        {ExportWorkbookTr::tr("ID"), ExportWorkbookTr::tr("Name"),
                         ExportWorkbookTr::tr("Phase"), ExportWorkbookTr::tr("Owner"),
                         ExportWorkbookTr::tr("Status"), ExportWorkbookTr::tr("Planned"),
                         ExportWorkbookTr::tr("Reference"), ExportWorkbookTr::tr("Delay (days)"),
                         ExportWorkbookTr::tr("Level"), ExportWorkbookTr::tr("Blocked by")},
                        {6, 50, 18, 18, 12, 12, 12, 12, 8, 12});
    // By hash: a linear lookup per milestone made a 100,000-milestone plan's export take 84 s
    // (issue 21, A.4).
    const PlanIndex planIndex(inputs.plan);
    for (const MilestoneResult &result : inputs.milestones.milestones) {
        const int index = planIndex.milestone(result.id);
        const Milestone *milestone =
            index >= 0 ? &inputs.plan.milestones[std::size_t(index)] : nullptr;
        table.rows.push_back(
            {text(result.id), text(result.name), text(milestone ? milestone->phase : QString()),
             text(milestone ? milestone->owner : QString()),
             text(milestone ? statusText(milestone->status) : QString()), text(result.planned),
             text(result.reference.isValid() ? result.reference.toString(Qt::ISODate) : QString()),
             number(result.delayDays, CellFormat::Integer),
             number(result.level, CellFormat::Integer), text(result.blockedBy.join(u", "))});
    }
    return table;
}

ExportTable checksTable(const ExportInputs &inputs)
{
    ExportTable table = makeExportTable(
        QStringLiteral("checks"), ExportWorkbookTr::tr("Milestones"),
        ExportWorkbookTr::tr("Milestone checks (cumulative to the milestone's month)"),
        {ExportWorkbookTr::tr("Milestone"), ExportWorkbookTr::tr("Metric"),
         ExportWorkbookTr::tr("Goal"), ExportWorkbookTr::tr("Target value"),
         ExportWorkbookTr::tr("Projected"), ExportWorkbookTr::tr("Met")},
        {10, 30, 6, 14, 14, 10});
    for (const MilestoneResult &result : inputs.milestones.milestones) {
        for (const CheckResult &check : result.checks) {
            const CellFormat format = exportMetricFormat(check.metric);
            table.rows.push_back({text(result.id),
                                  text(exportMetricName(inputs.plan, check.metric)),
                                  text(toString(check.op)), number(check.target, format),
                                  number(check.projected, format),
                                  check.met ? yesNo(*check.met)
                                            : text(ExportWorkbookTr::tr("outside the horizon"))});
        }
    }
    return table;
}

ExportTable delaysTable(const ExportInputs &inputs)
{
    ExportTable table = makeExportTable(
        QStringLiteral("delays"), ExportWorkbookTr::tr("Cost of delay"),
        ExportWorkbookTr::tr("Cost of delay, against the same plan with the milestone on time"),
        {ExportWorkbookTr::tr("Milestone"), ExportWorkbookTr::tr("Delay (days)"),
         ExportWorkbookTr::tr("Gated channels"), ExportWorkbookTr::tr("Customers on time"),
         ExportWorkbookTr::tr("Customers as forecast"), ExportWorkbookTr::tr("Customer change"),
         ExportWorkbookTr::tr("Value change"), ExportWorkbookTr::tr("CAC on time"),
         ExportWorkbookTr::tr("CAC as forecast"), ExportWorkbookTr::tr("Spend lost")},
        {10, 12, 30, 14, 14, 14, 16, 12, 12, 14});
    for (const DelayCost &cost : inputs.delays.milestones) {
        table.rows.push_back({text(cost.id), number(cost.delayDays, CellFormat::Integer),
                              text(cost.gates.join(u", ")),
                              number(cost.onTime.customers, CellFormat::Count),
                              number(cost.forecast.customers, CellFormat::Count),
                              number(cost.customersDelta(), CellFormat::Count),
                              number(cost.valueDelta(), CellFormat::Money),
                              number(cost.onTime.cac, CellFormat::MoneyPrecise),
                              number(cost.forecast.cac, CellFormat::MoneyPrecise),
                              number(cost.spendLost, CellFormat::Money)});
    }
    return table;
}

ExportTable actualsTable(const ExportInputs &inputs)
{
    const Plan &plan = inputs.plan;
    ExportTable table = makeExportTable(
        QStringLiteral("actuals"), ExportWorkbookTr::tr("Actuals"),
        ExportWorkbookTr::tr("Actuals against plan: %1 (flag above %2%)")
            .arg(inputs.projection.scenario)
            .arg(plan.varianceThreshold * 100.0),
        {ExportWorkbookTr::tr("Month"), ExportWorkbookTr::tr("Channel"),
         ExportWorkbookTr::tr("Planned spend"), ExportWorkbookTr::tr("Actual spend"),
         ExportWorkbookTr::tr("Spend variance"), ExportWorkbookTr::tr("Spend flag")},
        {10, 30, 14, 14, 12, 10});
    for (const QString &stage : plan.stages) {
        table.columns << ExportWorkbookTr::tr("%1 planned").arg(stage)
                      << ExportWorkbookTr::tr("%1 actual").arg(stage)
                      << ExportWorkbookTr::tr("%1 variance").arg(stage)
                      << ExportWorkbookTr::tr("%1 flag").arg(stage);
    }
    for (const VarianceRow &row : inputs.variance.rows) {
        std::vector<ExportCell> cells{text(row.month),
                                      text(row.channel),
                                      number(row.plannedSpend, CellFormat::Money),
                                      number(row.actualSpend, CellFormat::Money),
                                      number(row.spendVariance, CellFormat::Percent),
                                      flag(row.spendFlag)};
        for (int k = 0; k < plan.stages.size(); ++k) {
            const auto stage = std::find_if(row.stages.begin(), row.stages.end(),
                                            [k](const StageVariance &s) { return s.stage == k; });
            if (stage == row.stages.end()) {
                cells.insert(cells.end(), 4, ExportCell{});
                continue;
            }
            cells.push_back(number(stage->planned, CellFormat::Count));
            cells.push_back(number(stage->actual, CellFormat::Count));
            cells.push_back(number(stage->variance, CellFormat::Percent));
            cells.push_back(flag(stage->flag));
        }
        table.rows.push_back(std::move(cells));
    }
    return table;
}

ExportTable pastActualsTable(const ExportInputs &inputs)
{
    const Plan &plan = inputs.plan;
    ExportTable table =
        makeExportTable(QStringLiteral("past_actuals"), ExportWorkbookTr::tr("Past actuals"),
                        ExportWorkbookTr::tr("Past months (the evidence calibration fits to)"),
                        {ExportWorkbookTr::tr("Month"), ExportWorkbookTr::tr("Channel"),
                         ExportWorkbookTr::tr("Spend")},
                        {10, 30, 14});
    for (const QString &stage : plan.stages)
        table.columns << stage;
    for (const Actual &row : plan.pastActuals) {
        std::vector<ExportCell> cells{text(row.month), text(row.channel),
                                      number(row.spend, CellFormat::Money)};
        for (int k = 0; k < plan.stages.size(); ++k)
            cells.push_back(std::size_t(k) < row.volumes.size()
                                ? number(row.volumes[std::size_t(k)], CellFormat::Count)
                                : ExportCell{});
        table.rows.push_back(std::move(cells));
    }
    return table;
}

ExportTable reforecastTable(const ExportInputs &inputs)
{
    ExportTable table =
        makeExportTable(QStringLiteral("reforecast"), ExportWorkbookTr::tr("Re-forecast"),
                        ExportWorkbookTr::tr("Re-forecast: actuals where measured, plan elsewhere"),
                        {ExportWorkbookTr::tr("Metric"), ExportWorkbookTr::tr("Plan"),
                         ExportWorkbookTr::tr("Re-forecast"), ExportWorkbookTr::tr("Difference")},
                        {40, 16, 16, 16});
    const auto planned = totalFields(inputs.projection.totals);
    const auto blended = totalFields(inputs.variance.reforecast);
    for (std::size_t i = 0; i < planned.size() && i < blended.size(); ++i) {
        const QString id = metricId(planned[i]);
        const CellFormat format = exportMetricFormat(id);
        std::optional<double> difference;
        if (planned[i].value && blended[i].value)
            difference = *blended[i].value - *planned[i].value;
        table.rows.push_back({text(exportMetricName(inputs.plan, id)),
                              number(planned[i].value, format), number(blended[i].value, format),
                              number(difference, differenceFormat(format))});
    }
    return table;
}

} // namespace cplan::exportparts
