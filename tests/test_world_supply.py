"""World table ``supply_hs6`` (issue 16): each exporter's supply terms of export potential, built by ``world build``,
are the ones computed on demand, and export potential read with them is the same, product by product.

Real components: a store written through the ingest path, DuckDB, a process pool and a ``dask.distributed``
LocalCluster of 2 worker processes. Whole-dollar flows (``random_world``) keep every sum exact whichever way it
is added up, as BACI's and the demo world's are.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from _flows_fixtures import ingest, random_world
from partnerlens.analytics.flows import as_party, open_flows
from partnerlens.analytics.potential import export_potential
from partnerlens.analytics.potential import inputs as potential_inputs
from partnerlens.analytics.potential.assemble import _supply, _world_supply
from partnerlens.workspace import Workspace
from partnerlens.world import manifest as mf
from partnerlens.world.build import build_world

ECONOMIES = ["RWA", "AZE", "KAZ", "EGY", "KEN", "UGA", "DEU", "USA", "CHN", "BRA", "IND", "TUR"]
PRODUCTS = ["090111", "090240", "100199", "260900", "270900", "310210", "720241", "847130", "852990", "300490"]
YEARS = [2019, 2020, 2021, 2022]
PAIRS = [("RWA", "AZE"), ("AZE", "RWA"), ("KEN", "DEU"), ("CHN", "KEN"), ("KAZ", None)]


def _table(folder: Path, year: int) -> pd.DataFrame:
    files = mf.table_files(folder, mf.read_manifest(folder), "supply_hs6", [year])
    assert files is not None, "supply_hs6 was not built"
    return pd.read_parquet(files, partitioning=None)


def _potentials(home: Path) -> dict:
    out = {}
    with open_flows(Workspace.open(home)) as f:
        for year in (2021, 2022):
            for exporter, market in PAIRS:
                result = export_potential(f, exporter, market, year)
                out[(exporter, market, year)] = (result.to_dict(), result.products.copy(), result.markets.copy())
    return out


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """A whole-dollar store: export potential computed on demand first, then the supply table built."""
    world = random_world(5, ECONOMIES, PRODUCTS, YEARS, density=0.5)
    home = ingest(tmp_path_factory.mktemp("supply") / "ws", world, name="demo-supply", synthetic=True).home
    on_demand = _potentials(home)
    report = build_world(Workspace.open(home), years=[2021, 2022], workers=2, kinds=("supply",))
    return home, report, on_demand


def test_the_supply_table_holds_each_exporter_s_on_demand_supply(stores):
    home, report, _ = stores
    folder = Path(report["folder"])
    assert {r["kind"] for r in report["task_times"]} == {"supply"}
    with open_flows(Workspace.open(home)) as f:
        f.world = None  # the on-demand path
        for year in (2021, 2022):
            table = _table(folder, year)
            assert set(table["first_year"]) == {2019} and set(table["horizon"]) == {5}
            for code in ECONOMIES:
                party = as_party(code)
                supplied = potential_inputs.supply_rows(f, year, party.members, 6).sort_values("product")
                supply = _supply(f, party, supplied, year, 2019, 5, (0.5, 2.0), 0.5, party.members, 6)
                mine = table[table["exporter"] == code].set_index("product")
                assert list(mine.index) == list(supplied["product"]), code
                for column in ("exports_usd", "world_usd"):
                    assert mine[column].tolist() == supplied[column].tolist(), (code, column)
                for column in ("supply_share", "rca_trend", "reexport_damping", "supply"):
                    expected = supply[column].reindex(mine.index.astype(str))
                    pd.testing.assert_series_equal(
                        mine[column], expected.set_axis(mine.index), check_exact=True, check_names=False
                    )


def test_export_potential_read_with_the_table_is_the_one_computed_on_demand(stores):
    home, _, on_demand = stores
    with open_flows(Workspace.open(home)) as f:
        assert f.world is not None
        for exporter in ("RWA", "AZE", "KEN", "CHN", "KAZ"):  # the pairs' supply is read from the table
            assert _world_supply(f, as_party(exporter), 2022, 2019, 5, (0.5, 2.0), 0.5, 6) is not None
        assert _world_supply(f, as_party("EAC"), 2022, 2019, 5, (0.5, 2.0), 0.5, 6) is None  # a group: computed
    again = _potentials(home)
    assert again.keys() == on_demand.keys()
    for key, (summary, products, markets) in on_demand.items():
        assert again[key][0] == summary, key
        pd.testing.assert_frame_equal(again[key][1], products, check_exact=True)
        pd.testing.assert_frame_equal(again[key][2], markets, check_exact=True)


def test_the_table_is_read_only_for_the_parameters_it_was_built_with(stores):
    home, _, _ = stores
    with open_flows(Workspace.open(home)) as f:
        default = export_potential(f, "RWA", "AZE", 2022)
        wider = export_potential(f, "RWA", "AZE", 2022, trend_bounds=(0.25, 4.0))
        later = export_potential(f, "RWA", "AZE", 2022, target_year=2030)
        shorter = export_potential(f, "RWA", "AZE", 2022, ease_years=2)
        f.world = None
        assert later.to_dict() == export_potential(f, "RWA", "AZE", 2022, target_year=2030).to_dict()
        assert shorter.to_dict() == export_potential(f, "RWA", "AZE", 2022, ease_years=2).to_dict()
        assert wider.to_dict() == export_potential(f, "RWA", "AZE", 2022, trend_bounds=(0.25, 4.0)).to_dict()
    assert default.parameters["target_year"] == 2027 and later.parameters["target_year"] == 2030


def test_dask_cluster_builds_the_same_supply_table(stores, tmp_path):
    pytest.importorskip("distributed")
    home, report, _ = stores
    other = tmp_path / "home"
    shutil.copytree(home, other)  # the same releases, in another workspace
    shutil.rmtree(other / "world")
    dask_report = build_world(Workspace.open(other), years=[2022], engine="dask", workers=2, kinds=("supply",))
    assert dask_report["built"] == dask_report["tasks"] == 1
    pd.testing.assert_frame_equal(
        _table(Path(report["folder"]), 2022), _table(Path(dask_report["folder"]), 2022), check_exact=True
    )
