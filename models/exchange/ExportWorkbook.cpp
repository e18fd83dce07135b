#include "models/exchange/ExportWorkbook.h"

#include "models/exchange/ExportTablesParts.h"
#include "models/history/SignoffText.h"

#include <algorithm>

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

QString exportTableTitle(const QString &id)
{
    using exportparts::ExportWorkbookTr;
    if (id == QLatin1String("summary"))
        return ExportWorkbookTr::tr("Key figures");
    if (id == QLatin1String("targets"))
        return ExportWorkbookTr::tr("Targets");
    if (id == QLatin1String("channels"))
        return ExportWorkbookTr::tr("Channels");
    if (id == QLatin1String("monthly"))
        return ExportWorkbookTr::tr("Monthly");
    if (id == QLatin1String("comparison"))
        return ExportWorkbookTr::tr("Comparison");
    if (id == QLatin1String("milestones"))
        return ExportWorkbookTr::tr("Milestones");
    if (id == QLatin1String("checks"))
        return ExportWorkbookTr::tr("Milestone checks");
    if (id == QLatin1String("delays"))
        return ExportWorkbookTr::tr("Cost of delay");
    if (id == QLatin1String("actuals"))
        return ExportWorkbookTr::tr("Actuals");
    if (id == QLatin1String("reforecast"))
        return ExportWorkbookTr::tr("Re-forecast");
    if (id == QLatin1String("past_actuals"))
        return ExportWorkbookTr::tr("Past actuals");
    if (id == QLatin1String("changes"))
        return ExportWorkbookTr::tr("Changes");
    return id;
}

Result<ExportWorkbook> buildExportWorkbook(const Plan &plan, const QString &scenarioName,
                                           QDate today)
{
    if (plan.scenarios.empty())
        return Error{
            exportparts::ExportWorkbookTr::tr("scenarios: the plan has no scenario to export")};
    const int index = scenarioName.isEmpty() ? 0 : plan.scenarioIndex(scenarioName);
    if (index < 0)
        return Error{exportparts::ExportWorkbookTr::tr("--scenario: no scenario named \"%1\"")
                         .arg(scenarioName)};
    const Scenario &scenario = plan.scenarios[std::size_t(index)];

    // Gated spend (MODEL.md §6) slips against the status date the milestones use.
    const QDate statusDate = effectiveStatusDate(plan, {}, today);
    std::vector<Projection> projections;
    for (const Scenario &each : plan.scenarios)
        projections.push_back(project(plan, each, prepareScenario(plan, each, statusDate)));
    const Projection &projection = projections[std::size_t(index)];
    const auto comparison = compareScenarios(plan);
    if (!comparison)
        return Error{comparison.error()};
    const MilestoneReport milestones = evaluateMilestones(plan, scenario, projection, statusDate);
    const VarianceReport variance = computeVariance(plan, scenario, projection);
    const DelayCostReport delays = delayCosts(plan, scenario, statusDate);
    const exportparts::ExportInputs inputs{plan,        scenario,   projections, projection,
                                           *comparison, milestones, variance,    delays};

    ExportWorkbook workbook;
    workbook.planName = plan.name;
    workbook.planNameZh = plan.nameZh;
    workbook.currency = plan.currency;
    workbook.scenario = scenario.name;
    workbook.statusDate = statusDate;
    workbook.titleLines = {{exportparts::ExportWorkbookTr::tr("Plan"), plan.name}};
    if (!plan.nameZh.isEmpty())
        workbook.titleLines.push_back(
            {exportparts::ExportWorkbookTr::tr("Chinese title"), plan.nameZh});
    workbook.titleLines.push_back({exportparts::ExportWorkbookTr::tr("Currency"), plan.currency});
    workbook.titleLines.push_back(
        {exportparts::ExportWorkbookTr::tr("Horizon"),
         exportparts::ExportWorkbookTr::tr("%1 months from %2").arg(plan.months).arg(plan.start)});
    workbook.titleLines.push_back({exportparts::ExportWorkbookTr::tr("Scenario"), scenario.name});
    workbook.titleLines.push_back(
        {exportparts::ExportWorkbookTr::tr("Status date"), statusDate.toString(Qt::ISODate)});
    // Which numbers were agreed (MODEL.md §10); a plan nobody signed off keeps its title block.
    workbook.approval = approvalStatement(plan);
    if (std::any_of(plan.scenarios.begin(), plan.scenarios.end(),
                    [](const Scenario &each) { return !each.signoff.isDraft(); }))
        workbook.titleLines.push_back(
            {exportparts::ExportWorkbookTr::tr("Sign-off"), workbook.approval});

    workbook.tables = {exportparts::summaryTable(inputs),    exportparts::targetsTable(inputs),
                       exportparts::channelsTable(inputs),   exportparts::monthlyTable(inputs),
                       exportparts::comparisonTable(inputs), exportparts::milestonesTable(inputs),
                       exportparts::checksTable(inputs),     exportparts::actualsTable(inputs),
                       exportparts::reforecastTable(inputs)};
    // Only a plan with a slipped gate has this table, so other exports keep their sheets.
    if (!delays.milestones.empty())
        workbook.tables.insert(workbook.tables.begin() + 7, exportparts::delaysTable(inputs));
    // Likewise the past months, last, only when the plan keeps some.
    if (!plan.pastActuals.empty())
        workbook.tables.push_back(exportparts::pastActualsTable(inputs));
    return workbook;
}

} // namespace cplan
