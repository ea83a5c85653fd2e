"""The web app warms what every profile reads before it accepts requests (issue 16), and never scans the store to do so.

Real components: a store written through the ingest path, ``world build`` (local engine), the app's lifespan run by
Starlette's test client, the workspace's cache folder on disk.
"""

from __future__ import annotations

from fastapi.testclient import TestClient

from _small_store import small_store
from partnerlens.web.app import create_app
from partnerlens.workspace import Workspace
from partnerlens.world.build import build_world


def cache_files(home) -> list[str]:
    return sorted(p.name for p in (home / "cache").rglob("*.parquet"))


def test_start_up_warms_a_profile_without_building_store_wide_tables(tmp_path):
    store = small_store(tmp_path / "home", (2021, 2022))
    home = store.workspace.home
    with TestClient(create_app(Workspace.open(home))) as client:
        warmed = client.app.state.warmed
        assert warmed["warmed"] and warmed["world_tables"] is False and "error" not in warmed
        assert cache_files(home) == []  # before a build: the first request builds the on-demand cache, not start-up
        assert client.get("/api/profile", params={"a": "DEU", "b": "FRA"}).status_code == 200
    assert any(name.startswith("pair_totals-") for name in cache_files(home))


def test_start_up_reads_current_world_tables(tmp_path):
    store = small_store(tmp_path / "home", (2022,))
    build_world(store.workspace, workers=1, kinds=("base",))
    with TestClient(create_app(Workspace.open(store.workspace.home))) as client:
        warmed = client.app.state.warmed
        assert warmed["world_tables"] is True and warmed["warmed"].endswith("2022")
        body = client.get("/api/profile", params={"a": "RWA", "b": "KEN", "year": 2022}).json()
        assert body["year"] == 2022


def test_an_empty_workspace_and_a_switched_off_warm_up_start_at_once(tmp_path):
    with TestClient(create_app(Workspace.open(tmp_path / "empty"))) as client:
        assert client.app.state.warmed["warmed"] is None
        assert client.get("/api/status").status_code == 200
    store = small_store(tmp_path / "home", (2022,))
    with TestClient(create_app(Workspace.open(store.workspace.home), warm=False)) as client:
        assert client.app.state.warmed is None
