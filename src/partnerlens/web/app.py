"""The web app: JSON API under ``/api`` (OpenAPI at ``/docs``), pages for people, static files.

``create_app(workspace)`` builds a FastAPI app over one workspace. It holds no
connection: each request opens what it needs and closes it (DuckDB allows one
writer per file, so connections are short and reads never wait on a long
write). Heavy read results — a profile, indices, complexity, opportunities —
are cached per request parameters and per version of the trade store; the
version changes whenever a release is ingested or removed.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from importlib import resources
from typing import Any, TypeVar

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from partnerlens.store import SourceInfo, TradeStore
from partnerlens.web import errors
from partnerlens.workspace import Workspace

T = TypeVar("T")

STATIC_DIR = resources.files("partnerlens.web") / "static"


class ResultCache:
    """A small thread-safe LRU of computed read results, keyed by the store version."""

    def __init__(self, size: int = 256) -> None:
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()
        self._size = size

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = compute()  # outside the lock: a slow computation does not block other keys
        with self._lock:
            self._items[key] = value
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return value


class Data:
    """What the app reads from the workspace, with the store version that keys the cache."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.store = TradeStore(workspace)
        self.cache = ResultCache()

    def version(self) -> tuple:
        """Changes whenever a release is ingested or removed (both rename directories under flows/)."""
        flows = self.workspace.flows_dir
        return (flows.stat().st_mtime_ns, tuple(sorted(p.name for p in flows.iterdir())))

    def cached(self, key: tuple, compute: Callable[[], T]) -> T:
        return self.cache.get((self.version(), *key), compute)

    def sources(self) -> list[SourceInfo]:
        return self.cached(("sources",), self.store.sources)

    def synthetic(self) -> bool:
        """True when any release in the store is synthetic demo data (pages show a banner)."""
        return any(s.synthetic for s in self.sources())


def create_app(workspace: Workspace) -> FastAPI:
    """The partnerlens web app over ``workspace``."""
    from partnerlens.web import api, pages

    app = FastAPI(
        title="partnerlens",
        summary="Trade evidence, cooperation record, checked claims and cited briefs for any pair of parties.",
        description=(
            "Read endpoints need no credentials. Writes (registry edits, news ingest, review) need a token "
            "made with `partnerlens token create`, sent as `Authorization: Bearer <token>`. Errors are JSON "
            '`{"error": {"status", "message"}}`; money is in US dollars, shares are fractions 0–1.'
        ),
        version="1",
        max_body_size=errors.MAX_BODY_BYTES,
    )
    app.state.workspace = workspace
    app.state.data = Data(workspace)
    errors.install(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    return app


def app_from_environment() -> FastAPI:
    """Factory for ``uvicorn --factory``: the workspace of ``$PARTNERLENS_HOME``."""
    return create_app(Workspace.open())
