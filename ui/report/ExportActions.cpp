#include "ui/report/ExportActions.h"

#include "models/document/PlanDocument.h"
#include "models/domain/PlanValidator.h"
#include "models/exchange/CsvWriter.h"
#include "models/exchange/ExportChanges.h"
#include "models/exchange/ExportFiles.h"
#include "models/exchange/XlsxWriter.h"
#include "models/storage/PlanIo.h"
#include "ui/mainwindow/DialogProvider.h"
#include "ui/report/ReportPdf.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QWidget>

namespace cplan {

ExportActions::ExportActions(PlanDocument *document, DialogProvider *dialogs,
                             AnalysisSource analysis, QWidget *parent)
    : QObject(parent), m_document(document), m_dialogs(dialogs), m_analysis(std::move(analysis)),
      m_parent(parent), m_export(new QAction(tr("&Export…"), this)),
      m_print(new QAction(tr("&Print…"), this)), m_preview(new QAction(tr("Print Pre&view"), this))
{
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_export->setStatusTip(tr("Write the plan as an Excel workbook, CSV tables, a PDF board "
                              "report or JSON"));
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
    m_print->setStatusTip(tr("Print the board report of the active scenario"));
    m_preview->setObjectName(QStringLiteral("printPreviewAction"));
    m_preview->setIcon(QIcon::fromTheme(QStringLiteral("document-print-preview")));
    m_preview->setStatusTip(tr("Show the board report's pages as they will print"));
    connect(m_export, &QAction::triggered, this, &ExportActions::exportPlan);
    connect(m_print, &QAction::triggered, this, &ExportActions::print);
    connect(m_preview, &QAction::triggered, this, &ExportActions::printPreview);
}

QStringList ExportActions::exportPaths(ExportDialog::Format format, const QString &path,
                                       const QString &table)
{
    if (format == ExportDialog::Format::Csv && !path.isEmpty())
        return csvPaths(path, table);
    return {path};
}

Status ExportActions::exportTo(ExportDialog::Format format, const QString &scenario,
                               const QString &path, const QString &table,
                               QPageSize::PageSizeId pageSize)
{
    for (const QString &target : exportPaths(format, path, table)) {
        if (const Status checked = checkExportTarget(target, m_document->filePath()); !checked)
            return checked;
    }
    const Plan &plan = m_document->plan();
    if (format == ExportDialog::Format::Json)
        return savePlan(plan, path, PlanFormat::Json);
    if (!validatePlan(plan).empty()) {
        return Error{tr("The plan has problems (see the Alerts); fix them before exporting "
                        "its figures.")};
    }
    // The status date when the plan has none: the document's clock, so tests can fix it.
    const QDate today = m_document->today();
    // The history since the last approved version: the XLSX sheet and the PDF appendix
    // "Changes" (MODEL.md §10). The CSV tables stay the plan's figures.
    const ChangesSince changes = changesSince(*m_document);
    if (format == ExportDialog::Format::Pdf) {
        const auto pages = writeReportPdf(plan, scenario, path, pageSize, today,
                                          m_analysis ? m_analysis() : ReportAnalysis{}, &changes);
        if (!pages)
            return Error{pages.error()};
        return success();
    }
    auto workbook = buildExportWorkbook(plan, scenario, today);
    if (!workbook)
        return Error{workbook.error()};
    if (format == ExportDialog::Format::Xlsx) {
        addChangesTable(workbook.value(), plan, changes);
        return writeXlsx(*workbook, path);
    }
    return writeCsv(*workbook, path, table);
}

void ExportActions::exportPlan()
{
    QStringList scenarios;
    for (const Scenario &scenario : m_document->plan().scenarios)
        scenarios << scenario.name;
    const QFileInfo file(m_document->filePath());
    const QString stem = m_document->filePath().isEmpty()
                             ? QDir::home().filePath(tr("campaign-plan"))
                             : file.absolutePath() + QLatin1Char('/') + file.completeBaseName();
    ExportDialog dialog(scenarios, m_document->activeScenarioIndex(), stem, m_parent);
    if (m_dialogs->runDialog(dialog) != QDialog::Accepted)
        return;
    // The suggested name is often that of the last export: ask before replacing it, or any of
    // the files a CSV export writes (issue 21, item 13).
    QStringList existing;
    for (const QString &target : exportPaths(dialog.format(), dialog.path(), dialog.table())) {
        const QFileInfo info(target);
        if (info.exists() || info.isSymLink())
            existing << target;
    }
    if (!existing.isEmpty() && !m_dialogs->askReplaceFiles(existing))
        return;
    const Status written = exportTo(dialog.format(), dialog.scenario(), dialog.path(),
                                    dialog.table(), dialog.pageSize());
    if (!written) {
        m_dialogs->showError(tr("Export failed"), written.error());
        return;
    }
    emit messageShown(tr("Exported to %1").arg(QDir::toNativeSeparators(dialog.path())));
}

bool ExportActions::checkPrintable()
{
    if (validatePlan(m_document->plan()).empty())
        return true;
    m_dialogs->showError(tr("Cannot print"),
                         tr("The plan has problems (see the Alerts); fix them before printing "
                            "its report."));
    return false;
}

void ExportActions::paintOn(QPrinter *printer)
{
    const ChangesSince changes = changesSince(*m_document);
    const auto pages =
        printReport(m_document->plan(), m_document->activeScenario().name, printer,
                    m_document->today(), m_analysis ? m_analysis() : ReportAnalysis{}, &changes);
    if (!pages)
        m_dialogs->showError(tr("Print failed"), pages.error());
}

void ExportActions::print()
{
    if (!checkPrintable())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_document->plan().name);
    QPrintDialog dialog(&printer, m_parent);
    if (m_dialogs->runDialog(dialog) != QDialog::Accepted)
        return;
    paintOn(&printer);
}

void ExportActions::printPreview()
{
    if (!checkPrintable())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_document->plan().name);
    QPrintPreviewDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(tr("Print Preview — %1").arg(m_document->plan().name));
    dialog.resize(900, 760);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ExportActions::paintOn);
    m_dialogs->runDialog(dialog);
}

} // namespace cplan
