"""The server's short way to a profile (``web.fastpath``, issue 16) answers only what the route would answer alike.

Real components: a demo store written through the ingest path, the app in-process (``TestClient``: the real ASGI
stack). What the fast path answers is compared with what the route answers for the same pair (a query with one
more parameter, which the route ignores and the fast path leaves to it).
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from partnerlens.sources.demo import ingest_demo
from partnerlens.store import TradeStore
from partnerlens.web.app import create_app
from partnerlens.web.fastpath import plain_query
from partnerlens.workspace import Workspace


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (b"a=RWA&b=AZE", ("RWA", "AZE", None)),
        (b"b=AZE&a=RWA&year=2021", ("RWA", "AZE", 2021)),
        (b"a=C%C3%B4te+d%27Ivoire&b=Africa", ("Côte d'Ivoire", "Africa", None)),
        (b"a=RWA", None),  # b missing: the route says so (422)
        (b"a=&b=AZE", None),  # empty name
        (b"a=RWA&b=AZE&a=KEN", None),  # given twice
        (b"a=RWA&b=AZE&top=3", None),  # another parameter
        (b"a=RWA&b=AZE&year=1899", None),  # out of range
        (b"a=RWA&b=AZE&year=+2021", None),  # not four digits: the route's own parsing decides
        (b"a=RWA&b=AZE&year=", None),
        (b"a=" + b"x" * 121 + b"&b=AZE", None),  # over MAX_NAME_CHARS
    ],
)
def test_plain_queries_only(query, expected):
    assert plain_query(query) == expected


@given(st.dictionaries(st.sampled_from(["a", "b", "year", "top", "A"]), st.text(max_size=6), max_size=4))
def test_a_query_it_takes_has_exactly_what_the_route_validates(params):
    from urllib.parse import urlencode

    found = plain_query(urlencode(params).encode())
    if found is not None:
        a, b, year = found
        assert set(params) in ({"a", "b"}, {"a", "b", "year"}) and (a, b) == (params["a"], params["b"])
        assert 0 < len(a) <= 120 and 0 < len(b) <= 120 and (year is None or 1900 <= year <= 2100)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    store = TradeStore(Workspace.open(tmp_path_factory.mktemp("fastpath") / "home"))
    ingest_demo(store, seed=5, scale="small", years=[2021, 2022])
    with TestClient(create_app(store.workspace)) as made:
        yield made


@pytest.mark.parametrize(
    "params",
    [
        {"a": "RWA", "b": "KEN"},
        {"a": "KAZ", "b": "Africa", "year": "2021"},
        {"a": "Kenya", "b": "RWA", "year": "2022"},
        {"a": "RWA", "b": "KEN", "year": "1990"},  # a year the data do not cover: a profile that says so
    ],
)
def test_the_fast_path_answers_as_the_route_does(client, params):
    served = client.app.state.fast_path["served"]
    fast = client.get("/api/profile", params=params)
    routed = client.get("/api/profile", params=params | {"via": "route"})
    assert client.app.state.fast_path["served"] == served + 1
    assert fast.status_code == routed.status_code == 200
    assert fast.content == routed.content and list(fast.headers.items()) == list(routed.headers.items())


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("a=XXQ&b=KEN", 404),  # unknown party: computed by the fast path, failed, answered by the route
        ("a=RWA&b=KEN&year=1800", 422),
        ("a=RWA", 422),
        ("a=RWA&b=KEN&year=abcd", 422),
    ],
)
def test_what_it_leaves_or_fails_is_answered_by_the_route(client, query, status):
    served = client.app.state.fast_path["served"]
    response = client.get(f"/api/profile?{query}")
    assert response.status_code == status and response.json()["error"]["status"] == status
    assert response.headers["x-frame-options"] == "DENY"  # the route's answers carry the security headers too
    assert client.app.state.fast_path["served"] == served
