// A sheet of an XLSX workbook: the archive through minizip, the parts through
// QXmlStreamReader. Every part is read with caps on its unpacked size and on its compression
// ratio, so a zip bomb is refused after reading about a megabyte of it.

#include "models/exchange/ImportCellParsing.h"
#include "models/exchange/TableReaderParts.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <unzip.h>

namespace cplan::tablereader {

namespace {

class Workbook
{
public:
    Workbook(const QString &path, const QString &fileName, const TableReadOptions &options)
        : m_fileName(fileName), m_options(options)
    {
        m_zip = unzOpen64(QFile::encodeName(path).constData());
    }
    ~Workbook()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    Status open()
    {
        if (!m_zip)
            return Error{
                TableReaderTr::tr("%1: not an XLSX workbook (the zip archive cannot be read)")
                    .arg(m_fileName)};
        unz_global_info64 info{};
        if (unzGetGlobalInfo64(m_zip, &info) != UNZ_OK)
            return Error{TableReaderTr::tr("%1: the zip archive's directory cannot be read")
                             .arg(m_fileName)};
        if (info.number_entry > ZPOS64_T(m_options.limits.maxZipEntries))
            return Error{
                TableReaderTr::tr("%1: the archive holds %2 parts; workbooks with more than %3 are "
                                  "not read")
                    .arg(m_fileName)
                    .arg(info.number_entry)
                    .arg(m_options.limits.maxZipEntries)};
        return success();
    }

    bool has(const QString &part) const
    {
        return unzLocateFile(m_zip, part.toUtf8().constData(), 1) == UNZ_OK;
    }

    // The unpacked bytes of `part`, refused above the caps.
    Result<QByteArray> read(const QString &part)
    {
        if (unzLocateFile(m_zip, part.toUtf8().constData(), 1) != UNZ_OK)
            return Error{TableReaderTr::tr("%1: not an XLSX workbook (the part %2 is missing)")
                             .arg(m_fileName, part)};
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
            unzOpenCurrentFile(m_zip) != UNZ_OK)
            return Error{
                TableReaderTr::tr("%1: the part %2 cannot be unpacked").arg(m_fileName, part)};
        const ImportLimits &limits = m_options.limits;
        const auto bomb = [&] {
            unzCloseCurrentFile(m_zip);
            return Error{
                TableReaderTr::tr("%1: the workbook part %2 unpacks to more than %3 (or more than "
                                  "%4 times its packed size); it looks like a zip bomb and is not "
                                  "read")
                    .arg(m_fileName, part, sizeText(limits.maxEntryBytes))
                    .arg(limits.maxCompressionRatio)};
        };
        if (qint64(info.uncompressed_size) > limits.maxEntryBytes)
            return bomb();
        QByteArray bytes;
        QByteArray buffer(1 << 16, Qt::Uninitialized);
        const double packed = std::max<double>(1.0, double(info.compressed_size));
        for (;;) {
            if (cancelled(m_options)) {
                unzCloseCurrentFile(m_zip);
                return Error{cancelledMessage()};
            }
            const int got = unzReadCurrentFile(m_zip, buffer.data(), int(buffer.size()));
            if (got < 0) {
                unzCloseCurrentFile(m_zip);
                return Error{TableReaderTr::tr("%1: the part %2 is damaged (zip error %3)")
                                 .arg(m_fileName, part)
                                 .arg(got)};
            }
            if (got == 0)
                break;
            bytes.append(buffer.constData(), got);
            m_unpacked += got;
            // The directory's sizes can lie; what was actually unpacked counts.
            if (bytes.size() > limits.maxEntryBytes || m_unpacked > limits.maxUnpackedBytes ||
                (bytes.size() > (1 << 20) &&
                 double(bytes.size()) / packed > limits.maxCompressionRatio))
                return bomb();
        }
        if (unzCloseCurrentFile(m_zip) == UNZ_CRCERROR)
            return Error{TableReaderTr::tr("%1: the part %2 is damaged (checksum mismatch)")
                             .arg(m_fileName, part)};
        return bytes;
    }

private:
    unzFile m_zip = nullptr;
    QString m_fileName;
    const TableReadOptions &m_options;
    qint64 m_unpacked = 0;
};

struct SheetEntry
{
    QString name;
    QString relationId;
};

QString attribute(const QXmlStreamReader &xml, QLatin1String name)
{
    return xml.attributes().value(name).toString();
}

// r:id is namespaced; the prefix varies between writers, so match the local name "id" in the
// relationships namespace.
QString relationIdOf(const QXmlStreamReader &xml)
{
    for (const auto &attr : xml.attributes()) {
        if (attr.name() == QLatin1String("id") &&
            attr.namespaceUri().contains(QLatin1String("relationships")))
            return attr.value().toString();
    }
    return {};
}

std::vector<SheetEntry> parseSheets(const QByteArray &workbookXml)
{
    std::vector<SheetEntry> sheets;
    QXmlStreamReader xml(workbookXml);
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() == QXmlStreamReader::StartElement &&
            xml.name() == QLatin1String("sheet"))
            sheets.push_back({attribute(xml, QLatin1String("name")), relationIdOf(xml)});
    }
    return sheets;
}

