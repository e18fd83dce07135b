#!/usr/bin/env bash
# Builds the libFuzzer harnesses of tests/fuzz (Clang, ASan + UBSan, only the fuzz targets and
# the libraries under them) in ./build-fuzz and runs them one after the other, each from its
# corpus in tests/fuzz/corpus/<folder>, printing one line per harness: executions, exec/s, new
# inputs, peak memory and findings.
#
#   scripts/fuzz.sh --smoke                 # 60 s per harness (what a developer runs)
#   scripts/fuzz.sh --runs 1000000          # a volume run: a million executions per harness
#   scripts/fuzz.sh --time 600 cplan_file_fuzzer csv_actuals_fuzzer   # some harnesses only
#   scripts/fuzz.sh --smoke --merge         # then add what they reached to the corpora
#
# Options: --no-build (use the build folder as it is), --build-dir DIR (default ./build-fuzz,
# or CPLAN_FUZZ_DIR), --merge (after each run, the new inputs that reach new code are merged
# into tests/fuzz/corpus/<folder>/found with -merge=1, so the corpus stays minimal and the
# replay tests of the ordinary suite run them). `cmake --build build-fuzz --target fuzz-smoke`
# runs `--smoke --no-build` on that folder. A finding (crash, leak, timeout, sanitizer report)
# leaves its reproducer in <build dir>/fuzz-findings/ and makes the script exit 1. Runs at
# nice 10; set CPLAN_JOBS to limit the build. docs/hardening.md has the measured figures.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${CPLAN_FUZZ_DIR:-$root/build-fuzz}"
jobs="${CPLAN_JOBS:-$(nproc)}"
limit=(-max_total_time=60)
build=1
merge=0
only=()
while [ $# -gt 0 ]; do
    case "$1" in
    --smoke) limit=(-max_total_time=60) ;;
    --runs) limit=(-runs="$2") && shift ;;
    --time) limit=(-max_total_time="$2") && shift ;;
    --no-build) build=0 ;;
    --merge) merge=1 ;;
    --build-dir) build_dir="$(cd "$2" && pwd)" && shift ;;
    -h | --help) sed -n '2,19p' "$0" && exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1" >&2 && exit 2 ;;
    *) only+=("$1") ;;
    esac
    shift
done

if [ "$build" = 1 ]; then
    command -v clang++ >/dev/null 2>&1 || { echo "fuzz.sh: needs clang++ (libFuzzer)" >&2; exit 2; }
    launcher=()
    command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    generator=()
    if [ ! -f "$build_dir/CMakeCache.txt" ] && command -v ninja >/dev/null 2>&1; then
        generator=(-G Ninja)
    fi
    cmake -S "$root" -B "$build_dir" "${generator[@]}" "${launcher[@]}" \
        -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
        -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined,fuzzer-no-link -fno-sanitize-recover=undefined -fno-omit-frame-pointer" \
        -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
        -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined" \
        -DCPLAN_BUILD_FUZZERS=ON -DCPLAN_WERROR=OFF >/dev/null
fi
list="$build_dir/tests/fuzz/fuzzers.txt"
[ -f "$list" ] || { echo "fuzz.sh: $list is missing: configure $build_dir with Clang and -DCPLAN_BUILD_FUZZERS=ON" >&2; exit 2; }
targets=()
while read -r target folder; do
    if [ ${#only[@]} -eq 0 ] || [[ " ${only[*]} " == *" $target "* ]]; then
        targets+=("$target:$folder")
    fi
done <"$list"
[ ${#targets[@]} -gt 0 ] || { echo "fuzz.sh: no such harness: ${only[*]}" >&2; exit 2; }
if [ "$build" = 1 ]; then
    nice -n 10 cmake --build "$build_dir" --parallel "$jobs" --target "${targets[@]%%:*}"
fi

# Allocation stacks off: Qt has no frame pointers, and storing its garbage stacks took most of
# the time of some harnesses (docs/hardening.md); a report still shows where the access was.
export LC_ALL=C.UTF-8 TZ=UTC
export ASAN_OPTIONS="${ASAN_OPTIONS:-malloc_context_size=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="suppressions=$root/scripts/lsan-suppressions.txt:print_suppressions=0"
findings_dir="$build_dir/fuzz-findings"
mkdir -p "$findings_dir"
found=0
printf '%-22s %12s %9s %8s %9s %10s  %s\n' harness executions exec/s seconds new-units peak-RSS findings
for entry in "${targets[@]}"; do
    target="${entry%%:*}"
    folder="${entry#*:}"
    seeds="$root/tests/fuzz/corpus/$folder"
    work="$build_dir/fuzz-work/$target"
    log="$build_dir/fuzz-work/$target.log"
    mkdir -p "$work"
    started=$(date +%s)
    status=0
    nice -n 10 "$build_dir/tests/fuzz/$target" "${limit[@]}" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$findings_dir/$target-" "$work" "$seeds" \
        >"$log" 2>&1 || status=$?
    seconds=$(($(date +%s) - started))
    stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
    result="0"
    if [ "$status" != 0 ]; then
        result="FOUND (exit $status; $log; reproducer in $findings_dir)"
        found=1
    fi
    printf '%-22s %12s %9s %8s %9s %7s MB  %s\n' "$target" "$(stat number_of_executed_units)" \
        "$(stat average_exec_per_sec)" "$seconds" "$(stat new_units_added)" "$(stat peak_rss_mb)" \
        "$result"
    if [ "$merge" = 1 ] && [ "$status" = 0 ]; then
        # found/ becomes the smallest set of inputs that, with the hand-made seeds beside it,
        # reaches every edge the seeds, the old found/ and this run reached (-merge=1 keeps an
        # input only when it adds coverage to what the first folder already holds; edges only,
        # -use_counters=0, not how often each is taken, or the corpus grows tenfold).
        merged="$(mktemp -d)"
        find "$seeds" -maxdepth 1 -type f -exec cp {} "$merged/" \;
        find "$merged" -type f -printf '%f\n' | sort >"$merged.seeds"
        mkdir -p "$seeds/found"
        nice -n 10 "$build_dir/tests/fuzz/$target" -merge=1 -use_counters=0 -timeout=10 -rss_limit_mb=2048 \
            "$merged" "$seeds/found" "$work" >"$log.merge" 2>&1
        rm -f "$seeds"/found/*
        find "$merged" -type f -printf '%f\n' | sort | comm -13 "$merged.seeds" - |
            while read -r name; do mv "$merged/$name" "$seeds/found/$name"; done
        rm -rf "$merged" "$merged.seeds"
        echo "  corpus $folder: $(find "$seeds" -type f | wc -l) files, $(du -sk "$seeds" | cut -f1) KB"
    fi
done
exit "$found"
