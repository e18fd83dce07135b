#!/usr/bin/env bash
# Configures and builds Campaign Planner (Release) into ./build. Incremental when run again.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${CPLAN_BUILD_DIR:-$root/build}"
jobs="${CPLAN_JOBS:-$(nproc)}"

generator=()
if [ ! -f "$build_dir/CMakeCache.txt" ] && command -v ninja >/dev/null 2>&1; then
    generator=(-G Ninja)
fi
cmake -S "$root" -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
    -DCPLAN_WERROR="${CPLAN_WERROR:-OFF}" >/dev/null
cmake --build "$build_dir" --parallel "$jobs"
