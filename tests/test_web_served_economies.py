"""A server's warm-up prepares every economy of the world tables' latest year, and the app skips FastAPI's
OpenTelemetry lookups unless the environment configures OpenTelemetry, and start-up's objects are kept out of later
full collections (issue 16: a first request's CPU).

Real components: a store written through the ingest path, ``world build`` (local engine), the app's lifespan run by
Starlette's test client.
"""

from __future__ import annotations

from fastapi.testclient import TestClient

from _small_store import small_store
from partnerlens.analytics.profile.world import MEMORY_KEY
from partnerlens.analytics.published import _compose
from partnerlens.web.app import _telemetry, create_app
from partnerlens.workspace import Workspace
from partnerlens.world.build import build_world


def test_warm_up_prepares_each_economy_and_its_published_block(tmp_path):
    store = small_store(tmp_path / "home", (2022,))
    build_world(store.workspace, digits=6, engine="local", workers=1, kinds=("base", "profiles"))
    _compose.cache_clear()
    with TestClient(create_app(Workspace.open(store.workspace.home))) as client:
        warmed = client.app.state.warmed
        assert warmed["world_tables"] is True and warmed["economies"] >= 3 and "error" not in warmed
        tables = client.app.state.data.reader().memo[MEMORY_KEY]
        economies = tables._year_economies(2022)
        assert len(economies) == warmed["economies"]
        assert all("positive_exports" in vars(e) and "positive_imports" in vars(e) for e in economies.values())
        assert _compose.cache_info().currsize >= warmed["economies"] - 1  # every named economy (the warm pair's too)
        hits = _compose.cache_info().hits
        body = client.get("/api/profile", params={"a": "RWA", "b": "KEN"}).json()
        assert _compose.cache_info().hits == hits + 2  # both published blocks were ready
        assert body["published"][0]["party"] == "RWA"


def test_start_up_leaves_what_it_made_out_of_later_full_collections(tmp_path):
    import gc

    store = small_store(tmp_path / "home", (2022,))
    gc.unfreeze()
    with TestClient(create_app(Workspace.open(store.workspace.home))) as client:
        assert gc.get_freeze_count() == 0  # an app made and dropped (tests) freezes nothing
    try:
        with TestClient(create_app(Workspace.open(store.workspace.home), settle=True)) as client:
            assert gc.get_freeze_count() > 1000  # modules, reference tables, the warm-up's tables
            assert client.get("/api/profile", params={"a": "RWA", "b": "KEN"}).status_code == 200
    finally:
        gc.unfreeze()  # this test process goes on making apps


def test_opentelemetry_is_left_to_fastapi_only_when_the_environment_configures_it(monkeypatch):
    for name in [n for n in __import__("os").environ if n.startswith(("OTEL_", "FASTAPI_OTEL_"))]:
        monkeypatch.delenv(name)
    assert _telemetry() == {"tracing": False, "metrics": False, "logs": False}
    monkeypatch.setenv("OTEL_SERVICE_NAME", "partnerlens")
    assert _telemetry() is None


def test_before_a_build_the_warm_up_prepares_every_economys_published_block(tmp_path):
    store = small_store(tmp_path / "home", (2022,))
    _compose.cache_clear()
    with TestClient(create_app(Workspace.open(store.workspace.home))) as client:
        warmed = client.app.state.warmed
        assert warmed["world_tables"] is False and warmed["economies"] > 200 and "error" not in warmed
        hits = _compose.cache_info().hits
        assert client.get("/api/profile", params={"a": "RWA", "b": "KEN"}).status_code == 200
        assert _compose.cache_info().hits == hits + 2
