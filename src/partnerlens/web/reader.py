"""One long-lived, read-only DuckDB connection per server process over the current world tables.

A profile opened the store for every request: a new DuckDB connection (tens of
milliseconds under load: DuckDB serialises opening within a process), views
over the release's Parquet files, the pair totals read from Parquet again. When
``world build`` made current tables, the server opens them once instead
(``Data.warm``, before it accepts a connection) and keeps the profile tables
of each year it is asked for in memory (``analytics.profile.world.MemoryTables``);
each request gets a cursor of that connection (cheap, and safe across threads)
wrapped in the same :class:`~partnerlens.analytics.flows.Flows` handle
``open_flows`` gives, so ``bilateral_profile`` runs the same code as the CLI and
a profile of two economies is a few dictionary lookups. A new store version (ingest,
removal) makes a new reader; without current world tables there is none and
requests open the store as before.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import duckdb

from partnerlens.analytics.cache import cache_folder
from partnerlens.analytics.flows import Flows
from partnerlens.analytics.profile.world import MEMORY_KEY, MemoryTables
from partnerlens.store import SourceInfo, TradeStore
from partnerlens.world.manifest import current


class WorldReader:
    """The world tables of one state of the store (``infos``: the primary release), open for reading."""

    def __init__(self, store: TradeStore, infos: tuple[SourceInfo, ...], world: tuple[Path, dict]) -> None:
        self.store, self.infos, self.world = store, infos, world
        self.years = tuple(sorted({y for i in infos for y in i.years}))
        self.con = duckdb.connect()
        self.con.execute("SET enable_progress_bar = false")
        self.con.execute("SET parquet_metadata_cache = true")  # the tables' footers are read once, not per request
        store.attach_flows(self.con, infos=infos)
        (view,) = self.con.execute("SELECT sql FROM duckdb_views() WHERE view_name = 'flows' AND temporary").fetchall()[
            0
        ]
        self.con.execute("DROP VIEW flows")
        self.con.execute(view.replace("CREATE TEMP VIEW", "CREATE VIEW", 1))  # visible to every cursor
        self.memo: dict = {MEMORY_KEY: MemoryTables(*world)}  # shared by every handle: each year loaded once
        home = store.workspace.home
        self.sectors_path, self.cache_dir = home / "sectors.yaml", cache_folder(home / "cache", infos)
        self.cache_sources = tuple(store.source_path(i) for i in infos)

    @classmethod
    def open(cls, store: TradeStore, primary: SourceInfo) -> WorldReader | None:
        """A reader over the current world tables of ``primary``, or None when there are none."""
        infos = (primary,)
        world = current(store.workspace.home, infos)
        return None if world is None else cls(store, infos, world)

    @contextlib.contextmanager
    def handle(self) -> Iterator[Flows]:
        """A :class:`Flows` handle on a cursor of the reader's connection (as ``open_flows`` opens a store's)."""
        cursor = self.con.cursor()
        try:
            yield Flows(
                cursor,
                self.infos,
                self.sectors_path,
                self.cache_dir,
                self.store,
                _declared_years=self.years,
                cache_sources=self.cache_sources,
                world=self.world,
                _memo=self.memo,
            )
        finally:
            cursor.close()

    def close(self) -> None:
        self.con.close()
