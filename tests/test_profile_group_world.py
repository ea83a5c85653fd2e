"""A group's pair indices summed from the world tables equal the on-demand ones (a scan of the year's flows)."""

from __future__ import annotations

import math

import pytest

from _small_store import small_store
from partnerlens.analytics import pair_indices
from partnerlens.analytics.flows import exporter_rca, open_flows
from partnerlens.analytics.profile.group_world import group_indices
from partnerlens.analytics.profile.pair import _computed_indices
from partnerlens.reference import resolve_party
from partnerlens.world.build import build_world

YEAR = 2022
KEYS = ("complementarity_a_to_b", "complementarity_b_to_a", "intensity_a_to_b", "intensity_b_to_a", "similarity")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = small_store(tmp_path_factory.mktemp("group-world") / "home", (2021, YEAR))
    build_world(store.workspace, years=[YEAR], digits=6, engine="local", workers=1, kinds=("base",))
    return store


def _close(x, y) -> bool:
    return (x is None and y is None) or (x is not None and y is not None and math.isclose(x, y, rel_tol=1e-9))


def _both(store, a: str, b: str, year: int = YEAR):
    i, j = resolve_party(a), resolve_party(b)
    with open_flows(store) as f:
        exports = (exporter_rca(f, i, year), exporter_rca(f, j, year))
        return group_indices(f, year, i, j, exports), _computed_indices(f, year, i, j)


@pytest.mark.parametrize(
    ("a", "b"), [("KAZ", "Africa"), ("Africa", "KAZ"), ("TUR", "EU"), ("EU", "TUR"), ("Africa", "EU")]
)
def test_world_group_indices_are_the_computed_ones(store, a, b):
    from_world, computed = _both(store, a, b)
    assert from_world is not None
    assert all(not math.isnan(computed[k]) for k in KEYS)  # a real comparison, not NaN against NaN
    assert all(_close(from_world[k], computed[k]) for k in KEYS), (from_world, computed)
    whole = pair_indices(store, a, b, YEAR)
    assert all(_close(getattr(whole, k), computed[k]) for k in KEYS)


def test_both_orders_swap_the_directions(store):
    ab, _ = _both(store, "KAZ", "Africa")
    ba, _ = _both(store, "Africa", "KAZ")
    assert ab is not None and ba is not None
    for mine, theirs in [
        ("complementarity_a_to_b", "complementarity_b_to_a"),
        ("intensity_a_to_b", "intensity_b_to_a"),
    ]:
        assert math.isclose(ab[mine], ba[theirs], rel_tol=1e-12)  # DuckDB may sum in another order
        assert math.isclose(ab[theirs], ba[mine], rel_tol=1e-12)
    assert math.isclose(ab["similarity"], ba["similarity"], rel_tol=1e-12)


def test_a_country_pair_is_not_answered_here(store):
    from_world, computed = _both(store, "KAZ", "TUR")
    assert from_world is None  # two economies: indices_hs6 or the computation, as before
    assert _close(pair_indices(store, "KAZ", "TUR", YEAR).similarity, computed["similarity"])


def test_a_year_the_build_did_not_cover_is_computed(store):
    from_world, computed = _both(store, "KAZ", "Africa", 2021)
    assert from_world is None
    result = pair_indices(store, "KAZ", "Africa", 2021)
    assert _close(result.complementarity_a_to_b, computed["complementarity_a_to_b"])


def test_without_world_tables_the_group_is_computed(tmp_path):
    store = small_store(tmp_path / "home", (YEAR,))
    from_world, computed = _both(store, "KAZ", "Africa")
    assert from_world is None
    assert _close(pair_indices(store, "KAZ", "Africa", YEAR).intensity_a_to_b, computed["intensity_a_to_b"])


def test_stale_world_tables_are_not_read(tmp_path):
    home = tmp_path / "home"
    store = small_store(home, (YEAR,))
    build_world(store.workspace, years=[YEAR], digits=6, engine="local", workers=1, kinds=("base",))
    assert _both(store, "KAZ", "Africa")[0] is not None
    store = small_store(home, (YEAR,), seed=8)  # a new release of the source: the tables describe the old one
    from_world, computed = _both(store, "KAZ", "Africa")
    assert from_world is None
    assert _close(pair_indices(store, "KAZ", "Africa", YEAR).similarity, computed["similarity"])
