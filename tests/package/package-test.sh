#!/usr/bin/env bash
# The package test (CTest `package.Install`): makes the Debian package from an existing build
# with CPack (no compiling), inspects it with dpkg-deb, and — as root — installs it, runs both
# programs, checks the desktop sees the .cplan file type, and removes it without leaving files.
#
#   tests/package/package-test.sh BUILD_DIR [CPACK]
#
# Exit 0 = passed, 1 = failed, 77 = skipped (no dpkg-deb; or not root, after the inspection;
# or campaign-planner already installed here, which this test leaves alone).
set -euo pipefail
build=$(cd "${1:?usage: package-test.sh BUILD_DIR [CPACK]}" && pwd)
cpack=${2:-cpack}
package=campaign-planner
mime_type=application/x-campaign-planner
desktop_id=org.campaignplanner.CampaignPlanner.desktop

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
check() { # check DESCRIPTION COMMAND...: runs the command, counts a failure if it fails
    local what=$1
    shift
    if "$@" >>"$work/checks.log" 2>&1; then echo "ok: $what"; else fail "$what"; fi
}

if ! command -v dpkg-deb >/dev/null 2>&1; then
    echo "SKIP: dpkg-deb is missing (not a Debian system)"
    exit 77
fi

work=$(mktemp -d)
started=$SECONDS
step() { echo "[$((SECONDS - started)) s] $*"; }
installed_here=0
cleanup() {
    # A failure half-way must not leave the package installed on the machine.
    if [ "$installed_here" = 1 ] && dpkg-query -W "$package" >/dev/null 2>&1; then
        dpkg --purge "$package" >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# 1. Make the package from the existing build.
step "cpack"
if ! "$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack could not make the package" >&2
    exit 1
fi
deb=$(ls "$work"/out/${package}_*.deb)
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# 2. Inspect it: control fields, dependencies, files and their modes.
step "inspect"
dpkg-deb -I "$deb" >"$work/info"
dpkg-deb -c "$deb" >"$work/contents"
field() { dpkg-deb -f "$deb" "$1"; }
check "Package is $package" test "$(field Package)" = "$package"
check "Maintainer is set" grep -q '<.*@.*>' <<<"$(field Maintainer)"
check "Section is set" test -n "$(field Section)"
# The package names of Depends, one a line (versions dropped).
depends=$(field Depends | tr ',' '\n' | sed 's/^ *//; s/[ (].*//')
for dependency in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 \
    libqt6sql6-sqlite libqcustomplot2.1-qt6; do
    check "Depends names $dependency" grep -qxF "$dependency" <<<"$depends"
done
expected_files=(
    ./usr/bin/campaign-planner
    ./usr/bin/cplan
    "./usr/share/applications/$desktop_id"
    ./usr/share/metainfo/org.campaignplanner.CampaignPlanner.metainfo.xml
    ./usr/share/mime/packages/campaign-planner.xml
    ./usr/share/icons/hicolor/scalable/apps/campaign-planner.svg
    ./usr/share/man/man1/cplan.1.gz
    ./usr/share/man/man1/campaign-planner.1.gz
    ./usr/share/bash-completion/completions/cplan
    ./usr/share/doc/campaign-planner/copyright
    ./usr/share/doc/campaign-planner/changelog.gz
    ./usr/share/doc/campaign-planner/user-guide.md
    ./usr/share/doc/campaign-planner/model.md
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected_files+=("./usr/share/icons/hicolor/${size}x${size}/apps/campaign-planner.png")
done
for file in "${expected_files[@]}"; do
    check "ships $file" grep -q " $file\$" "$work/contents"
done
check "ships the guide's images" grep -q ' ./usr/share/doc/campaign-planner/images/.*\.png$' \
    "$work/contents"
check "programs are root-owned and executable" \
    test "$(grep -cE '^-rwxr-xr-x root/root .* ./usr/bin/(campaign-planner|cplan)$' \
        "$work/contents")" = 2
check "every file is under /usr" \
    test "$(awk '{print $6}' "$work/contents" | grep -cvE '^\./(usr/.*)?$')" = 0
check "no file is group- or world-writable" \
    test "$(awk '{print $1}' "$work/contents" | grep -c '^.....w\|^........w')" = 0

if [ "$(id -u)" -ne 0 ]; then
    [ "$failures" = 0 ] || exit 1
    echo "SKIP: the inspection passed; installing needs root"
    exit 77
fi
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "installed"; then
    [ "$failures" = 0 ] || exit 1
    echo "SKIP: $package is already installed on this machine; the test leaves it alone"
    exit 77
fi

# 3. Install it. The build's own dependencies are present, so dpkg -i suffices (and is much
# quicker than apt, which reads every package list); apt fetches what a leaner machine lacks.
step "install"
installed_here=1
export DEBIAN_FRONTEND=noninteractive
if dpkg -i "$deb" >"$work/install.log" 2>&1; then
    echo "ok: installed with dpkg -i"
elif command -v apt-get >/dev/null 2>&1 &&
    apt-get install -y -q --no-install-recommends -f >>"$work/install.log" 2>&1 &&
    dpkg-query -W -f='${Status}' "$package" | grep -q "install ok installed"; then
    echo "ok: installed with dpkg -i, dependencies by apt-get -f install"
else
    cat "$work/install.log" >&2
    echo "FAIL: dpkg -i $deb" >&2
    exit 1
fi
dpkg-query -L "$package" >"$work/installed-files"

step "run"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
cd "$work"
version=$(dpkg-deb -f "$deb" Version)
check "campaign-planner is /usr/bin/campaign-planner" \
    test "$(command -v campaign-planner)" = /usr/bin/campaign-planner
check "campaign-planner --version says $version" \
    test "$(/usr/bin/campaign-planner --version)" = "campaign-planner $version"
check "cplan --version runs" /usr/bin/cplan --version
check "cplan new x.cplan --sample brokerage" /usr/bin/cplan new x.cplan --sample brokerage
check "cplan validate x.cplan" /usr/bin/cplan validate x.cplan
check "cplan project x.cplan" /usr/bin/cplan project x.cplan
# The window opens the plan and keeps running until `timeout` stops it (124); an exit before
# that is a crash or a refusal (a missing library or the SQLite plug-in).
status=0
timeout 8 /usr/bin/campaign-planner x.cplan >"$work/gui.log" 2>&1 || status=$?
check "campaign-planner opens x.cplan and keeps running" test "$status" = 124

# The file type: by name, by content alone (the header's application id), and an ordinary
# SQLite database (application id zeroed) is not taken for a plan.
filetype() { xdg-mime query filetype "$1" 2>/dev/null; }
cp x.cplan renamed-plan
cp x.cplan other-database
printf '\0\0\0\0' | dd of=other-database bs=1 seek=68 conv=notrunc status=none
check "xdg-mime: x.cplan is $mime_type" test "$(filetype x.cplan)" = "$mime_type"
check "xdg-mime: a plan without .cplan is $mime_type by its content" \
    test "$(filetype renamed-plan)" = "$mime_type"
check "xdg-mime: another SQLite database is not a plan" \
    test "$(filetype other-database)" != "$mime_type"
if command -v update-desktop-database >/dev/null 2>&1; then
    check "xdg-mime: plans open with Campaign Planner" \
        test "$(xdg-mime query default "$mime_type")" = "$desktop_id"
fi
check "the manual page is installed" test -s /usr/share/man/man1/cplan.1.gz
check "bash completion offers the commands" \
    bash -c 'source /usr/share/bash-completion/completions/cplan 2>/dev/null; complete -p cplan'

# 4. Remove it: nothing of it may be left behind, and the file type is gone with it.
step "remove"
if ! dpkg -r "$package" >"$work/remove.log" 2>&1; then
    cat "$work/remove.log" >&2
    fail "dpkg -r $package"
fi
dpkg --purge "$package" >>"$work/remove.log" 2>&1 || fail "dpkg --purge $package"
installed_here=0
check "dpkg no longer knows $package" \
    test -z "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep installed || true)"
left=0
while IFS= read -r path; do
    if [ -e "$path" ] && [ ! -d "$path" ]; then
        echo "left behind: $path" >&2
        left=$((left + 1))
    fi
done <"$work/installed-files"
check "no installed file is left" test "$left" = 0
check "no documentation directory is left" test ! -e /usr/share/doc/$package
check "xdg-mime: x.cplan is no longer $mime_type" test "$(filetype x.cplan)" != "$mime_type"
check "xdg-mime: nor is the renamed plan" test "$(filetype renamed-plan)" != "$mime_type"

step "done"
if [ "$failures" != 0 ]; then
    echo "$failures check(s) failed; their output:" >&2
    cat "$work/checks.log" >&2
    exit 1
fi
echo "all package checks passed"
