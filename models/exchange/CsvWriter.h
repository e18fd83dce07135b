#pragma once

// CSV files of an export (RFC 4180): one file per table, UTF-8 with a byte-order mark so Excel
// reads Chinese names correctly, "." as the decimal point, no thousands separators, numbers at
// full precision (the shortest text that reads back to the same double), an empty field for an
// undefined value.

#include "models/domain/Result.h"
#include "models/exchange/ExportWorkbook.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cplan {

// `text` with a leading apostrophe when it starts with = + - @, a tab or a carriage return
// (and is not a plain number such as "-5"), so a spreadsheet shows it instead of evaluating it
// as a formula (=HYPERLINK(...)), as OWASP's "CSV injection" advice says; the XLSX export writes
// such names as string cells, which no spreadsheet evaluates (issue 21, A.16).
QString neutralisedCsvText(const QString &text);
// One field, neutralised as above, quoted when it holds a quote, a comma, a line break or
// leading/trailing space.
QString csvField(const QString &text);
// The whole table as CSV bytes: BOM, the header line, one line per row, CRLF line ends.
QByteArray csvTable(const ExportTable &table);

// The files `writeCsv` writes for `outPath`: with `tableId`, only `outPath`; else
// NAME-<table>.csv beside it for every table of exportTableIds() (NAME = `outPath` without
// ".csv"), and NAME-delays.csv too for a workbook that has the cost of delay (MODEL.md §6).
QStringList csvPaths(const QString &outPath, const QString &tableId = {});

// Writes the tables (all, or the one with `tableId`), each file atomically. An unknown table is
// a located error naming the available ones.
Status writeCsv(const ExportWorkbook &workbook, const QString &outPath,
                const QString &tableId = {});

} // namespace cplan
