#pragma once

// Internal to the exchange layer: the engine results one export is built from, and one
// function per table (ExportTablesScenario.cpp, ExportTablesStatus.cpp).

#include "models/domain/Plan.h"
#include "models/engine/ComparisonReport.h"
#include "models/engine/DelayCost.h"
#include "models/engine/Milestones.h"
#include "models/engine/Projection.h"
#include "models/engine/Variance.h"
#include "models/exchange/ExportTable.h"

#include <QCoreApplication>

#include <vector>

namespace cplan::exportparts {

struct ExportInputs
{
    const Plan &plan;
    const Scenario &scenario;
    const std::vector<Projection> &projections; // one per plan scenario
    const Projection &projection;               // the chosen scenario's
    const ComparisonReport &comparison;
    const MilestoneReport &milestones;
    const VarianceReport &variance;
    const DelayCostReport &delays; // MODEL.md §6 "Gates"
};

struct ExportWorkbookTr
{
    Q_DECLARE_TR_FUNCTIONS(ExportWorkbook)
};

// "cac", "stage_volumes.1": the metric id of a total.
inline QString metricId(const TotalField &field)
{
    return field.stage < 0 ? field.key
                           : field.key + QLatin1Char('.') + QString::number(field.stage);
}

inline ExportCell text(const QString &value)
{
    return ExportCell::ofText(value);
}
inline ExportCell number(std::optional<double> value, CellFormat format)
{
    return ExportCell::ofNumber(value, format);
}
inline ExportCell yesNo(bool value)
{
    return text(value ? ExportWorkbookTr::tr("yes") : ExportWorkbookTr::tr("no"));
}
inline ExportCell flag(bool value)
{
    return text(value ? ExportWorkbookTr::tr("flagged") : QString());
}

ExportTable summaryTable(const ExportInputs &inputs);
ExportTable targetsTable(const ExportInputs &inputs);
ExportTable channelsTable(const ExportInputs &inputs);
ExportTable monthlyTable(const ExportInputs &inputs);
ExportTable comparisonTable(const ExportInputs &inputs);
ExportTable milestonesTable(const ExportInputs &inputs);
ExportTable checksTable(const ExportInputs &inputs);
// The cost of each slipped gate; only in a workbook whose plan has one (MODEL.md §6 "Gates").
ExportTable delaysTable(const ExportInputs &inputs);
ExportTable actualsTable(const ExportInputs &inputs);
// The past months calibration fits drivers to; only in a workbook whose plan has them (MODEL.md
// §5.6).
ExportTable pastActualsTable(const ExportInputs &inputs);
ExportTable reforecastTable(const ExportInputs &inputs);

} // namespace cplan::exportparts
