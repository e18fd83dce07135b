#pragma once

// What every harness needs once per process: a QCoreApplication (Qt SQL and the translation
// functions expect one). Shared by the libFuzzer build and the plain-main corpus replay.

#include <QCoreApplication>

namespace cplan::fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "cplan_fuzzer";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
}

} // namespace cplan::fuzz
