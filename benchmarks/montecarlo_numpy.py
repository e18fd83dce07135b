#!/usr/bin/python3
"""A vectorised numpy implementation of the Monte Carlo of MODEL.md §5.3, the reference the C++
engine is measured against (docs/benchmarks.md). Same plan (interchange JSON, first scenario),
same formulas, same statistics; numpy's own random stream (PCG64), so the results agree exactly
only without uncertainty and statistically otherwise.

    montecarlo_numpy.py run PLAN.json TRIALS [--no-uncertainty]     statistics as JSON
    montecarlo_numpy.py compare PLAN.json ENGINE.json ENGINE_U0.json TRIALS
        ENGINE.json / ENGINE_U0.json: `analysis_benchmark --print-montecarlo` on the plan and on
        the plan without uncertainty. Checks u = 0 agrees to 1e-9 relative, the random runs
        agree statistically, and times numpy (best of 5).

Like the engine: triangular draws by the inverse CDF, every family drawn for every channel,
rates clipped to [0, 1], drawn retention clipped to [0, 0.9999], percentiles by linear
interpolation (numpy's default), leads = h / cpl with h = A / (1 + A/κ) fixed across trials.
"""

import json
import sys
import time

import numpy as np

FAMILIES = ("cpl", "conversion", "arpu", "retention")
METRICS = ("customers", "cac", "value", "roi", "return_ratio")


