"""The demand aggregate export potential reads: CEPII distances are loaded only when it is computed, not when read."""

from __future__ import annotations

from _flows_fixtures import ingest, random_world
from partnerlens.analytics import open_flows
from partnerlens.analytics.potential import inputs
from partnerlens.store import TradeStore

ECONOMIES = ["RWA", "AZE", "KAZ", "EGY", "KEN", "DEU", "FRA", "BRA"]
PRODUCTS = ["090111", "090240", "100199", "260900", "310210", "847130", "870323", "030617"]


def _registered(f) -> bool:
    return f.con.execute("SELECT count(*) FROM duckdb_views() WHERE view_name = 'distances_input'").fetchone()[0] > 0


def test_distances_are_registered_only_when_the_demand_view_is_computed(tmp_path):
    world = random_world(11, ECONOMIES, PRODUCTS, [2022], density=0.6)
    workspace = ingest(tmp_path / "ws", world, name="demo-demand", synthetic=True)
    with open_flows(TradeStore(workspace)) as f:
        computed = f.df(f"SELECT * FROM {inputs.demand_view(f, 2022, 6)} ORDER BY importer, product")
        assert _registered(f)  # the first handle computed the aggregate: it read the distances
    with open_flows(TradeStore(workspace)) as f:
        again = f.df(f"SELECT * FROM {inputs.demand_view(f, 2022, 6)} ORDER BY importer, product")
        assert not _registered(f)  # the second read the kept Parquet file: no distances loaded
    assert computed.equals(again)
    assert computed["known"].notna().any()  # the distances did weigh in the kept rows
