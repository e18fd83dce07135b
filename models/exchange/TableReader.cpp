#include "models/exchange/TableReader.h"
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

Status addRow(SourceTable &table, QStringList row, int rowNumber, const QString &fileName,
              const ImportLimits &limits)
{
    while (!row.isEmpty() && row.constLast().trimmed().isEmpty())
        row.removeLast();
    if (row.isEmpty())
        return success();
    if (row.size() > limits.maxColumns)
        return Error{
            TableReaderTr::tr("%1: row %2 has %3 columns; tables with more than %4 columns are not "
                              "read")
                .arg(fileName)
                .arg(rowNumber)
                .arg(row.size())
                .arg(limits.maxColumns)};
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

Result<SourceTable> readTable(const QString &path, const TableReadOptions &options)
{
    using namespace tablereader;
    const QFileInfo info(path);
    const QString fileName = info.fileName();
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
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
        return readWorkbook(path, fileName, options);
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
    return readDelimitedText(bytes, fileName, options);
}

} // namespace cplan
