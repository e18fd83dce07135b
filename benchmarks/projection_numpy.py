#!/usr/bin/python3
"""A straightforward vectorised numpy implementation of MODEL.md §3, the reference the C++ engine
is measured against (docs/benchmarks.md). Same inputs (an interchange JSON plan), same totals.

    projection_numpy.py PLAN.json [--totals]            totals of every scenario as JSON
    projection_numpy.py compare LABEL PLAN.json ENGINE_TOTALS.json ENGINE_BENCH.json NAMES
        checks the totals agree to 1e-9 relative, times the numpy projection of the first
        scenario and prints it against the engine benchmarks NAMES (comma-separated, medians
        of Google Benchmark's JSON) with the ratios, wall clock and CPU time.

Run through run_projection_benchmarks.sh, which produces the engine's files first.
"""

import json
import math
import statistics
import sys
import time
import timeit

import numpy as np


def phasing_weights(phasing, months):
    weights = np.ones(months)
    if phasing and "quarterly" in phasing:
        q = np.asarray(phasing["quarterly"], dtype=float)
        weights = q[(np.arange(months) // 3) % 4]
    elif phasing and "monthly" in phasing:
        weights = np.asarray(phasing["monthly"], dtype=float)
    return weights / weights.sum()


def prepare(plan, scenario):
    """The scenario's drivers as arrays (MODEL.md §2, §3.1, §3.2); not part of the timing."""
    kinds = {c["name"]: c["kind"] for c in plan["categories"]}
    shares = scenario["category_shares"]
    pool = scenario["budget"] * sum(v for k, v in shares.items() if kinds[k] == "channel")
    overhead = scenario["budget"] * sum(v for k, v in shares.items() if kinds[k] == "overhead")
    reserve = scenario["budget"] * sum(v for k, v in shares.items() if kinds[k] == "reserve")
    months = plan["months"]
    base = phasing_weights(scenario.get("phasing"), months)
    drivers = [scenario["channels"][c["name"]] for c in plan["channels"]]
    weights = np.array([phasing_weights(d["phasing"], months) if d.get("phasing") else base
                        for d in drivers])
    return {
        "budget": float(scenario["budget"]), "pool": pool, "overhead": overhead,
        "reserve": reserve, "months": months,
        "horizon": plan.get("value_horizon_months", 36),
        "discount": plan.get("discount_rate_annual", 0.0),
        "shares": np.array([d["share"] for d in drivers], dtype=float),
        "weights": weights,
        "cpl": np.array([d["cpl"] for d in drivers], dtype=float),
        "inverse_saturation": np.array([1.0 / d["saturation_spend"]
                                        if d.get("saturation_spend") else 0.0 for d in drivers]),
        "carryover": np.array([d.get("carryover", 0.0) for d in drivers], dtype=float),
        "conversion": np.array([d["conversion"] for d in drivers], dtype=float),
        "arpu": np.array([d["arpu_monthly"] for d in drivers], dtype=float),
        "margin": np.array([d["margin"] for d in drivers], dtype=float),
        "retention": np.array([d["retention_monthly"] for d in drivers], dtype=float),
    }


def ratio(numerator, denominator):
    if denominator is None or numerator is None or denominator == 0:
        return None
    return numerator / denominator


def project(x):
    """MODEL.md §3 for one scenario: totals, per-channel arrays, monthly series, cash curve."""
    months, horizon = x["months"], x["horizon"]
    theta = x["carryover"][:, None]
    # §3.3 spend, §3.4 carryover (the recursion runs along months, vectorised over channels).
    spend = x["pool"] * x["shares"][:, None] * x["weights"]
    effective = np.empty_like(spend)
    effective[:, 0] = (1.0 - theta[:, 0]) * spend[:, 0]
    for m in range(1, months):
        effective[:, m] = (1.0 - theta[:, 0]) * spend[:, m] + theta[:, 0] * effective[:, m - 1]
    # §3.5 leads, §3.6 funnel.
    leads = effective / (x["cpl"][:, None] * (1.0 + effective * x["inverse_saturation"][:, None]))
    volumes = [leads]
    for k in range(x["conversion"].shape[1]):
        volumes.append(volumes[-1] * x["conversion"][:, k][:, None])
    customers = volumes[-1]
    # §3.7 LTV.
    delta = (1.0 + x["discount"]) ** (1.0 / 12.0) - 1.0
    g = x["arpu"] * x["margin"]
    q = x["retention"] / (1.0 + delta)
    ltv = g * (q[:, None] ** np.arange(horizon)).sum(axis=1)
    # §3.8 per channel.
    channel_spend = spend.sum(axis=1)
    channel_customers = customers.sum(axis=1)
    channel_value = channel_customers * ltv
    # §3.9 totals.
    total_spend = channel_spend.sum()
    stage_volumes = [float(v.sum()) for v in volumes]
    value = float(channel_value.sum())
    total_customers = stage_volumes[-1]
    # §3.10 cohort cash curve: margin[t] = Σ_j Σ_c g_c ρ_c^j N[c, t−j], j < H.
    length = months + horizon - 1
    margin = np.zeros(length)
    cohort = g[:, None] * customers
    for j in range(horizon):
        margin[j:j + months] += (x["retention"] ** j) @ cohort
    cumulative_margin = np.cumsum(margin)
    cumulative_spend = np.concatenate(
        [np.cumsum(spend.sum(axis=0)), np.full(horizon - 1, spend.sum())])
    paid_back = np.nonzero((cumulative_spend > 0) & (cumulative_margin >= cumulative_spend))[0]
    cac = ratio(total_spend, total_customers)
    ltv_total = ratio(value, total_customers)
    totals = {
        "budget": x["budget"], "channel_spend": float(total_spend),
        "overhead": x["overhead"], "reserve": x["reserve"],
        "leads": stage_volumes[0], "customers": total_customers,
        "stage_volumes": stage_volumes,
        "cost_per_stage": [ratio(total_spend, v) for v in stage_volumes],
        "cost_per_lead": ratio(total_spend, stage_volumes[0]), "cac": cac,
        "cac_loaded": ratio(total_spend + x["overhead"], total_customers),
        "conversion": ratio(total_customers, stage_volumes[0]), "ltv": ltv_total,
        "value": value, "roi": ratio(value - total_spend, total_spend),
        "roi_loaded": ratio(value - total_spend - x["overhead"], total_spend + x["overhead"]),
        "return_ratio": ratio(value, total_spend), "ltv_cac": ratio(ltv_total, cac),
        "payback_month": int(paid_back[0]) + 1 if paid_back.size else None,
    }
    return totals, channel_value, cumulative_margin


def totals_of_plan(path):
    with open(path, encoding="utf-8") as f:
        plan = json.load(f)["plan"]
    return plan, {s["name"]: project(prepare(plan, s))[0] for s in plan["scenarios"]}


def differences(actual, expected, path=""):
    """Every disagreement beyond 1e-9 relative (absolute floor 1e-12), located by key."""
    found = []
    if isinstance(expected, dict):
        if set(actual) != set(expected):
            found.append(f"{path}: keys {sorted(set(actual) ^ set(expected))}")
        for key in expected:
            if key in actual:
                found += differences(actual[key], expected[key], f"{path}.{key}")
    elif isinstance(expected, list):
        if len(actual) != len(expected):
            return [f"{path}: length {len(actual)} vs {len(expected)}"]
        for i, (a, e) in enumerate(zip(actual, expected)):
            found += differences(a, e, f"{path}[{i}]")
    elif expected is None or actual is None:
        if actual is not expected:
            found.append(f"{path}: {actual} vs {expected}")
    elif abs(actual - expected) > 1e-9 * max(abs(expected), 1e-3):
        found.append(f"{path}: {actual!r} vs {expected!r}")
    return found


def median_seconds(function, clock, repeats=7):
    timer = timeit.Timer(function, timer=clock)
    number, _ = timer.autorange()
    return statistics.median(t / number for t in timer.repeat(repeats, number))


def compare(label, plan_path, engine_totals_path, engine_bench_path, bench_names):
    plan, numpy_totals = totals_of_plan(plan_path)
    with open(engine_totals_path, encoding="utf-8") as f:
        engine_totals = json.load(f)
    problems = differences(numpy_totals, engine_totals)
    if problems:
        print(f"{label}: numpy and engine totals DISAGREE:\n  " + "\n  ".join(problems[:20]))
        return False
    inputs = prepare(plan, plan["scenarios"][0])
    numpy_wall = median_seconds(lambda: project(inputs), time.perf_counter)
    numpy_cpu = median_seconds(lambda: project(inputs), time.process_time)
    with open(engine_bench_path, encoding="utf-8") as f:
        bench = json.load(f)
    channels, months = len(plan["channels"]), plan["months"]
    print(f"{label} ({channels} channels x {months} months, H = "
          f"{plan.get('value_horizon_months', 36)}): totals agree to 1e-9 "
          f"({len(numpy_totals)} scenario(s))")
    print(f"  numpy reference: wall {numpy_wall * 1e6:,.1f} us, CPU {numpy_cpu * 1e6:,.1f} us")
    for name in bench_names.split(","):
        engine = [b for b in bench["benchmarks"] if b["name"] == name + "_median"]
        scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[engine[0]["time_unit"]]
        wall, cpu = engine[0]["real_time"] * scale, engine[0]["cpu_time"] * scale
        print(f"  engine {name}: wall {wall * 1e6:,.1f} us, CPU {cpu * 1e6:,.1f} us -> "
              f"{numpy_wall / wall:,.1f}x faster (wall), {numpy_cpu / cpu:,.1f}x (CPU)")
    return True


def main(argv):
    if len(argv) == 7 and argv[1] == "compare":
        return 0 if compare(*argv[2:]) else 1
    if len(argv) >= 2 and not argv[1].startswith("-"):
        _, totals = totals_of_plan(argv[1])
        print(json.dumps(totals))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
