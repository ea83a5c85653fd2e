"""The web app: JSON API under ``/api`` (OpenAPI at ``/docs``), pages for people, static files.

``create_app(workspace)`` builds a FastAPI app over one workspace. It holds no
connection: each request opens what it needs and closes it (DuckDB allows one
writer per file, so connections are short and reads never wait on a long
write). Heavy read results — a profile, indices, complexity, opportunities —
are cached per request parameters and per version of the trade store; the
version changes whenever a release is ingested or removed. Briefs are cached
the same way (their own, smaller cache) and rendered once per key.

Work is bounded (see ``work``, ``limits`` and SECURITY.md): cache misses, briefs,
PDFs, fetches and article reading run in fixed-size pools with a time budget;
every answer carries the security headers of ``security``.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.telemetry import TelemetryConfig
from starlette.types import ASGIApp, Receive, Scope, Send

from partnerlens import settings as environment
from partnerlens.scope import sectors_file
from partnerlens.store import SourceInfo, TradeStore
from partnerlens.web import errors
from partnerlens.web.fastpath import ProfileFastPath
from partnerlens.web.limits import FETCH_DEADLINE_SECONDS, Settings
from partnerlens.web.security import SecurityHeaders
from partnerlens.web.work import Pool, Pools
from partnerlens.workspace import Workspace

T = TypeVar("T")

STATIC_DIR = resources.files("partnerlens.web") / "static"
DOCS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>partnerlens API</title>
<link rel="icon" href="/static/favicon.png"><link rel="stylesheet" href="/static/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/static/swagger-ui-bundle.js"></script><script src="/static/swagger-init.js"></script></body></html>
"""


class ResultCache:
    """A small thread-safe LRU of computed read results, keyed by the store version.

    Concurrent misses on one key compute it once (the others wait for that
    result), so fifty clients asking for the same new profile cost one query.
    """

    MISSING = object()

    def __init__(self, size: int = 256) -> None:
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._computing: dict[Hashable, threading.Lock] = {}
        self._lock = threading.Lock()
        self._size = size

    def peek(self, key: Hashable) -> Any:
        """The cached value, or ``ResultCache.MISSING``."""
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
            return self.MISSING

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        value = self.peek(key)
        if value is not self.MISSING:
            return value
        with self._lock:
            key_lock = self._computing.setdefault(key, threading.Lock())
        try:
            with key_lock:  # a slow computation blocks only callers of the same key
                value = self.peek(key)
                if value is self.MISSING:
                    value = compute()
                    with self._lock:
                        self._items[key] = value
                        while len(self._items) > self._size:
                            self._items.popitem(last=False)
        finally:
            with self._lock:
                self._computing.pop(key, None)
        return value

    async def aget(self, key: Hashable, compute: Callable[[], T], pool: Pool) -> T:
        """``get`` for async routes: a hit is answered on the event loop, a miss computed in ``pool``."""
        value = self.peek(key)
        return value if value is not self.MISSING else await pool.run(lambda: self.get(key, compute))


@dataclass
class ServedStore(TradeStore):
    """The trade store as the app reads it: the catalogue read once per store version, not several times a request.

    Every read of the catalogue opens the workspace database, and DuckDB
    serialises opening and closing within a process (``Workspace.connect``):
    with fifty requests at once, four or five openings each made a queue. The
    catalogue of the current version (``Data.version``: an ingest or a removal
    changes it) is the same for every request, so it is read once. ``pinned``
    still locks the version directories and checks the catalogue again.
    """

    catalogue: Callable[[], list[SourceInfo]] | None = None

    def sources(self) -> list[SourceInfo]:
        return list(self.catalogue()) if self.catalogue is not None else super().sources()


