#pragma once

// Everything an export holds, built once from the engine (Projection, ComparisonReport,
// MilestoneReport, VarianceReport) and written by each format: the plan's title block and the
// tables summary, targets, channels, monthly, comparison, milestones, checks, actuals and
// reforecast.

#include "models/domain/Plan.h"
#include "models/domain/Result.h"
#include "models/exchange/ExportTable.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace cplan {

struct ExportWorkbook
{
    QString planName;
    QString planNameZh;
    QString currency;
    QString scenario; // the chosen scenario (Monthly, Milestones, Actuals, Re-forecast)
    QDate statusDate;
    // Label and value lines above the Summary table ("Currency", "CNY").
    std::vector<std::pair<QString, QString>> titleLines;
    std::vector<ExportTable> tables; // in workbook order
    // Which scenario is approved, by whom and when (MODEL.md §10; approvalStatement()).
    QString approval;

    // The table with `id`, or null.
    const ExportTable *table(const QString &id) const;
};

// The ids of the tables, in workbook order (what --table accepts).
QStringList exportTableIds();
// A table's name for people ("Key figures" for "summary"), in the interface language.
QString exportTableTitle(const QString &id);

// Builds every table for `scenarioName` (empty = the first scenario). `today` is the status
// date when the plan has none (injected so exports never depend on the clock). An unknown
// scenario is a located error.
Result<ExportWorkbook> buildExportWorkbook(const Plan &plan, const QString &scenarioName,
                                           QDate today);

// The one place a metric id of MODEL.md §4 ("cac", "cost_per_stage.1", "stage_volumes.0",
// "spend_cum") becomes the name a reader sees in an export.
QString exportMetricName(const Plan &plan, const QString &metricId);
// How a metric's values are shown (money, count, percent, ...).
CellFormat exportMetricFormat(const QString &metricId);

} // namespace cplan
