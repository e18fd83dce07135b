#!/usr/bin/env bash
# Renders the application icon's PNG sizes for the hicolor theme from the SVG, with
# rsvg-convert (Debian package librsvg2-bin). The PNGs are committed, so building and
# packaging do not need it; run this again only after changing icons/campaign-planner.svg.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
svg="$here/icons/campaign-planner.svg"
for size in 16 22 24 32 48 64 128 256 512; do
    dir="$here/icons/hicolor/${size}x${size}"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --output "$dir/campaign-planner.png" "$svg"
done
# The application's own window icon (resources/icons, compiled into the binary).
mkdir -p "$here/../../resources/icons"
cp "$here/icons/hicolor/256x256/campaign-planner.png" "$here/../../resources/icons/"
