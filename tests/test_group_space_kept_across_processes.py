"""A group's product space is kept once for every process: its file name does not follow the string hash seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from _flows_fixtures import ingest, random_world

ECONOMIES = ["RWA", "AZE", "KAZ", "EGY", "KEN", "DEU", "NGA", "BRA"]
PRODUCTS = ["090111", "090240", "100199", "260900", "310210", "847130", "870323", "030617"]
SRC = str(Path(__file__).resolve().parents[1] / "src")
PROBE = """
import sys
from partnerlens.analytics import open_flows
from partnerlens.analytics.potential.diversify import product_space
from partnerlens.reference import resolve_party
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace
with open_flows(TradeStore(Workspace.open(sys.argv[1]))) as f:
    product_space(f, 2022, 4, 1.0, resolve_party("Africa"))
"""


def test_two_processes_with_other_hash_seeds_keep_one_file(tmp_path):
    world = random_world(11, ECONOMIES, PRODUCTS, [2022], density=0.6)
    workspace = ingest(tmp_path / "ws", world, name="demo-space-seed", synthetic=True)
    for seed in ("1", "2", "3"):
        env = os.environ | {"PYTHONHASHSEED": seed, "PYTHONPATH": SRC}
        subprocess.run([sys.executable, "-c", PROBE, str(workspace.home)], check=True, env=env, capture_output=True)
    kept = sorted((workspace.home / "cache").glob("*/product_space_2022_hs4-*.parquet"))
    assert len(kept) == 1, kept