QHash<QString, QString> parseRelations(const QByteArray &relsXml)
{
    QHash<QString, QString> targets;
    QXmlStreamReader xml(relsXml);
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() == QXmlStreamReader::StartElement &&
            xml.name() == QLatin1String("Relationship"))
            targets.insert(attribute(xml, QLatin1String("Id")),
                           attribute(xml, QLatin1String("Target")));
    }
    return targets;
}

// "worksheets/sheet1.xml" relative to xl/, or an absolute "/xl/worksheets/sheet1.xml". Empty
// when the target climbs above the archive's root or names no part ("../../x", "..",
// "a/../../../../b"): such a target once removed the last piece of an empty list and crashed
// the import (issue 21, A.1).
QString partPath(const QString &target)
{
    const QString rooted =
        target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
    QStringList resolved;
    for (const QString &piece : rooted.split(QLatin1Char('/'))) {
        if (piece == QLatin1String("..")) {
            if (resolved.isEmpty())
                return {};
            resolved.removeLast();
        } else if (!piece.isEmpty() && piece != QLatin1String(".")) {
            resolved << piece;
        }
    }
    return resolved.join(QLatin1Char('/'));
}

// The text of every <si>, rich-text runs joined, phonetic runs (<rPh>) left out.
QStringList parseSharedStrings(const QByteArray &bytes)
{
    QStringList strings;
    QXmlStreamReader xml(bytes);
    QString current;
    int phonetic = 0;
    while (!xml.atEnd() && !xml.hasError()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("si"))
                current.clear();
            else if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                current += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("si"))
                strings << current;
            else if (xml.name() == QLatin1String("rPh"))
                --phonetic;
        }
    }
    return strings;
}

// The text of an inline string (<is>), the reader on its start element.
QString readInlineString(QXmlStreamReader &xml)
{
    QString text;
    int phonetic = 0;
    while (!xml.atEnd() && !xml.hasError()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == QLatin1String("is"))
                break;
        }
    }
    return text;
}

