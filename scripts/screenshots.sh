#!/usr/bin/env bash
# Renders every page of the main window (sample plan, 1280x800 and 1024x700), the Alerts dock, a
# blank plan's pages, every chart view, the Analysis page and the Optimise split dialog, in the
# light and a dark palette, offscreen (no
# display needed), and every page and dialog in Chinese (zh-*.png), into OUT_DIR (default: screenshots/, git-ignored).
#
#   scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]     (defaults: build, screenshots)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build"}
out=${2:-"$root/screenshots"}
tests=(ScreenshotsTest ChartScreenshotsTest AnalysisScreenshotsTest InputScreenshotsTest
       ChineseInterfaceTest GatesScreenshotsTest SignoffScreenshotsTest TeamScreenshotsTest)
targets=()
for test in "${tests[@]}"; do
    targets+=("test_ui_$test")
done
cmake --build "$build" --target "${targets[@]}" -j2
mkdir -p "$out"
for test in "${tests[@]}"; do
    CPLAN_SCREENSHOT_DIR=$(cd "$out" && pwd) QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
        "$build/tests/ui/test_ui_$test" >/dev/null
done
echo "Screenshots in $out:"
ls "$out"
