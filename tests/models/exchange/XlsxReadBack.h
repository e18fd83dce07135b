#pragma once

// Reads an .xlsx back for the tests: unzips it with minizip and parses the sheet XML, the
// shared strings and the number formats with QXmlStreamReader. Only what the tests check.

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <unzip.h>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace cplan::test {

struct XlsxCell
{
    QString text;                 // a string cell
    std::optional<double> number; // a number (also a formula's cached result)
    QString formula;              // "SUM(C5:N5)"
    QString numberFormat;         // the format code of the cell's style
};

struct XlsxSheet
{
    QString name;
    std::map<std::pair<int, int>, XlsxCell> cells; // (row, column), 0-based
    int frozenRows = 0;
    int frozenColumns = 0;

    const XlsxCell *cell(int row, int column) const
    {
        const auto found = cells.find({row, column});
        return found == cells.end() ? nullptr : &found->second;
    }
    QString text(int row, int column) const
    {
        const XlsxCell *found = cell(row, column);
        return found ? found->text : QString();
    }
    int rowCount() const { return cells.empty() ? 0 : cells.rbegin()->first.first + 1; }
};

struct XlsxBook
{
    std::vector<XlsxSheet> sheets;
    QString error;

    const XlsxSheet *sheet(const QString &name) const
    {
        for (const XlsxSheet &candidate : sheets) {
            if (candidate.name == name)
                return &candidate;
        }
        return nullptr;
    }
};

inline std::optional<QByteArray> unzipEntry(unzFile zip, const char *name)
{
    if (unzLocateFile(zip, name, 0) != UNZ_OK || unzOpenCurrentFile(zip) != UNZ_OK)
        return std::nullopt;
    QByteArray bytes;
    char buffer[16384];
    int read = 0;
    while ((read = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
        bytes.append(buffer, read);
    unzCloseCurrentFile(zip);
    if (read < 0)
        return std::nullopt;
    return bytes;
}

// "C12" -> (11, 2)
inline std::pair<int, int> cellPosition(const QString &reference)
{
    int column = 0;
    int i = 0;
    for (; i < reference.size() && reference.at(i).isLetter(); ++i)
        column = column * 26 + (reference.at(i).unicode() - 'A' + 1);
    return {reference.mid(i).toInt() - 1, column - 1};
}

inline XlsxBook readXlsx(const QString &path)
{
    XlsxBook book;
    unzFile zip = unzOpen(path.toLocal8Bit().constData());
    if (!zip) {
        book.error = QStringLiteral("not a zip file");
        return book;
    }
    const auto workbook = unzipEntry(zip, "xl/workbook.xml");
    const auto shared = unzipEntry(zip, "xl/sharedStrings.xml");
    const auto styles = unzipEntry(zip, "xl/styles.xml");
    if (!workbook || !styles) {
        unzClose(zip);
        book.error = QStringLiteral("workbook.xml or styles.xml missing");
        return book;
    }

    QStringList strings;
    if (shared) {
        QXmlStreamReader xml(*shared);
        QString current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si"))
                current.clear();
            else if (xml.isStartElement() && xml.name() == QLatin1String("t"))
                current += xml.readElementText();
            else if (xml.isEndElement() && xml.name() == QLatin1String("si"))
                strings << current;
        }
    }

    // Number formats: built-in ids used here, and the custom ones by id; cellXfs by index.
    QHash<int, QString> formatCodes{{0, QStringLiteral("General")}};
    std::vector<int> styleFormats;
    {
        QXmlStreamReader xml(*styles);
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("numFmt")) {
                formatCodes.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                                   xml.attributes().value(QLatin1String("formatCode")).toString());
            } else if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = false;
            } else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf")) {
                styleFormats.push_back(xml.attributes().value(QLatin1String("numFmtId")).toInt());
            }
        }
    }

    QStringList names;
    {
        QXmlStreamReader xml(*workbook);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("sheet"))
                names << xml.attributes().value(QLatin1String("name")).toString();
        }
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QByteArray entry = "xl/worksheets/sheet" + QByteArray::number(i + 1) + ".xml";
        const auto bytes = unzipEntry(zip, entry.constData());
        if (!bytes) {
            book.error = QStringLiteral("missing ") + QString::fromLatin1(entry);
            break;
        }
        XlsxSheet sheet;
        sheet.name = names.at(i);
        QXmlStreamReader xml(*bytes);
        std::pair<int, int> position;
        XlsxCell cell;
        QString type;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("pane")) {
                sheet.frozenRows = xml.attributes().value(QLatin1String("ySplit")).toInt();
                sheet.frozenColumns = xml.attributes().value(QLatin1String("xSplit")).toInt();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
                position = cellPosition(xml.attributes().value(QLatin1String("r")).toString());
                type = xml.attributes().value(QLatin1String("t")).toString();
                cell = XlsxCell{};
                const int style = xml.attributes().value(QLatin1String("s")).toInt();
                if (style >= 0 && style < int(styleFormats.size()))
                    cell.numberFormat = formatCodes.value(styleFormats[std::size_t(style)]);
            } else if (xml.isStartElement() && xml.name() == QLatin1String("f")) {
                cell.formula = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
                const QString value = xml.readElementText();
                if (type == QLatin1String("s"))
                    cell.text = strings.value(value.toInt());
                else if (type == QLatin1String("str"))
                    cell.text = value;
                else
                    cell.number = value.toDouble();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("t")) {
                cell.text = xml.readElementText(); // an inline string
            } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
                sheet.cells[position] = cell;
            }
        }
        if (xml.hasError())
            book.error = sheet.name + QStringLiteral(": ") + xml.errorString();
        book.sheets.push_back(std::move(sheet));
    }
    unzClose(zip);
    return book;
}

} // namespace cplan::test
