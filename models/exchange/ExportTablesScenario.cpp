// The scenario tables of an export: summary, targets, channels, monthly, comparison
// (MODEL.md §3, §4, §5.1).

#include "models/engine/Variance.h"
#include "models/exchange/ExportTablesParts.h"
#include "models/exchange/ExportWorkbook.h"

namespace cplan::exportparts {

ExportTable summaryTable(const ExportInputs &inputs)
{
    ExportTable table = makeExportTable(QStringLiteral("summary"), ExportWorkbookTr::tr("Summary"),
                                        ExportWorkbookTr::tr("Key figures"));
    table.columns << ExportWorkbookTr::tr("Metric");
    for (const Projection &projection : inputs.projections)
        table.columns << projection.scenario;
    const auto fields = totalFields(inputs.projections.front().totals);
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const QString id = metricId(fields[i]);
        std::vector<ExportCell> row{text(exportMetricName(inputs.plan, id))};
        for (const Projection &projection : inputs.projections)
            row.push_back(number(totalFields(projection.totals)[i].value, exportMetricFormat(id)));
        table.rows.push_back(std::move(row));
        table.rowKeys << id;
    }
    table.columnWidths = {34};
    return table;
}

ExportTable targetsTable(const ExportInputs &inputs)
{
    ExportTable table = makeExportTable(QStringLiteral("targets"), ExportWorkbookTr::tr("Summary"),
                                        ExportWorkbookTr::tr("Targets"));
    table.columns << ExportWorkbookTr::tr("Target") << ExportWorkbookTr::tr("Metric")
                  << ExportWorkbookTr::tr("Goal") << ExportWorkbookTr::tr("Target value");
    for (const Projection &projection : inputs.projections)
        table.columns << ExportWorkbookTr::tr("Projected: %1").arg(projection.scenario)
                      << ExportWorkbookTr::tr("Met: %1").arg(projection.scenario);
    for (std::size_t t = 0; t < inputs.plan.targets.size(); ++t) {
        const Target &target = inputs.plan.targets[t];
        const CellFormat format = exportMetricFormat(target.metric);
        // A target without a label follows its metric's name, as the Targets table shows it
        // (issue 22 D.16: targets made in the GUI were exported as unlabeled rows).
        const QString metricName = exportMetricName(inputs.plan, target.metric);
        std::vector<ExportCell> row{text(target.label.isEmpty() ? metricName : target.label),
                                    text(metricName), text(toString(target.op)),
                                    number(target.value, format)};
        for (const Projection &projection : inputs.projections) {
            const TargetStatus &status = projection.targets.at(t);
            row.push_back(number(status.projected, format));
            row.push_back(yesNo(status.met));
        }
        table.rows.push_back(std::move(row));
    }
    table.columnWidths = {34, 30, 6, 14};
    return table;
}

ExportTable channelsTable(const ExportInputs &inputs)
{
    const Plan &plan = inputs.plan;
    ExportTable table =
        makeExportTable(QStringLiteral("channels"), ExportWorkbookTr::tr("Channels"),
                        ExportWorkbookTr::tr("Channels"));
    table.columns << ExportWorkbookTr::tr("Scenario") << ExportWorkbookTr::tr("Channel")
                  << ExportWorkbookTr::tr("Group") << ExportWorkbookTr::tr("Spend");
    for (const QString &stage : plan.stages)
        table.columns << stage;
    table.columns << exportMetricName(plan, QStringLiteral("cac"))
                  << exportMetricName(plan, QStringLiteral("ltv"))
                  << exportMetricName(plan, QStringLiteral("value"))
                  << exportMetricName(plan, QStringLiteral("roi"))
                  << exportMetricName(plan, QStringLiteral("return_ratio"))
                  << exportMetricName(plan, QStringLiteral("ltv_cac"));
    for (const Projection &projection : inputs.projections) {
        for (std::size_t c = 0; c < projection.channels.size(); ++c) {
            const ChannelResult &channel = projection.channels[c];
            std::vector<ExportCell> row{
                text(projection.scenario), text(channel.name),
                text(c < plan.channels.size() ? plan.channels[c].group : QString()),
                number(channel.spend, CellFormat::Money)};
            for (double volume : channel.stageVolumes)
                row.push_back(number(volume, CellFormat::Count));
            row.push_back(number(channel.cac, CellFormat::MoneyPrecise));
            row.push_back(number(channel.ltv, CellFormat::MoneyPrecise));
            row.push_back(number(channel.value, CellFormat::Money));
            row.push_back(number(channel.roi, CellFormat::Percent));
            row.push_back(number(channel.returnRatio, CellFormat::ReturnRatio));
            row.push_back(number(channel.ltvCac, CellFormat::Ratio));
            table.rows.push_back(std::move(row));
        }
    }
    table.columnWidths = {28, 30, 16};
    return table;
}