class Data:
    """What the app reads from the workspace, with the store version that keys the cache."""

    def __init__(self, workspace: Workspace, settings: Settings | None = None) -> None:
        self.workspace = workspace
        self.settings = settings or Settings()
        self.store = ServedStore(workspace, catalogue=self.sources)
        self.cache = ResultCache()
        self.briefs = ResultCache(size=32)  # rendered briefs are larger than read results
        self.pools = Pools.default(FETCH_DEADLINE_SECONDS)
        # DuckDB allows one writer: writes from this app take turns (each is one short transaction);
        # reads never take this lock.
        self.write_lock = threading.Lock()
        self._reader: tuple[tuple, Any] | None = None  # (store version, StoreReader or None): see ``reading``
        self._reader_lock = threading.Lock()
        self._asked = threading.local()  # the version an async route computes for (``_at``)

    def version(self) -> tuple:
        """Changes whenever a release is ingested or removed (both rename directories under flows/).

        Within the computation of an async route's result (``acached``), the version that route read: the
        cached results it reads on the way (its profile, the catalogue) are keyed alike, without looking again.
        """
        asked = getattr(self._asked, "version", None)
        return asked if asked is not None else self._read_version()

    def _read_version(self) -> tuple:
        flows = self.workspace.flows_dir
        return (flows.stat().st_mtime_ns, tuple(sorted(p.name for p in flows.iterdir())))

    def cached(self, key: tuple, compute: Callable[[], T]) -> T:
        return self.cache.get((self.version(), *key), compute)

    async def acached(self, key: tuple, compute: Callable[[], T]) -> T:
        version = self.version()
        return await self.cache.aget((version, *key), lambda: self._at(version, compute), self.pools.reads)

    def _at(self, version: tuple, compute: Callable[[], T]) -> T:
        """``compute()`` with ``version`` as this thread's :meth:`version` (a pool thread: one request at a time)."""
        self._asked.version = version
        try:
            return compute()
        finally:
            self._asked.version = None

    def sources(self) -> list[SourceInfo]:
        return self.cached(("sources",), lambda: TradeStore.sources(self.store))

    def reader(self) -> Any:
        """The long-lived reader of this store version (``web.reader``, with its world tables if current), or None.

        Opened once per store version (at warm-up, or by the first request
        after an ingest or a removal); None for an empty store, or when the
        primary release is extended by a later one (then requests open the store).
        """
        version = self._read_version()  # the store's, never a route's older one: a newer reader is not replaced
        with self._reader_lock:
            if self._reader is None or self._reader[0] != version:
                self._reader = (version, self._open_reader())
            return self._reader[1]

    def asked(self, a: str, b: str, year: int | None) -> None:
        """A profile of ``a`` and ``b`` was asked: noted for the open reader before a build (``profile.queued``)."""
        held = self._reader  # the reader already open: never opened here, on the event loop
        queued = getattr(held[1], "queued", None) if held is not None else None
        if queued is not None and queued.open:
            queued.note(a, b, year)

    def _open_reader(self) -> Any:
        from partnerlens.analytics.flows.opening import _later_years
        from partnerlens.web.reader import StoreReader

        catalogue = self.sources()
        primary = self.store.primary_source(catalogue)
        if primary is None or _later_years(catalogue, primary):
            return None
        return StoreReader.open(self.store, primary)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Any]:
        """What a profile reads: a handle on this version's long-lived reader, else the store."""
        reader = self.reader()
        if reader is None:
            yield self.store
            return
        with reader.handle() as flows:
            yield flows

    @contextlib.contextmanager
    def brief_flows(self) -> Iterator[Any]:
        """What a brief computes over in this server: a cursor of the long-lived reader with a memo of its own (what a
        brief memoises may be tied to its cursor), seeded with the reader's (the world tables in memory); None
        without a reader (the brief then opens the store itself)."""
        from partnerlens.analytics.flows import Flows

        with self.reading() as flows:
            yield flows.with_own_memo() if isinstance(flows, Flows) else None

    def synthetic(self) -> bool:
        """True when any release in the store is synthetic demo data (pages show a banner)."""
        return any(s.synthetic for s in self.sources())

    def warm(self) -> dict:
        """Load, before the server reports ready, what every profile reads once per process; a report of what ran.

        The first requests after start-up would otherwise each pay the imports
        (pandas, the analytics package), the reference tables (parties,
        product names, sectors, published figures) and, when ``world build``
        made current tables, their first reads — and fifty clients arriving at
        once would wait on one another for them. One profile of a pair that
        trades is computed: over the store when its world tables are current
        (nothing store-wide is built: the tables exist), else over a one-row
        table of that pair, so that starting a server never scans the store
        (the on-demand cache is built, single-flight, by the first request
        that needs it). An empty store, or any failure, leaves the server as
        it was: requests compute what they need.
        """
        from partnerlens.analytics import bilateral_profile
        from partnerlens.analytics.profile.world import prepare_economies
        from partnerlens.reference import economies
        from partnerlens.web.warm import one_flow, prepare_published, trading_pair
        from partnerlens.world.manifest import current

        started = time.perf_counter()
        report: dict = {"warmed": None, "world_tables": False}
        try:
            primary = self.store.primary_source(self.sources())
            if primary is None:
                return report | {"seconds": round(time.perf_counter() - started, 3)}
            with self.store.pinned([primary.name]) as infos:
                world = current(self.workspace.home, infos) is not None
                pair = trading_pair(self.store, infos)
            if pair is not None:
                year, a, b, product = pair
                if world:
                    with self.reading() as flows:  # opens the long-lived reader, its world tables in memory
                        bilateral_profile(flows, a, b, year)
                        report["economies"] = prepare_published(prepare_economies(flows, year), year)
                else:
                    self.reader()  # opened now, not by the first requests (nothing is scanned)
                    bilateral_profile(one_flow(year, a, b, product, primary.name), a, b, year)
                    report["economies"] = prepare_published(sorted(economies()), year)
                report |= {"warmed": f"{a}-{b} {year}", "world_tables": world}
        except Exception as exc:  # noqa: BLE001 -- warming is an optimisation: never stop the server starting
            report["error"] = f"{type(exc).__name__}: {exc}"
        return report | {"seconds": round(time.perf_counter() - started, 3)}


