#pragma once

// File ▸ Export…, File ▸ Print… and File ▸ Print Preview. The dialogs are built here and run
// through the DialogProvider seam (so tests drive them without a click); the files are written
// by the exchange layer (XLSX, CSV) and ReportPdf (PDF, printing).

#include "ui/report/ExportDialog.h"
#include "ui/report/ReportCharts.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QPrinter;
class QWidget;

namespace cplan {

class DialogProvider;
class PlanDocument;

class ExportActions : public QObject
{
    Q_OBJECT

public:
    // `analysis` gives the Analysis page's current results (Monte Carlo, tornado) for the report.
    using AnalysisSource = std::function<ReportAnalysis()>;

    ExportActions(PlanDocument *document, DialogProvider *dialogs, AnalysisSource analysis,
                  QWidget *parent);

    // Export…, Print…, Print Preview, in menu order.
    QList<QAction *> actions() const { return {m_export, m_print, m_preview}; }
    QAction *exportAction() const { return m_export; }
    QAction *printAction() const { return m_print; }
    QAction *printPreviewAction() const { return m_preview; }

    // Writes what the Export dialog chose. The error is located and ready to show.
    Status exportTo(ExportDialog::Format format, const QString &scenario, const QString &path,
                    const QString &table = {}, QPageSize::PageSizeId pageSize = QPageSize::A4);

    // The files an export writes: `path`, or for CSV one file per table beside it.
    static QStringList exportPaths(ExportDialog::Format format, const QString &path,
                                   const QString &table);

    void exportPlan();
    void print();
    void printPreview();

signals:
    void messageShown(const QString &message);

private:
    bool checkPrintable();
    void paintOn(QPrinter *printer);

    PlanDocument *m_document;
    DialogProvider *m_dialogs;
    AnalysisSource m_analysis;
    QWidget *m_parent;
    QAction *m_export;
    QAction *m_print;
    QAction *m_preview;
};

} // namespace cplan
