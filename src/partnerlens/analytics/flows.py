"""Flows plumbing: one way to query trade flows, whatever holds them.

Every analytics function accepts a *flows-like* value:

* a pandas DataFrame or an Arrow table with columns ``year, exporter, importer,
  product, value_usd`` (``quantity_t`` and ``source`` optional; ``product`` a
  zero-padded HS code string);
* a :class:`~partnerlens.store.TradeStore` or a
  :class:`~partnerlens.workspace.Workspace` (its store);
* an open :class:`Flows` handle, so that a caller running many queries (the
  claim checker, a brief) opens the data once;
* ``None``: the store of the default workspace (``$PARTNERLENS_HOME`` …).

:func:`open_flows` turns any of them into a :class:`Flows` handle: an in-memory
DuckDB connection with a view ``flows`` and the sources to cite. Queries are
SQL pushed down to DuckDB; only small results reach pandas.

Parties follow one rule everywhere (ARCHITECTURE.md, *Party*): a group's flows
are the sum over its members, and trade between two members of the same side
is never counted as that side's trade. When the two parties of a pair overlap,
:func:`pair_sides` makes them disjoint first: a party contained in the other is
taken out of the larger one ("EAC × Rwanda" is the other EAC members with
Rwanda), and members shared by two overlapping groups belong to neither side.
Those rules live in :mod:`partnerlens.analytics.sides` (re-exported here); this
module stays over 400 lines because the handle, its cache and world-table
lookups, and the primitives that query through them are one concern.
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, TypeAlias

import duckdb
import pandas as pd
import pyarrow as pa

from partnerlens.analytics import indices
from partnerlens.analytics.cache import cache_folder, cached_parquet
from partnerlens.analytics.sides import (  # noqa: F401 (re-exported: callers import them from flows)
    PartyLike,
    as_party,
    direction_filter,
    pair_sides,
    product_filter,
    sql_list,
    year_filter,
)
from partnerlens.errors import NoDataError, PartnerlensError
from partnerlens.jsonable import dataclass_fields
from partnerlens.reference import product_names
from partnerlens.reference.products import NOMENCLATURES
from partnerlens.store import SourceInfo, TradeStore
from partnerlens.workspace import Workspace
from partnerlens.world.manifest import current as current_world
from partnerlens.world.manifest import table_files

REQUIRED_COLUMNS = ("year", "exporter", "importer", "product", "value_usd")
DEFAULT_NOMENCLATURE = "HS92"
TABLE_SOURCE_NAME = "in-memory flows table"

# -- results -------------------------------------------------------------------


class Result:
    """Mixin for analytics results (dataclasses): one JSON-ready shape for the CLI, briefs and the web API."""

    def to_dict(self) -> dict:
        return dataclass_fields(self)


# -- opening flows -------------------------------------------------------------


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
        table = self.con.execute(sql, params or []).arrow()
        if isinstance(table, pa.RecordBatchReader):
            table = table.read_all()
        return table.to_pandas(types_mapper=_STRING_TYPES.get)

    def aggregate(self, name: str, sql: str) -> str:
        """View ``name`` over the result of ``sql`` (a query on ``flows``), computed once per state of the data.

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
            listed = "[" + ", ".join("'" + f.replace("'", "''") + "'" for f in files) + "]"
            self.con.execute(
                f"CREATE OR REPLACE TEMP VIEW {name} AS SELECT * FROM read_parquet({listed}, hive_partitioning = false)"
            )
            self._views.add(name)
            return name
        try:
            if self.cache_dir is None:
                raise OSError("no cache directory")
            path = self._cached(name, sql)
            quoted = "'" + str(path).replace("'", "''") + "'"
            self.con.execute(f"CREATE OR REPLACE TEMP VIEW {name} AS SELECT * FROM read_parquet({quoted})")
        except (OSError, duckdb.IOException):  # a table, or a workspace we cannot write to
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

    def _cached(self, name: str, sql: str) -> Path:
        return cached_parquet(self.con, self.cache_dir, name, sql, self.cache_sources)

    def memoised(self, key: tuple, compute: Callable[[], Any]) -> Any:
        """``compute()`` once per ``key`` while this handle is open (the data cannot change under it).

        For in-memory results several analyses share, such as one year's
        product space; callers must not modify what they get back.
        """
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def register_sides(self, sides: dict[str, frozenset[str]]) -> str:
        """Table ``party_sides (code, side)``: the members of each side, to join or semi-join with.

        Over large tables DuckDB runs such joins far faster than long
        IN-lists tested row by row (Africa has 55 members).
        """
        members = pd.DataFrame(
            [(code, key) for key, codes in sides.items() for code in codes], columns=["code", "side"]
        )
        self.con.register("party_sides_input", members)
        self.con.execute(
            "CREATE OR REPLACE TEMP TABLE party_sides AS SELECT code::VARCHAR AS code, side::VARCHAR AS side FROM party_sides_input"
        )
        self.con.unregister("party_sides_input")
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


