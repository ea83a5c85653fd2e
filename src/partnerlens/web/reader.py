"""One long-lived, read-only DuckDB connection per server process over the store's primary release.

A profile opened the store for every request: a new DuckDB connection, the
catalogue read again from the workspace database, views over the release's
Parquet files — about 65 ms of CPU on an 11-million-flow store, more than the
profile itself (and DuckDB serialises opening within a process). The server
opens them once instead (``Data.warm``, before it accepts a connection); each
request gets a cursor of that connection (cheap, and safe across threads)
wrapped in the same :class:`~partnerlens.analytics.flows.Flows` handle
``open_flows`` gives, so ``bilateral_profile`` runs the same code as the CLI.
When ``world build`` made current tables, the reader also keeps the profile
tables of each year it is asked for in memory
(``analytics.profile.world.MemoryTables``): a profile of two economies is then a
few dictionary lookups; before a build, the on-demand ``profile_economies``
table is read into memory the first time a profile needs it
(``analytics.profile.economies.KeptEconomies``). A new store version (ingest,
removal) makes a new reader.

The files are not pinned per request (``TradeStore.pinned``, a file lock per
request): a release removed or replaced while a request reads it fails that
request with a 503 that says so (``Retry-After``), and the next request reads the
new version. A read error while the catalogue still names this reader's
versions is not a change of the store: it propagates as it is.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import duckdb
from starlette.exceptions import HTTPException

from partnerlens.analytics.cache import cache_folder
from partnerlens.analytics.flows import Flows
from partnerlens.analytics.profile.economies import KEPT_KEY, KeptEconomies
from partnerlens.analytics.profile.products import PAIRS_DATABASE_KEY, QUERY_GATE_KEY
from partnerlens.analytics.profile.world import MEMORY_KEY, MemoryTables
from partnerlens.store import SourceInfo, TradeStore
from partnerlens.world.manifest import current

STORE_CHANGED = "the store changed (an ingest or a removal) while this request read it; try again"


class StoreReader:
    """One state of the store (``infos``: the primary release) and its current world tables if any, open for reading."""

    def __init__(self, store: TradeStore, infos: tuple[SourceInfo, ...], world: tuple[Path, dict] | None) -> None:
        self.store, self.infos, self.world = store, infos, world
        self.years = tuple(sorted({y for i in infos for y in i.years}))
        self.con = _flows_database(store, infos)
        # shared by the handles: the world tables in memory, or (before a build) the on-demand economies table
        kept = None if world else KeptEconomies()
        self.memo: dict = {MEMORY_KEY: MemoryTables(*world)} if world else {KEPT_KEY: kept}
        self.queued = kept.queued if kept is not None else None  # the route notes its pairs there (``Data.asked``)
        # before a build: the pairs' own queries run on a database of their own, on one thread (``pair_query``)
        self.pairs_database = None if world else _flows_database(store, infos, {"threads": 1})
        if self.pairs_database is not None:
            self.memo[PAIRS_DATABASE_KEY] = self.pairs_database
        self.queries_at_once = pair_queries_at_once(1 if self.pairs_database is not None else 2)
        self.memo[QUERY_GATE_KEY] = threading.BoundedSemaphore(self.queries_at_once)
        home = store.workspace.home
        self.sectors_path, self.cache_dir = home / "sectors.yaml", cache_folder(home / "cache", infos)
        self.cache_sources = tuple(store.source_path(i) for i in infos)

    @classmethod
    def open(cls, store: TradeStore, primary: SourceInfo) -> StoreReader:
        """A reader of ``primary`` with its current world tables (if ``world build`` made them)."""
        infos = (primary,)
        return cls(store, infos, current(store.workspace.home, infos))

    @contextlib.contextmanager
    def handle(self) -> Iterator[Flows]:
        """A :class:`Flows` handle on a cursor of the reader's connection (as ``open_flows`` opens a store's)."""
        cursor = LazyCursor(self.con)
        try:
            yield Flows(
                cast(duckdb.DuckDBPyConnection, cursor),
                self.infos,
                self.sectors_path,
                self.cache_dir,
                self.store,
                _declared_years=self.years,
                cache_sources=self.cache_sources,
                world=self.world,
                _memo=self.memo,
            )
        except duckdb.IOException as exc:
            if self.changed():
                raise HTTPException(503, STORE_CHANGED, headers={"Retry-After": "1"}) from exc
            raise
        finally:
            cursor.close()

    def changed(self) -> bool:
        """Whether the catalogue no longer names the versions this reader reads (an ingest or a removal since)."""
        # the catalogue itself: a server's store keeps the catalogue per version, and a request keeps its version
        named = {info.name: info.version for info in TradeStore.sources(self.store)}
        return any(named.get(info.name) != info.version for info in self.infos)

    def close(self) -> None:
        self.con.close()
        if self.pairs_database is not None:
            self.pairs_database.close()


def _flows_database(
    store: TradeStore, infos: tuple[SourceInfo, ...], config: dict | None = None
) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB database (``config``: its settings) with the view ``flows`` of ``infos`` for every cursor."""
    con = duckdb.connect(config=config or {})
    con.execute("SET enable_progress_bar = false")
    con.execute("SET parquet_metadata_cache = true")  # the tables' footers are read once, not per request
    store.attach_flows(con, infos=infos)
    (view,) = con.execute("SELECT sql FROM duckdb_views() WHERE view_name = 'flows' AND temporary").fetchall()[0]
    con.execute("DROP VIEW flows")
    con.execute(view.replace("CREATE TEMP VIEW", "CREATE VIEW", 1))  # visible to every cursor
    return con


def pair_queries_at_once(threads_each: int = 2) -> int:
    """How many pairs' own queries on the flows a server runs at once: one per ``threads_each`` cores (at least one).

    Each is a DuckDB query that decodes its exporters' row groups on DuckDB's threads (two on the reader's database
    of a 2-core machine, one on its pairs' database before a build); twelve new pairs asked together before
    ``world build`` waited for the store-wide table, then ran their queries four at a time (the analysis pool),
    sharing the cores so that each group of four ended together. As many at once as the cores hold, they end one
    (or one per core) after another: the same CPU, the median pair answered earlier (issue 16).
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 2)
    return max(1, cores // threads_each)


class LazyCursor:
    """A cursor of ``con`` opened at its first use: a profile from world tables in memory uses none.

    Opening and closing a cursor took 12 µs of CPU and released the GIL twice for each request (a wait for it
    under load); every attribute is the real cursor's once it is open.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con, self._cursor = con, cast(duckdb.DuckDBPyConnection | None, None)

    def __getattr__(self, name: str) -> Any:
        if self._cursor is None:
            self._cursor = self._con.cursor()
        return getattr(self._cursor, name)

    def close(self) -> None:
        if self._cursor is not None:
            self._cursor.close()
