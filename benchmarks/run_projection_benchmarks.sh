#!/bin/sh
# The projection benchmark of docs/benchmarks.md: the C++ engine (Google Benchmark) and the numpy
# reference (projection_numpy.py) on the same inputs, in one run, with the ratio.
#   benchmarks/run_projection_benchmarks.sh BUILD_DIR
set -eu
build="${1:?usage: run_projection_benchmarks.sh BUILD_DIR}"
here="$(cd "$(dirname "$0")" && pwd)"
bin="$build/benchmarks/projection_benchmark"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) CPU(s), $(lscpu | sed -n 's/^Model name: *//p' | head -n1)"
sample="$here/../resources/sample/brokerage-2025.json"
"$bin" --write-generated-plan "$work/generated.json"
"$bin" --print-totals "$sample" > "$work/sample-totals.json"
"$bin" --print-totals "$work/generated.json" > "$work/generated-totals.json"
"$bin" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
       --benchmark_out="$work/engine.json" --benchmark_out_format=json
echo
/usr/bin/python3 "$here/projection_numpy.py" compare "sample plan" "$sample" \
    "$work/sample-totals.json" "$work/engine.json" projectSample
/usr/bin/python3 "$here/projection_numpy.py" compare "generated plan" "$work/generated.json" \
    "$work/generated-totals.json" "$work/engine.json" projectGenerated,projectGeneratedReusing
