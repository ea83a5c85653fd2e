"""`world build` of one year from scratch: the CPU seconds of the ``profiles`` tasks against every other task's.

Run it once per code base with that code first on the path (interleave rounds
of the peer and of this branch; each on its own copy of the store), e.g.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_world_profiles.py --home /tmp/pl-full --year 2022

Prints one JSON line: CPU and wall seconds of the tasks by kind, the build's
wall time and the 1-minute load average before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
from collections import defaultdict
from pathlib import Path

from partnerlens.workspace import Workspace
from partnerlens.world.build import build_world


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--year", type=int, required=True)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--kinds", default="base,complexity,indices,profiles")
    args = parser.parse_args()
    workspace = Workspace.open(args.home)
    shutil.rmtree(workspace.home / "world", ignore_errors=True)
    load = os.getloadavg()[0]
    report = build_world(
        workspace, years=[args.year], engine="local", workers=args.workers, kinds=tuple(args.kinds.split(","))
    )
    cpu: dict[str, float] = defaultdict(float)
    wall: dict[str, float] = defaultdict(float)
    for task in report["task_times"]:
        cpu[task["kind"]] += task.get("cpu_seconds", 0.0)
        wall[task["kind"]] += task["seconds"]
    profiles = cpu.pop("profiles", 0.0)
    result = {
        "profiles_cpu_s": round(profiles, 2),
        "other_cpu_s": round(sum(cpu.values()), 2),
        "cpu_by_kind": {k: round(v, 2) for k, v in sorted(cpu.items())},
        "profiles_task_cpu_s": [
            round(t.get("cpu_seconds", 0.0), 2) for t in report["task_times"] if t["kind"] == "profiles"
        ],
        "build_wall_s": report["seconds"],
        "load_before": round(load, 2),
        "load_after": round(os.getloadavg()[0], 2),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
