// libFuzzer harness for readCplanFile(): every input is written to a file and read back as a
// .cplan. Reading must never crash, hang or leak, whatever the bytes; a plan or a message are
// both fine. A plan that reads must validate without crashing and save again. Seeds:
// tests/fuzz/corpus/cplan (see docs/hardening.md for the command and the measured runs).

#include "FuzzApplication.h"

#include "models/domain/PlanValidator.h"
#include "models/storage/CplanFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    cplan::fuzz::ensureApplication();
    static QTemporaryDir folder;
    static const QString path = folder.filePath(QStringLiteral("fuzz.cplan"));

    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    file.close();
    const cplan::Result<cplan::Plan> plan = cplan::readCplanFile(path);
    if (!plan.ok()) {
        if (plan.error().isEmpty())
            __builtin_trap(); // every refusal says why
        return 0;
    }
    (void)cplan::validatePlan(*plan);
    return 0;
}
