#include "ui/report/ReportPainter.h"

#include "models/domain/NumberText.h"

#include "ui/charts/ChartView.h"
#include "ui/report/ReportCharts.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>

#include <qcustomplot.h>

#include <algorithm>
#include <numeric>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportPainter)
};

// Room kept for the running header and the page number.
constexpr double headerHeight = 28.0;
constexpr double footerHeight = 24.0;
constexpr double gap = 12.0;

const QColor inkColour(0x20, 0x24, 0x2a);
const QColor quietColour(0x6b, 0x72, 0x80);
const QColor ruleColour(0xc8, 0xcf, 0xd8);
const QColor headerFill(0xe6, 0xec, 0xf3);
const QColor stripeFill(0xf6, 0xf8, 0xfa);
const QColor flaggedFill(0xfd, 0xe2, 0xe1);
const QColor metColour(0x1b, 0x7f, 0x3b);
const QColor missedColour(0xb4, 0x23, 0x18);

QFont reportFont(double pointSize, bool bold = false)
{
    // Latin text in DejaVu Sans (its digits copy and search as digits in every PDF reader),
    // Chinese from Noto Sans CJK SC; both are embedded.
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

} // namespace

ReportPainter::ReportPainter(const ReportContent &content, const ReportCharts &charts)
    : m_content(content), m_charts(charts), m_font(reportFont(8.5))
{}

bool ReportPainter::paint(QPagedPaintDevice *device)
{
    m_device = device;
    const QSizeF size = device->pageLayout().paintRectPixels(96).size();
    m_area = QRectF(QPointF(0, 0), size);

    // A dry run counts the pages for "Page n of N"; the second run draws.
    m_drawing = false;
    m_painter = nullptr;
    paintPages(nullptr, device);
    m_pageCount = m_page;

    QCPPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    m_drawing = true;
    m_painter = &painter;
    paintPages(&painter, device);
    m_painter = nullptr;
    return painter.end();
}

void ReportPainter::paintPages(QPainter *, QPagedPaintDevice *)
{
    m_page = 0;
    bool first = true;
    for (const ReportPage &page : m_content.pages) {
        if (!first)
            finishPage();
        startPage(first);
        first = false;
        if (page.kind == ReportPageKind::Title) {
            drawTitlePage();
            drawHeading(page.heading, page.note);
            drawKeyFigures();
            continue;
        }
        drawHeading(page.heading, page.note);
        drawCharts(page.kind);
        for (const ReportTable &table : page.tables)
            drawTable(table);
    }
    finishPage();
}

void ReportPainter::startPage(bool first)
{
    if (!first && m_drawing)
        m_device->newPage();
    ++m_page;
    m_y = m_area.top() + headerHeight;
    if (!m_drawing || first)
        return;
    m_painter->setFont(reportFont(7.5));
    m_painter->setPen(quietColour);
    const QRectF band(m_area.left(), m_area.top(), m_area.width(), headerHeight - 10);
    const QString title = m_content.titleZh.isEmpty()
                              ? m_content.title
                              : m_content.title + QStringLiteral(" · ") + m_content.titleZh;
    m_painter->drawText(band, Qt::AlignLeft | Qt::AlignVCenter, title);
    m_painter->drawText(band, Qt::AlignRight | Qt::AlignVCenter, m_content.scenario);
    m_painter->setPen(ruleColour);
    m_painter->drawLine(QPointF(band.left(), band.bottom() + 2),
                        QPointF(band.right(), band.bottom() + 2));
}

void ReportPainter::finishPage()
{
    if (!m_drawing)
        return;
    m_painter->setFont(reportFont(7.5));
    m_painter->setPen(quietColour);
    const QRectF band(m_area.left(), m_area.bottom() - footerHeight + 8, m_area.width(),
                      footerHeight - 8);
    m_painter->drawText(band, Qt::AlignHCenter | Qt::AlignVCenter,
                        Tr::tr("Page %1 of %2").arg(m_page).arg(m_pageCount));
    // The date in the report's language (issue 22 D.16): "2026年12月6日" in Chinese.
    const QString printed =
        QLocale().language() == QLocale::Chinese
            ? NumberText::formatDate(m_content.printedOn)
            : QLocale(QLocale::English).toString(m_content.printedOn, QLocale::LongFormat);
    m_painter->drawText(band, Qt::AlignRight | Qt::AlignVCenter, printed);
}

