#include "models/exchange/XlsxWriter.h"

#include "models/exchange/ExportFiles.h"

#include <QCoreApplication>
#include <QFile>

#include <xlsxwriter.h>

#include <map>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)
};

// Text shown for an undefined ratio (MODEL.md §3: never NaN).
const QString undefinedText = QStringLiteral("—");

int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar ch : text)
        width += ch.unicode() >= 0x2E80 ? 2 : 1; // CJK takes two columns
    return width;
}

// One open workbook with its formats.
class Book
{
public:
    Book(lxw_workbook *book, const QString &currency) : m_book(book), m_currency(currency)
    {
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        m_title = workbook_add_format(m_book);
        format_set_bold(m_title);
        format_set_font_size(m_title, 16);
        m_header = workbook_add_format(m_book);
        format_set_bold(m_header);
        format_set_text_wrap(m_header);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
        format_set_bottom(m_header, LXW_BORDER_THIN);
        format_set_bg_color(m_header, 0xDDE6F0);
        m_undefined = workbook_add_format(m_book);
        format_set_align(m_undefined, LXW_ALIGN_RIGHT);
    }

    lxw_format *numberFormat(CellFormat format, bool bold)
    {
        const int key = static_cast<int>(format) * 2 + (bold ? 1 : 0);
        if (const auto found = m_numberFormats.find(key); found != m_numberFormats.end())
            return found->second;
        lxw_format *created = workbook_add_format(m_book);
        format_set_num_format(created, xlsxNumberFormat(format, m_currency).toUtf8().constData());
        if (bold)
            format_set_bold(created);
        m_numberFormats[key] = created;
        return created;
    }

    void writeText(lxw_worksheet *sheet, int row, int column, const QString &text,
                   lxw_format *format = nullptr)
    {
        // libxlsxwriter takes C strings, and XML cannot hold a NUL at all: a NUL in a name cut
        // the rest of it off (issue 21). It is shown as the replacement character instead.
        QString shown = text;
        shown.replace(QChar(0), QChar::ReplacementCharacter);
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), shown.toUtf8().constData(),
                               format);
    }

    void writeCell(lxw_worksheet *sheet, int row, int column, const ExportCell &cell, bool bold)
    {
        if (cell.sum != SumDirection::None && cell.number) {
            char range[64];
            if (cell.sum == SumDirection::Left)
                lxw_rowcol_to_range(range, lxw_row_t(row), lxw_col_t(column - cell.sumSpan),
                                    lxw_row_t(row), lxw_col_t(column - 1));
            else
                lxw_rowcol_to_range(range, lxw_row_t(row - cell.sumSpan), lxw_col_t(column),
                                    lxw_row_t(row - 1), lxw_col_t(column));
            const QByteArray formula = QByteArray("=SUM(") + range + ')';
            worksheet_write_formula_num(sheet, lxw_row_t(row), lxw_col_t(column),
                                        formula.constData(), numberFormat(cell.format, bold),
                                        *cell.number);
        } else if (cell.number) {
            worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), *cell.number,
                                   numberFormat(cell.format, bold));
        } else if (!cell.text.isEmpty()) {
            writeText(sheet, row, column, cell.text, bold ? m_bold : nullptr);
        } else if (cell.format != CellFormat::Text) {
            writeText(sheet, row, column, undefinedText, m_undefined);
        }
    }

    // Writes `table` from `row`; returns the row after it.
    int writeTable(lxw_worksheet *sheet, int row, const ExportTable &table,
                   std::vector<int> &widths)
    {
        writeText(sheet, row, 0, table.title, m_bold);
        ++row;
        widths.resize(std::max<std::size_t>(widths.size(), table.columns.size()), 8);
        for (int c = 0; c < table.columns.size(); ++c) {
            writeText(sheet, row, c, table.columns.at(c), m_header);
            const int wanted = c < int(table.columnWidths.size())
                                   ? table.columnWidths[std::size_t(c)]
                                   : std::clamp(displayWidth(table.columns.at(c)) / 2 + 2, 12, 24);
            widths[std::size_t(c)] = std::max(widths[std::size_t(c)], wanted);
        }
        worksheet_set_row(sheet, lxw_row_t(row), 32, nullptr);
        ++row;
        for (const auto &cells : table.rows) {
            // A row of totals is bold.
            const bool total = std::any_of(cells.begin(), cells.end(), [](const ExportCell &c) {
                return c.sum == SumDirection::Above;
            });
            for (std::size_t c = 0; c < cells.size(); ++c) {
                writeCell(sheet, row, int(c), cells[c], total);
                if (!cells[c].text.isEmpty() && c >= table.columnWidths.size()) {
                    widths[c] = std::max(widths[c], std::min(displayWidth(cells[c].text) + 2, 48));
                }
            }
            ++row;
        }
        return row;
    }

    lxw_format *titleFormat() const { return m_title; }
    lxw_format *boldFormat() const { return m_bold; }

