"""Time partnerlens.analytics.complexity against the Growth Lab's ecomplexity.

Usage (from the repository root):

    PYTHONPATH=src .venv/bin/python benchmarks/bench_complexity.py [--runs 3]

1. One HS6-like year (230 economies × 5,000 products) is timed for
   partnerlens alone, in a fresh process, whose peak resident memory is read
   from getrusage; one more call under tracemalloc gives the peak memory that
   complexity() itself allocates (numpy arrays included).
2. An HS4-like panel (150 economies × 1,000 products × 5 years, synthetic, from
   a latent-capability model) is given to both packages; the medians of
   several runs are compared and the results checked to agree.

ecomplexity runs with verbose=False and check_logsupermodularity=False:
partnerlens does not run that check, so it would only slow ecomplexity down.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
import warnings

import ecomplexity
import numpy as np
import pandas as pd

from partnerlens.analytics.complexity import complexity

METRICS = ["rca", "mcp", "diversity", "ubiquity", "eci", "pci", "density", "coi", "cog"]
KEYS = ["year", "exporter", "product"]


def latent_capability_panel(
    n_economies: int, n_products: int, years: range, digits: int, seed: int = 2024
) -> pd.DataFrame:
    """Synthetic exports: an economy mostly exports the products its capability reaches.

    Capability and product requirements are uniform on [0, 1]; an economy
    exports a product with logistic probability in (capability − requirement),
    at a lognormal value scaled by a lognormal economy size. Zero flows are
    left out, as in BACI. Product codes have ``digits`` digits.
    """
    rng = np.random.default_rng(seed)
    capability = rng.random((n_economies, 1))
    requirement = rng.random(n_products)
    size = rng.lognormal(0, 1, (n_economies, 1))
    years_of_values = []
    for year in years:
        exports_it = rng.random((n_economies, n_products)) < 1 / (1 + np.exp((requirement - capability) / 0.1))
        values = size * rng.lognormal(0, 1, (n_economies, n_products)) * exports_it
        economy, product = np.nonzero(values)
        years_of_values.append(
            pd.DataFrame(
                {
                    "year": year,
                    "exporter": np.char.add("E", np.char.zfill(economy.astype(str), 3)),
                    "product": np.char.zfill(product.astype(str), digits),
                    "value_usd": values[economy, product],
                }
            ).astype({"exporter": object, "product": object})
        )
    return pd.concat(years_of_values, ignore_index=True)


def median_seconds(function, runs: int) -> tuple[float, object]:
    """Median wall time of ``runs`` calls, and the last result."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def run_ecomplexity(panel: pd.DataFrame) -> pd.DataFrame:
    columns = {"time": "year", "loc": "exporter", "prod": "product", "val": "value_usd"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ecomplexity.ecomplexity(panel, columns, verbose=False, check_logsupermodularity=False)


def largest_difference(ours: pd.DataFrame, theirs: pd.DataFrame) -> float:
    merged = ours.merge(theirs, on=KEYS, suffixes=("", "_ref"), validate="one_to_one")
    assert len(merged) == len(theirs) == len(ours)
    return max(float(np.nanmax(np.abs(merged[m] - merged[f"{m}_ref"]))) for m in METRICS)


def compare_on_hs4(runs: int) -> None:
    panel = latent_capability_panel(150, 1000, range(2016, 2021), digits=4)
    print(f"HS4-like panel: 150 economies x 1,000 products x 5 years, {len(panel):,} rows")
    ours_seconds, ours = median_seconds(lambda: complexity(panel), runs)
    theirs_seconds, theirs = median_seconds(lambda: run_ecomplexity(panel), runs)
    print(f"{'package':<14}{'median s of ' + str(runs):>16}")
    print(f"{'partnerlens':<14}{ours_seconds:>16.3f}")
    print(f"{'ecomplexity':<14}{theirs_seconds:>16.3f}")
    print(f"speed-up: {theirs_seconds / ours_seconds:.1f}x")
    print(f"largest absolute difference over {', '.join(METRICS)}: {largest_difference(ours, theirs):.2e}")


def hs6_year_in_fresh_process(runs: int) -> None:
    child = subprocess.run(
        [sys.executable, __file__, "--hs6-child", "--runs", str(runs)], capture_output=True, text=True, check=True
    )
    report = json.loads(child.stdout)
    print(
        f"HS6-like year: 230 economies x 5,000 products, {report['rows']:,} input rows, {report['cells']:,} output rows"
    )
    print(f"partnerlens median of {runs}: {report['seconds']:.3f} s")
    print(
        f"peak RSS: {report['peak_mib_before']:.0f} MiB after building the input, {report['peak_mib_after']:.0f} MiB after complexity"
    )
    print(f"peak memory allocated by one complexity() call: {report['peak_mib_allocated']:.0f} MiB")


def hs6_child(runs: int) -> None:
    panel = latent_capability_panel(230, 5000, range(2020, 2021), digits=6)
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    seconds, result = median_seconds(lambda: complexity(panel), runs)
    peak_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    del result
    tracemalloc.start()
    cells = len(complexity(panel))
    peak_allocated = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    report = dict(
        rows=len(panel),
        cells=cells,
        seconds=seconds,
        peak_mib_before=peak_before,
        peak_mib_after=peak_after,
        peak_mib_allocated=peak_allocated,
    )
    print(json.dumps(report))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement")
    parser.add_argument("--hs6-child", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.hs6_child:
        hs6_child(arguments.runs)
        return
    print("load average (1, 5, 15 min) at start: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    # HS6 first, while this process is small: Linux carries a parent's peak RSS
    # over into its child's ru_maxrss.
    hs6_year_in_fresh_process(arguments.runs)
    compare_on_hs4(arguments.runs)
    print("load average (1, 5, 15 min) at end: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
