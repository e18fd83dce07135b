#include "models/exchange/TableReader.h"
#include "models/exchange/ImportCellParsing.h"
#include "models/exchange/TableReaderParts.h"

#include <QFile>
#include <QFileInfo>

namespace cplan {

std::optional<TextEncoding> textEncodingFromString(const QString &text)
{
    const QString name = text.trimmed().toLower();
    if (name == QLatin1String("auto"))
        return TextEncoding::Auto;
    if (name == QLatin1String("utf-8") || name == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (name == QLatin1String("utf-16") || name == QLatin1String("utf16"))
        return TextEncoding::Utf16;
    if (name == QLatin1String("gb18030") || name == QLatin1String("gbk") ||
        name == QLatin1String("gb2312"))
        return TextEncoding::Gb18030;
    return std::nullopt;
}

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16:
        return QStringLiteral("UTF-16");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    }
    return {};
}

QString cancelledMessage()
{
    return tablereader::TableReaderTr::tr("The import was cancelled.");
}

namespace tablereader {

QString sizeText(qint64 bytes)
{
    return TableReaderTr::tr("%1 MB").arg(double(bytes) / double(1 << 20), 0, 'f', 1);
}

Error tooManyColumns(const QString &fileName, int rowNumber, const ImportLimits &limits)
{
    return Error{TableReaderTr::tr("%1: row %2 has more than %3 columns; tables with more than %3 "
                                   "columns are not read (the column limit)")
                     .arg(fileName)
                     .arg(rowNumber)
                     .arg(limits.maxColumns)};
}

Error cellTooLong(const QString &fileName, int rowNumber, const ImportLimits &limits)
{
    return Error{TableReaderTr::tr("%1: row %2 has a cell longer than %3 characters; such files "
                                   "are not read (the cell length limit)")
                     .arg(fileName)
                     .arg(rowNumber)
                     .arg(limits.maxCellChars)};
}

Status addRow(SourceTable &table, QStringList row, int rowNumber, const QString &fileName,
              const ImportLimits &limits)
{
    while (!row.isEmpty() && row.constLast().trimmed().isEmpty())
        row.removeLast();
    if (row.isEmpty())
        return success();
    if (row.size() > limits.maxColumns)
        return tooManyColumns(fileName, rowNumber, limits);
    for (const QString &cell : std::as_const(row)) {
        if (cell.size() > limits.maxCellChars)
            return cellTooLong(fileName, rowNumber, limits);
    }
    if (table.header.isEmpty()) {
        table.header = std::move(row);
        table.headerRowNumber = rowNumber;
        return success();
    }
    if (int(table.rows.size()) >= limits.maxRows)
        return Error{TableReaderTr::tr(
                         "%1: the table has more than %2 data rows; a plan holds at most 24,000 "
                         "actual rows (120 months × 200 channels), so the file is not read. "
                         "Split it or filter it to the plan's months first.")
                         .arg(fileName)
                         .arg(limits.maxRows)};
    table.rows.push_back(std::move(row));
    table.rowNumbers.push_back(rowNumber);
    return success();
}

} // namespace tablereader

namespace {

// A cell that holds a number or a month: data, not a header word.
bool isDataCell(const QString &cell)
{
    return parseAmount(cell).has_value() || parseMonthCell(cell).has_value();
}

int nonEmptyCells(const QStringList &row)
{
    int count = 0;
    for (const QString &cell : row)
        count += cell.trimmed().isEmpty() ? 0 : 1;
    return count;
}

} // namespace

int guessHeaderRow(const SourceTable &table)
{
    constexpr std::size_t looked = 30;
    std::vector<std::pair<const QStringList *, int>> candidates;
    for (std::size_t i = 0; i < table.titleRows.size() && candidates.size() < looked; ++i)
        candidates.emplace_back(&table.titleRows[i], table.titleRowNumbers[i]);
    if (candidates.size() < looked)
        candidates.emplace_back(&table.header, table.headerRowNumber);
    for (std::size_t i = 0; i < table.rows.size() && candidates.size() < looked; ++i)
        candidates.emplace_back(&table.rows[i], table.rowNumbers[i]);
    int widest = 0;
    for (const auto &[row, number] : candidates)
        widest = std::max(widest, nonEmptyCells(*row));
    for (const auto &[row, number] : candidates) {
        const int filled = nonEmptyCells(*row);
        int text = 0;
        for (const QString &cell : *row)
            text += !cell.trimmed().isEmpty() && !isDataCell(cell) ? 1 : 0;
        // Two text cells at least, mostly text, and at least half as wide as the widest row.
        if (text >= 2 && text * 10 >= filled * 7 && filled * 2 >= widest)
            return number;
    }
    return candidates.empty() ? table.headerRowNumber : candidates.front().second;
}

