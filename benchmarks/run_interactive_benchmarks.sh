#!/bin/sh
# The interactive benchmarks of docs/benchmarks.md ("Interactive"): edit -> repaint latency of
# the real window on the three plan sizes, and start-up against a bare-window yardstick.
# Prints the table of the issue. Usage:
#   benchmarks/run_interactive_benchmarks.sh BUILD_DIR [EDITS_PER_PAGE] [STARTUP_RUNS]
# after `cmake --build BUILD_DIR --target interactive_benchmark` (Release).
set -eu
build=${1:?usage: $0 BUILD_DIR [EDITS_PER_PAGE] [STARTUP_RUNS]}
edits=${2:-9}
runs=${3:-7}
bench="$build/benchmarks/interactive/interactive_benchmark"
[ -x "$bench" ] || { echo "no $bench: build the interactive_benchmark target" >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 TZ=UTC
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "load before: $(uptime)"
for size in sample medium big; do
    n=$edits
    [ "$size" = big ] && n=$(( edits < 5 ? edits : 5 ))
    "$bench" edit "$size" "$n" | tee "$out/edit-$size.txt"
done

# Start-up: the two programs alternate, each run a fresh process; medians of RUNS each.
i=0
while [ $i -lt "$runs" ]; do
    for which in bare app; do
        "$bench" startup "$which" "$(date +%s%N)" | sed -n 's/^RESULT startup [a-z]* ms //p' \
            >> "$out/startup-$which.txt"
    done
    i=$((i + 1))
done
echo "load after: $(uptime)"

edit_ms() { sed -n 's/^RESULT edit [a-z]* worst_page_median_ms \([0-9.]*\) page \(.*\)$/\1 ms (\2)/p' "$out/edit-$1.txt"; }
cpu_ms() { sed -n 's/^RESULT cpu [a-z]* worst_page_median_ms \([0-9.]*\) page \(.*\)$/\1 ms (\2)/p' "$out/edit-$1.txt"; }
med() { sort -n "$1" | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
app=$(med "$out/startup-app.txt")
bare=$(med "$out/startup-bare.txt")
ratio=$(awk -v a="$app" -v b="$bare" 'BEGIN {printf "%.2f", a / b}')

echo
echo "| plan | edit -> repaint, worst page, wall (median of $edits edits; big: $(( edits < 5 ? edits : 5 ))) | same, CPU time | goal |"
echo "|---|---|---|---|"
echo "| the sample (6 channels x 12 months, 3 scenarios) | $(edit_ms sample) | $(cpu_ms sample) | <= 16 ms |"
echo "| 50 channels x 36 months x 4 scenarios, 900 actual rows, 12 milestones | $(edit_ms medium) | $(cpu_ms medium) | <= 16 ms |"
echo "| 200 channels x 120 months x 5 scenarios, 12,000 actual rows, 40 milestones | $(edit_ms big) | $(cpu_ms big) | <= 50 ms |"
echo "| start-up to first painted window (sample) vs bare QMainWindow + QCustomPlot + table (medians of $runs) | ${ratio}x ($app vs $bare ms) | | <= 1.5x |"
