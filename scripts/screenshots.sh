#!/usr/bin/env bash
# Renders every page of the main window with the sample plan at 1280x800, in the light and a
# dark palette, offscreen (no display needed): screenshots/NN-page-light.png and -dark.png.
#
#   scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]     (defaults: build, screenshots)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build"}
out=${2:-"$root/screenshots"}
cmake --build "$build" --target test_ui_ScreenshotsTest -j2
mkdir -p "$out"
CPLAN_SCREENSHOT_DIR=$(cd "$out" && pwd) QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
    "$build/tests/ui/test_ui_ScreenshotsTest"
echo "Screenshots in $out:"
ls "$out"