_STRING_TYPES = {pa.string(): pd.StringDtype("pyarrow"), pa.large_string(): pd.StringDtype("pyarrow")}

FlowsLike: TypeAlias = pd.DataFrame | pa.Table | TradeStore | Workspace | Flows | None


@contextmanager
def open_flows(flows: FlowsLike, sources: list[str] | None = None) -> Iterator[Flows]:
    """A :class:`Flows` handle over ``flows`` (any flows-like value), closed on exit unless it was given open.

    Over a store, ``sources`` names the releases to read; by default only the
    store's primary release (:meth:`TradeStore.primary_source`), never a sum.
    """
    if isinstance(flows, Flows):
        yield flows
        return
    if flows is None:
        flows = Workspace.open()
    if isinstance(flows, Workspace):
        flows = TradeStore(flows)
    if isinstance(flows, TradeStore):
        with _store_flows(flows, sources) as handle:
            yield handle
        return
    if isinstance(flows, (pd.DataFrame, pa.Table)):
        with _table_flows(flows) as handle:
            yield handle
        return
    raise TypeError(
        f"flows must be a DataFrame, an Arrow table, a TradeStore, a Workspace or Flows, not {type(flows).__name__}"
    )


@contextmanager
def _store_flows(store: TradeStore, sources: list[str] | None) -> Iterator[Flows]:
    extension: dict[str, tuple[int, ...]] = {}
    if sources is None:  # one release, never a sum of several (see TradeStore.primary_source) …
        catalogue = store.sources()  # read once: every read of the catalogue may meet a writer's database lock
        primary = store.primary_source(catalogue)
        sources = [primary.name] if primary else None
        extension = _later_years(catalogue, primary)  # … except years it has not released yet, from one later source
        sources = sources + list(extension) if sources else sources
    with store.pinned(sources) as infos, duckdb.connect() as con:
        con.execute("SET enable_progress_bar = false")
        if extension:
            base = tuple(i for i in infos if i.name not in extension)
            store.attach_flows(con, "flows_primary", infos=base)
            store.attach_flows(con, "flows_later", infos=tuple(i for i in infos if i.name in extension))
            last = max(y for i in base for y in i.years)
            con.execute(
                f"CREATE OR REPLACE TEMP VIEW flows AS SELECT * FROM flows_primary "
                f"UNION ALL SELECT * FROM flows_later WHERE year > {int(last)}"
            )
        else:
            store.attach_flows(con, infos=infos)
        home = store.workspace.home
        versions = tuple(store.source_path(info) for info in infos)
        declared = {y for s in infos if s.name not in extension for y in s.years} | {
            y for ys in extension.values() for y in ys
        }
        yield Flows(
            con,
            infos,
            home / "sectors.yaml",
            cache_folder(home / "cache", infos),
            store,
            _declared_years=tuple(sorted(declared)),
            cache_sources=versions,
            extension=extension,
            world=current_world(home, infos),
        )