Status setHeaderRow(SourceTable &table, int rowNumber)
{
    if (rowNumber == table.headerRowNumber)
        return success();
    const auto inTitles =
        std::find(table.titleRowNumbers.begin(), table.titleRowNumbers.end(), rowNumber);
    const auto inRows = std::find(table.rowNumbers.begin(), table.rowNumbers.end(), rowNumber);
    if (inTitles == table.titleRowNumbers.end() && inRows == table.rowNumbers.end()) {
        const int last = table.rowNumbers.empty() ? table.headerRowNumber : table.rowNumbers.back();
        return Error{tablereader::TableReaderTr::tr(
                         "row %1 cannot be the header: it is empty or outside the table (rows 1 "
                         "to %2)")
                         .arg(rowNumber)
                         .arg(last)};
    }
    std::vector<QStringList> all;
    std::vector<int> numbers;
    all.reserve(table.titleRows.size() + 1 + table.rows.size());
    numbers.reserve(all.capacity());
    for (std::size_t i = 0; i < table.titleRows.size(); ++i) {
        all.push_back(std::move(table.titleRows[i]));
        numbers.push_back(table.titleRowNumbers[i]);
    }
    all.push_back(std::move(table.header));
    numbers.push_back(table.headerRowNumber);
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        all.push_back(std::move(table.rows[i]));
        numbers.push_back(table.rowNumbers[i]);
    }
    table.titleRows.clear();
    table.titleRowNumbers.clear();
    table.rows.clear();
    table.rowNumbers.clear();
    std::size_t i = 0;
    for (; numbers[i] != rowNumber; ++i) {
        table.titleRows.push_back(std::move(all[i]));
        table.titleRowNumbers.push_back(numbers[i]);
    }
    table.header = std::move(all[i]);
    table.headerRowNumber = numbers[i];
    for (++i; i < all.size(); ++i) {
        table.rows.push_back(std::move(all[i]));
        table.rowNumbers.push_back(numbers[i]);
    }
    return success();
}

namespace {

// The header row the user named, else the one that looks like a header (A.3 of issue 22).
Result<SourceTable> chooseHeader(Result<SourceTable> read, const QString &fileName,
                                 const TableReadOptions &options)
{
    if (!read)
        return read;
    SourceTable table = std::move(read).value();
    const int row = options.headerRow > 0 ? options.headerRow : guessHeaderRow(table);
    if (const Status chosen = setHeaderRow(table, row); !chosen)
        return Error{QStringLiteral("%1: %2").arg(fileName, chosen.error())};
    return table;
}

} // namespace

Result<SourceTable> readTable(const QString &path, const TableReadOptions &options)
{
    using namespace tablereader;
    const QFileInfo info(path);
    const QString fileName = info.fileName();
    QFile file(path);
    // QFile says "Unknown error" for a file that is not there, or is a folder, without opening it.
    if (!info.exists())
        return Error{TableReaderTr::tr("%1: no such file").arg(fileName)};
    if (!info.isFile())
        return Error{TableReaderTr::tr("%1: not a file").arg(fileName)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            TableReaderTr::tr("%1: cannot open the file (%2)").arg(fileName, file.errorString())};
    const qint64 size = file.size();
    if (size == 0)
        return Error{TableReaderTr::tr("%1: the file is empty").arg(fileName)};
    const QByteArray magic = file.peek(4);
    const bool workbook = magic == QByteArrayLiteral("PK\x03\x04");
    const qint64 cap = workbook ? options.limits.maxWorkbookBytes : options.limits.maxTextBytes;
    // Refused before reading: a 200 MB export costs nothing to turn down.
    if (size > cap)
        return Error{
            TableReaderTr::tr(
                "%1: the file is %2; %3 above %4 are not read. Export only the months "
                "and channels of the plan.")
                .arg(fileName, sizeText(size),
                     workbook ? TableReaderTr::tr("workbooks") : TableReaderTr::tr("text files"),
                     sizeText(cap))};
    if (workbook) {
        file.close();
        return chooseHeader(readWorkbook(path, fileName, options), fileName, options);
    }
    QByteArray bytes;
    bytes.reserve(size);
    constexpr qint64 chunk = qint64(4) << 20;
    while (!file.atEnd()) {
        if (cancelled(options))
            return Error{cancelledMessage()};
        const QByteArray part = file.read(chunk);
        if (part.isEmpty() && file.error() != QFile::NoError)
            return Error{TableReaderTr::tr("%1: cannot read the file (%2)")
                             .arg(fileName, file.errorString())};
        bytes.append(part);
        // Reading is the first fifth of the work; decoding and splitting the rest.
        reportProgress(options, bytes.size(), size * 5);
    }
    return chooseHeader(readDelimitedText(bytes, fileName, options), fileName, options);
}

} // namespace cplan
