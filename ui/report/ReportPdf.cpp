#include "ui/report/ReportPdf.h"

#include "models/exchange/ExportChanges.h"
#include "models/exchange/ExportFiles.h"
#include "models/exchange/ReportContent.h"
#include "ui/report/ReportPainter.h"

#include <QApplication>
#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QPrinter>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
};

// The report is laid out in pixels of 96 per inch, so widget charts keep their proportions
// (fonts, line widths) on paper.
constexpr int reportResolution = 96;

Result<int> paintReport(const Plan &plan, const QString &scenario, QPagedPaintDevice *device,
                        QDate today, const ReportAnalysis &analysis, const ChangesSince *changes)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return Error{Tr::tr("the PDF report needs the application's graphics (QApplication)")};
    auto workbook = buildExportWorkbook(plan, scenario, today);
    if (!workbook)
        return Error{workbook.error()};
    if (changes)
        addChangesTable(workbook.value(), plan, *changes);
    const ReportOptions options{analysis.monteCarlo.has_value(), analysis.sensitivity.has_value()};
    const ReportContent content = buildReportContent(std::move(*workbook), today, options);
    const ReportCharts charts(plan, content.scenario, content.statusDate, analysis);
    ReportPainter painter(content, charts);
    if (!painter.paint(device))
        return Error{Tr::tr("cannot draw the report")};
    return painter.pageCount();
}

} // namespace

std::optional<QPageSize::PageSizeId> reportPageSizeFromString(const QString &text)
{
    if (text.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return QPageSize::A4;
    if (text.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return QPageSize::Letter;
    return std::nullopt;
}

Result<int> writeReportPdf(const Plan &plan, const QString &scenario, const QString &path,
                           QPageSize::PageSizeId pageSize, QDate today,
                           const ReportAnalysis &analysis, const ChangesSince *changes)
{
    // Drawn into memory, then written as one checked, synced, atomic file: QPdfWriter does not
    // report a failed write, so drawing straight into the file let a full disk cut the PDF
    // unnoticed (issue 21, A.6).
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&pdf);
        writer.setResolution(reportResolution);
        writer.setPageSize(QPageSize(pageSize));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(plan.nameZh.isEmpty() ? plan.name
                                              : plan.name + QStringLiteral(" · ") + plan.nameZh);
        writer.setCreator(QStringLiteral("Campaign Planner"));
        const auto painted = paintReport(plan, scenario, &writer, today, analysis, changes);
        if (!painted)
            return Error{QStringLiteral("%1: %2").arg(path, painted.error())};
        pages = *painted;
    }
    pdf.close();
    if (const Status written = writeFileAtomically(path, pdf.data()); !written)
        return Error{written.error()};
    return pages;
}

Result<int> printReport(const Plan &plan, const QString &scenario, QPrinter *printer, QDate today,
                        const ReportAnalysis &analysis, const ChangesSince *changes)
{
    printer->setResolution(reportResolution);
    return paintReport(plan, scenario, printer, today, analysis, changes);
}

} // namespace cplan
