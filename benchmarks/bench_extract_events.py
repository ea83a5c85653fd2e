"""CPU cost of reading articles (``partnerlens.cooperation.extract``) against a peer source tree, interleaved.

Each round runs, in a fresh interpreter per side, the extractor over every article given (after one warm-up pass that
compiles the vocabularies) and reports the CPU seconds of the measured passes; the sides alternate round by round so
that machine load hits them alike. The figure is the median over the rounds, with the ratio to the peer.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_extract_events.py --peer /tmp/peer/src --rounds 5 \\
        examples/example-rwanda-azerbaijan.txt examples/exemple-rwanda-azerbaidjan-fr.txt ../shared/corpus/*.txt
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

_CHILD = """
import json, sys, time
from partnerlens.cooperation.article import article_from_bytes
from partnerlens.cooperation.extract import extract
paths, passes = sys.argv[1:-1], int(sys.argv[-1])
articles = [article_from_bytes(open(p, 'rb').read(), address=p) for p in paths]
for a in articles:
    extract(a)
started = time.process_time()
for _ in range(passes):
    for a in articles:
        extract(a)
print(json.dumps({"cpu": time.process_time() - started}))
"""


def run(source: str, paths: list[str], passes: int) -> float:
    env = dict(os.environ, PYTHONPATH=source)
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, *paths, str(passes)], env=env, check=True, capture_output=True, text=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])["cpu"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peer", required=True, help="the peer's source directory (a git archive of main's src)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--passes", type=int, default=3, help="passes over the articles per measured run")
    parser.add_argument("articles", nargs="+")
    args = parser.parse_args()
    ours = str(Path(__file__).resolve().parents[1] / "src")
    times: dict[str, list[float]] = {"peer": [], "this": []}
    for round_ in range(args.rounds):
        order = [("peer", args.peer), ("this", ours)] if round_ % 2 == 0 else [("this", ours), ("peer", args.peer)]
        for name, source in order:
            times[name].append(run(source, args.articles, args.passes))
    peer, this = statistics.median(times["peer"]), statistics.median(times["this"])
    print(
        json.dumps(
            {"articles": len(args.articles), "passes": args.passes, "rounds": args.rounds}
            | {"peer_cpu_s": round(peer, 3), "this_cpu_s": round(this, 3), "ratio": round(this / peer, 3)}
        )
    )


if __name__ == "__main__":
    main()
