"""One party's RCA with the rest of the world as the world's exports less the party's gives the RCA of the panel
summed to the party and the rest, exactly on whole-dollar flows (``analytics.flows.queries._exporter_rca``)."""

from __future__ import annotations

import pandas as pd
import pytest

from _flows_fixtures import flows_frame, ingest, random_world
from partnerlens.analytics import exports_by_product, indices, open_flows
from partnerlens.analytics.flows import REST_OF_WORLD, exporter_rca
from partnerlens.reference import resolve_party
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace

ECONOMIES = ["KAZ", "USA", "EGY", "KEN", "NGA", "DEU", "FRA", "CHN"]
PRODUCTS = ["090111", "100199", "260900", "270900", "847130", "870323"]
YEAR = 2022


def _summed_panel(f, party, digits: int) -> pd.DataFrame:
    """The former computation: the year's panel (a group merged) summed to the party and the rest of the world."""
    merge = party if party.is_group else None
    panel = exports_by_product(f, [YEAR], digits=digits, merge=merge)
    panel = panel.assign(exporter=panel["exporter"].where(panel["exporter"] == party.code, REST_OF_WORLD))
    table = panel.groupby(["year", "exporter", "product"], as_index=False)["value_usd"].sum()
    own = indices.rca(table, YEAR)
    return own[own["exporter"] == party.code].drop(columns="exporter").reset_index(drop=True)


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    world = random_world(5, ECONOMIES, PRODUCTS, [YEAR], density=0.6)
    only_kaz = flows_frame([(YEAR, "KAZ", "USA", "999999", 1234.0)])  # a product no one else exports
    table = pd.concat([world, only_kaz], ignore_index=True)
    return ingest(tmp_path_factory.mktemp("rca-rest") / "ws", table, name="demo-rca-rest", synthetic=True).home


@pytest.mark.parametrize("code", ["KAZ", "USA", "Africa", "EU"])
@pytest.mark.parametrize("digits", [6, 4])
def test_the_rest_as_world_less_the_party_gives_the_same_rca(home, code, digits):
    party = resolve_party(code)
    with open_flows(TradeStore(Workspace.open(home))) as f:
        found = exporter_rca(f, party, YEAR, digits)
        expected = _summed_panel(f, party, digits)
    assert len(found) > 0
    pd.testing.assert_frame_equal(found, expected, check_exact=True, check_dtype=False)


def test_a_product_only_the_party_exports_has_no_rest_row(home):
    with open_flows(TradeStore(Workspace.open(home))) as f:
        found = exporter_rca(f, "KAZ", YEAR, 6).set_index("product")
        world = exports_by_product(f, [YEAR])["value_usd"].sum()
    # (x / X) / (x / W) = W / X: the world's share of the product is the party's own value, no rest row added
    assert found.loc["999999", "rca"] == pytest.approx(world / found["export_value_usd"].sum(), rel=1e-12)