private:
    lxw_workbook *m_book;
    QString m_currency;
    lxw_format *m_bold = nullptr;
    lxw_format *m_title = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_undefined = nullptr;
    std::map<int, lxw_format *> m_numberFormats;
};

Status writeBook(const ExportWorkbook &workbook, const QString &path)
{
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    if (!book)
        return Error{Tr::tr("%1: cannot create the workbook").arg(path)};
    Book writer(book, workbook.currency);

    QStringList sheets;
    for (const ExportTable &table : workbook.tables) {
        if (!sheets.contains(table.sheet))
            sheets << table.sheet;
    }
    for (const QString &name : sheets) {
        lxw_worksheet *sheet = workbook_add_worksheet(book, name.toUtf8().constData());
        if (!sheet) {
            workbook_close(book);
            return Error{Tr::tr("%1: cannot add the sheet \"%2\"").arg(path, name)};
        }
        int row = 0;
        bool first = true;
        std::vector<int> widths;
        if (name == workbook.tables.front().sheet) {
            // The plan's title block (the Chinese title included) above the summary.
            writer.writeText(sheet, row++, 0, workbook.planName, writer.titleFormat());
            if (!workbook.planNameZh.isEmpty())
                writer.writeText(sheet, row++, 0, workbook.planNameZh, writer.titleFormat());
            for (const auto &[label, value] : workbook.titleLines) {
                writer.writeText(sheet, row, 0, label, writer.boldFormat());
                writer.writeText(sheet, row++, 1, value);
            }
            ++row;
        }
        for (const ExportTable &table : workbook.tables) {
            if (table.sheet != name)
                continue;
            const int headerRow = row + 1;
            row = writer.writeTable(sheet, row, table, widths) + 1;
            if (first) {
                // The header stays in view, and so do the row labels.
                const int labelColumns = table.id == QLatin1String("monthly") ? 2 : 1;
                worksheet_freeze_panes(sheet, lxw_row_t(headerRow + 1), lxw_col_t(labelColumns));
                first = false;
            }
        }
        for (std::size_t c = 0; c < widths.size(); ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    }
    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR) {
        return Error{Tr::tr("%1: cannot write the workbook (%2)")
                         .arg(path, QString::fromUtf8(lxw_strerror(closed)))};
    }
    return success();
}

} // namespace

QString xlsxNumberFormat(CellFormat format, const QString &currency)
{
    const QString symbol = currency == QLatin1String("CNY") ? QStringLiteral("\"¥\"")
                           : currency == QLatin1String("JPY")
                               ? QStringLiteral("\"JP¥\"")
                               : QStringLiteral("\"%1 \"").arg(currency);
    switch (format) {
    case CellFormat::Text:
        return QStringLiteral("@");
    case CellFormat::Money:
        return symbol + QStringLiteral("#,##0");
    case CellFormat::MoneyPrecise:
        return symbol + QStringLiteral("#,##0.00");
    case CellFormat::Count:
        return QStringLiteral("#,##0");
    case CellFormat::Percent:
        return QStringLiteral("0.0%");
    case CellFormat::Ratio:
    case CellFormat::ReturnRatio:
        return QStringLiteral("0.00");
    case CellFormat::Integer:
        return QStringLiteral("0");
    }
    return QStringLiteral("General");
}

Status writeXlsx(const ExportWorkbook &workbook, const QString &path)
{
    if (workbook.tables.empty())
        return Error{Tr::tr("%1: nothing to export").arg(path)};
    return replaceFileAtomically(
        path, [&workbook](const QString &temporary) { return writeBook(workbook, temporary); });
}

} // namespace cplan
