#!/usr/bin/env bash
# Builds the whole suite with AddressSanitizer + UndefinedBehaviorSanitizer in its own build
# folder (./build-sanitize) and runs every test there. Any memory error, leak-free use-after-free,
# overflow or undefined behaviour stops the test that hit it, so the suite fails.
#
#   scripts/sanitize.sh              # build and run the suite
#   scripts/sanitize.sh --fuzzers    # also build the libFuzzer harnesses (Clang) and run their
#                                    # few-second smoke tests with the suite
#
# Clang is used when installed (it is required for --fuzzers), else GCC. A Debug build at -O1:
# Qt's Q_ASSERTs are live, and the suite stays fast enough. Set CPLAN_JOBS to limit the build.
# docs/hardening.md records the last run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${CPLAN_SANITIZE_DIR:-$root/build-sanitize}"
jobs="${CPLAN_JOBS:-$(nproc)}"

fuzzers=OFF
if [ "${1:-}" = "--fuzzers" ]; then
    fuzzers=ON
fi

compiler=()
sanitizers="address,undefined"
if command -v clang++ >/dev/null 2>&1; then
    compiler=(-DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang)
    if [ "$fuzzers" = ON ]; then
        sanitizers="address,undefined,fuzzer-no-link"
    fi
elif [ "$fuzzers" = ON ]; then
    echo "sanitize.sh: --fuzzers needs clang++ (libFuzzer)" >&2
    exit 2
fi

launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
generator=()
if [ ! -f "$build_dir/CMakeCache.txt" ] && command -v ninja >/dev/null 2>&1; then
    generator=(-G Ninja)
fi

flags="-fsanitize=$sanitizers -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S "$root" -B "$build_dir" "${generator[@]}" "${compiler[@]}" "${launcher[@]}" \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
    -DCMAKE_CXX_FLAGS="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DCPLAN_BUILD_FUZZERS="$fuzzers" -DCPLAN_WERROR=OFF >/dev/null
cmake --build "$build_dir" --parallel "$jobs"

# Leaks: Qt and the system libraries it loads (fontconfig, the platform plugins) keep some
# allocations until exit on purpose; those are suppressed, our own code is not.
export LSAN_OPTIONS="suppressions=$root/scripts/lsan-suppressions.txt:print_suppressions=0"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir "$build_dir" --output-on-failure --parallel "$jobs" --timeout 1800
