#pragma once

// The file side of `cplan import-actuals` and `cplan calibrate`: the options that say how to read
// the file (--encoding, --sheet, --header-row), the table read with them, and the column mapping
// from its headers (and --map), with the warnings a user must see on stderr (columns that look
// like data but are not imported, a header row found below title rows).

#include "app/cli/CliCommand.h"

#include "models/exchange/ActualsImport.h"
#include "models/exchange/TableReader.h"

#include <optional>

namespace cplan::cli {

// The read options of `args`; nullopt after reporting a bad value on stderr.
std::optional<TableReadOptions> tableReadOptions(const Arguments &args, Streams &streams);

struct ImportSource
{
    SourceTable table;
    ImportMapping mapping;
    QString fileName; // without its folder, as messages name it
};

// Reads `filePath` and maps its columns for `plan`; nullopt after reporting why on stderr.
std::optional<ImportSource> readImportSource(const QString &filePath,
                                             const TableReadOptions &options, const Plan &plan,
                                             const Arguments &args, Streams &streams);

} // namespace cplan::cli
