#!/usr/bin/env bash
# Builds the Debian package of Campaign Planner (Release) into build-package/ and checks it
# with lintian, appstreamcli and desktop-file-validate. Then, as root:
#   apt-get install ./build-package/campaign-planner_*.deb
#
#   scripts/package.sh            (CPLAN_PACKAGE_BUILD_DIR chooses another build directory)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${CPLAN_PACKAGE_BUILD_DIR:-$root/build-package}"
jobs="${CPLAN_JOBS:-$(nproc)}"

bash "$root/scripts/install-deps.sh"
# The checkers only this script uses.
checkers=(lintian appstream desktop-file-utils)
missing=()
for package in "${checkers[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    as_root=()
    [ "$(id -u)" -eq 0 ] || as_root=(sudo)
    echo "Installing the package checkers: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq \
        --no-install-recommends "${missing[@]}"
fi

configure=(-DCMAKE_BUILD_TYPE=Release -DCPLAN_WERROR=ON -DCPLAN_BUILD_TESTS=OFF
    -DCPLAN_BUILD_BENCHMARKS=OFF)
if [ ! -f "$build_dir/CMakeCache.txt" ] && command -v ninja >/dev/null 2>&1; then
    configure+=(-G Ninja)
fi
if command -v ccache >/dev/null 2>&1; then
    configure+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S "$root" -B "$build_dir" "${configure[@]}" >/dev/null
cmake --build "$build_dir" --parallel "$jobs"
rm -f "$build_dir"/campaign-planner_*.deb
(cd "$build_dir" && cpack -G DEB >/dev/null)
deb=$(ls "$build_dir"/campaign-planner_*.deb)

linux="$root/installer/linux"
desktop-file-validate "$linux/org.campaignplanner.CampaignPlanner.desktop"
appstreamcli validate --no-net "$linux/org.campaignplanner.CampaignPlanner.metainfo.xml" >/dev/null
# Errors and warnings fail the package.
lintian --fail-on error,warning --info "$deb"

echo "Built $deb ($(du -h "$deb" | cut -f1)). Install it with:"
echo "  sudo apt-get install $deb"