bool isDateFormatCode(QString code)
{
    static const QRegularExpression literal(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\."));
    code.remove(literal);
    code = code.toLower();
    if (code.contains(QLatin1Char('y')) || code.contains(QLatin1Char('d')))
        return true;
    return code.contains(QLatin1Char('m')) && !code.contains(QLatin1Char('h')) &&
           !code.contains(QLatin1Char('s'));
}

bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

// For each cell style index (the `s` attribute), whether it shows a date.
std::vector<bool> parseDateStyles(const QByteArray &bytes)
{
    QHash<int, bool> customDate;
    std::vector<bool> styles;
    QXmlStreamReader xml(bytes);
    bool inCellXfs = false;
    while (!xml.atEnd() && !xml.hasError()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("numFmt"))
                customDate.insert(attribute(xml, QLatin1String("numFmtId")).toInt(),
                                  isDateFormatCode(attribute(xml, QLatin1String("formatCode"))));
            else if (xml.name() == QLatin1String("cellXfs"))
                inCellXfs = true;
            else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                const int id = attribute(xml, QLatin1String("numFmtId")).toInt();
                styles.push_back(customDate.value(id, isBuiltInDateFormat(id)));
            }
        } else if (token == QXmlStreamReader::EndElement &&
                   xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    return styles;
}

// "AB12" -> 27 (0-based column); -1 when there is no column letter (A to Z). A reference past
// any sheet's last column (XFD) stays past it instead of overflowing, so the column cap refuses
// it ("ZZZZZZZZ1" once wrapped round to a negative column and was read as the next one).
int columnOf(QStringView reference)
{
    constexpr int pastLastColumn = 1 << 20; // Excel's last column is 16,384
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const char16_t letter = reference.at(i).toUpper().unicode();
        if (letter < u'A' || letter > u'Z')
            break;
        column = std::min(pastLastColumn, column * 26 + (letter - u'A' + 1));
    }
    return i == 0 ? -1 : column - 1;
}

struct SheetContext
{
    const QStringList &sharedStrings;
    const std::vector<bool> &dateStyles;
};

QString cellText(const QString &type, const QString &value, int style, const SheetContext &sheet)
{
    if (type == QLatin1String("s")) {
        const int index = value.toInt();
        return index >= 0 && index < sheet.sharedStrings.size() ? sheet.sharedStrings.at(index)
                                                                : QString();
    }
    if (type == QLatin1String("b"))
        return value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if ((type.isEmpty() || type == QLatin1String("n")) && style >= 0 &&
        style < int(sheet.dateStyles.size()) && sheet.dateStyles[std::size_t(style)]) {
        const QDate date = dateFromExcelSerial(value.toDouble());
        if (date.isValid())
            return date.toString(Qt::ISODate);
    }
    return value;
}

Result<SourceTable> parseSheet(const QByteArray &bytes, const SheetContext &context,
                               SourceTable table, const QString &fileName,
                               const TableReadOptions &options)
{
    QXmlStreamReader xml(bytes);
    QStringList row;
    int rowNumber = 0;
    int column = 0;
    qint64 elements = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (++elements % 4096 == 0) {
            if (cancelled(options))
                return Error{cancelledMessage()};
            reportProgress(options,
                           30 + xml.characterOffset() * 70 / std::max<qsizetype>(1, bytes.size()),
                           100);
        }
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("row")) {
                const int r = attribute(xml, QLatin1String("r")).toInt();
                rowNumber = r > 0 ? r : rowNumber + 1;
                row.clear();
                column = 0;
            } else if (xml.name() == QLatin1String("c")) {
                const QString reference = attribute(xml, QLatin1String("r"));
                const int at = columnOf(reference);
                // A cell at or before one already read is a second value for a column, which
                // used to be read into the next column and shift the row (issue 21).
                if (at >= 0 && at < row.size())
                    return Error{TableReaderTr::tr("%1: row %2 has the cell %3 twice or out of "
                                                   "order; the sheet is damaged")
                                     .arg(fileName)
                                     .arg(rowNumber)
                                     .arg(reference)};
                column = at >= 0 ? at : column;
                if (column >= options.limits.maxColumns)
                    return Error{
                        TableReaderTr::tr("%1: row %2 has more than %3 columns; it is not read")
                            .arg(fileName)
                            .arg(rowNumber)
                            .arg(options.limits.maxColumns)};
                const QString type = attribute(xml, QLatin1String("t"));
                const QString styleText = attribute(xml, QLatin1String("s"));
                const int style = styleText.isEmpty() ? -1 : styleText.toInt();
                QString value;
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("v"))
                        value = xml.readElementText();
                    else if (xml.name() == QLatin1String("is"))
                        value = readInlineString(xml);
                    else
                        xml.skipCurrentElement();
                }
                while (row.size() < column)
                    row << QString();
                row << cellText(type, value, style, context);
                ++column;
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("row")) {
            if (const Status added =
                    addRow(table, std::move(row), rowNumber, fileName, options.limits);
                !added)
                return Error{added.error()};
            row = QStringList();
        }
    }
    if (xml.hasError())
        return Error{
            TableReaderTr::tr("%1: the sheet \"%2\" is not well-formed XML (%3 at line %4)")
                .arg(fileName, table.sheet, xml.errorString())
                .arg(xml.lineNumber())};
    if (table.header.isEmpty())
        return Error{TableReaderTr::tr("%1: the sheet \"%2\" is empty").arg(fileName, table.sheet)};
    reportProgress(options, 1, 1);
    return table;
}

} // namespace

