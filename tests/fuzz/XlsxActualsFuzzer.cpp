// libFuzzer harness for the actuals import from an XLSX workbook (readTable() on a zip archive:
// minizip, the caps against zip bombs, the workbook, relationships, shared strings, styles and
// sheet XML), then the mapping, preview and import into the sample plan (ImportFuzzChecks.h).
// Seeds: tests/fuzz/corpus/xlsx.
//
// Two kinds of input, told apart by the first bytes:
//  - a zip archive ("PK\3\4"): written to a file as it is and read (the archive layer);
//  - anything else: the parts of a workbook separated by NUL bytes, in the order
//    workbook.xml, _rels/workbook.xml.rels, worksheets/sheet1.xml, sharedStrings.xml,
//    styles.xml; the harness packs them into a valid archive (right checksums), so the fuzzer
//    reaches the XML readers instead of stopping at a checksum mismatch. A part left out is
//    left out of the archive.

#include "FuzzApplication.h"
#include "ImportFuzzChecks.h"

#include "models/exchange/TableReader.h"

#include <QByteArrayList>
#include <QFile>
#include <QTemporaryDir>

#include <zip.h>

#include <cstddef>
#include <cstdint>

namespace {

// Packs `parts` (NUL-separated) into a stored zip at `path`. False when it cannot be written.
bool writeArchive(const QString &path, const QByteArray &input)
{
    static const char *const names[] = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                        "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml",
                                        "xl/styles.xml"};
    const QByteArrayList parts = input.split('\0');
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (qsizetype i = 0; i < parts.size() && i < qsizetype(std::size(names)); ++i) {
        const QByteArray &part = parts[i];
        zip_fileinfo info{};
        ok = ok &&
             zipOpenNewFileInZip64(zip, names[i], &info, nullptr, 0, nullptr, 0, nullptr, 0, 0,
                                   0) == ZIP_OK &&
             zipWriteInFileInZip(zip, part.constData(), unsigned(part.size())) == ZIP_OK &&
             zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    cplan::fuzz::ensureApplication();
    static QTemporaryDir folder;
    static const QString path = folder.filePath(QStringLiteral("fuzz.xlsx"));

    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QFile::remove(path);
    if (bytes.startsWith(QByteArrayLiteral("PK\x03\x04"))) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(bytes);
        file.close();
    } else if (!writeArchive(path, bytes)) {
        return 0;
    }
    const auto table = cplan::readTable(path);
    cplan::fuzz::checkRead(table);
    return 0;
}
