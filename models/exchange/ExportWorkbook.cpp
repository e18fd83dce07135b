#include "models/exchange/ExportWorkbook.h"

#include "models/exchange/ExportTablesParts.h"

namespace cplan {

const ExportTable *ExportWorkbook::table(const QString &id) const
{
    for (const ExportTable &candidate : tables) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

QStringList exportTableIds()
{
    return {QStringLiteral("summary"), QStringLiteral("targets"),    QStringLiteral("channels"),
            QStringLiteral("monthly"), QStringLiteral("comparison"), QStringLiteral("milestones"),
            QStringLiteral("checks"),  QStringLiteral("actuals"),    QStringLiteral("reforecast")};
}

Result<ExportWorkbook> buildExportWorkbook(const Plan &plan, const QString &scenarioName,
                                           QDate today)
{
    using exportparts::tr;
    if (plan.scenarios.empty())
        return Error{tr("scenarios: the plan has no scenario to export")};
    const int index = scenarioName.isEmpty() ? 0 : plan.scenarioIndex(scenarioName);
    if (index < 0)
        return Error{tr("--scenario: no scenario named \"%1\"").arg(scenarioName)};
    const Scenario &scenario = plan.scenarios[std::size_t(index)];

    std::vector<Projection> projections;
    for (const Scenario &each : plan.scenarios)
        projections.push_back(project(plan, each));
    const Projection &projection = projections[std::size_t(index)];
    const auto comparison = compareScenarios(plan);
    if (!comparison)
        return Error{comparison.error()};
    const QDate statusDate = effectiveStatusDate(plan, {}, today);
    const MilestoneReport milestones = evaluateMilestones(plan, scenario, projection, statusDate);
    const VarianceReport variance = computeVariance(plan, scenario, projection);
    const exportparts::ExportInputs inputs{plan,        scenario,   projections, projection,
                                           *comparison, milestones, variance};

    ExportWorkbook workbook;
    workbook.planName = plan.name;
    workbook.planNameZh = plan.nameZh;
    workbook.currency = plan.currency;
    workbook.scenario = scenario.name;
    workbook.statusDate = statusDate;
    workbook.titleLines = {{tr("Plan"), plan.name}};
    if (!plan.nameZh.isEmpty())
        workbook.titleLines.push_back({tr("Chinese title"), plan.nameZh});
    workbook.titleLines.push_back({tr("Currency"), plan.currency});
    workbook.titleLines.push_back(
        {tr("Horizon"), tr("%1 months from %2").arg(plan.months).arg(plan.start)});
    workbook.titleLines.push_back({tr("Scenario"), scenario.name});
    workbook.titleLines.push_back({tr("Status date"), statusDate.toString(Qt::ISODate)});

    workbook.tables = {exportparts::summaryTable(inputs),    exportparts::targetsTable(inputs),
                       exportparts::channelsTable(inputs),   exportparts::monthlyTable(inputs),
                       exportparts::comparisonTable(inputs), exportparts::milestonesTable(inputs),
                       exportparts::checksTable(inputs),     exportparts::actualsTable(inputs),
                       exportparts::reforecastTable(inputs)};
    return workbook;
}

} // namespace cplan