void ReportPainter::ensureSpace(double height)
{
    if (m_y + height <= m_area.bottom() - footerHeight)
        return;
    finishPage();
    startPage(false);
}

void ReportPainter::drawHeading(const QString &text, const QString &note)
{
    const QFont heading = reportFont(14, true);
    const QFont small = reportFont(8.5);
    const QFontMetricsF headingMetrics(heading, m_device);
    const QFontMetricsF noteMetrics(small, m_device);
    const QRectF noteBounds =
        note.isEmpty()
            ? QRectF()
            : noteMetrics.boundingRect(QRectF(0, 0, m_area.width(), 1000), Qt::TextWordWrap, note);
    ensureSpace(headingMetrics.height() + noteBounds.height() + 80);
    if (m_drawing) {
        m_painter->setFont(heading);
        m_painter->setPen(inkColour);
        m_painter->drawText(QRectF(m_area.left(), m_y, m_area.width(), headingMetrics.height()),
                            Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    m_y += headingMetrics.height() + 4;
    if (!note.isEmpty()) {
        if (m_drawing) {
            m_painter->setFont(small);
            m_painter->setPen(quietColour);
            m_painter->drawText(QRectF(m_area.left(), m_y, m_area.width(), noteBounds.height()),
                                Qt::TextWordWrap, note);
        }
        m_y += noteBounds.height();
    }
    m_y += gap;
}

void ReportPainter::drawTitlePage()
{
    m_y = m_area.top() + 90;
    const auto line = [this](const QString &text, const QFont &font, const QColor &colour,
                             double after) {
        const QFontMetricsF metrics(font, m_device);
        const QRectF bounds =
            metrics.boundingRect(QRectF(0, 0, m_area.width(), 1000), Qt::TextWordWrap, text);
        if (m_drawing) {
            m_painter->setFont(font);
            m_painter->setPen(colour);
            m_painter->drawText(QRectF(m_area.left(), m_y, m_area.width(), bounds.height()),
                                Qt::TextWordWrap, text);
        }
        m_y += bounds.height() + after;
    };
    line(Tr::tr("Board report"), reportFont(11), quietColour, 10);
    line(m_content.title, reportFont(24, true), inkColour, 6);
    if (!m_content.titleZh.isEmpty())
        line(m_content.titleZh, reportFont(20, true), inkColour, 18);
    line(Tr::tr("Scenario: %1").arg(m_content.scenario), reportFont(12), inkColour, 4);
    if (!m_content.approval.isEmpty())
        line(Tr::tr("Sign-off: %1").arg(m_content.approval), reportFont(10), inkColour, 4);
    line(Tr::tr("Status date: %1").arg(m_content.statusDate.toString(Qt::ISODate)), reportFont(10),
         quietColour, 2);
    line(Tr::tr("Printed on %1").arg(m_content.printedOn.toString(Qt::ISODate)), reportFont(10),
         quietColour, 2);
    line(Tr::tr("Amounts in %1").arg(m_content.currency), reportFont(10), quietColour, 40);
}

void ReportPainter::drawKeyFigures()
{
    const QFont font = reportFont(9.5);
    const QFont bold = reportFont(9.5, true);
    const QFontMetricsF metrics(font, m_device);
    const double rowHeight = metrics.height() + 9;
    const double width = m_area.width();
    const std::array<double, 4> columns = {0.0, 0.46, 0.66, 0.86}; // label, value, target, met
    const auto cellRect = [&](int column, double y) {
        const double left = m_area.left() + columns[std::size_t(column)] * width;
        const double right = column + 1 < 4
                                 ? m_area.left() + columns[std::size_t(column) + 1] * width
                                 : m_area.right();
        return QRectF(left + 6, y, right - left - 12, rowHeight);
    };
    ensureSpace(rowHeight * 2);
    if (m_drawing) {
        m_painter->fillRect(QRectF(m_area.left(), m_y, width, rowHeight), headerFill);
        m_painter->setFont(bold);
        m_painter->setPen(inkColour);
        m_painter->drawText(cellRect(0, m_y), Qt::AlignLeft | Qt::AlignVCenter, Tr::tr("Figure"));
        m_painter->drawText(cellRect(1, m_y), Qt::AlignRight | Qt::AlignVCenter,
                            Tr::tr("Projected"));
        m_painter->drawText(cellRect(2, m_y), Qt::AlignRight | Qt::AlignVCenter, Tr::tr("Target"));
        m_painter->drawText(cellRect(3, m_y), Qt::AlignLeft | Qt::AlignVCenter, Tr::tr("Status"));
    }
    m_y += rowHeight;
    int row = 0;
    for (const ReportKeyFigure &figure : m_content.keyFigures) {
        ensureSpace(rowHeight);
        if (m_drawing) {
            if (row % 2 == 1)
                m_painter->fillRect(QRectF(m_area.left(), m_y, width, rowHeight), stripeFill);
            m_painter->setFont(font);
            m_painter->setPen(inkColour);
            m_painter->drawText(
                cellRect(0, m_y), Qt::AlignLeft | Qt::AlignVCenter,
                metrics.elidedText(figure.label, Qt::ElideRight, cellRect(0, m_y).width()));
            m_painter->drawText(cellRect(1, m_y), Qt::AlignRight | Qt::AlignVCenter, figure.value);
            m_painter->drawText(cellRect(2, m_y), Qt::AlignRight | Qt::AlignVCenter, figure.target);
            if (figure.met) {
                m_painter->setFont(bold);
                m_painter->setPen(*figure.met ? metColour : missedColour);
                m_painter->drawText(cellRect(3, m_y), Qt::AlignLeft | Qt::AlignVCenter,
                                    *figure.met ? Tr::tr("met") : Tr::tr("not met"));
            }
        }
        m_y += rowHeight;
        ++row;
    }
    m_y += gap;
}

void ReportPainter::drawCharts(ReportPageKind kind)
{
    const std::vector<ReportChart> charts = m_charts.chartsFor(kind);
    double rowTop = m_y;
    double rowHeight = 0.0;
    for (const ReportChart &chart : charts) {
        if (chart.newRow) {
            m_y = rowTop + rowHeight + (rowHeight > 0 ? gap : 0.0);
            ensureSpace(chart.height);
            rowTop = m_y;
            rowHeight = 0.0;
        }
        rowHeight = std::max(rowHeight, chart.height);
        const double left =
            m_area.left() + chart.left * m_area.width() + (chart.left > 0 ? gap / 2 : 0);
        const double width = chart.width * m_area.width() - (chart.width < 1.0 ? gap / 2 : 0);
        if (m_drawing) {
            // The charts are laid out for a screen: draw them at a screen-like width and scale
            // them into the slot, so axis labels keep the room they have on screen.
            const double logicalWidth = chart.width < 1.0 ? 480.0 : 960.0;
            const double scale = std::min(1.0, width / logicalWidth);
            auto *painter = static_cast<QCPPainter *>(m_painter);
            painter->save();
            painter->translate(left, rowTop);
            painter->setClipRect(QRectF(0, 0, width, chart.height));
            painter->scale(scale, scale);
            chart.chart->toPainter(painter, int(width / scale), int(chart.height / scale));
            painter->restore();
        }
    }
    m_y = rowTop + rowHeight + (rowHeight > 0 ? gap : 0.0);
}

void ReportPainter::drawTable(const ReportTable &reportTable)
{
    const ExportTable *table = m_content.workbook.table(reportTable.tableId);
    if (!table)
        return;
    std::vector<int> columns = reportTable.columns;
    if (columns.empty()) {
        columns.resize(std::size_t(table->columns.size()));
        std::iota(columns.begin(), columns.end(), 0);
    }
    const QFont font = reportFont(7);
    const QFont bold = reportFont(7, true);
    const QFontMetricsF metrics(font, m_device);
    const QFontMetricsF boldMetrics(bold, m_device);
    const double rowHeight = metrics.height() + 5;
    const double padding = 4.0;

    // Cell texts, and each column's natural width.
    std::vector<std::vector<QString>> texts;
    std::vector<double> widths(columns.size(), 0.0);
    std::vector<bool> numeric(columns.size(), false);
    for (std::size_t c = 0; c < columns.size(); ++c)
        widths[c] = boldMetrics.horizontalAdvance(table->columns.value(columns[c])) + 2 * padding;
    for (const auto &row : table->rows) {
        std::vector<QString> line;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const std::size_t source = std::size_t(columns[c]);
            const ExportCell cell = source < row.size() ? row[source] : ExportCell{};
            line.push_back(reportCellText(cell, m_content.currency));
            numeric[c] = numeric[c] || cell.number.has_value();
            widths[c] = std::max(widths[c], metrics.horizontalAdvance(line.back()) + 2 * padding);
        }
        texts.push_back(std::move(line));
    }
    // Fit the page: long text columns give way first (their texts are elided).
    const double available = m_area.width();
    double total = std::accumulate(widths.begin(), widths.end(), 0.0);
    const double cap = available * 0.34;
    for (double &width : widths) {
        if (total > available && width > cap) {
            total -= width - cap;
            width = cap;
        }
    }
    total = std::accumulate(widths.begin(), widths.end(), 0.0);
    for (double &width : widths)
        width *= available / total;

    const auto drawRow = [&](const std::vector<QString> &cells, bool header, const QColor &fill) {
        if (!m_drawing)
            return;
        if (fill.isValid())
            m_painter->fillRect(QRectF(m_area.left(), m_y, available, rowHeight), fill);
        m_painter->setFont(header ? bold : font);
        m_painter->setPen(inkColour);
        double x = m_area.left();
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const QRectF rect(x + padding, m_y, widths[c] - 2 * padding, rowHeight);
            const QString text =
                (header ? boldMetrics : metrics).elidedText(cells[c], Qt::ElideRight, rect.width());
            m_painter->drawText(
                rect, (numeric[c] ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, text);
            x += widths[c];
        }
    };
    std::vector<QString> header;
    for (int column : columns)
        header.push_back(table->columns.value(column));
    const auto drawHeader = [&] {
        drawRow(header, true, headerFill);
        m_y += rowHeight;
    };

    ensureSpace(rowHeight * 3);
    if (m_drawing && !table->title.isEmpty()) {
        m_painter->setFont(reportFont(9, true));
        m_painter->setPen(inkColour);
        m_painter->drawText(QRectF(m_area.left(), m_y, available, rowHeight + 4),
                            Qt::AlignLeft | Qt::AlignVCenter, table->title);
    }
    m_y += rowHeight + 6;
    drawHeader();
    const QString flaggedText = QCoreApplication::translate("ExportWorkbook", "flagged");
    for (std::size_t r = 0; r < texts.size(); ++r) {
        const int pageBefore = m_page;
        ensureSpace(rowHeight);
        if (m_page != pageBefore)
            drawHeader();
        const auto &source = table->rows[r];
        const bool flagged = reportTable.highlightFlagged &&
                             std::any_of(source.begin(), source.end(), [&](const ExportCell &cell) {
                                 return cell.text == flaggedText;
                             });
        drawRow(texts[r], false, flagged ? flaggedFill : (r % 2 ? stripeFill : QColor()));
        m_y += rowHeight;
    }
    if (m_drawing) {
        m_painter->setPen(ruleColour);
        m_painter->drawLine(QPointF(m_area.left(), m_y), QPointF(m_area.right(), m_y));
    }
    m_y += gap * 1.5;
}

} // namespace cplan
