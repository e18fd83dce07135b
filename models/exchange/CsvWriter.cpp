#include "models/exchange/CsvWriter.h"

#include "models/exchange/ExportFiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
};

QString csvCell(const ExportCell &cell)
{
    if (cell.number)
        return QString::number(*cell.number, 'g', QLocale::FloatingPointShortest);
    return csvField(cell.text);
}

} // namespace

QString csvField(const QString &text)
{
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
