#pragma once

// Reads a table of actuals from a file a planner was given: CSV/TSV text in UTF-8, UTF-16 or
// GB18030, or a sheet of an XLSX workbook. The file kind is told by content (an XLSX file is a
// zip archive), not by name. Hostile files are refused with a clear message instead of being
// read: files above a size cap, binary content, zip archives that would expand too much, and
// tables with more rows than any plan can hold. Never shows a dialog (ARCHITECTURE.md rule 2).

#include "models/domain/Result.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace cplan {

enum class TextEncoding
{
    Auto, // byte-order mark, else valid UTF-8, else GB18030
    Utf8,
    Utf16, // byte-order mark decides LE/BE; little-endian without one
    Gb18030
};

// "auto", "utf-8" (or "utf8"), "utf-16" (or "utf16"), "gb18030" (or "gbk", "gb2312").
std::optional<TextEncoding> textEncodingFromString(const QString &text);
QString textEncodingName(TextEncoding encoding);

// Caps that keep a hostile file from exhausting memory or time.
struct ImportLimits
{
    qint64 maxTextBytes = qint64(64) << 20;      // a CSV/TSV file
    qint64 maxWorkbookBytes = qint64(64) << 20;  // an .xlsx file on disk
    qint64 maxEntryBytes = qint64(128) << 20;    // one part of the workbook, unpacked
    qint64 maxUnpackedBytes = qint64(256) << 20; // all parts read, unpacked
    int maxZipEntries = 10000;                   // parts in the archive
    double maxCompressionRatio = 200.0;          // unpacked / packed, for parts above 1 MiB
    int maxRows = 100000;                        // data rows (a plan holds at most 24,000)
    int maxColumns = 512;
    int maxCellChars = 10000; // one cell (the longest name a plan accepts)
};

struct TableReadOptions
{
    TextEncoding encoding = TextEncoding::Auto;
    QString sheet; // XLSX: the sheet's name; empty = the first sheet
    // The header's row number as a spreadsheet shows it; 0 = found by itself (guessHeaderRow).
    int headerRow = 0;
    ImportLimits limits;
    // Called now and then with 0..100 while reading (on the reading thread).
    std::function<void(int percent)> progress;
    // Set from another thread to stop reading; the read then fails with cancelledMessage().
    const std::atomic_bool *cancel = nullptr;
};

struct SourceTable
{
    QStringList header;            // the header row (see TableReadOptions::headerRow)
    std::vector<QStringList> rows; // the data rows below it (empty rows skipped)
    std::vector<int> rowNumbers;   // each data row's number as a spreadsheet shows it (1-based)
    int headerRowNumber = 1;
    // Title and note rows above the header ("2025年投放数据", "单位：万元"), with their numbers.
    std::vector<QStringList> titleRows;
    std::vector<int> titleRowNumbers;
    QString encoding;       // text: the encoding used ("UTF-8", "GB18030", ...)
    QChar separator;        // text: ',', ';' or '\t'
    QStringList sheetNames; // XLSX: every sheet of the workbook
    QString sheet;          // XLSX: the sheet read
    bool isWorkbook = false;
};

// Reads the table at `path`. Errors name the file and the reason ("actuals.csv: the file is
// 200.0 MB; files above 64.0 MB are not read").
Result<SourceTable> readTable(const QString &path, const TableReadOptions &options = {});

// The row number of the first row that looks like a header: at least two text cells (not
// numbers or months), and about as wide as the table, so title rows (also merged title cells,
// which keep their text in the first cell only) and note rows above the header are passed over.
// Looks at the first 30 non-empty rows; the first row when none looks like a header.
int guessHeaderRow(const SourceTable &table);

// Makes the non-empty row numbered `rowNumber` the header: the rows above become title rows,
// the rows below data rows. Fails, leaving `table` unchanged, when there is no such row.
Status setHeaderRow(SourceTable &table, int rowNumber);

// The message of a read stopped through TableReadOptions::cancel.
QString cancelledMessage();

} // namespace cplan
