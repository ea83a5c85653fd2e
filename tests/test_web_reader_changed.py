"""The server's long-lived reader when the store changes under a request (``web/reader.py``): a release removed
while a request reads it is a 503 that says so, never "internal error (a bug)"; a read error while the catalogue
still names the reader's files is not a change of the store and propagates as it is."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from starlette.exceptions import HTTPException

from _flows_fixtures import ingest, random_world
from partnerlens.analytics import bilateral_profile
from partnerlens.store import TradeStore
from partnerlens.web.app import Data
from partnerlens.web.reader import STORE_CHANGED


def _data(tmp_path: Path) -> tuple[Data, TradeStore]:
    world = random_world(3, ["RWA", "AZE", "KEN", "TZA"], ["090111", "847130", "271000"], [2021, 2022], density=0.9)
    workspace = ingest(tmp_path / "ws", world, name="demo-reader", synthetic=True)
    return Data(workspace), TradeStore(workspace)


def test_a_release_removed_under_a_request_is_a_503_that_says_so(tmp_path: Path) -> None:
    d, store = _data(tmp_path)
    assert d.reader() is not None  # the long-lived reader of this store version
    with pytest.raises(HTTPException) as raised, d.reading() as flows:
        store.remove("demo-reader")  # no reader pins the files: they are deleted now
        bilateral_profile(flows, "RWA", "AZE", 2022)
    assert raised.value.status_code == 503 and raised.value.detail == STORE_CHANGED
    assert raised.value.headers == {"Retry-After": "1"}
    assert isinstance(raised.value.__cause__, duckdb.IOException)


def test_a_read_error_of_an_unchanged_store_is_not_called_a_change(tmp_path: Path) -> None:
    d, store = _data(tmp_path)
    (info,) = store.sources()
    with pytest.raises(duckdb.IOException), d.reading() as flows:
        shutil.rmtree(store.source_path(info))  # files gone, catalogue unchanged: damage, not an ingest
        bilateral_profile(flows, "RWA", "AZE", 2022)
