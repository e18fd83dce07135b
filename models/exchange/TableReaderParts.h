#pragma once

// The two readers behind readTable() (TableReader.h), and what they share.

#include "models/exchange/TableReader.h"

#include <QByteArray>
#include <QCoreApplication>

namespace cplan::tablereader {

struct TableReaderTr
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)
};

// "12.3 MB" for messages about sizes.
QString sizeText(qint64 bytes);

inline bool cancelled(const TableReadOptions &options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

inline void reportProgress(const TableReadOptions &options, qint64 done, qint64 total)
{
    if (options.progress && total > 0)
        options.progress(int(std::min<qint64>(100, done * 100 / total)));
}

// The messages of the column and cell length limits.
Error tooManyColumns(const QString &fileName, int rowNumber, const ImportLimits &limits);
Error cellTooLong(const QString &fileName, int rowNumber, const ImportLimits &limits);

// Adds a parsed row to `table`: the first non-empty row becomes the header, empty rows are
// skipped. Fails when the table grows past the row or column cap.
Status addRow(SourceTable &table, QStringList row, int rowNumber, const QString &fileName,
              const ImportLimits &limits);

// CSV/TSV text of `bytes` (the whole file, already size-checked).
Result<SourceTable> readDelimitedText(const QByteArray &bytes, const QString &fileName,
                                      const TableReadOptions &options);

// A sheet of the XLSX workbook at `path` (already size-checked).
Result<SourceTable> readWorkbook(const QString &path, const QString &fileName,
                                 const TableReadOptions &options);

} // namespace cplan::tablereader