Result<SourceTable> readWorkbook(const QString &path, const QString &fileName,
                                 const TableReadOptions &options)
{
    Workbook workbook(path, fileName, options);
    if (const Status opened = workbook.open(); !opened)
        return Error{opened.error()};
    const auto workbookXml = workbook.read(QStringLiteral("xl/workbook.xml"));
    if (!workbookXml)
        return Error{workbookXml.error()};
    const auto relsXml = workbook.read(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!relsXml)
        return Error{relsXml.error()};
    const std::vector<SheetEntry> sheets = parseSheets(*workbookXml);
    if (sheets.empty())
        return Error{TableReaderTr::tr("%1: the workbook has no sheets").arg(fileName)};
    SourceTable table;
    table.isWorkbook = true;
    for (const auto &sheet : sheets)
        table.sheetNames << sheet.name;
    auto chosen = sheets.begin();
    if (!options.sheet.isEmpty()) {
        chosen = std::find_if(sheets.begin(), sheets.end(),
                              [&](const SheetEntry &s) { return s.name == options.sheet; });
        if (chosen == sheets.end())
            return Error{
                TableReaderTr::tr("%1: no sheet named \"%2\" (the workbook has %3)")
                    .arg(fileName, options.sheet, table.sheetNames.join(QStringLiteral(", ")))};
    }
    table.sheet = chosen->name;
    const QString target = parseRelations(*relsXml).value(chosen->relationId);
    if (target.isEmpty())
        return Error{TableReaderTr::tr("%1: the sheet \"%2\" has no part in the archive")
                         .arg(fileName, chosen->name)};
    reportProgress(options, 5, 100);

    QStringList sharedStrings;
    if (workbook.has(QStringLiteral("xl/sharedStrings.xml"))) {
        const auto bytes = workbook.read(QStringLiteral("xl/sharedStrings.xml"));
        if (!bytes)
            return Error{bytes.error()};
        sharedStrings = parseSharedStrings(*bytes);
    }
    std::vector<bool> dateStyles;
    if (workbook.has(QStringLiteral("xl/styles.xml"))) {
        const auto bytes = workbook.read(QStringLiteral("xl/styles.xml"));
        if (!bytes)
            return Error{bytes.error()};
        dateStyles = parseDateStyles(*bytes);
    }
    reportProgress(options, 15, 100);
    const QString sheetPart = partPath(target);
    if (sheetPart.isEmpty())
        return Error{TableReaderTr::tr("%1: not an XLSX workbook (the sheet \"%2\" points "
                                       "outside the archive)")
                         .arg(fileName, chosen->name)};
    const auto sheetXml = workbook.read(sheetPart);
    if (!sheetXml)
        return Error{sheetXml.error()};
    reportProgress(options, 30, 100);
    return parseSheet(*sheetXml, SheetContext{sharedStrings, dateStyles}, std::move(table),
                      fileName, options);
}

} // namespace cplan::tablereader