def _later_years(catalogue: list[SourceInfo], primary: SourceInfo | None) -> dict[str, tuple[int, ...]]:
    """The one real release (Comtrade first) with years after the primary's last, and those years.

    BACI lags a year or two behind what reporters have published: the series goes on
    with a later source, never summed with the primary (only its later years are read).
    """
    if primary is None or primary.synthetic or not primary.years:
        return {}
    last = max(primary.years)
    later = [
        s
        for s in catalogue
        if s.name != primary.name
        and not s.synthetic
        and s.nomenclature == primary.nomenclature
        and any(y > last for y in s.years)
    ]
    later.sort(key=lambda s: (s.kind != "comtrade", s.name))
    return {later[0].name: tuple(y for y in later[0].years if y > last)} if later else {}


@contextmanager
def _table_flows(table: pd.DataFrame | pa.Table) -> Iterator[Flows]:
    columns = list(table.columns) if isinstance(table, pd.DataFrame) else table.column_names
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise PartnerlensError(
            f"flows table lacks column(s) {', '.join(missing)}; expected {', '.join(REQUIRED_COLUMNS)}"
        )
    con = duckdb.connect()
    try:
        con.register("flows_input", table)
        types = dict(con.execute("SELECT column_name, column_type FROM (DESCRIBE flows_input)").fetchall())
        if types["product"] != "VARCHAR" or types["exporter"] != "VARCHAR" or types["importer"] != "VARCHAR":
            raise PartnerlensError("flows table: exporter, importer and product must be strings (HS codes zero-padded)")
        quantity = "CAST(quantity_t AS DOUBLE)" if "quantity_t" in columns else "NULL::DOUBLE"
        source = "CAST(source AS VARCHAR)" if "source" in columns else f"'{TABLE_SOURCE_NAME}'"
        con.execute(
            "CREATE TEMP VIEW flows AS SELECT CAST(year AS INTEGER) AS year, exporter, importer, product, "
            f"CAST(value_usd AS DOUBLE) AS value_usd, {quantity} AS quantity_t, {source} AS source FROM flows_input"
        )
        names = [n for (n,) in con.execute("SELECT DISTINCT source FROM flows ORDER BY source").fetchall() if n]
        yield Flows(con, tuple(_table_source(n) for n in names or [TABLE_SOURCE_NAME]))
    finally:
        con.close()


def _table_source(name: str) -> SourceInfo:
    synthetic = name.startswith("demo-")
    return SourceInfo(
        name=name, kind="demo" if synthetic else "table", nomenclature=DEFAULT_NOMENCLATURE, synthetic=synthetic
    )


# -- parties: analytics/sides.py (re-exported here) --------------------------------

# -- primitives ----------------------------------------------------------------


def _sides(
    exporter: PartyLike | None, importer: PartyLike | None
) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    if exporter is not None and importer is not None:
        return pair_sides(exporter, importer)
    return (
        as_party(exporter).members if exporter is not None else None,
        as_party(importer).members if importer is not None else None,
    )


def flow_values(
    flows: FlowsLike,
    exporter: PartyLike | None,
    importer: PartyLike | None,
    years: Iterable[int] | None = None,
    products: Iterable[str] | None = None,
) -> pd.Series:
    """Total value (USD) of flows from ``exporter`` to ``importer`` per year, indexed by year.

    ``None`` for a party means the rest of the world (a group's trade with its
    own members excluded). ``products`` restricts to HS codes (prefixes).
    Years the data do not cover are NaN (missing); a covered year without any
    matching flow is 0.
    """
    with open_flows(flows) as f:
        wanted = sorted({int(y) for y in years}) if years is not None else list(f.years)
        exp, imp = _sides(exporter, importer)
        table = "flows" if products is not None else f.pair_totals()
        sql = (
            f"SELECT year, sum(value_usd) AS value_usd FROM {table} "
            f"WHERE {year_filter(wanted)} AND {direction_filter(exp, imp)} AND {product_filter(products)} GROUP BY year"
        )
        found = f.df(sql).set_index("year")["value_usd"]
        covered = set(f.years)
    values = [float(found.get(y, 0.0)) if y in covered else math.nan for y in wanted]
    return pd.Series(values, index=pd.Index(wanted, name="year"), name="value_usd", dtype="float64")


