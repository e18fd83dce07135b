#include "models/engine/ComparisonReport.h"

#include "models/engine/Ratio.h"

#include <QCoreApplication>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonReport)
};

std::optional<double> difference(const std::optional<double> &value,
                                 const std::optional<double> &base)
{
    if (!value || !base)
        return std::nullopt;
    return *value - *base;
}

} // namespace

std::vector<TotalField> totalFields(const Totals &totals)
{
    std::vector<TotalField> fields = {{QStringLiteral("budget"), -1, totals.budget},
                                      {QStringLiteral("channel_spend"), -1, totals.channelSpend},
                                      {QStringLiteral("overhead"), -1, totals.overhead},
                                      {QStringLiteral("reserve"), -1, totals.reserve},
                                      {QStringLiteral("leads"), -1, totals.leads},
                                      {QStringLiteral("customers"), -1, totals.customers}};
    for (std::size_t k = 0; k < totals.stageVolumes.size(); ++k)
        fields.push_back(
            {QStringLiteral("stage_volumes"), static_cast<int>(k), totals.stageVolumes[k]});
    for (std::size_t k = 0; k < totals.costPerStage.size(); ++k)
        fields.push_back(
            {QStringLiteral("cost_per_stage"), static_cast<int>(k), totals.costPerStage[k]});
    const std::optional<double> payback =
        totals.paybackMonth ? std::optional<double>(*totals.paybackMonth) : std::nullopt;
    const std::vector<TotalField> ratios = {
        {QStringLiteral("cost_per_lead"), -1, totals.costPerLead},
        {QStringLiteral("cac"), -1, totals.cac},
        {QStringLiteral("cac_loaded"), -1, totals.cacLoaded},
        {QStringLiteral("conversion"), -1, totals.conversion},
        {QStringLiteral("ltv"), -1, totals.ltv},
        {QStringLiteral("value"), -1, totals.value},
        {QStringLiteral("roi"), -1, totals.roi},
        {QStringLiteral("roi_loaded"), -1, totals.roiLoaded},
        {QStringLiteral("return_ratio"), -1, totals.returnRatio},
        {QStringLiteral("ltv_cac"), -1, totals.ltvCac},
        {QStringLiteral("payback_month"), -1, payback}};
    fields.insert(fields.end(), ratios.begin(), ratios.end());
    return fields;
}

Result<ComparisonReport> compareScenarios(const Plan &plan, const QString &baseName)
{
    if (plan.scenarios.empty())
        return Error{Tr::tr("scenarios: the plan has no scenario to compare")};
    const int baseIndex = baseName.isEmpty() ? 0 : plan.scenarioIndex(baseName);
    if (baseIndex < 0)
        return Error{Tr::tr("--base: no scenario named \"%1\"").arg(baseName)};

    std::vector<Projection> projections;
    projections.reserve(plan.scenarios.size());
    for (const Scenario &scenario : plan.scenarios)
        projections.push_back(project(plan, scenario));
    std::vector<const Projection *> made;
    for (const Projection &projection : projections)
        made.push_back(&projection);
    return compareProjections(plan, made, baseIndex);
}

ComparisonReport compareProjections(const Plan &plan,
                                    const std::vector<const Projection *> &projections,
                                    int baseIndex)
{
    const Projection &base = *projections[static_cast<std::size_t>(baseIndex)];
    const std::vector<TotalField> baseFields = totalFields(base.totals);

    ComparisonReport report;
    report.base = plan.scenarios[static_cast<std::size_t>(baseIndex)].name;
    for (const Projection *made : projections) {
        const Projection &projection = *made;
        ScenarioComparison comparison;
        comparison.scenario = projection.scenario;
        comparison.totals = projection.totals;
        comparison.fields = totalFields(projection.totals);
        for (std::size_t i = 0; i < comparison.fields.size(); ++i) {
            // Same plan, same stages: the fields line up one to one.
            const std::optional<double> baseValue =
                i < baseFields.size() ? baseFields[i].value : std::nullopt;
            const auto delta = difference(comparison.fields[i].value, baseValue);
            comparison.delta.push_back(delta);
            comparison.deltaRelative.push_back(safeRatio(delta, baseValue));
        }
        for (std::size_t c = 0; c < projection.channels.size(); ++c) {
            const ChannelResult &channel = projection.channels[c];
            const ChannelResult &baseChannel = base.channels[c];
            ChannelComparison row;
            row.channel = channel.name;
            row.spend = channel.spend;
            row.customers = channel.customers;
            row.spendDelta = channel.spend - baseChannel.spend;
            row.customersDelta = channel.customers - baseChannel.customers;
            row.spendDeltaRelative = safeRatio(row.spendDelta, baseChannel.spend);
            row.customersDeltaRelative = safeRatio(row.customersDelta, baseChannel.customers);
            comparison.channels.push_back(row);
        }
        report.scenarios.push_back(std::move(comparison));
    }
    return report;
}

} // namespace cplan