ExportTable monthlyTable(const ExportInputs &inputs)
{
    const Projection &projection = inputs.projection;
    const auto channelCount = static_cast<int>(projection.channels.size());
    const auto monthCount = static_cast<int>(projection.months.size());
    ExportTable table =
        makeExportTable(QStringLiteral("monthly"), ExportWorkbookTr::tr("Monthly"),
                        ExportWorkbookTr::tr("Monthly: %1").arg(projection.scenario));
    table.columns << ExportWorkbookTr::tr("Measure") << ExportWorkbookTr::tr("Channel")
                  << projection.months << ExportWorkbookTr::tr("Total");

    struct Measure
    {
        QString name;
        const Eigen::ArrayXXd &values;
        CellFormat format;
    };
    const std::vector<Measure> measures = {
        {ExportWorkbookTr::tr("Spend"), projection.spend, CellFormat::Money},
        {inputs.plan.stages.value(0, ExportWorkbookTr::tr("Leads")), projection.volumes.front(),
         CellFormat::Count},
        {inputs.plan.stages.value(inputs.plan.stages.size() - 1, ExportWorkbookTr::tr("Customers")),
         projection.volumes.back(), CellFormat::Count}};
    for (const Measure &measure : measures) {
        for (int c = 0; c < channelCount; ++c) {
            std::vector<ExportCell> row{text(measure.name),
                                        text(projection.channels[std::size_t(c)].name)};
            for (int m = 0; m < monthCount; ++m)
                row.push_back(number(measure.values(c, m), measure.format));
            row.push_back(ExportCell::ofSum(measure.values.row(c).sum(), measure.format,
                                            SumDirection::Left, monthCount));
            table.rows.push_back(std::move(row));
        }
        std::vector<ExportCell> total{text(measure.name), text(ExportWorkbookTr::tr("Total"))};
        for (int m = 0; m < monthCount; ++m) {
            total.push_back(ExportCell::ofSum(measure.values.col(m).sum(), measure.format,
                                              SumDirection::Above, channelCount));
        }
        total.push_back(ExportCell::ofSum(measure.values.sum(), measure.format, SumDirection::Above,
                                          channelCount));
        table.rows.push_back(std::move(total));
    }
    table.columnWidths = {16, 30};
    return table;
}

namespace {

// Each compared scenario's latest estimate of customers (MODEL.md §7: the actual months, then
// its projection) and its difference to the base's.
std::vector<ExportCell> latestEstimateRow(const ExportInputs &inputs,
                                          const ComparisonReport &report,
                                          const ScenarioComparison &base)
{
    const auto estimate = [&inputs](const QString &name) -> std::optional<double> {
        const int index = inputs.plan.scenarioIndex(name);
        if (index < 0 || std::size_t(index) >= inputs.projections.size())
            return std::nullopt;
        const VarianceReport variance =
            computeVariance(inputs.plan, inputs.plan.scenarios[std::size_t(index)],
                            inputs.projections[std::size_t(index)]);
        if (variance.rows.empty())
            return std::nullopt;
        return variance.reforecast.customers;
    };
    const std::optional<double> baseValue = estimate(base.scenario);
    std::vector<ExportCell> row{text(ExportWorkbookTr::tr("Customers (latest estimate)")),
                                number(baseValue, CellFormat::Count)};
    for (const ScenarioComparison &scenario : report.scenarios) {
        if (&scenario == &base)
            continue;
        const std::optional<double> value = estimate(scenario.scenario);
        row.push_back(number(value, CellFormat::Count));
        row.push_back(
            number(value && baseValue ? std::optional<double>(*value - *baseValue) : std::nullopt,
                   CellFormat::Count));
        row.push_back(number(value && baseValue && *baseValue != 0.0
                                 ? std::optional<double>((*value - *baseValue) / *baseValue)
                                 : std::nullopt,
                             CellFormat::Percent));
    }
    return row;
}

} // namespace

