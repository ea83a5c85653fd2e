"""World table ``space_hs4`` (issue 16): the year's HS4 product space built by ``world build`` is the one computed on demand.

Real components: a store written through the ingest path, DuckDB, a process pool and a ``dask.distributed``
LocalCluster of 2 worker processes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from _small_store import small_store
from partnerlens.analytics.complexity import complexity
from partnerlens.analytics.flows import exports_by_product, open_flows
from partnerlens.analytics.potential import diversification, product_space
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace
from partnerlens.world import manifest as mf
from partnerlens.world.build import build_world

YEARS = (2021, 2022)


def _space(folder: Path, year: int) -> pd.DataFrame:
    files = mf.table_files(folder, mf.read_manifest(folder), "space_hs4", [year])
    assert files is not None, "space_hs4 was not built"
    return pd.read_parquet(files, partitioning=None)


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """A store with the product space computed on demand (before any build), then built as a world table."""
    store = small_store(tmp_path_factory.mktemp("space") / "home", YEARS)
    with open_flows(store) as f:
        assert f.world is None
        on_demand = {y: product_space(f, y, 4, 1.0).copy() for y in YEARS}
        chosen = {
            (x, m): diversification(f, x, m, 2022).to_dict() for x, m in (("RWA", "KEN"), ("KEN", "RWA"), ("DEU", None))
        }
    report = build_world(store.workspace, workers=2, kinds=("space",))
    return store, report, on_demand, chosen


def test_the_space_table_is_the_product_space_computed_on_demand(stores):
    store, report, on_demand, _ = stores
    folder = Path(report["folder"])
    assert set(mf.read_manifest(folder)["tables"]["space_hs4"]) == set(YEARS)
    for year in YEARS:
        table = _space(folder, year)
        pd.testing.assert_frame_equal(table, on_demand[year].reset_index(drop=True), check_exact=True)
        with open_flows(store) as f:  # and what the complexity function gives on the year's HS4 exports
            direct = complexity(exports_by_product(f, [year], digits=4))
        pd.testing.assert_frame_equal(table, direct, check_exact=True)
        assert table["exporter"].nunique() > 20 and table["eci"].notna().any()


def test_diversification_reads_the_table_and_gives_the_same_candidates(stores):
    store, _, _, chosen = stores
    for folder in (store.workspace.home / "cache").glob("*/"):
        for kept in folder.glob("product_space_*.parquet"):
            kept.unlink()
    with open_flows(store) as f:
        assert f.world is not None
        again = {(x, m): diversification(f, x, m, 2022).to_dict() for x, m in chosen}
        assert not list((store.workspace.home / "cache").rglob("product_space_*"))  # read, not computed
        whole = product_space(f, 2022, 4, 1.0)  # the whole table from the world table too
        assert whole["exporter"].nunique() > 20
        other = diversification(f, "RWA", "KEN", 2022, rca_threshold=0.5)  # another threshold: computed
    assert list((store.workspace.home / "cache").rglob("product_space_*"))
    assert other.parameters["rca_threshold"] == 0.5
    assert again == chosen


def test_a_group_exporter_is_placed_in_the_space_on_demand(stores):
    store, _, _, _ = stores
    with open_flows(store) as f:
        group = diversification(f, "EAC", "DEU", 2022)
    assert group.exporter == "EAC" and len(group.candidates) > 0


def test_dask_cluster_builds_the_same_space(stores, tmp_path):
    pytest.importorskip("distributed")
    store, report, _, _ = stores
    other = tmp_path / "home"
    shutil.copytree(store.workspace.home, other)  # the same releases, in another workspace
    shutil.rmtree(other / "world")
    copy = Workspace.open(other)
    dask_report = build_world(copy, years=[2022], engine="dask", workers=2, kinds=("space",))
    assert dask_report["built"] == dask_report["tasks"]
    assert "space" in {r["kind"] for r in dask_report["task_times"]}
    assert TradeStore(copy).primary_source() is not None
    pd.testing.assert_frame_equal(
        _space(Path(report["folder"]), 2022), _space(Path(dask_report["folder"]), 2022), check_exact=True
    )
