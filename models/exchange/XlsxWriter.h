#pragma once

// The XLSX workbook of an export (libxlsxwriter): sheets Summary, Channels, Monthly,
// Comparison, Milestones, Actuals and Re-forecast. Numbers are numbers with number formats
// (money in the plan's currency, percent, thousands separators), header rows are frozen, and
// the Monthly totals are =SUM formulas that also carry their value for readers that do not
// recalculate.

#include "models/domain/Result.h"
#include "models/exchange/ExportWorkbook.h"

#include <QString>

namespace cplan {

// The number format of `format` in Excel's syntax for `currency` ("¥"#,##0 for CNY,
// "USD "#,##0 for others).
QString xlsxNumberFormat(CellFormat format, const QString &currency);

// Writes the workbook to `path` atomically (a temporary file beside it, then renamed).
Status writeXlsx(const ExportWorkbook &workbook, const QString &path);

} // namespace cplan
