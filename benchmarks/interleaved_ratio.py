#!/usr/bin/python3
"""Engine against the numpy reference, interleaved, on a machine shared with other work
(docs/benchmarks.md). Each round runs the engine benchmark (Google Benchmark, 3 repetitions,
median), then the numpy reference on the same generated plan (median of 5 runs), then, if
given, a baseline build's benchmark; the figures are the medians over the rounds of each time
and of each round's ratio, so a load that changes during the run moves both sides alike.

    interleaved_ratio.py projection BUILD_DIR [ROUNDS [BASELINE_BUILD_DIR]]
        projectGenerated (a fresh 200 x 120 projection) and projectGeneratedReusing against
        projection_numpy.project on the same inputs
    interleaved_ratio.py montecarlo BUILD_DIR [ROUNDS [BASELINE_BUILD_DIR]]
        monteCarloGenerated/1 and /2 (10,000 trials, 50 x 36) against montecarlo_numpy.run

Wall time and CPU time are both reported. The engine's CPU column is the process's CPU time
(Google Benchmark's MeasureProcessCPUTime where the benchmark sets it, i.e. both threads of the
2-thread Monte Carlo; a baseline built before that change counts only the calling thread
there); numpy's is time.process_time() (numpy uses one core; BLAS may use more for the one
matrix product). Correctness is checked by run_projection_benchmarks.sh and AnalysisBenchmark.sh,
not here.
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)


def engine_times(binary, names, extra=()):
    """Medians of 3 repetitions per benchmark name: {name: (wall s, cpu s)}."""
    pattern = "^(" + "|".join(names) + ")(/|$)"
    out = subprocess.run(
        [binary, "--benchmark_filter=" + pattern, "--benchmark_repetitions=3",
         "--benchmark_report_aggregates_only=true", "--benchmark_format=json", *extra],
        check=True, capture_output=True, text=True).stdout
    result = {}
    for b in json.loads(out)["benchmarks"]:
        if b.get("aggregate_name") != "median":
            continue
        name = b["run_name"]
        for suffix in ("/real_time", "/process_time"):
            if name.endswith(suffix):
                name = name[: -len(suffix)]
        scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[b["time_unit"]]
        result[name] = (b["real_time"] * scale, b["cpu_time"] * scale)
    return result


def numpy_times(function, runs):
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        function()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main(argv):
    if len(argv) < 3 or argv[1] not in ("projection", "montecarlo"):
        print(__doc__, file=sys.stderr)
        return 2
    kind, build = argv[1], argv[2]
    rounds = int(argv[3]) if len(argv) > 3 else 7
    baseline = argv[4] if len(argv) > 4 else None
    work = tempfile.mkdtemp()
    plan_path = os.path.join(work, "generated.json")
    if kind == "projection":
        import projection_numpy as reference
        binary_name = "projection_benchmark"
        names = ["projectGenerated", "projectGeneratedReusing"]
        subprocess.run([os.path.join(build, "benchmarks", binary_name),
                        "--write-generated-plan", plan_path], check=True)
        with open(plan_path, encoding="utf-8") as f:
            plan = json.load(f)["plan"]
        inputs = reference.prepare(plan, plan["scenarios"][0])
        # One projection is ~2 ms: time batches of 20 so the timer's resolution does not count.
        def numpy_run():
            for _ in range(20):
                reference.project(inputs)
        numpy_scale, numpy_runs = 1.0 / 20.0, 5
    else:
        import montecarlo_numpy as reference
        binary_name = "analysis_benchmark"
        names = ["monteCarloGenerated/1", "monteCarloGenerated/2"]
        subprocess.run([os.path.join(build, "benchmarks", binary_name),
                        "--write-generated-plan", plan_path], check=True)
        with open(plan_path, encoding="utf-8") as f:
            plan = json.load(f)["plan"]
        model = reference.prepare(plan)
        def numpy_run():
            reference.run(model, 10000)
        numpy_scale, numpy_runs = 1.0, 5

    binary = os.path.join(build, "benchmarks", binary_name)
    base_binary = os.path.join(baseline, "benchmarks", binary_name) if baseline else None
    rows = {name: {"wall": [], "cpu": [], "rw": [], "rc": [], "bw": [], "bc": []}
            for name in names}
    numpy_wall, numpy_cpu = [], []
    print(f"load before: {os.getloadavg()}")
    for r in range(rounds):
        engine = engine_times(binary, names)
        wall, cpu = numpy_times(numpy_run, numpy_runs)
        wall, cpu = wall * numpy_scale, cpu * numpy_scale
        numpy_wall.append(wall)
        numpy_cpu.append(cpu)
        base = engine_times(base_binary, names) if base_binary else {}
        for name in names:
            e_wall, e_cpu = engine[name]
            row = rows[name]
            row["wall"].append(e_wall)
            row["cpu"].append(e_cpu)
            row["rw"].append(wall / e_wall)
            row["rc"].append(cpu / e_cpu)
            if name in base:
                row["bw"].append(base[name][0])
                row["bc"].append(base[name][1])
        print(f"round {r + 1}: numpy {wall * 1e3:.3f} ms wall / {cpu * 1e3:.3f} ms CPU; " +
              "; ".join(f"{n} {engine[n][0] * 1e3:.3f} / {engine[n][1] * 1e3:.3f} ms" +
                        (f" (baseline {base[n][0] * 1e3:.3f} / {base[n][1] * 1e3:.3f})"
                         if n in base else "") for n in names), flush=True)
    print(f"load after: {os.getloadavg()}")
    med = statistics.median
    print(f"\nmedians of {rounds} interleaved rounds; numpy {np.__version__}: "
          f"{med(numpy_wall) * 1e3:.3f} ms wall, {med(numpy_cpu) * 1e3:.3f} ms CPU")
    print("| case | engine wall / CPU | baseline wall / CPU | numpy wall / CPU | "
          "ratio wall / CPU (median of rounds) |")
    print("|---|---|---|---|---|")
    for name in names:
        row = rows[name]
        base_text = (f"{med(row['bw']) * 1e3:.3f} / {med(row['bc']) * 1e3:.3f} ms"
                     if row["bw"] else "-")
        print(f"| {name} | {med(row['wall']) * 1e3:.3f} / {med(row['cpu']) * 1e3:.3f} ms | "
              f"{base_text} | {med(numpy_wall) * 1e3:.3f} / {med(numpy_cpu) * 1e3:.3f} ms | "
              f"{med(row['rw']):.1f}x / {med(row['rc']):.1f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