ExportTable comparisonTable(const ExportInputs &inputs)
{
    const ComparisonReport &report = inputs.comparison;
    ExportTable table =
        makeExportTable(QStringLiteral("comparison"), ExportWorkbookTr::tr("Comparison"),
                        ExportWorkbookTr::tr("Scenarios against %1").arg(report.base));
    table.columns << ExportWorkbookTr::tr("Metric") << report.base;
    const ScenarioComparison *base = nullptr;
    for (const ScenarioComparison &scenario : report.scenarios) {
        if (scenario.scenario == report.base) {
            base = &scenario;
            continue;
        }
        table.columns << scenario.scenario << ExportWorkbookTr::tr("Δ %1").arg(scenario.scenario)
                      << ExportWorkbookTr::tr("Δ% %1").arg(scenario.scenario);
    }
    if (!base)
        return table;
    for (std::size_t i = 0; i < base->fields.size(); ++i) {
        const QString id = metricId(base->fields[i]);
        const CellFormat format = exportMetricFormat(id);
        std::vector<ExportCell> row{text(exportMetricName(inputs.plan, id)),
                                    number(base->fields[i].value, format)};
        for (const ScenarioComparison &scenario : report.scenarios) {
            if (&scenario == base)
                continue;
            row.push_back(number(scenario.fields[i].value, format));
            row.push_back(number(scenario.delta[i], differenceFormat(format)));
            row.push_back(number(scenario.deltaRelative[i], CellFormat::Percent));
        }
        const bool customers = id == QLatin1String("customers");
        if (customers && !inputs.plan.actuals.empty()) {
            // Where the plan has actuals, the projection is named and each scenario's latest
            // estimate follows it (issue 22 C.11): the re-plan's figure, MODEL.md §7.
            row.front() = text(ExportWorkbookTr::tr("Customers (projection)"));
            table.rows.push_back(std::move(row));
            table.rows.push_back(latestEstimateRow(inputs, report, *base));
            continue;
        }
        table.rows.push_back(std::move(row));
    }
    // Each channel's spend and customers (MODEL.md §5.1).
    for (std::size_t c = 0; c < base->channels.size(); ++c) {
        for (const bool spend : {true, false}) {
            const ChannelComparison &baseChannel = base->channels[c];
            const CellFormat format = spend ? CellFormat::Money : CellFormat::Count;
            std::vector<ExportCell> row{
                text((spend ? ExportWorkbookTr::tr("Spend: %1")
                            : ExportWorkbookTr::tr("Customers: %1"))
                         .arg(baseChannel.channel)),
                number(spend ? baseChannel.spend : baseChannel.customers, format)};
            for (const ScenarioComparison &scenario : report.scenarios) {
                if (&scenario == base)
                    continue;
                const ChannelComparison &channel = scenario.channels[c];
                row.push_back(number(spend ? channel.spend : channel.customers, format));
                row.push_back(number(spend ? channel.spendDelta : channel.customersDelta, format));
                row.push_back(
                    number(spend ? channel.spendDeltaRelative : channel.customersDeltaRelative,
                           CellFormat::Percent));
            }
            table.rows.push_back(std::move(row));
        }
    }
    table.columnWidths = {40};
    return table;
}

} // namespace cplan::exportparts
