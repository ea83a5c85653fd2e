"""World table ``group_space_hs4`` (issue 16): a standard group's rows of its merged product space, built by
``world build``, are the rows diversification computes on demand, and diversification reads them.

Real components: a store written through the ingest path, DuckDB, a process pool and a ``dask.distributed``
LocalCluster of 2 worker processes.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pandas as pd
import pytest

from _flows_fixtures import assert_same, ingest, random_world
from partnerlens.analytics.flows import open_flows
from partnerlens.analytics.potential import diversification
from partnerlens.analytics.potential.diversify import _exporter_space
from partnerlens.analytics.potential.group_space import world_group_space
from partnerlens.reference import resolve_party
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace
from partnerlens.world import manifest as mf
from partnerlens.world.build import build_world
from partnerlens.world.groups import group_tag

YEAR = 2022
ECONOMIES = ["RWA", "KEN", "UGA", "EGY", "NGA", "ZAF", "KAZ", "AZE", "CHN", "IND", "JPN", "UZB", "DEU", "FRA"]
ECONOMIES += ["ITA", "ESP", "USA", "GBR", "CAN", "BRA"]
PRODUCTS = ["090111", "090240", "100199", "100590", "260900", "270900", "270400", "310210", "720241", "847130"]
PRODUCTS += ["847150", "870323", "610910", "611020"]
GROUPS = ("africa", "EAC", "EU", "european-union", "g7", "asia")
"""Standard groups of the taxonomy with members in the small store (EU and european-union: the same members)."""
PAIRS = (("africa", "KAZ"), ("EAC", "DEU"), ("EU", "USA"), ("european-union", None), ("EAC", "RWA"))
"""Group exporters (EAC × RWA: a market among the exporter's members; the exporter's space is EAC's whole)."""


def _kept_spaces(home: Path) -> list[Path]:
    return list((home / "cache").rglob("product_space_*"))


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """A store with each group's space and diversification computed on demand, then the world tables built."""
    world = random_world(11, ECONOMIES, PRODUCTS, [2021, YEAR], density=0.5)  # whole dollars: exact sums
    store = TradeStore(ingest(tmp_path_factory.mktemp("group-space") / "ws", world, name="demo-gs", synthetic=True))
    with open_flows(store) as f:
        assert f.world is None
        on_demand = {
            code: _exporter_space(f, YEAR, 4, 1.0, resolve_party(code)).reset_index(drop=True) for code in GROUPS
        }
        chosen = {(x, m): diversification(f, x, m, YEAR).to_dict() for x, m in PAIRS}
    report = build_world(store.workspace, years=[YEAR], workers=2, kinds=("groups",))
    return store, report, on_demand, chosen


def _table(folder: Path) -> pd.DataFrame:
    files = mf.table_files(folder, mf.read_manifest(folder), "group_space_hs4", [YEAR])
    assert files is not None, "group_space_hs4 was not built"
    return pd.read_parquet(files, partitioning=None)


def test_the_table_holds_each_group_s_rows_of_its_merged_space(stores):
    store, report, on_demand, _ = stores
    assert "group_space" in {r["kind"] for r in report["task_times"]}
    table = _table(Path(report["folder"]))
    for code in GROUPS:
        group = resolve_party(code)
        rows = table[(table["exporter"] == code) & (table["tag"] == group_tag(group.members))]
        assert len(rows) > 0, code
        pd.testing.assert_frame_equal(
            rows.drop(columns="tag").reset_index(drop=True), on_demand[code], check_exact=True
        )
        with open_flows(store) as f:
            assert f.world is not None
            pd.testing.assert_frame_equal(world_group_space(f, YEAR, 4, 1.0, group), on_demand[code], check_exact=True)


def test_diversification_reads_the_table_and_gives_the_same_candidates(stores):
    store, _, _, chosen = stores
    home = store.workspace.home
    for kept in _kept_spaces(home):
        kept.unlink()
    with open_flows(store) as f:
        again = {(x, m): diversification(f, x, m, YEAR).to_dict() for x, m in PAIRS}
        assert not _kept_spaces(home)  # read from the world tables, none computed
        other = diversification(f, "africa", "KAZ", YEAR, rca_threshold=0.5)  # another threshold: computed
    assert _kept_spaces(home)
    assert other.parameters["rca_threshold"] == 0.5
    for pair, answer in again.items():
        assert_same(answer, chosen[pair], str(pair))


def test_readers_compute_on_demand_when_the_table_does_not_hold_the_space(stores):
    store, _, _, _ = stores
    with open_flows(store) as f:
        assert world_group_space(f, YEAR, 4, 0.5, resolve_party("africa")) is None  # another threshold
        assert world_group_space(f, YEAR, 6, 1.0, resolve_party("africa")) is None  # another level
        assert world_group_space(f, 2021, 4, 1.0, resolve_party("africa")) is None  # a year not built
        assert world_group_space(f, YEAR, 4, 1.0, resolve_party("KAZ")) is None  # an economy: space_hs4
        eac = resolve_party("EAC")
        trimmed = dataclasses.replace(eac, members=eac.members - {"RWA"})
        assert world_group_space(f, YEAR, 4, 1.0, trimmed) is None


def test_dask_cluster_builds_the_same_table(stores, tmp_path):
    pytest.importorskip("distributed")
    store, report, _, _ = stores
    other = tmp_path / "home"
    shutil.copytree(store.workspace.home, other)  # the same releases, in another workspace
    shutil.rmtree(other / "world")
    dask_report = build_world(Workspace.open(other), years=[YEAR], engine="dask", workers=2, kinds=("groups",))
    assert dask_report["built"] == dask_report["tasks"]
    pd.testing.assert_frame_equal(_table(Path(report["folder"])), _table(Path(dask_report["folder"])), check_exact=True)
