#pragma once

// Draws the board report (ReportContent) page by page on a paged device — a QPdfWriter for
// `cplan export --format pdf` and File ▸ Export, a QPrinter for Print and Print Preview. It only
// draws: the pages, tables and key figures come from ReportContent, the charts from
// ReportCharts. Coordinates are report pixels (96 per inch); page numbers "Page n of N".

#include "models/exchange/ReportContent.h"

#include <QFont>
#include <QRectF>

class QPagedPaintDevice;
class QPainter;

namespace cplan {

class ReportCharts;

class ReportPainter
{
public:
    ReportPainter(const ReportContent &content, const ReportCharts &charts);

    // Paints every page on `device`, which must be at 96 dots per inch (see ReportPdf.h).
    // False when the device cannot be painted on.
    bool paint(QPagedPaintDevice *device);
    // The number of pages of the last paint().
    int pageCount() const { return m_pageCount; }

private:
    void paintPages(QPainter *painter, QPagedPaintDevice *device);
    void startPage(bool first);
    void finishPage();
    void ensureSpace(double height);
    void drawHeading(const QString &text, const QString &note);
    void drawTitlePage();
    void drawKeyFigures();
    void drawCharts(ReportPageKind kind);
    void drawTable(const ReportTable &table);

    const ReportContent &m_content;
    const ReportCharts &m_charts;
    QPainter *m_painter = nullptr;
    QPagedPaintDevice *m_device = nullptr;
    bool m_drawing = false; // false: a dry run that only counts pages
    QRectF m_area;          // the page's content area
    double m_y = 0.0;
    int m_page = 0;
    int m_pageCount = 0;
    QFont m_font;
};

} // namespace cplan
