// libFuzzer harness for TSV paste (TabularText::parse): any clipboard text gives rows or a
// message. Rows that parse are formatted and parsed again and must come back the same (copy
// then paste is lossless). Seeds: tests/fuzz/corpus/tsv.

#include "FuzzApplication.h"

#include "models/itemmodels/TabularText.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    cplan::fuzz::ensureApplication();
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto rows = cplan::TabularText::parse(text);
    if (!rows.ok())
        return 0;
    const auto again = cplan::TabularText::parse(cplan::TabularText::format(*rows));
    if (!again.ok() || *again != *rows)
        __builtin_trap();
    return 0;
}
