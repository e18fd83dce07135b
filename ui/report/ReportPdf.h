#pragma once

// The board report as a PDF file (cplan export --format pdf, File ▸ Export…) or on a printer
// (File ▸ Print…, Print Preview). Needs a QApplication: the charts are widgets.

#include "models/domain/Plan.h"
#include "models/domain/Result.h"
#include "ui/report/ReportCharts.h"

#include <QDate>
#include <QPageSize>
#include <QString>

#include <optional>

class QPagedPaintDevice;
class QPrinter;

namespace cplan {

struct ChangesSince;

// "a4" or "letter" (case-insensitive); nullopt for anything else.
std::optional<QPageSize::PageSizeId> reportPageSizeFromString(const QString &text);

// Writes the report of `scenario` (empty = the first) to `path`, atomically. `today` dates the
// report and is the status date when the plan has none. `changes` (the plan's history since
// the last approved version) adds the appendix "Changes". Returns the number of pages.
Result<int> writeReportPdf(const Plan &plan, const QString &scenario, const QString &path,
                           QPageSize::PageSizeId pageSize, QDate today,
                           const ReportAnalysis &analysis = {},
                           const ChangesSince *changes = nullptr);

// Paints the report on `printer` (its page size is kept). Returns the number of pages.
Result<int> printReport(const Plan &plan, const QString &scenario, QPrinter *printer, QDate today,
                        const ReportAnalysis &analysis = {}, const ChangesSince *changes = nullptr);

} // namespace cplan
