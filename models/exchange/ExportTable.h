#pragma once

// The tables an export writes, as data: the XLSX writer, the CSV writer and the PDF report all
// read these, so every format shows the same numbers (the engine's, never recomputed here).

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cplan {

// How a number is shown; the value itself is always kept at full precision.
enum class CellFormat
{
    Text,
    Money,        // whole amounts with thousands separators: ¥20,000,000
    MoneyPrecise, // two decimals: ¥45.50 (costs per unit, LTV)
    Count,        // whole numbers with thousands separators (volumes)
    Percent,      // 0.125 -> 12.5%
    Ratio,        // two decimals (LTV/CAC, a difference of return ratios)
    ReturnRatio,  // value : spend, a number in cells; the report prints "1 : 2.10"
    Integer       // days, months, levels
};

// The format of a difference of two values in `format`: a difference of return ratios is a
// plain number ("+0.05"), not a ratio.
inline CellFormat differenceFormat(CellFormat format)
{
    return format == CellFormat::ReturnRatio ? CellFormat::Ratio : format;
}

// A total that a spreadsheet can recompute: the sum of the `span` cells to the left in the same
// row, or of the `span` cells above in the same column. The cell still carries its value.
enum class SumDirection
{
    None,
    Left,
    Above
};

struct ExportCell
{
    std::optional<double> number; // set: a number; unset with empty text: an empty cell
    QString text;
    CellFormat format = CellFormat::Text;
    SumDirection sum = SumDirection::None;
    int sumSpan = 0;

    static ExportCell ofText(const QString &text)
    {
        ExportCell cell;
        cell.text = text;
        return cell;
    }
    static ExportCell ofNumber(std::optional<double> value, CellFormat format)
    {
        ExportCell cell;
        cell.number = value;
        cell.format = format;
        return cell;
    }
    static ExportCell ofSum(double value, CellFormat format, SumDirection direction, int span)
    {
        ExportCell cell = ofNumber(value, format);
        cell.sum = direction;
        cell.sumSpan = span;
        return cell;
    }
    bool isEmpty() const { return !number && text.isEmpty(); }
};

struct ExportTable
{
    QString id;    // "channels": the CSV file suffix and the --table name
    QString sheet; // "Channels": the workbook sheet (several tables may share one)
    QString title; // a heading above the table (PDF, and a table below another on a sheet)
    QStringList columns;
    std::vector<std::vector<ExportCell>> rows;
    std::vector<int> columnWidths; // in characters; empty = from the content
    QStringList rowKeys;           // per row, what it is (a metric id); may be empty
};

inline ExportTable makeExportTable(const QString &id, const QString &sheet, const QString &title,
                                   const QStringList &columns = {},
                                   const std::vector<int> &columnWidths = {})
{
    ExportTable table;
    table.id = id;
    table.sheet = sheet;
    table.title = title;
    table.columns = columns;
    table.columnWidths = columnWidths;
    return table;
}

} // namespace cplan
