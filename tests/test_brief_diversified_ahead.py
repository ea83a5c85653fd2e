"""A brief's direction hands over its diversification before its export potential is computed (issue 16).

``gather._direction`` computes each direction's diversification first and calls
``on_direction`` with it and the exporter's products, so the product space is
drawn while the export potential is computed (the second direction's chart was
the last thing a first brief waited for). What the direction holds afterwards
must be what the potential-first order gave, errors included.
"""

from __future__ import annotations

import pandas as pd
import pytest

from _flows_fixtures import ingest, random_world
from partnerlens import analytics
from partnerlens.analytics import open_flows
from partnerlens.brief import gather
from partnerlens.brief.gather import RCA_THRESHOLD, Direction
from partnerlens.errors import NoDataError
from partnerlens.reference import resolve_party
from partnerlens.store import TradeStore

ECONOMIES = ["RWA", "AZE", "KEN", "DEU", "USA"]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> TradeStore:
    world = random_world(11, ECONOMIES, ["090111", "260900", "870323", "080300"], [2021, 2022], density=0.8)
    return TradeStore(ingest(tmp_path_factory.mktemp("ws"), world, name="demo-ahead", synthetic=True))


def _potential_first(f, exporter, market, year: int, top: int) -> Direction:
    """The direction as computed before the change: export potential, then diversification, then products."""
    direction = Direction(exporter, market)
    try:
        direction.potential = analytics.export_potential(f, exporter, market, year, top=top)
        direction.diversification = analytics.diversification(
            f, exporter, market, year, rca_threshold=RCA_THRESHOLD, top=top
        )
        direction.potential_sectors = gather.untapped_by_sector(
            direction.potential.products, gather.load_sectors(f.sectors_path)
        )
    except NoDataError as exc:
        direction.missing = str(exc)
        return direction
    strengths = analytics.exporter_rca(f, exporter, year, digits=4)
    direction.present_hs4 = frozenset(strengths.loc[strengths["rca"] >= RCA_THRESHOLD, "product"])
    return direction


def test_the_diversification_is_announced_before_the_export_potential_and_the_direction_is_unchanged(
    store: TradeStore, monkeypatch
) -> None:
    a, b = resolve_party("RWA"), resolve_party("AZE")
    order: list[str] = []
    potential = analytics.export_potential
    monkeypatch.setattr(  # a spy: records the call and computes as before
        gather.analytics, "export_potential", lambda *args, **kw: order.append("potential") or potential(*args, **kw)
    )
    announced: list[Direction] = []
    with open_flows(store) as f:
        got = gather._direction(f, a, b, 2022, True, 10, lambda d: order.append("announced") or announced.append(d))
    monkeypatch.undo()
    with open_flows(store) as f:
        expected = _potential_first(f, a, b, 2022, 10)
    assert order == ["announced", "potential"]
    assert got.missing is None and got.potential is not None and got.diversification is not None
    for mine, theirs in (
        (got.potential.products, expected.potential.products),
        (got.diversification.candidates, expected.diversification.candidates),
        (got.potential_sectors, expected.potential_sectors),
    ):
        pd.testing.assert_frame_equal(mine, theirs, check_exact=False, rtol=1e-12)
    assert got.present_hs4 == expected.present_hs4
    (ahead,) = announced  # what the product space is drawn from: the same diversification and products
    assert ahead.diversification is got.diversification and ahead.present_hs4 == got.present_hs4


def test_a_missing_year_and_missing_exports_leave_what_the_potential_first_order_left(store: TradeStore) -> None:
    a, b = resolve_party("RWA"), resolve_party("FRA")  # France sells and buys nothing in this store
    for exporter, market in ((a, b), (b, a)):
        announced: list[Direction] = []
        with open_flows(store) as f:
            got = gather._direction(f, exporter, market, 2022, True, 10, announced.append)
            expected = _potential_first(f, exporter, market, 2022, 10)
        assert (got.missing, got.potential is None, got.diversification is None) == (
            expected.missing,
            expected.potential is None,
            expected.diversification is None,
        )
        if exporter is b:  # an exporter with no exports: missing either way (the test would pass for nothing else)
            assert got.missing
    with open_flows(store) as f:
        assert gather._direction(f, a, resolve_party("AZE"), 2019, False, 10).missing == "no data for 2019"


def test_an_error_of_the_diversification_is_raised_after_the_potential(store: TradeStore, monkeypatch) -> None:
    """A failure other than missing data comes out where it did, once the potential has been computed."""
    order: list[str] = []
    potential = analytics.export_potential

    def broken(*args, **kw):
        order.append("diversification")
        raise ValueError("broken diversification")

    monkeypatch.setattr(gather.analytics, "diversification", broken)
    monkeypatch.setattr(
        gather.analytics, "export_potential", lambda *args, **kw: order.append("potential") or potential(*args, **kw)
    )
    with open_flows(store) as f, pytest.raises(ValueError, match="broken diversification"):
        gather._direction(f, resolve_party("RWA"), resolve_party("AZE"), 2022, True, 10, lambda d: None)
    assert order == ["diversification", "potential"]
