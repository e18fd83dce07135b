#!/bin/sh
# The analysis benchmark of docs/benchmarks.md: the C++ engine (Google Benchmark) and the numpy
# reference (montecarlo_numpy.py) on the same 50-channel x 36-month plan, in one run.
#   benchmarks/AnalysisBenchmark.sh BUILD_DIR [TRIALS [BASELINE_BUILD_DIR]]
# BASELINE_BUILD_DIR: another build's analysis_benchmark (e.g. of an earlier commit) whose Monte
# Carlo is timed in the same run, for before/after figures on the same machine state.
set -eu
build="${1:?usage: AnalysisBenchmark.sh BUILD_DIR [TRIALS [BASELINE_BUILD_DIR]]}"
trials="${2:-10000}"
baseline="${3:-}"
here="$(cd "$(dirname "$0")" && pwd)"
bin="$build/benchmarks/analysis_benchmark"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) CPU(s), $(lscpu | sed -n 's/^Model name: *//p' | head -n1)"
"$bin" --write-generated-plan "$work/generated.json"
# The same plan without any uncertainty: every trial is the projection.
/usr/bin/python3 - "$work/generated.json" "$work/certain.json" <<'PY'
import json, sys
document = json.load(open(sys.argv[1], encoding="utf-8"))
for scenario in document["plan"]["scenarios"]:
    scenario.pop("uncertainty", None)
    for channel in scenario["channels"].values():
        channel.pop("uncertainty", None)
json.dump(document, open(sys.argv[2], "w", encoding="utf-8"))
PY
"$bin" --print-montecarlo "$work/generated.json" "$trials" > "$work/engine.json"
"$bin" --print-montecarlo "$work/certain.json" "$trials" > "$work/engine-u0.json"
"$bin" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
       --benchmark_filter='monteCarlo|optimize|goalSeek|sensitivity'
if [ -n "$baseline" ]; then
    echo
    echo "baseline: $baseline"
    "$baseline/benchmarks/analysis_benchmark" --benchmark_repetitions=5 \
        --benchmark_report_aggregates_only=true --benchmark_filter='monteCarlo'
    "$baseline/benchmarks/analysis_benchmark" --print-montecarlo "$work/generated.json" \
        "$trials" > "$work/baseline.json"
    if cmp -s "$work/baseline.json" "$work/engine.json"; then
        echo "baseline and engine: identical Monte Carlo output (every statistic, the fan)"
    else
        echo "baseline and engine: Monte Carlo outputs DIFFER"
    fi
fi
echo
/usr/bin/python3 "$here/montecarlo_numpy.py" compare "$work/generated.json" \
    "$work/engine.json" "$work/engine-u0.json" "$trials"
