"""New pairs before ``world build`` compute their own part while the store-wide table is built (issue 16, ``web.ahead``).

Real components: a store written through the ingest path, the app's lifespan (its warm-up opens the reader), the
whole ASGI stack driven by httpx (twelve requests at once), the on-demand cache built single-flight on disk.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import math

import httpx
import pytest

from _small_store import small_store
from partnerlens.analytics import bilateral_profile
from partnerlens.analytics.cache import BUILDS
from partnerlens.analytics.profile.build import products_ahead
from partnerlens.store import TradeStore
from partnerlens.web import ahead
from partnerlens.web.api import plain_json
from partnerlens.web.app import create_app
from partnerlens.workspace import Workspace

PAIRS = [("RWA", "AZE"), ("KEN", "TZA"), ("DEU", "FRA"), ("USA", "CHN"), ("KAZ", "TUR"), ("BRA", "IND")]
TWELVE = [(a, b) for x, y in PAIRS for a, b in ((x, y), (y, x))]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> TradeStore:
    return small_store(tmp_path_factory.mktemp("ahead") / "home", (2021, 2022))


def _app(store: TradeStore, below_load: float = math.inf):
    """The app over ``store``; ``below_load``: parts ahead only under this load average (inf: always, 0: never)."""
    app = create_app(Workspace.open(store.workspace.home))
    app.state.data.ahead_below_load = below_load
    return app


async def _at_once(app, asked: list[dict]) -> list[httpx.Response]:
    async with app.router.lifespan_context(app):  # the server's warm-up: the reader opens, nothing is scanned
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await asyncio.gather(*(client.get("/api/profile", params=p) for p in asked))


def test_twelve_new_pairs_before_a_build_are_the_profiles_and_build_the_table_once(store):
    app = _app(store)
    computed, built = ahead.COMPUTED["pairs"], dict(BUILDS)
    responses = asyncio.run(_at_once(app, [{"a": a, "b": b} for a, b in TWELVE]))
    assert [r.status_code for r in responses] == [200] * 12
    expected = [plain_json(bilateral_profile(store, a, b).to_dict()) for a, b in TWELVE]
    assert [r.content for r in responses] == expected  # byte for byte the library's profile over the store
    assert ahead.COMPUTED["pairs"] > computed  # their own parts were computed while the table was built
    for name in ("pair_totals", "profile_economies"):
        assert BUILDS[name] - built.get(name, 0) == 1  # once for the twelve
    reader = app.state.data.reader()
    assert reader.economies_loading() is None  # in memory now: later pairs compute nothing ahead


def test_an_unknown_party_ahead_of_the_table_is_the_routes_answer(store):
    asked = [{"a": "RWA", "b": "Atlantis"}, {"a": "KEN", "b": "UGA"}]
    first = asyncio.run(_at_once(_app(store), asked))
    again = asyncio.run(_at_once(_app(store), asked))  # the table exists now
    assert [(r.status_code, r.content) for r in first] == [(r.status_code, r.content) for r in again]
    assert first[0].status_code == 404 and first[1].status_code == 200


def test_without_a_core_to_spare_new_pairs_compute_as_before(store, tmp_path):
    asked = [{"a": a, "b": b, "year": 2021} for a, b in TWELVE]
    computed = ahead.COMPUTED["pairs"]
    app = _app(store, below_load=0)  # no load average is below 0: a machine with no core to spare
    responses = asyncio.run(_at_once(app, asked))
    assert ahead.COMPUTED["pairs"] == computed  # nothing ahead, no thread of the reader's own
    assert app.state.data.reader()._loading is None
    expected = [plain_json(bilateral_profile(store, a, b, 2021).to_dict()) for a, b in TWELVE]
    assert [r.content for r in responses] == expected


@pytest.mark.parametrize("year", [None, 2021])
def test_a_profile_with_its_part_computed_ahead_is_the_same(store, year):
    for a, b in [*PAIRS, ("KAZ", "Africa")]:
        ahead_part = products_ahead(store, a, b, year)
        with_part = bilateral_profile(store, a, b, year, ahead=ahead_part).to_dict()
        assert json.dumps(with_part, sort_keys=True) == json.dumps(
            bilateral_profile(store, a, b, year).to_dict(), sort_keys=True
        )


def test_a_part_computed_ahead_is_used_only_for_its_year_parties_and_top(store):
    emptied = dataclasses.replace(products_ahead(store, "RWA", "KEN", 2022), found={})
    used = bilateral_profile(store, "RWA", "KEN", 2022, ahead=emptied)
    assert used.top_products_a_to_b["hs6"] == [] and used.concentration["a_to_b"] is not None  # taken as given
    own = bilateral_profile(store, "RWA", "KEN", 2022)
    top = own.top_products_a_to_b["hs6"]
    assert top  # the pair trades: computed, its products are there
    for other in (
        bilateral_profile(store, "RWA", "KEN", 2021, ahead=emptied),  # another year
        bilateral_profile(store, "KEN", "RWA", 2022, ahead=emptied),  # the parties the other way round
        bilateral_profile(store, "RWA", "KEN", 2022, ahead=emptied, top=5),  # another top
        bilateral_profile(store, "RWA", "KEN", 2022, ahead=emptied, products=[top[0].code[:4]]),  # a selection
    ):
        assert other.top_products_a_to_b["hs6"]
