"""CPU time of reading the evaluation set's development articles, this tree against a peer tree, interleaved.

Each run is a fresh ``python -m evaluation --split dev --offline [--batch N …]`` process with ``PYTHONPATH`` set
to one source tree (and the repository root, for the ``evaluation`` package); runs alternate between the trees.
Reported per tree: median wall time from outside, median CPU time (user + system, from the child's rusage: the
steadier figure on a shared machine), and the ratio to the peer. The texts come from ``$PARTNERLENS_EVAL_TEXTS``.

    PARTNERLENS_EVAL_TEXTS=/work/eval-texts python benchmarks/bench_extract_eval.py \\
        --peer /tmp/s8/peer/src --rounds 3 --batch 1 --batch 2
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_once(src: Path, batches: list[int], root: Path = ROOT) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one evaluation run with ``src`` first on the path and the ``evaluation``
    package of ``root`` (the peer's own when its runner differs from this tree's)."""
    env = dict(os.environ, PYTHONPATH=f"{src}{os.pathsep}{root}")
    args = [sys.executable, "-m", "evaluation", "--split", "dev", "--offline"]
    for batch in batches:
        args += ["--batch", str(batch)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(args, env=env, cwd=root, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peer", type=Path, required=True, help="the peer source tree (a src/ directory)")
    parser.add_argument(
        "--peer-root",
        type=Path,
        default=None,
        help="the folder of the peer's own evaluation package (default: this tree's)",
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch", type=int, action="append", default=[])
    args = parser.parse_args(argv)
    trees = {"this": ROOT / "src", "peer": args.peer}
    roots = {"this": ROOT, "peer": args.peer_root or ROOT}
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
    for round_ in range(args.rounds):
        for name, src in trees.items():
            load = os.getloadavg()[0]
            wall, cpu = run_once(src, args.batch, roots[name])
            results[name].append((wall, cpu))
            print(f"round {round_ + 1} {name}: wall {wall:.1f} s, CPU {cpu:.1f} s, load {load:.1f}", flush=True)
    medians = {
        name: (statistics.median(w for w, _ in r), statistics.median(c for _, c in r)) for name, r in results.items()
    }
    for name, (wall, cpu) in medians.items():
        print(f"{name}: median wall {wall:.1f} s, median CPU {cpu:.1f} s, CPU vs peer {cpu / medians['peer'][1]:.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