@contextlib.asynccontextmanager
async def _lifespan(app: FastAPI):
    from partnerlens.web.warm import settle

    data: Data = app.state.data
    if app.state.warm:
        app.state.warmed = await asyncio.to_thread(data.warm)  # before uvicorn accepts a connection
        if app.state.settle:
            settle()
    yield
    data.pools.shutdown()


class WorkspaceTaxonomy:
    """ASGI middleware: within each request sectors resolve against the workspace's own ``sectors.yaml`` when it
    has one (:mod:`partnerlens.scope`), as the CLI does within each invocation."""

    def __init__(self, app: ASGIApp, sectors_yaml: Path) -> None:
        self.app, self.sectors_yaml = app, sectors_yaml

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        with sectors_file(self.sectors_yaml):
            await self.app(scope, receive, send)


def create_app(
    workspace: Workspace,
    settings: Settings | None = None,
    warm: bool = True,
    settle: bool = False,
    brief_secret: str | None = None,
) -> FastAPI:
    """The partnerlens web app over ``workspace``, with the operator's ``settings`` (see ``limits.Settings``).

    ``warm``: at start-up, before the first request is accepted, load what every profile reads (``Data.warm``).
    ``settle``: then collect and freeze what start-up made (``web.warm.settle``): for a server process, which
    runs one app for its life (``partnerlens serve``), not for apps made and dropped in one process (tests).
    ``brief_secret``: the command line's briefs are answered to requests signed with it (``web.cli_briefs``).
    """
    from partnerlens.web import api, beyond, claims_api, opportunities, pages
    from partnerlens.web import reconcile as reconcile_web

    app = FastAPI(
        title="partnerlens",
        summary="Trade evidence, cooperation record, checked claims and cited briefs for any pair of parties.",
        description=(
            "Read endpoints need no credentials. Writes (registry edits, news ingest, review) and fetching an "
            "address (unless the server runs with `--allow-fetch`) need a token "
            "made with `partnerlens token create`, sent as `Authorization: Bearer <token>`. Errors are JSON "
            '`{"error": {"status", "message"}}`; money is in US dollars, shares are fractions 0–1.'
        ),
        version="1",
        docs_url=None,  # served below from vendored Swagger UI files: the docs need no network
        redoc_url=None,
        lifespan=_lifespan,
        telemetry=_telemetry(),
    )
    app.state.workspace = workspace
    app.state.data = Data(workspace, settings)
    app.state.warm, app.state.warmed, app.state.settle = warm, None, warm and settle
    app.state.settings = app.state.data.settings
    app.state.brief_secret = brief_secret
    errors.install(app)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(WorkspaceTaxonomy, sectors_yaml=workspace.home / "sectors.yaml")
    app.state.fast_path = {"served": 0}
    app.add_middleware(ProfileFastPath, data=app.state.data, counts=app.state.fast_path)  # web/fastpath.py
    app.include_router(api.router)
    app.include_router(claims_api.router)
    app.include_router(pages.router)
    app.include_router(reconcile_web.router)
    opportunities.include(app)
    beyond.include(app)  # services and investment of a pair (web/beyond.py)
    if brief_secret:
        from partnerlens.web import cli_briefs

        app.include_router(cli_briefs.router)  # the command line's briefs (partnerlens.warm_server)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """OpenAPI docs (Swagger UI 5, vendored from the npm package swagger-ui-dist), started by a static script."""
        return HTMLResponse(DOCS_PAGE)

    return app


def _telemetry() -> TelemetryConfig | None:
    """FastAPI's OpenTelemetry: as FastAPI sets it when the environment configures OpenTelemetry (an ``OTEL_*``
    variable, or ``FASTAPI_OTEL_AUTO_CONFIGURE``), else off — it looked up the environment on every request
    (≈ 3 % of a first profile's CPU in the server) to find that nothing was configured."""
    if environment.telemetry_configured():
        return None
    return {"tracing": False, "metrics": False, "logs": False}


def served_settings(workspace: Workspace, settings: Settings) -> str:
    """What :func:`served_app` needs to build the same app in another process, as JSON."""
    import json

    return json.dumps(
        {
            "home": str(workspace.home),
            "allow_fetch": settings.allow_fetch,
            "fetch_allow": [str(n) for n in settings.fetch_allow],
            "trusted_proxy": settings.trusted_proxy,
        }
    )


def served_app() -> FastAPI:
    """The app of one server process of ``partnerlens serve --workers N`` (uvicorn's factory)."""
    import json

    from partnerlens.http import parse_networks
    from partnerlens.settings import handed_to_server_process

    given = json.loads(handed_to_server_process())
    settings = Settings(
        allow_fetch=given["allow_fetch"],
        fetch_allow=parse_networks(given["fetch_allow"]),
        trusted_proxy=given["trusted_proxy"],
    )
    return create_app(Workspace.open(Path(given["home"])), settings, settle=True)