def exports_by_product(
    flows: FlowsLike,
    years: Iterable[int] | None = None,
    digits: int = 6,
    merge: PartyLike | None = None,
) -> pd.DataFrame:
    """Each economy's exports to the world per product: ``year, exporter, product, value_usd``.

    Products are rolled up to ``digits`` (2, 4 or 6). With ``merge`` (a group),
    its members count as one exporter named by the group's code and their trade
    with each other is dropped, so the group can be placed in the product space.
    Over a store each year is summed once per state of the data (``Flows.aggregate``).
    """
    _check_digits(digits)
    with open_flows(flows) as f:
        wanted = [y for y in sorted({int(y) for y in years}) if f.has_year(y)] if years is not None else list(f.years)
        panel = " UNION ALL ".join(f"SELECT * FROM {_year_exports(f, y, digits, merge)}" for y in wanted)
        if not panel:  # no year with data: the columns, no rows
            panel = "SELECT year, exporter, product, value_usd FROM flows WHERE FALSE"
        return f.df(f"SELECT * FROM ({panel}) ORDER BY year, exporter, product")


def exporter_rca(flows: FlowsLike, exporter: PartyLike, year: int, digits: int = 6) -> pd.DataFrame:
    """Balassa RCA of one party (a group as one economy) in each product it exports: ``product, export_value_usd, rca``.

    The RCA of one exporter needs only its exports and the world's by product,
    so the year's panel (:func:`exports_by_product`, cached) is summed to two
    exporters, the party and the rest of the world, which leaves the party's
    RCA as on the full panel (Balassa 1965; formula in
    :func:`partnerlens.analytics.indices.rca`). Sorted by product.
    """
    _check_digits(digits)
    party = as_party(exporter)
    with open_flows(flows) as f:
        panel = _year_exports(f, year, digits, party if party.is_group else None)
        code = party.code.replace("'", "''")
        table = f.df(
            f"SELECT year, CASE WHEN exporter = '{code}' THEN exporter ELSE '{REST_OF_WORLD}' END AS exporter, product, "
            f"sum(value_usd) AS value_usd FROM {panel} GROUP BY ALL"
        )
    own = indices.rca(table, int(year))
    return own[own["exporter"] == party.code].drop(columns="exporter").reset_index(drop=True)


def _check_digits(digits: int) -> None:
    if digits not in (2, 4, 6):
        raise PartnerlensError(f"digits must be 2, 4 or 6, not {digits}")


