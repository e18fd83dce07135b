#pragma once

// Files the import dialog tests read: CSV text in GB18030 or UTF-8, and a minimal two-sheet
// XLSX written part by part with minizip (the exchange tests use libxlsxwriter; this keeps the
// UI tests free of it).

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringEncoder>

#include <zip.h>

namespace cplan::test {

inline bool writeTextFile(const QString &path, const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    const QByteArray bytes = encoder.encode(text);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A workbook with the sheets "Notes" (one cell) and "April" (a header and `rows`, every cell an
// inline string), in that order.
inline bool writeTwoSheetWorkbook(const QString &path, const QList<QStringList> &rows)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    const auto add = [&](const char *name, const QByteArray &bytes) {
        zip_fileinfo info{};
        ok = ok &&
             zipOpenNewFileInZip64(zip, name, &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                   Z_DEFAULT_COMPRESSION, 0) == ZIP_OK &&
             zipWriteInFileInZip(zip, bytes.constData(), unsigned(bytes.size())) == ZIP_OK &&
             zipCloseFileInZip(zip) == ZIP_OK;
    };
    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    add("xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel +
                               "\"><sheets><sheet name=\"Notes\" sheetId=\"1\" r:id=\"rId1\"/>"
                               "<sheet name=\"April\" sheetId=\"2\" r:id=\"rId2\"/></sheets>"
                               "</workbook>");
    add("xl/_rels/workbook.xml.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"" +
            rel +
            "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            "<Relationship Id=\"rId2\" Type=\"" +
            rel +
            "/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
            "</Relationships>");
    add("xl/worksheets/sheet1.xml",
        "<worksheet xmlns=\"" + main +
            "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
            "<is><t>Exported from the ad platform</t></is></c></row></sheetData></worksheet>");
    QByteArray sheet = "<worksheet xmlns=\"" + main + "\"><sheetData>";
    for (int r = 0; r < rows.size(); ++r) {
        sheet += "<row r=\"" + QByteArray::number(r + 1) + "\">";
        for (int c = 0; c < rows[r].size(); ++c) {
            QString escaped = rows[r][c].toHtmlEscaped();
            sheet += "<c r=\"" + QByteArray(1, char('A' + c)) + QByteArray::number(r + 1) +
                     "\" t=\"inlineStr\"><is><t>" + escaped.toUtf8() + "</t></is></c>";
        }
        sheet += "</row>";
    }
    sheet += "</sheetData></worksheet>";
    add("xl/worksheets/sheet2.xml", sheet);
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

} // namespace cplan::test
