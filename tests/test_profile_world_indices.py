"""``pair_indices`` reads the world table ``indices_hs6`` for two single economies, and agrees with the computation."""

from __future__ import annotations

import math

import pytest

from _small_store import small_store
from partnerlens.analytics import pair_indices
from partnerlens.analytics.flows import open_flows
from partnerlens.analytics.profile.pair import _computed_indices, _world_indices
from partnerlens.reference import resolve_party
from partnerlens.world.build import build_world

YEAR = 2022


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = small_store(tmp_path_factory.mktemp("world-indices") / "home", (YEAR,))
    build_world(store.workspace, digits=6, engine="local", workers=1, kinds=("base", "indices"))
    return store


def _close(x, y) -> bool:
    return (x is None and y is None) or (x is not None and y is not None and math.isclose(x, y, rel_tol=1e-9))


@pytest.mark.parametrize(("a", "b"), [("RWA", "AZE"), ("KAZ", "TUR"), ("DEU", "CHN")])
def test_world_indices_are_the_computed_ones(store, a, b):
    i, j = resolve_party(a), resolve_party(b)
    with open_flows(store) as f:
        assert f.world is not None
        from_world = _world_indices(f, YEAR, i.members, j.members)
        computed = _computed_indices(f, YEAR, i, j)
    assert from_world is not None
    assert from_world.keys() == computed.keys()
    assert all(_close(from_world[k], computed[k]) for k in computed), (from_world, computed)
    whole = pair_indices(store, a, b, YEAR)
    assert all(_close(getattr(whole, k), from_world[k]) for k in computed)


def test_groups_and_years_outside_the_build_are_computed(store):
    with open_flows(store) as f:
        africa, kaz = resolve_party("Africa"), resolve_party("KAZ")
        assert _world_indices(f, YEAR, kaz.members, africa.members) is None  # a group: not in the table
        assert _world_indices(f, YEAR - 5, kaz.members, resolve_party("TUR").members) is None  # not built
    result = pair_indices(store, "KAZ", "Africa", YEAR)
    assert result.complementarity_a_to_b is not None
