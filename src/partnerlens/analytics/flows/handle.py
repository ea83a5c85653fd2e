"""The :class:`Flows` handle: an open DuckDB connection with view ``flows``, the sources to cite, and the
aggregates it keeps (cache files in the workspace, or world tables when current). See :mod:`partnerlens.analytics.flows`."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from partnerlens.analytics.cache import cached_parquet
from partnerlens.errors import NoDataError
from partnerlens.jsonable import dataclass_fields, returns_fields
from partnerlens.reference import product_names
from partnerlens.reference.products import NOMENCLATURES
from partnerlens.sql import sql_string, sql_string_list
from partnerlens.store import SourceInfo, TradeStore
from partnerlens.world.manifest import table_files

if TYPE_CHECKING:
    import pandas as pd

REQUIRED_COLUMNS = ("year", "exporter", "importer", "product", "value_usd")
DEFAULT_NOMENCLATURE = "HS92"
TABLE_SOURCE_NAME = "in-memory flows table"

REST_OF_WORLD = "_REST"
"""Code that stands for every economy a reduced table does not need one by one."""

_SHARED_LOCK = threading.Lock()
"""Guards the creation of a key's entry in a handle's shared memo (``Flows.shared``)."""


# -- results -------------------------------------------------------------------


class Result:
    """Mixin for analytics results (dataclasses): one JSON-ready shape for the CLI, briefs and the web API."""

    @returns_fields  # jsonable converts a result once, not its to_dict() and then that again
    def to_dict(self) -> dict:
        return dataclass_fields(self)


@dataclass
class Flows:
    """An open DuckDB connection with view ``flows``, and the sources to cite for it."""

    con: duckdb.DuckDBPyConnection
    sources: tuple[SourceInfo, ...] = ()
    sectors_path: Path | None = None  # a workspace's own sector taxonomy, if any
    cache_dir: Path | None = None  # where aggregates of this state of a store are kept (see ``aggregate``)
    store: TradeStore | None = None  # the store behind the flows, if any (for source-specific tables)
    cache_sources: tuple[Path, ...] = ()  # the release versions the cache is built from (see analytics/cache.py)
    extension: dict[str, tuple[int, ...]] = field(default_factory=dict)  # source → years it adds after the primary's
    world: tuple[Path, dict] | None = None  # current world tables of these releases (folder, manifest), if built
    _declared_years: tuple[int, ...] | None = field(default=None, repr=False)
    _views: set[str] = field(default_factory=set, repr=False)
    _memo: dict[tuple, Any] = field(default_factory=dict, repr=False)
    _shared: dict[tuple, list] = field(default_factory=dict, repr=False)  # with the handles forked from it

    @property
    def synthetic(self) -> bool:
        """True when any of the data is synthetic demo data."""
        return any(s.synthetic for s in self.sources)

    @property
    def nomenclature(self) -> str:
        """The HS nomenclature of the flows (of the first source; HS92 when unknown)."""
        known = [s.nomenclature for s in self.sources if s.nomenclature]
        return known[0] if known else DEFAULT_NOMENCLATURE

    def product_names(self) -> dict[str, str]:
        """Short English names of the data's HS codes at every level (empty for a nomenclature the reference lacks)."""
        return product_names(self.nomenclature) if self.nomenclature.upper() in NOMENCLATURES else {}

    @cached_property
    def years(self) -> tuple[int, ...]:
        """Years that have data, ascending."""
        if self._declared_years is not None:
            return self._declared_years
        rows = self.con.execute("SELECT DISTINCT year FROM flows WHERE year IS NOT NULL ORDER BY year").fetchall()
        return tuple(int(y) for (y,) in rows)

    def year_or_latest(self, year: int | None) -> int:
        """``year``, or the latest year with data; NoDataError when there is no data at all."""
        if year is not None:
            return int(year)
        if not self.years:
            raise NoDataError("the store holds no trade flows; ingest a release or run `partnerlens data demo`")
        later = {y for ys in self.extension.values() for y in ys}  # a later source's years: asked for, not assumed
        return ([y for y in self.years if y not in later] or self.years)[-1]

    def has_year(self, year: int) -> bool:
        return int(year) in self.years

    def df(self, sql: str, params: Sequence[Any] | None = None) -> pd.DataFrame:
        """Run ``sql`` and return the result as a DataFrame (strings Arrow-backed: no Python object per cell)."""
        import pandas as pd  # here, not at the top: the profile's path runs without pandas (lean start-up)
        import pyarrow as pa

        strings = {pa.string(): pd.StringDtype("pyarrow"), pa.large_string(): pd.StringDtype("pyarrow")}
        table = self.con.execute(sql, params or []).arrow()
        if isinstance(table, pa.RecordBatchReader):
            table = table.read_all()
        return table.to_pandas(types_mapper=strings.get)

    def aggregate(self, name: str, sql: str, prepare: Callable[[], object] | None = None) -> str:
        """View ``name`` over the result of ``sql`` (a query on ``flows``), computed once per state of the data.

        ``prepare`` registers what ``sql`` reads besides the flows (a small
        reference table); it is called only when the result is computed, not
        when it is read from the cache or the world tables.

        Over a store, the result is written as Parquet to the workspace's
        ``cache/`` directory, in a folder of the release versions this handle
        is pinned to, keyed by the query text, so any later process reads it
        instead of scanning every flow again (see :mod:`partnerlens.analytics.cache`).
        Over a table (or when the cache cannot be written) it is a temporary
        table of this connection.
        """
        if name in self._views:
            return name
        files = self._world_files(name)
        if files:  # built by `world build` for exactly these releases: read, never recompute
            self.con.execute(
                f"CREATE OR REPLACE TEMP VIEW {name} AS SELECT * FROM read_parquet({sql_string_list(files)}, hive_partitioning = false)"
            )
            self._views.add(name)
            return name
        try:
            if self.cache_dir is None:
                raise OSError("no cache directory")
            path = cached_parquet(self.con, self.cache_dir, name, sql, self.cache_sources, prepare)
            self.con.execute(
                f"CREATE OR REPLACE TEMP VIEW {name} AS SELECT * FROM read_parquet({sql_string(str(path))})"
            )
        except (OSError, duckdb.IOException):  # a table, or a workspace we cannot write to
            if prepare is not None:
                prepare()
            self.con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS {sql}")
        self._views.add(name)
        return name

    def _world_files(self, name: str) -> list[str] | None:
        """The world-table files standing for aggregate ``name`` (pair totals, a year's HS6 exports), if current."""
        if self.world is None:
            return None
        folder, manifest = self.world
        if name == "pair_totals":
            return table_files(folder, manifest, "pair_totals", self.years)
        year = re.fullmatch(r"exports_(\d{4})_hs6", name)
        return table_files(folder, manifest, "exports_hs6", [int(year.group(1))]) if year else None

    @contextmanager
    def forked(self) -> Iterator[Flows]:
        """This handle for another thread: a connection of its own to the same database (a DuckDB cursor).

        A DuckDB connection serves one thread at a time; a cursor is a second connection to the same database,
        and its queries run alongside this one's. It gets this handle's temporary views (``flows`` and the
        aggregates read so far: their definitions only, nothing is read again) and a memo of its own, since
        what is memoised may be tied to a connection (a registered table, a temporary one). Closed on exit.
        """
        con = self.con.cursor()
        try:
            con.execute("SET enable_progress_bar = false")
            views = self.con.execute(
                "SELECT view_name, sql FROM duckdb_views() WHERE temporary AND NOT internal ORDER BY view_oid"
            ).fetchall()
            for _, sql in views:
                con.execute(sql)
            copied = self._views & {name for name, _ in views}
            yield replace(self, con=con, _declared_years=self.years, _views=copied, _memo={}, _shared=self._shared)
        finally:
            con.close()

    def with_own_memo(self) -> Flows:
        """This handle on the same connection, with a memo of its own seeded with this one's (what is memoised later
        through it stays with it: a brief on a server's reader keeps the reader's world tables, adds nothing to them)."""
        return replace(self, _memo=dict(self._memo))

    def memoised(self, key: tuple, compute: Callable[[], Any]) -> Any:
        """``compute()`` once per ``key`` while this handle is open (the data cannot change under it).

        For in-memory results several analyses share, such as one year's
        product space; callers must not modify what they get back.
        """
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def shared(self, key: tuple, compute: Callable[[], Any]) -> Any:
        """``compute()`` once per ``key`` for this handle and the handles forked from it (a brief's threads).

        Only for values tied to no connection (an Arrow table each reader
        registers on its own connection, a DataFrame). A thread that asks while
        another computes the same key waits for it instead of computing again;
        a computation that fails leaves the key to the next caller. The value is
        memoised too (:meth:`memoised`), so handles that share a memo (a
        server's reader) share it as before.
        """
        if key in self._memo:
            return self._memo[key]
        with _SHARED_LOCK:
            entry = self._shared.setdefault(key, [threading.Lock(), False, None])
        with entry[0]:
            if not entry[1]:
                entry[2] = compute()
                entry[1] = True
        self._memo[key] = entry[2]
        return entry[2]

    def register_sides(self, sides: dict[str, frozenset[str]]) -> str:
        """Table ``party_sides (code, side)``: the members of each side, to join or semi-join with.

        Over large tables DuckDB runs such joins far faster than long
        IN-lists tested row by row (Africa has 55 members).
        """
        self.con.execute("CREATE OR REPLACE TEMP TABLE party_sides (code VARCHAR, side VARCHAR)")
        members = [(code, key) for key, codes in sides.items() for code in codes]
        if members:  # literal rows: no DataFrame, no bound parameters (binding one makes DuckDB import pandas)
            rows = ", ".join(f"({sql_string(code)}, {sql_string(key)})" for code, key in members)
            self.con.execute(f"INSERT INTO party_sides VALUES {rows}")
        return "party_sides"

    def with_sides(self, table: str, sides: dict[str, frozenset[str]]) -> str:
        """SQL for ``table`` plus ``exporter_side`` and ``importer_side``: the key of ``sides`` holding each code, or ''."""
        self.register_sides(sides)
        return (
            f"(SELECT t.*, coalesce(se.side, '') AS exporter_side, coalesce(si.side, '') AS importer_side FROM {table} t "
            "LEFT JOIN party_sides se ON t.exporter = se.code LEFT JOIN party_sides si ON t.importer = si.code)"
        )

    def pair_totals(self) -> str:
        """View of ``year, exporter, importer, value_usd``: the flows summed over products (a few 100k rows)."""
        return self.aggregate(
            "pair_totals",
            "SELECT year, exporter, importer, sum(value_usd) AS value_usd FROM flows GROUP BY ALL ORDER BY ALL",
        )
