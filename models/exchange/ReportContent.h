#pragma once

// The PDF board report as data: which pages, which tables and which key figures, all taken
// from an ExportWorkbook so the report shows exactly the numbers of the XLSX and CSV exports.
// The renderer in ui/report only draws this (and the charts).

#include "models/exchange/ExportWorkbook.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cplan {

// One line of the key figures: "Customer acquisition cost  ¥1,010.35  target <= ¥1,200  met".
struct ReportKeyFigure
{
    QString label;
    QString value;
    QString target;          // empty: the figure has no target
    std::optional<bool> met; // null: no target
};

enum class ReportPageKind
{
    Title,      // plan, scenario, dates, key figures against targets
    Dashboard,  // the Overview charts of the scenario
    Comparison, // scenario comparison chart and table
    Milestones, // timeline chart, status and checks
    Actuals,    // actuals against plan chart, flagged months
    MonteCarlo, // only when a Monte Carlo run is given
    Tornado,    // only when a sensitivity run is given
    Changes     // the appendix: the history since the last approved version (ExportChanges.h)
};

// A table as the report shows it: some columns of a workbook table.
struct ReportTable
{
    QString tableId;
    std::vector<int> columns; // empty = all
    bool highlightFlagged = false;
};

struct ReportPage
{
    ReportPageKind kind = ReportPageKind::Title;
    QString heading;
    QString note; // a sentence under the heading
    std::vector<ReportTable> tables;
};

struct ReportContent
{
    QString title;
    QString titleZh;
    QString scenario;
    QString currency;
    QDate printedOn;
    QDate statusDate;
    QString approval; // which scenario is approved, by whom and when (MODEL.md §10)
    std::vector<ReportKeyFigure> keyFigures;
    std::vector<ReportPage> pages;
    ExportWorkbook workbook;
};

struct ReportOptions
{
    bool monteCarlo = false; // a Monte Carlo result will be drawn
    bool tornado = false;    // a sensitivity result will be drawn
};

ReportContent buildReportContent(ExportWorkbook workbook, QDate printedOn,
                                 const ReportOptions &options = {});

// A cell as the report prints it: money with the currency ("¥1,234" for CNY, "USD 1,234"),
// counts with thousands separators, percent with one decimal, "—" for an undefined value.
QString reportCellText(const ExportCell &cell, const QString &currency);

} // namespace cplan
