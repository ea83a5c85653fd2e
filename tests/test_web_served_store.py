"""The web app's store reads the catalogue once per store version (issue 16), and again after an ingest.

Real components: a store written through the ingest path, the workspace's DuckDB database, the app's ``Data``.
"""

from __future__ import annotations

from contextlib import contextmanager

from _small_store import small_store
from partnerlens.analytics import bilateral_profile
from partnerlens.store import TradeStore
from partnerlens.web.app import Data
from partnerlens.workspace import Workspace


@contextmanager
def counted_openings(monkeypatch):
    """Count openings of the workspace database (the real ``Workspace.connect`` still runs)."""
    opened = []
    real = Workspace.connect

    def connect(self):
        opened.append(1)
        return real(self)

    monkeypatch.setattr(Workspace, "connect", connect)
    yield opened


def test_requests_read_the_catalogue_once_per_store_version(tmp_path, monkeypatch):
    store = small_store(tmp_path / "home", (2022,))
    data = Data(Workspace.open(store.workspace.home))
    first = data.store.sources()
    assert [(s.name, s.version) for s in first] == [(s.name, s.version) for s in TradeStore(store.workspace).sources()]
    bilateral_profile(data.store, "RWA", "KEN", 2022)  # warms what a request computes once
    with counted_openings(monkeypatch) as opened:
        profile = bilateral_profile(data.store, "DEU", "FRA", 2022)
    assert profile.has_data and opened == []  # no opening of the workspace database per request

    small_store(tmp_path / "home", (2022,), seed=11)  # a new version of the same release
    after = data.store.sources()
    assert after[0].version != first[0].version  # the ingest changed the store version: read again
    assert bilateral_profile(data.store, "DEU", "FRA", 2022).has_data
