#!/usr/bin/env bash
# Installs what is missing, builds, and starts Campaign Planner on the embedded sample plan.
# Without a display it says so and prints `cplan project` of the sample instead.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${CPLAN_BUILD_DIR:-$root/build}"

bash "$root/scripts/install-deps.sh"
bash "$root/scripts/build.sh"

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$build_dir/app/campaign-planner" --sample
fi

echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open."
echo "Here is the sample plan's projection from the command line instead:"
echo
sample="$(mktemp -d)/brokerage-2025.cplan"
"$build_dir/app/cplan" new --sample brokerage "$sample"
"$build_dir/app/cplan" project "$sample"
