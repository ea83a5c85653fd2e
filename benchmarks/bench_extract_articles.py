"""Extraction's own cost on a folder of articles: ``extract`` over every ``*.txt`` file, in CPU seconds.

Each run is a fresh process that imports partnerlens, reads every article of the folder once untimed (pattern
programs compiled or found, pymorphy3 loaded), then times ``extract`` over all of them again with
``time.process_time`` (CPU seconds, steadier than wall time on a shared machine) and ``perf_counter``.
``--baseline-src DIR`` (e.g. a ``git archive <commit> src``) runs the same job from another source tree in the
same interleaved rounds, so a change is compared with what it replaced under the same load. Prints a Markdown
table of medians and the ratio.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_extract_articles.py --dir ../shared/corpus \
        [--dir examples] [--runs 5] [--baseline-src /tmp/peer/src]

Point ``--dir`` at article texts only (the seed corpus, ``examples/``, the evaluation's *development* texts):
never at the evaluation's test half.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

_CHILD = r"""
import json, sys, time
from pathlib import Path
from partnerlens.cooperation.article import article_from_bytes
from partnerlens.cooperation.extract import extract
paths = [p for d in sys.argv[1:] for p in sorted(Path(d).glob("*.txt"))]
articles = [article_from_bytes(p.read_bytes(), address=str(p)) for p in paths]
for a in articles:
    extract(a)
cpu, wall = time.process_time(), time.perf_counter()
count = sum(len(extract(a)) for a in articles)
print(json.dumps({"cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall,
                  "articles": len(articles), "proposals": count}))
"""


def run_once(src: str, dirs: list[str]) -> dict:
    env = {**os.environ, "PYTHONPATH": src}
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, *dirs], env=env, capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", action="append", required=True, help="a folder of article .txt files")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline-src", help="another source tree to time in the same rounds")
    args = parser.parse_args()
    ours = str(Path(__file__).resolve().parents[1] / "src")
    trees = {"ours": ours} | ({"before": args.baseline_src} if args.baseline_src else {})
    results: dict[str, list[dict]] = {name: [] for name in trees}
    for _ in range(args.runs):
        for name, src in trees.items():  # interleaved: every round runs each tree once
            results[name].append(run_once(src, args.dir))
    print("| tree | articles | proposals | CPU s (median) | wall s (median) |")
    print("|---|---:|---:|---:|---:|")
    medians = {}
    for name, runs in results.items():
        medians[name] = statistics.median(r["cpu"] for r in runs)
        wall = statistics.median(r["wall"] for r in runs)
        print(f"| {name} | {runs[0]['articles']} | {runs[0]['proposals']} | {medians[name]:.2f} | {wall:.2f} |")
    if "before" in medians and medians["before"]:
        print(f"\nCPU ratio ours / before: {medians['ours'] / medians['before']:.2f}")


if __name__ == "__main__":
    main()
