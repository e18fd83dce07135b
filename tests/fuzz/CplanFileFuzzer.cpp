// libFuzzer harness for the .cplan reader: every input is read from memory by readCplanBytes(),
// which runs the checks, the SQLite reader, the migration, the layout check and the content
// checksum of readCplanFile() on an in-memory copy (sqlite3_deserialize), so an input costs no
// file, no temporary folder and no copy on disk (a file per input ran 86 to 266 exec/s; the
// figures are in docs/hardening.md). models.storage.CplanMemoryReadTest shows that both readers
// give the same plan or the same message, on this corpus too. Reading must never crash, hang or
// leak, whatever the bytes; a plan or a message are both fine. A plan that reads must validate
// without crashing. Seeds: tests/fuzz/corpus/cplan.

#include "FuzzApplication.h"

#include "models/domain/PlanValidator.h"
#include "models/storage/CplanFile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    cplan::fuzz::ensureApplication();
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const cplan::Result<cplan::Plan> plan =
        cplan::readCplanBytes(bytes, QStringLiteral("fuzz.cplan"));
    if (!plan.ok()) {
        if (plan.error().isEmpty())
            __builtin_trap(); // every refusal says why
        return 0;
    }
    (void)cplan::validatePlan(*plan);
    return 0;
}
