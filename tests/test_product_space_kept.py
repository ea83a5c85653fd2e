"""The product space a diversification reads, kept in the store state's cache folder: the same table as computed."""

from __future__ import annotations

import pandas as pd

from _flows_fixtures import ingest, random_world
from partnerlens.analytics import diversification, open_flows
from partnerlens.analytics.complexity import complexity
from partnerlens.analytics.flows import exports_by_product
from partnerlens.analytics.potential.diversify import product_space
from partnerlens.reference import resolve_party
from partnerlens.store import TradeStore

ECONOMIES = ["RWA", "AZE", "KAZ", "EGY", "KEN", "DEU", "FRA", "BRA"]
PRODUCTS = ["090111", "090240", "100199", "260900", "310210", "847130", "870323", "030617"]


def kept(home) -> list:
    return sorted((home / "cache").glob("*/product_space_*.parquet"))


def test_the_kept_product_space_is_the_computed_one(tmp_path):
    world = random_world(7, ECONOMIES, PRODUCTS, [2021, 2022], density=0.5)
    workspace = ingest(tmp_path / "ws", world, name="demo-space", synthetic=True)
    africa = resolve_party("Africa")
    for merge in (None, africa):
        with open_flows(TradeStore(workspace)) as f:
            first = product_space(f, 2022, 4, 1.0, merge)
        with open_flows(TradeStore(workspace)) as f:  # another handle: read from the file
            again = product_space(f, 2022, 4, 1.0, merge)
        fresh = complexity(exports_by_product(world, [2022], digits=4, merge=merge), rca_threshold=1.0)
        pd.testing.assert_frame_equal(again, first, check_exact=True)
        pd.testing.assert_frame_equal(
            again.astype({"exporter": str, "product": str}), fresh.astype({"exporter": str, "product": str})
        )
        assert again.attrs == fresh.attrs
    assert len(kept(workspace.home)) == 2  # one per merged group (and none)
    pairs = (("RWA", "AZE"), ("Africa", "KAZ"))
    with open_flows(TradeStore(workspace)) as f:
        before = [diversification(f, a, b, 2022).candidates for a, b in pairs]
    for path in kept(workspace.home):  # a damaged file is computed again
        path.write_bytes(b"not parquet")
    with open_flows(TradeStore(workspace)) as f:
        for (a, b), table in zip(pairs, before, strict=True):
            pd.testing.assert_frame_equal(diversification(f, a, b, 2022).candidates, table, check_exact=True)
    assert all(p.read_bytes().startswith(b"PAR1") for p in kept(workspace.home))