def phasing_weights(phasing, months):
    weights = np.ones(months)
    if phasing and "quarterly" in phasing:
        q = np.asarray(phasing["quarterly"], dtype=float)
        weights = q[(np.arange(months) // 3) % 4]
    elif phasing and "monthly" in phasing:
        weights = np.asarray(phasing["monthly"], dtype=float)
    return weights / weights.sum()


def prepare(plan, no_uncertainty=False):
    """The fixed part (MODEL.md §3.1–§3.5) and the drivers; not part of the timing."""
    scenario = plan["scenarios"][0]
    kinds = {c["name"]: c["kind"] for c in plan["categories"]}
    shares = scenario["category_shares"]
    budget = float(scenario["budget"])
    pool = budget * sum(v for k, v in shares.items() if kinds[k] == "channel")
    overhead = budget * sum(v for k, v in shares.items() if kinds[k] == "overhead")
    months = plan["months"]
    horizon = plan.get("value_horizon_months", 36)
    base = phasing_weights(scenario.get("phasing"), months)
    drivers = [scenario["channels"][c["name"]] for c in plan["channels"]]
    weights = np.array([phasing_weights(d["phasing"], months) if d.get("phasing") else base
                        for d in drivers])
    share = np.array([d["share"] for d in drivers])
    spend = pool * share[:, None] * weights
    theta = np.array([d.get("carryover", 0.0) for d in drivers])
    effective = np.empty_like(spend)
    effective[:, 0] = (1 - theta) * spend[:, 0]
    for m in range(1, months):
        effective[:, m] = (1 - theta) * spend[:, m] + theta * effective[:, m - 1]
    inverse_saturation = np.array([1.0 / d["saturation_spend"] if d.get("saturation_spend")
                                   else 0.0 for d in drivers])
    saturated = effective / (1 + effective * inverse_saturation[:, None])
    scenario_u = {} if no_uncertainty else scenario.get("uncertainty", {})
    half_widths = np.array([[0.0 if no_uncertainty else
                             d.get("uncertainty", {}).get(f, scenario_u.get(f, 0.0))
                             for d in drivers] for f in FAMILIES])
    length = months + horizon - 1
    cumulative_spend = np.cumsum(np.concatenate([spend.sum(axis=0), np.zeros(horizon - 1)]))
    return {
        "budget": budget, "spend_total": spend.sum(), "overhead": overhead, "months": months,
        "horizon": horizon, "length": length,
        "delta": (1 + plan.get("discount_rate_annual", 0.0)) ** (1 / 12) - 1,
        "saturated": saturated, "saturated_sum": saturated.sum(axis=1),
        "cpl": np.array([d["cpl"] for d in drivers]),
        "conversion": np.array([d["conversion"] for d in drivers]),
        "arpu": np.array([d["arpu_monthly"] for d in drivers]),
        "margin": np.array([d["margin"] for d in drivers]),
        "retention": np.array([d["retention_monthly"] for d in drivers]),
        "half_widths": half_widths, "cumulative_spend": cumulative_spend,
        "targets": plan.get("targets", []),
    }


def safe_ratio(numerator, denominator):
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(denominator != 0, numerator / np.where(denominator != 0, denominator, 1),
                        np.nan)


def run(model, trials, seed=20250101):
    """All trials at once: arrays of trials x channels (months only in the payback loop)."""
    rng = np.random.default_rng(seed)
    channels = model["cpl"].size
    uniform = rng.random((4, trials, channels))
    t = np.where(uniform < 0.5, np.sqrt(2 * uniform) - 1, 1 - np.sqrt(2 * (1 - uniform)))
    factor = 1 + t * model["half_widths"][:, None, :]
    cpl = factor[0] * model["cpl"]
    per_lead = 1 / cpl
    stage_totals = [(per_lead * model["saturated_sum"]).sum(axis=1)]
    for k in range(model["conversion"].shape[1]):
        per_lead = per_lead * np.clip(factor[1] * model["conversion"][:, k], 0, 1)
        stage_totals.append((per_lead * model["saturated_sum"]).sum(axis=1))
    monthly_margin = factor[2] * model["arpu"] * model["margin"]
    ceiling = np.where(model["half_widths"][3] > 0, 0.9999, 1.0)
    retention = np.minimum(np.maximum(factor[3] * model["retention"], 0), ceiling)
    q = retention / (1 + model["delta"])
    horizon = model["horizon"]
    with np.errstate(divide="ignore", invalid="ignore"):
        factor_sum = np.where(np.abs(1 - q) < 1e-4, horizon, (1 - q ** horizon) / (1 - q))
    lifetime = monthly_margin * factor_sum
    customers_by_channel = per_lead * model["saturated_sum"]
    value = (customers_by_channel * lifetime).sum(axis=1)
    monthly_customers = per_lead @ model["saturated"]

    # MODEL.md §3.10: the active margin recursion, all trials at once.
    margin_per_unit = monthly_margin * per_lead
    fade = retention ** horizon
    active = np.zeros((trials, channels))
    margin_so_far = np.zeros(trials)
    payback = np.full(trials, np.nan)
    months = model["months"]
    for step in range(model["length"]):
        active *= retention
        if step < months:
            active += model["saturated"][:, step]
        if step >= horizon and step - horizon < months:
            active -= fade * model["saturated"][:, step - horizon]
        margin_so_far += (active * margin_per_unit).sum(axis=1)
        spend_so_far = model["cumulative_spend"][step]
        if spend_so_far > 0:
            newly = np.isnan(payback) & (margin_so_far >= spend_so_far)
            payback[newly] = step + 1
        if not np.isnan(payback).any():
            break

    spend = model["spend_total"]
    leads, customers = stage_totals[0], stage_totals[-1]
    ltv = safe_ratio(value, customers)
    cac = safe_ratio(spend, customers)
    totals = {
        "customers": customers, "leads": leads, "value": value, "cac": cac, "ltv": ltv,
        "roi": safe_ratio(value - spend, spend) * np.ones(trials),
        "return_ratio": safe_ratio(value, spend) * np.ones(trials),
        "payback_month": payback, "ltv_cac": safe_ratio(ltv, cac),
        "conversion": safe_ratio(customers, leads),
        "cac_loaded": safe_ratio(spend + model["overhead"], customers),
    }
    for k, volume in enumerate(stage_totals):
        totals[f"cost_per_stage.{k}"] = safe_ratio(spend, volume)
        if k > 0:
            totals[f"stage_conversion.{k}"] = safe_ratio(volume, stage_totals[k - 1])

    statistics = {}
    for metric in METRICS:
        values = totals[metric]
        values = values[~np.isnan(values)]
        p5, p10, p50, p90, p95 = np.percentile(values, [5, 10, 50, 90, 95])
        statistics[metric] = {"mean": values.mean(), "p5": p5, "p10": p10, "p50": p50,
                              "p90": p90, "p95": p95}
    targets = []
    for target in model["targets"]:
        values = totals[target["metric"]]
        with np.errstate(invalid="ignore"):
            met = values <= target["value"] if target["op"] == "<=" else values >= target["value"]
        targets.append({"metric": target["metric"], "op": target["op"],
                        "target": target["value"], "probability": float(met.mean())})
    fan = np.percentile(monthly_customers, [10, 50, 90], axis=0)
    return {"trials": trials, "metrics": statistics, "targets": targets,
            "monthly_customers": {"p10": fan[0].tolist(), "p50": fan[1].tolist(),
                                  "p90": fan[2].tolist()}}


def agree(a, b, tolerance):
    return abs(a - b) <= tolerance * max(abs(b), 1e-3)


def compare(plan_path, engine_path, engine_u0_path, trials):
    with open(plan_path, encoding="utf-8") as f:
        plan = json.load(f)["plan"]
    with open(engine_path, encoding="utf-8") as f:
        engine = json.load(f)
    with open(engine_u0_path, encoding="utf-8") as f:
        engine_u0 = json.load(f)
    failures = 0

    # 1. Without uncertainty every trial is the projection: exact agreement.
    reference = run(prepare(plan, no_uncertainty=True), trials)
    for metric in METRICS:
        for key, expected in reference["metrics"][metric].items():
            if not agree(engine_u0["metrics"][metric][key], expected, 1e-9):
                print(f"u = 0: {metric}.{key} engine {engine_u0['metrics'][metric][key]} "
                      f"numpy {expected}")
                failures += 1
    for mine, theirs in zip(reference["targets"], engine_u0["targets"]):
        if mine["probability"] != theirs["probability"]:
            print(f"u = 0: target {mine['metric']} numpy {mine['probability']} "
                  f"engine {theirs['probability']}")
            failures += 1
    print(f"u = 0 (deterministic): {'agree to 1e-9' if failures == 0 else 'DISAGREE'}")

    # 2. With uncertainty, different streams: means within 4 standard errors (the P5..P95
    # spread / 3.29 bounds the standard deviation), percentiles within 2% relative,
    # probabilities within 0.03.
    model = prepare(plan)
    numpy_result = run(model, trials)
    statistical = 0
    for metric in METRICS:
        mine = numpy_result["metrics"][metric]
        theirs = engine["metrics"][metric]
        sigma = (mine["p95"] - mine["p5"]) / 3.29
        if abs(mine["mean"] - theirs["mean"]) > 4 * sigma / np.sqrt(trials) * np.sqrt(2):
            print(f"{metric}.mean numpy {mine['mean']} engine {theirs['mean']}")
            statistical += 1
        for key in ("p5", "p10", "p50", "p90", "p95"):
            if not agree(theirs[key], mine[key], 0.02):
                print(f"{metric}.{key} numpy {mine[key]} engine {theirs[key]}")
                statistical += 1
    for mine, theirs in zip(numpy_result["targets"], engine["targets"]):
        if abs(mine["probability"] - theirs["probability"]) > 0.03:
            print(f"target {mine['metric']} numpy {mine['probability']} "
                  f"engine {theirs['probability']}")
            statistical += 1
    print(f"u > 0 (statistical, {trials} trials each): "
          f"{'agree' if statistical == 0 else 'DISAGREE'}")
    for metric in ("customers", "roi"):
        print(f"  {metric:10s} P50 numpy {numpy_result['metrics'][metric]['p50']:.6g} "
              f"engine {engine['metrics'][metric]['p50']:.6g}")

    # 3. Timing: best of 5 wall-clock runs (numpy uses one core; BLAS may use more for the
    # one matrix product).
    best = float("inf")
    best_cpu = float("inf")
    for _ in range(5):
        wall, cpu = time.perf_counter(), time.process_time()
        run(model, trials)
        best = min(best, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    print(f"numpy {np.__version__}: {trials} trials, {model['cpl'].size} channels x "
          f"{model['months']} months: best of 5 {best * 1000:.1f} ms wall, "
          f"{best_cpu * 1000:.1f} ms CPU")
    return 1 if failures or statistical else 0


def main(argv):
    if len(argv) >= 4 and argv[1] == "run":
        with open(argv[2], encoding="utf-8") as f:
            plan = json.load(f)["plan"]
        result = run(prepare(plan, "--no-uncertainty" in argv), int(argv[3]))
        print(json.dumps(result, default=float))
        return 0
    if len(argv) == 6 and argv[1] == "compare":
        return compare(argv[2], argv[3], argv[4], int(argv[5]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
