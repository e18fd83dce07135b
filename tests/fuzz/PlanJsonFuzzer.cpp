// libFuzzer harness for the interchange JSON reader (readPlanJson, with the raw-text checks of
// JsonTextCheck): any bytes give a plan or a message, never a crash. A plan that reads is
// validated, written back to JSON and must read again (the writer's output is always valid).
// Seeds: tests/fuzz/corpus/json.

#include "FuzzApplication.h"

#include "models/domain/PlanValidator.h"
#include "models/storage/PlanJson.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    cplan::fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const cplan::Result<cplan::Plan> plan = cplan::readPlanJson(bytes);
    if (!plan.ok()) {
        if (plan.error().isEmpty())
            __builtin_trap();
        return 0;
    }
    (void)cplan::validatePlan(*plan);
    const cplan::Result<cplan::Plan> again = cplan::readPlanJson(cplan::writePlanJson(*plan));
    if (!again.ok())
        __builtin_trap(); // what we write, we must read
    return 0;
}
