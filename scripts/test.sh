#!/usr/bin/env bash
# Installs what is missing, builds (Release, warnings as errors) and runs every test with CTest.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${CPLAN_BUILD_DIR:-$root/build}"

bash "$root/scripts/install-deps.sh"
bash "$root/scripts/build.sh"
# GUI tests use the offscreen platform (set per test in CMake), so no display is needed.
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" --timeout 900
