#include "models/exchange/CsvWriter.h"

#include "models/exchange/ExportFiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
};

// Plain decimals a spreadsheet reads as numbers in any locale, never an exponent ("2.2e+07")
// or a binary tail ("7699999.999999999"): amounts to the cent, volumes to two decimals, shares
// and ratios to a fixed precision (issue 22 B.8).
QString plainNumber(double value, CellFormat format)
{
    if (!std::isfinite(value))
        return QString::number(value);
    int decimals = 2;
    switch (format) {
    case CellFormat::Money:
    case CellFormat::MoneyPrecise:
    case CellFormat::Count:
    case CellFormat::Text:
        decimals = 2;
        break;
    case CellFormat::Percent:
        decimals = 6; // a fraction: 0.123457 is 12.3457 %
        break;
    case CellFormat::Ratio:
    case CellFormat::ReturnRatio:
        decimals = 4;
        break;
    case CellFormat::Integer:
        decimals = 0;
        break;
    }
    QString text = QString::number(value, 'f', decimals);
    // "-0.00" is a zero.
    if (text.startsWith(QLatin1Char('-')) &&
        text.count(QLatin1Char('0')) == text.size() - 1 - (decimals > 0 ? 1 : 0))
        text.remove(0, 1);
    return text;
}

QString csvCell(const ExportCell &cell)
{
    if (cell.number)
        return plainNumber(*cell.number, cell.format);
    return csvField(cell.text);
}

} // namespace

QString neutralisedCsvText(const QString &text)
{
    // A plain number written as text ("-5", "+3.5", "1e-3") is no formula; only text a
    // spreadsheet would evaluate gets the apostrophe.
    static const QRegularExpression plainNumber(
        QStringLiteral("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"));
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    const bool formula = first == QLatin1Char('=') || first == QLatin1Char('+') ||
                         first == QLatin1Char('-') || first == QLatin1Char('@') ||
                         first == QLatin1Char('\t') || first == QLatin1Char('\r');
    if (!formula || plainNumber.match(text).hasMatch())
        return text;
    return QLatin1Char('\'') + text;
}

QString csvField(const QString &rawText)
{
    const QString text = neutralisedCsvText(rawText);
    const bool quote = text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                       (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray csvTable(const ExportTable &table)
{
    QString text;
    QStringList header;
    for (const QString &column : table.columns)
        header << csvField(column);
    text += header.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const auto &row : table.rows) {
        QStringList fields;
        for (const ExportCell &cell : row)
            fields << csvCell(cell);
        text += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QStringList csvPaths(const QString &outPath, const QString &tableId)
{
    if (!tableId.isEmpty())
        return {outPath};
    QString stem = outPath;
    if (stem.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        stem.chop(4);
    QStringList paths;
    for (const QString &id : exportTableIds())
        paths << stem + QLatin1Char('-') + id + QLatin1String(".csv");
    return paths;
}

Status writeCsv(const ExportWorkbook &workbook, const QString &outPath, const QString &tableId)
{
    if (!tableId.isEmpty() && !workbook.table(tableId)) {
        return Error{Tr::tr("--table: no table named \"%1\" (available: %2)")
                         .arg(tableId, exportTableIds().join(QStringLiteral(", ")))};
    }
    if (!tableId.isEmpty())
        return writeFileAtomically(outPath, csvTable(*workbook.table(tableId)));
    // Every table the workbook holds, also one only some plans have (the cost of delay).
    QString stem = outPath;
    if (stem.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        stem.chop(4);
    for (const ExportTable &table : workbook.tables) {
        const QString path = stem + QLatin1Char('-') + table.id + QLatin1String(".csv");
        if (const Status written = writeFileAtomically(path, csvTable(table)); !written)
            return written;
    }
    return success();
}

} // namespace cplan
