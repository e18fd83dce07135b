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
# ccache is optional: where it is installed, rebuilds after a branch switch or in a second clone
# reuse earlier compilations (the build is otherwise ~10 minutes on two cores).
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
# Both README commands build the same way (warnings are errors: the bar is zero warnings), so
# running one after the other reuses the build instead of recompiling everything.
cmake -S "$root" -B "$build_dir" "${generator[@]}" "${launcher[@]}" -DCMAKE_BUILD_TYPE=Release \
    -DCPLAN_WERROR=ON >/dev/null
cmake --build "$build_dir" --parallel "$jobs"