def _year_exports(f: Flows, year: int, digits: int, merge: PartyLike | None) -> str:
    """View of one year's exports per exporter and product at ``digits``; ``merge``: a group as one exporter.

    The six-digit panel is summed from the flows once per state of the data;
    coarser levels from it. A merged group's own row comes from its members'
    flows alone (the files are sorted by exporter, so DuckDB reads few of them)
    and its members' rows are left out.
    """
    year = int(year)
    if digits == 6:
        base = f.aggregate(
            f"exports_{year}_hs6",
            "SELECT year, exporter, left(product, 6) AS product, sum(value_usd) AS value_usd "
            f"FROM flows WHERE year = {year} AND value_usd > 0 GROUP BY ALL",
        )
    else:
        finer = _year_exports(f, year, 6, None)
        base = f.aggregate(
            f"exports_{year}_hs{digits}",
            f"SELECT year, exporter, left(product, {digits}) AS product, sum(value_usd) AS value_usd FROM {finer} GROUP BY ALL",
        )
    if merge is None:
        return base
    party = as_party(merge)
    members, code = sql_list(party.members), party.code.replace("'", "''")
    tag = hashlib.sha256(members.encode()).hexdigest()[:8]  # the members, not only the code, name the view
    own = f.aggregate(
        f"exports_{year}_hs{digits}_{re.sub(r'[^a-z0-9]+', '_', party.code.lower())}_{tag}",
        f"SELECT year, '{code}' AS exporter, left(product, {digits}) AS product, sum(value_usd) AS value_usd FROM flows "
        f"WHERE year = {year} AND exporter IN {members} AND importer NOT IN {members} AND value_usd > 0 GROUP BY ALL",
    )
    return f"(SELECT * FROM {base} WHERE exporter NOT IN {members} UNION ALL SELECT * FROM {own})"


# -- pandas-based functions over any flows --------------------------------------

REST_OF_WORLD = "_REST"
"""Code that stands for every economy a reduced table does not need one by one."""


def accepting_flows(fn):
    """Let a function written for a flows DataFrame or Arrow table take any flows-like value.

    Tables pass through untouched. Anything else (a store, a workspace, a
    :class:`Flows` handle) is reduced in DuckDB to the smallest table that
    gives the same result, so that a BACI-scale store never reaches pandas:
    only the ``year`` asked for; for a pair index (arguments ``i`` and ``j``)
    every economy outside the two parties becomes one rest-of-world code; for
    functions of one side (``rca``) the importer; for the complexity family
    (arguments ``time, location, product, value``) the table is summed by those
    columns.
    """
    signature = inspect.signature(fn)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        bound = signature.bind(*args, **kwargs)
        if not isinstance(bound.arguments["flows"], (pd.DataFrame, pa.Table)):
            bound.apply_defaults()
            with open_flows(bound.arguments["flows"]) as f:
                bound.arguments["flows"] = _reduced(f, bound.arguments)
        return fn(*bound.args, **bound.kwargs)

    return wrapper


def _members(party: Any) -> frozenset[str]:
    return frozenset({party}) if isinstance(party, str) else frozenset(party.members)


def _reduced(f: Flows, arguments: dict[str, Any]) -> pd.DataFrame:
    if "location" in arguments:
        keys = [f'"{arguments[name]}"' for name in ("time", "location", "product")]
        return f.df(
            f'SELECT {", ".join(keys)}, sum("{arguments["value"]}") AS "{arguments["value"]}" FROM flows GROUP BY ALL'
        )
    year = arguments.get("year")
    if "i" in arguments:
        return pair_table(f, year, _members(arguments["i"]) | _members(arguments["j"]))
    return pair_table(f, year, frozenset(), keep_exporters=True)


def pair_table(f: Flows, year: int | None, kept: frozenset[str], keep_exporters: bool = False) -> pd.DataFrame:
    """The flows of ``year`` (None: all) summed with every economy outside ``kept`` merged into ``REST_OF_WORLD``.

    Every total over exporters, importers and products that separates only the
    ``kept`` economies is the same as on the full flows; the table is small
    enough for pandas. ``keep_exporters`` keeps every exporter (for RCA).
    """
    table = f.with_sides(f"(SELECT * FROM flows WHERE {year_filter(None if year is None else [year])})", {"kept": kept})
    exporter = (
        "exporter" if keep_exporters else f"CASE WHEN exporter_side = 'kept' THEN exporter ELSE '{REST_OF_WORLD}' END"
    )
    importer = f"CASE WHEN importer_side = 'kept' THEN importer ELSE '{REST_OF_WORLD}' END"
    return f.df(
        f"SELECT year, {exporter} AS exporter, {importer} AS importer, product, sum(value_usd) AS value_usd "
        f"FROM {table} GROUP BY ALL"
    )
