// libFuzzer harness for the actuals import from CSV/TSV text (the text half of readTable():
// encoding detection, separator guess, quoting), then the column mapping, the preview and the
// import into the sample plan (ImportFuzzChecks.h). Any bytes give a table or a message, never
// a crash. Seeds: tests/fuzz/corpus/csv.

#include "FuzzApplication.h"
#include "ImportFuzzChecks.h"

#include "models/exchange/TableReaderParts.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    cplan::fuzz::ensureApplication();
    if (size == 0)
        return 0; // readTable() refuses an empty file before reading it
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const cplan::TableReadOptions options;
    const auto table =
        cplan::tablereader::readDelimitedText(bytes, QStringLiteral("fuzz.csv"), options);
    cplan::fuzz::checkRead(table);
    return 0;
}
