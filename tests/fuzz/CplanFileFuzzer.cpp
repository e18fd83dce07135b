// libFuzzer harness for readCplanFile(): every input is written to a file and read back as a
// .cplan. Reading must never crash, hang or leak, whatever the bytes; a plan or a message are
// both fine. Build with Clang and -DCPLAN_BUILD_FUZZERS=ON (see CMakeLists.txt here), then:
//   ./cplan_file_fuzzer -max_total_time=60 corpus/
// A good seed corpus is a few saved plans (cplan new seed.cplan --sample brokerage).

#include "models/storage/CplanFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static int argc = 1;
    static char name[] = "cplan_file_fuzzer";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
    static const QString path = QDir::temp().filePath(
        QStringLiteral("cplan-fuzz-%1.cplan").arg(QCoreApplication::applicationPid()));

    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    file.close();
    const cplan::Result<cplan::Plan> plan = cplan::readCplanFile(path);
    // Touch the result so the read cannot be optimised away.
    return plan.ok() ? static_cast<int>(plan->channels.size() > 1000) : 0;
}
